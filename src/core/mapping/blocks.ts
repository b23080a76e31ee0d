import { parseSwedishNumber } from "../parse";
import type { LedgerReader } from "./ledgerRows";
import type { StoredRows } from "./storedRows";
import {
  address,
  columnName,
  DeclaredTable,
  isBlank,
  isErrorValue,
  normaliseHeader,
  RawValue,
  Sheet,
} from "./grid";

/**
 * A table found in a workbook: an Excel table (ListObject), or a header row with a block of rows
 * under it. Several may sit on one sheet, one under another.
 */
export interface SourceTable {
  /** Stable id used by mapping files and the task pane: the Excel table name or "Blad!A3". */
  id: string;
  sheet: string;
  /** Text lines just above the header ("Kostnadsutveckling", "Tabell 4 … i mnkr"). */
  caption: string;
  headers: string[];
  headerRow: number;
  firstCol: number;
  rows: RawValue[][];
  formats: (string | undefined)[][];
  /**
   * A ledger too large to hold: its rows were read while streaming from the file and are here
   * only as their sums (`rows` is then empty).
   */
  ledger?: LedgerReader;
  /**
   * A ledger too large to hold as rows of cells, held column by column instead (`rows` is then
   * empty): the task pane's, whose mapping can still change after reading.
   */
  stored?: StoredRows;
  /**
   * Rows read but not used as data, each with its reason, filled in when the table is read: what
   * a reconciliation counts so that no row of the source goes unaccounted for.
   */
  skipped?: SkippedRow[];
}

/** Why a row of a source table is not data: blank, a total or subtotal, a group heading, unreadable. */
export type SkipReason = "tom" | "summarad" | "rubrik" | "oläslig";

export interface SkippedRow {
  /** Row index in `SourceTable.rows`. */
  index: number;
  /** The row as a range, "Blad!A5:E5". */
  where: string;
  reason: SkipReason;
}

/** Records a row left out of a table's data, with its reason. */
export function skipRow(t: SourceTable, index: number, reason: SkipReason): void {
  (t.skipped ??= []).push({ index, where: rowRange(t, index), reason });
}

export function cellAddress(t: SourceTable, row: number, col: number): string {
  return address(t.sheet, t.headerRow + 1 + row, t.firstCol + col);
}

/** The whole row of a table as a range, "Blad!A5:E5", for messages and source maps. */
export function rowRange(t: SourceTable, row: number): string {
  const r = t.headerRow + 1 + row;
  return `${address(t.sheet, r, t.firstCol)}:${columnName(t.firstCol + t.headers.length - 1)}${r + 1}`;
}

export function findTables(sheets: Sheet[]): SourceTable[] {
  return sheets.flatMap((s) => [
    ...s.tables.map((t) => declared(s, t)),
    ...blocks(s),
    ...(s.streamed ?? []),
  ]);
}

function declared(s: Sheet, t: DeclaredTable): SourceTable {
  return slice(s, t.name, t.top, t.left, t.bottom, t.right, captionAbove(s, t.top, t.left));
}

function slice(
  s: Sheet,
  id: string,
  top: number,
  left: number,
  bottom: number,
  right: number,
  caption: string,
): SourceTable {
  const cut = <T>(grid: T[][], r: number) =>
    Array.from({ length: right - left + 1 }, (_, c) => grid[r]?.[left + c] as T);
  const rows: RawValue[][] = [];
  const formats: (string | undefined)[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    rows.push(cut(s.values, r).map((v) => v ?? null));
    formats.push(cut(s.formats, r));
  }
  return {
    id,
    sheet: s.name,
    caption,
    headers: cut(s.values, top).map((v) =>
      isBlank(v) ? "" : String(v).replace(/\s+/g, " ").trim(),
    ),
    headerRow: top,
    firstCol: left,
    rows,
    formats,
  };
}

const filled = (row: RawValue[] | undefined) =>
  (row ?? []).map((v, c) => (isBlank(v) ? -1 : c)).filter((c) => c >= 0);

/** Up to two text lines right above a table (their first cell), with at most one blank line between. */
function captionAbove(s: Sheet, top: number, left: number): string {
  const lines: string[] = [];
  for (let r = top - 1; r >= Math.max(0, top - 3); r--) {
    const cells = filled(s.values[r]);
    if (!cells.length) {
      if (lines.length) break;
      continue;
    }
    // A note typed to the right of a caption line ("preliminärt") leaves the caption a caption.
    const first = s.values[r][cells[0]];
    if (
      cells[0] < left - 1 ||
      typeof first !== "string" ||
      isDataRow(s.values[r]) ||
      (cells.length > 1 && SETTING_KEYS.test(normaliseHeader(first)))
    )
      break;
    lines.unshift(first);
  }
  return lines.join(" ");
}

