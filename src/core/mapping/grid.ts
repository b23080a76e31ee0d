import type { SourceTable } from "./blocks";

/**
 * A workbook as the core sees it: values and number formats per sheet, the same whether they came
 * from exceljs (CLI), Office.js (task pane) or a test. Rows and columns are 0-based here and
 * turned into A1 addresses only for messages.
 */
export type RawValue = string | number | boolean | Date | null | { error: string };

export interface DeclaredTable {
  name: string;
  /** 0-based inclusive bounds, header row first. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  values: RawValue[][];
  /** Number format per cell where it is not General ("0,0%" tells a fraction from a number). */
  formats: (string | undefined)[][];
  tables: DeclaredTable[];
  /** Ledger tables a streaming reader has already aggregated (see `SourceTable.ledger`). */
  streamed?: SourceTable[];
}

export function columnName(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The inverse of `columnName`: "A" → 0, "AB" → 27. */
export function columnIndex(name: string): number {
  return [...name.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export function address(sheet: string, row: number, col: number): string {
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${columnName(col)}${row + 1}`;
}

export function isBlank(v: RawValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function isErrorValue(v: RawValue | undefined): v is { error: string } {
  return typeof v === "object" && v !== null && !(v instanceof Date);
}

/** Header text as matched: lower case, one space, no punctuation ("Ack.\nutfall" → "ack utfall"). */
export function normaliseHeader(v: RawValue | undefined): string {
  if (typeof v !== "string" && typeof v !== "number") return "";
  return String(v)
    .toLowerCase()
    .replace(/[\u00ad]/g, "")
    .replace(/[.,:;()[\]]/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** A header as the word patterns see it: normalised, its unit ("belopp i tkr", "(mnkr)") left out. */
export function roleHeader(h: RawValue | undefined): string {
  return normaliseHeader(h)
    .replace(/(?<![a-zåäö])(?:belopp i |i )?(?:tkr|mnkr|mkr|kr|tsek|msek|sek)(?![a-zåäö])/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
