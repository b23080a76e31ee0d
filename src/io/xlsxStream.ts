import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import ExcelJS from "exceljs";
import { EkoError } from "../core/errors";
import { findTables, SourceTable } from "../core/mapping/blocks";
import { RawValue, Sheet } from "../core/mapping/grid";
import { LedgerReader } from "../core/mapping/ledgerRows";
import { mapTables, MappingFile } from "../core/mapping/match";
import { checkUnpacked, grouped, LIMITS } from "./limits";
import { rawValue, readWorkbook } from "./xlsx";
import { ReadAt, zipDirectory } from "./zip";

/** The exceljs streaming options both the reader and the benchmark's floor use. */
export const STREAM_OPTIONS = {
  sharedStrings: "cache",
  hyperlinks: "ignore",
  styles: "cache",
  worksheets: "emit",
  entries: "ignore",
} as const;

/** Rows held before deciding whether a sheet is a ledger: room for captions and settings above the header. */
const PROBE_ROWS = 40;

/**
 * Reads a workbook file the way its size calls for: whole, as the task pane and the tests see
 * workbooks, while it unpacks to at most `LIMITS.streamAbove`; streaming beyond that.
 */
export async function readWorkbookFile(
  path: string,
  name = path,
  mapping?: MappingFile,
): Promise<Sheet[]> {
  const dir = zipDirectory(fileAt(path), statSync(path).size, name);
  return dir.unpacked <= LIMITS.streamAbove
    ? readWorkbook(readFileSync(path), name)
    : readWorkbookStreaming(path, name, mapping);
}

/**
 * Reads a workbook too large for exceljs's in-memory model. Each sheet is held row by row until
 * `PROBE_ROWS` rows are in; if its table then maps to a ledger (huvudbok) with the same matcher
 * the in-memory path uses, the rest of its rows go straight into the ledger's aggregator and are
 * never held. Other sheets are held as usual, up to `heldCells` cells in all. A streamed ledger
 * runs to the end of its sheet: a table below it on the same sheet is read as ledger rows.
 */
export async function readWorkbookStreaming(
  path: string,
  name = path,
  mapping?: MappingFile,
  heldCells: number = LIMITS.heldCells,
): Promise<Sheet[]> {
  checkUnpacked(
    zipDirectory(fileAt(path), statSync(path).size, name),
    name,
    LIMITS.unpackedStreamed,
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, STREAM_OPTIONS);
  const sheets: Sheet[] = [];
  const held = { cells: 0, limit: heldCells };
  try {
    for await (const ws of reader)
      sheets.push(await readSheet(ws as unknown as WorksheetReader, name, mapping, held));
  } catch (e) {
    if (e instanceof EkoError) throw e;
    throw new EkoError(
      `${name} kan inte läsas som en .xlsx-fil (${(e as Error).message}). Spara den som Excel-arbetsbok (.xlsx) och försök igen.`,
    );
  }
  return sheets;
}

interface WorksheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
}

async function readSheet(
  ws: WorksheetReader,
  file: string,
  mapping: MappingFile | undefined,
  held: { cells: number; limit: number },
): Promise<Sheet> {
  const sheet: Sheet = { name: ws.name, values: [], formats: [], tables: [] };
  let ledger: { reader: LedgerReader; firstRow: number } | undefined;
  const scratch: RawValue[] = [];
  for await (const row of ws) {
    const r = row.number - 1;
    if (ledger) {
      ledger.reader.row(valuesOf(row, scratch), r - ledger.firstRow);
      continue;
    }
    hold(sheet, row, r);
    held.cells += row.actualCellCount;
    if (held.cells > held.limit) {
      throw new EkoError(
        `${file}: bladet ${sheet.name} har fler än ${grouped(held.limit)} ifyllda celler utanför en huvudbok (rad ${r + 1}). Filen läses inte, så att minnet inte tar slut.`,
      );
    }
    if (r + 1 === PROBE_ROWS) ledger = probe(sheet, mapping);
  }
  return sheet;
}

function hold(sheet: Sheet, row: ExcelJS.Row, r: number) {
  const vs: RawValue[] = [];
  const fs: (string | undefined)[] = [];
  row.eachCell({ includeEmpty: false }, (cell, c) => {
    vs[c - 1] = rawValue(cell.value);
    fs[c - 1] = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  });
  for (let i = sheet.values.length; i < r; i++) {
    sheet.values.push([]);
    sheet.formats.push([]);
  }
  sheet.values[r] = Array.from(vs, (v) => v ?? null);
  sheet.formats[r] = fs;
}

/**
 * Decides, on the rows held so far, whether the sheet is a ledger that runs on: its table must
 * map to huvudbok and reach the last held row. The rows above the header stay in the sheet
 * (captions, "Period | 2021-04"); the table's rows so far go to the aggregator.
 */
function probe(
  sheet: Sheet,
  mapping: MappingFile | undefined,
): { reader: LedgerReader; firstRow: number } | undefined {
  const tables = findTables([sheet]);
  const { mappings } = mapTables(tables, mapping);
  const last = sheet.values.length - 1;
  const m = mappings.find(
    (x) =>
      x.kind === "huvudbok" &&
      tables.some((t) => t.id === x.table && t.headerRow + t.rows.length === last),
  );
  if (!m) return undefined;
  const found = tables.find((t) => t.id === m.table)!;
  const table: SourceTable = { ...found, rows: [], formats: [] };
  const reader = new LedgerReader(table, m, table.firstCol);
  const firstRow = table.headerRow + 1;
  for (let r = firstRow; r <= last; r++) reader.row(sheet.values[r], r - firstRow);
  table.ledger = reader;
  sheet.values.length = table.headerRow;
  sheet.formats.length = table.headerRow;
  sheet.streamed = [table];
  return { reader, firstRow };
}

/**
 * A streamed row's values, 0-based like the core's grid (`row.values` is 1-based and sparse),
 * written into one array per sheet: the ledger reader keeps no row, and a fresh array for each
 * of a million rows would only feed the garbage collector.
 */
function valuesOf(row: ExcelJS.Row, into: RawValue[]): RawValue[] {
  const vs = row.values as ExcelJS.CellValue[];
  into.length = Math.max(0, vs.length - 1);
  for (let i = 1; i < vs.length; i++) {
    const v = vs[i];
    into[i - 1] =
      v === undefined || v === null
        ? null
        : typeof v === "object" && !(v instanceof Date)
          ? rawValue(v)
          : v;
  }
  return into;
}

function fileAt(path: string): ReadAt {
  return (offset, length) => {
    const fd = openSync(path, "r");
    try {
      const buf = Buffer.alloc(length);
      const n = readSync(fd, buf, 0, length, offset);
      return buf.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  };
}