function insideDeclared(s: Sheet, r: number): boolean {
  return s.tables.some((t) => r >= t.top && r <= t.bottom);
}

/**
 * Blocks of non-empty rows outside declared tables. In a block, rows with a single text cell
 * before the header are its caption; the header is the first row with two or more cells.
 * Key–value rows ("Period | 2021-04") are left to the settings reader.
 */
function blocks(s: Sheet): SourceTable[] {
  const found: SourceTable[] = [];
  let r = 0;
  while (r < s.values.length) {
    if (insideDeclared(s, r) || !filled(s.values[r]).length) {
      r++;
      continue;
    }
    let end = r;
    for (;;) {
      while (
        end + 1 < s.values.length &&
        !insideDeclared(s, end + 1) &&
        filled(s.values[end + 1]).length
      )
        end++;
      const next = nextFilledRow(s, end + 1);
      // A blank line between two data rows does not end a table, nor does one before a group
      // heading over more data rows: the rows after it would be lost without a word.
      if (next < 0 || insideDeclared(s, next) || !isDataRow(s.values[end]) || !dataFollows(s, next))
        break;
      end = next;
    }
    const header = headerRow(s, r, end);
    if (header < end && !isSettingsBlock(s, header, end)) {
      // A loop, not Math.min(...cols): a ledger's hundreds of thousands of cells overflow the argument stack.
      let left = Infinity;
      let right = -Infinity;
      for (let i = header; i <= end; i++) {
        for (const c of filled(s.values[i])) {
          left = Math.min(left, c);
          right = Math.max(right, c);
        }
      }
      found.push(
        slice(
          s,
          address(s.name, header, left),
          header,
          left,
          end,
          right,
          captionAbove(s, header, left),
        ),
      );
    }
    r = end + 1;
  }
  return found;
}

/**
 * A parameter row of an export's title block ("Klient | 10", "Period | 202201 - 202312") right
 * above a wider header: a text key and one value, with a row of three or more cells below it.
 */
function isParameterRow(s: Sheet, r: number, end: number): boolean {
  const cells = filled(s.values[r]);
  if (cells.length !== 2 || typeof s.values[r][cells[0]] !== "string") return false;
  for (let i = r + 1; i <= Math.min(end, r + 10); i++) {
    const n = filled(s.values[i]).length;
    if (n > 2) return true;
    if (n === 2 && typeof s.values[i][filled(s.values[i])[0]] !== "string") return false;
  }
  return false;
}

function nextFilledRow(s: Sheet, from: number): number {
  for (let r = from; r < s.values.length; r++) if (filled(s.values[r]).length) return r;
  return -1;
}

/**
 * The header: the last row of two or more cells above the first data row, so that a note typed
 * beside the caption is not taken for the header. A block without data rows (text only) has its
 * header on its first row of two or more cells.
 */
function headerRow(s: Sheet, top: number, end: number): number {
  let header = -1;
  for (let i = top; i <= end; i++) {
    if (isParameterRow(s, i, end)) continue;
    if (isDataRow(s.values[i])) break;
    if (filled(s.values[i]).length >= 2) header = i;
  }
  if (header >= 0 && header < end) return header;
  header = top;
  while (header <= end && (filled(s.values[header]).length < 2 || isParameterRow(s, header, end)))
    header++;
  return header;
}

/** A data row at `from`, or after at most two one-cell text rows (group headings) from there. */
function dataFollows(s: Sheet, from: number): boolean {
  for (let r = from; r < Math.min(from + 3, s.values.length); r++) {
    if (isDataRow(s.values[r])) return true;
    const cells = filled(s.values[r]);
    if (cells.length !== 1 || typeof s.values[r][cells[0]] !== "string") return false;
  }
  return false;
}

const YEAR = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/**
 * A row with a figure in it (not a year, which headers carry): data, not a caption or header.
 * Amounts stored as text ("-93 812 123,45") are figures too.
 */
export function isDataRow(row: RawValue[] | undefined): boolean {
  return (row ?? []).some(
    (v) =>
      v instanceof Date ||
      isErrorValue(v) ||
      (typeof v === "number" && !YEAR(v)) ||
      (typeof v === "string" && isNumberText(v)),
  );
}

function isNumberText(v: string): boolean {
  if (!/\d/.test(v) || v.length > 40) return false;
  try {
    const p = parseSwedishNumber(v);
    return !(p.unit === undefined && !p.percent && p.value.isInteger() && YEAR(p.value.toNumber()));
  } catch {
    return false;
  }
}

export const SETTING_KEYS = /^(rapporttyp|rapport|period|organisation|förvaltning|nämnd|år)$/;

function isSettingsBlock(s: Sheet, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) {
    const cells = filled(s.values[r]);
    if (cells.length !== 2 || !SETTING_KEYS.test(normaliseHeader(s.values[r][cells[0]])))
      return false;
  }
  return true;
}
