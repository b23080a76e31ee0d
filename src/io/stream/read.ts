import { findTables, SourceTable } from "../../core/mapping/blocks";
import { RawValue, Sheet } from "../../core/mapping/grid";
import { LedgerReader } from "../../core/mapping/ledgerRows";
import { mapTables, MappingFile, SourceMapping } from "../../core/mapping/match";
import { StoredRowsBuilder } from "../../core/mapping/storedRows";
import { EkoError } from "../../core/errors";
import { checkUnpacked, grouped, LIMITS, WORKBOOK_STREAMED } from "../limits";
import { ReadAt, unreadable, zipDirectory } from "../zip";
import { Inflate, Unpacker, ZipLimits } from "./inflate";
import { scanPart, sharedStrings, styles, tables, workbookPart } from "./parts";
import * as ref from "./ref";
import { decodeRef, EXCEL_COLUMNS, outsideSheet } from "./ref";
import { RowSink, SheetHandler } from "./sheet";

// Read once, not through tsx's getter on each of a million rows (see sheet.ts).
const { EXCEL_ROWS } = ref;

export interface StreamOptions {
  mapping?: MappingFile;
  /** Cells held outside streamed ledgers, in all sheets together. */
  heldCells?: number;
  /**
   * Sum a sheet that maps to a ledger (huvudbok) as it is read instead of holding its rows (the
   * CLI, whose mapping is known before reading).
   */
  sumLedgers?: boolean;
  /**
   * Once a sheet holds this many cells, keep a ledger found on it column by column
   * (`SourceTable.stored`) instead of as cells (the task pane: plain data that crosses from its
   * worker, and read by the core with whatever mapping the user chooses later).
   */
  storeLedgersAbove?: number;
  limits?: ZipLimits;
  /** Told of every held cell that holds a formula. */
  onFormula?: (sheet: string, row: number, col: number) => void;
  /** Only these sheets (the task pane reads its saved state first). */
  only?: string[];
  /** Compressed bytes read at a time (the chunk-boundary tests set it). */
  chunk?: number;
  /** The inflater; the platform's DecompressionStream unless the door has a faster one. */
  inflate?: Inflate;
  /** Share of the sheets' compressed bytes read so far, 0 to 1. */
  progress?: (share: number) => void;
}

/** Rows held before deciding whether a sheet is a ledger: room for captions and settings above the header. */
const PROBE_ROWS = 40;

/**
 * Reads a workbook part by part as its bytes are inflated: the small parts (workbook, styles,
 * shared strings) whole, each sheet a row at a time. Runs the same in Node and in a Web Worker
 * (no Node API). Every cell reads as the in-memory reader (src/io/xlsx.ts) reads it; merged
 * ranges and declared tables are applied to the held rows. A sheet whose table maps to a ledger
 * goes, with `sumLedgers`, row by row into the ledger's aggregator and is never held; it then
 * runs to the end of its sheet, so a table below it on the same sheet is read as ledger rows.
 */
export async function readXlsx(
  read: ReadAt,
  size: number,
  name: string,
  options: StreamOptions = {},
): Promise<Sheet[]> {
  const limits = options.limits ?? WORKBOOK_STREAMED;
  const dir = zipDirectory(read, size, name);
  checkUnpacked(dir, name, limits.total);
  const zip = new Unpacker(read, dir, name, limits, options.chunk, options.inflate);
  const partLimit = Math.min(LIMITS.heldPart, limits.entry);
  const workbook = await workbookPart(zip, partLimit);
  if (!workbook)
    throw unreadable(
      name,
      "arbetsboksdelen (xl/workbook.xml) saknas. Spara den som Excel-arbetsbok (.xlsx) och försök igen.",
    );
  const style = await styles(zip, workbook, partLimit);
  const strings = await sharedStrings(zip, workbook, partLimit);

  const wanted = workbook.sheets.filter((s) => !options.only || options.only.includes(s.name));
  const entries = wanted.map((s) => zip.entry(s.path));
  const total = entries.reduce((n, e) => n + (e?.compressed ?? 0), 0) || 1;
  let before = 0;
  const held = { cells: 0, limit: options.heldCells ?? LIMITS.heldCells };
  const sheets: Sheet[] = [];
  for (const [k, s] of wanted.entries()) {
    const sink = new HeldRows(s.name, name, options, held);
    const handler = new SheetHandler(sink, strings, style, workbook.date1904);
    await scanPart(zip, s.path, handler, (n) => options.progress?.((before + n) / total));
    before += entries[k]?.compressed ?? 0;
    sink.merge(handler.merges);
    sink.finish();
    sink.sheet.tables = await tables(zip, s.path, handler.tableIds, partLimit);
    sheets.push(sink.sheet);
  }
  return sheets;
}

/** Where a ledger's rows go once found: summed (the CLI) or stored column by column (the pane). */
interface LedgerRows {
  add(values: RawValue[], r: number): void;
}

const NO_CELLS: RawValue[] = [];

/** A sheet's rows as they arrive: held, until the probe finds a ledger to sum or store them in. */
class HeldRows implements RowSink {
  readonly sheet: Sheet;
  private ledger: LedgerRows | undefined;
  private store: { table: SourceTable; rows: StoredRowsBuilder } | undefined;
  private probed = false;
  /** This sheet's held cells. */
  private cells = 0;
  private readonly emptyFormats = new Map<string, string>();

  constructor(
    name: string,
    private readonly file: string,
    private readonly options: StreamOptions,
    private readonly held: { cells: number; limit: number },
  ) {
    this.sheet = { name, values: [], formats: [], tables: [] };
  }

  row(r: number, values: RawValue[], formats: (string | undefined)[]): void {
    if (r >= EXCEL_ROWS) throw this.outside(r, 0);
    if (this.ledger) return this.ledger.add(values, r);
    const sheet = this.sheet;
    while (sheet.values.length < r) {
      sheet.values.push([]);
      sheet.formats.push([]);
    }
    sheet.values[r] = values.slice();
    sheet.formats[r] = formats.slice();
    const filled = values.reduce((n: number, v) => (v === null ? n : n + 1), 0);
    this.cells += filled;
    // Every cell up to the row's last is held, the empty ones too: counted so, a lone cell at
    // XFD on every row holds no more than 16 384 per row up to the limit.
    this.held.cells += values.length;
    if (this.held.cells > this.held.limit) {
      throw new EkoError(
        `${this.file}: bladet ${sheet.name} har fler än ${grouped(this.held.limit)} celler utanför en huvudbok (rad ${r + 1}). Filen läses inte, så att minnet inte tar slut.`,
      );
    }
    const { sumLedgers, storeLedgersAbove } = this.options;
    if (
      !this.probed &&
      ((sumLedgers && r + 1 >= PROBE_ROWS) ||
        (storeLedgersAbove !== undefined && this.cells >= storeLedgersAbove))
    ) {
      this.probed = true;
      const found = probe(sheet, this.options.mapping);
      if (found) this.ledger = this.start(found.table, found.mapping);
    }
  }

  outside(r: number, c: number): Error {
    return outsideSheet(this.file, this.sheet.name, r, c);
  }

  /** The ledger's rows held so far go to the aggregator or the store; the rest follow as read. */
  private start(table: SourceTable, mapping: SourceMapping): LedgerRows {
    const sheet = this.sheet;
    const firstRow = table.headerRow + 1;
    let ledger: LedgerRows;
    if (this.options.sumLedgers) {
      const reader = new LedgerReader(table, mapping, table.firstCol);
      table.ledger = reader;
      ledger = { add: (values, r) => reader.row(values, r - firstRow) };
    } else {
      const rows = new StoredRowsBuilder(table.headers.length, table.firstCol);
      this.store = { table, rows };
      ledger = {
        add: (values, r) => {
          // A row the sheet leaves out is an empty row of the table, as when held.
          while (rows.rows < r - firstRow) rows.add(NO_CELLS);
          rows.add(values);
          if (rows.rows * table.headers.length > LIMITS.storedCells) this.tooLarge(r);
        },
      };
    }
    for (let r = firstRow; r < sheet.values.length; r++) {
      const values = sheet.values[r] ?? NO_CELLS;
      ledger.add(values, r);
      const filled = values.reduce((n: number, v) => (v === null ? n : n + 1), 0);
      this.cells -= filled;
      this.held.cells -= filled;
    }
    sheet.values.length = table.headerRow;
    sheet.formats.length = table.headerRow;
    sheet.streamed = [table];
    return ledger;
  }

  private tooLarge(r: number): never {
    throw new EkoError(
      `${this.file}: huvudboken på bladet ${this.sheet.name} har fler än ${grouped(LIMITS.storedCells)} celler (rad ${r + 1}). Filen läses inte, så att minnet inte tar slut. ${WORKBOOK_STREAMED.advice}`,
    );
  }

  /** A stored ledger's rows as the core reads them, once the sheet has been read. */
  finish(): void {
    if (this.store) this.store.table.stored = this.store.rows.build();
  }

  formula(r: number, c: number): void {
    if (!this.ledger) this.options.onFormula?.(this.sheet.name, r, c);
  }

  emptyFormat(r: number, c: number, format: string): void {
    if (!this.ledger) this.emptyFormats.set(`${r},${c}`, format);
  }

  /**
   * Merged ranges as exceljs shows them: every cell of a merge below the master's row gets the
   * master's value (a label merged down a column repeats), while cells beside the master in its
   * own row stay empty (a caption merged across a table is one caption, not five headers).
   */
  merge(refs: string[]): void {
    const { values, formats } = this.sheet;
    const limit = this.ledger ? values.length : Infinity;
    for (const ref of refs) {
      const [a, b] = ref.split(":");
      const from = decodeRef(a);
      const to = decodeRef(b ?? a);
      if (to.row >= EXCEL_ROWS || to.col >= EXCEL_COLUMNS) throw this.outside(to.row, to.col);
      // A merge fills every cell below its master's row: one tag can ask for all of a sheet.
      this.held.cells += Math.max(0, Math.min(to.row, limit - 1) - from.row) * (to.col + 1);
      if (this.held.cells > this.held.limit) {
        throw new EkoError(
          `${this.file}: bladet ${this.sheet.name} sammanfogar ${ref}, och fler än ${grouped(this.held.limit)} celler utanför en huvudbok skulle hållas i minnet. Filen läses inte, så att minnet inte tar slut.`,
        );
      }
      const master = values[from.row]?.[from.col] ?? null;
      const top = values[from.row];
      if (top) {
        for (let c = from.col + 1; c <= to.col && c < top.length; c++) {
          top[c] = null;
          formats[from.row][c] = undefined;
        }
        while (top.length > from.col + 1 && top.length - 1 <= to.col) top.pop();
      }
      for (let r = from.row + 1; r <= to.row && r < limit; r++) {
        while (values.length <= r) {
          values.push([]);
          formats.push([]);
        }
        const row = values[r];
        for (let c = from.col; c <= to.col; c++) {
          while (row.length < c) row.push(null);
          row[c] = master;
          formats[r][c] ??= this.emptyFormats.get(`${r},${c}`);
        }
      }
    }
  }
}

/**
 * Decides, on the rows held so far, whether the sheet is a ledger that runs on: its table must
 * map to huvudbok and reach the last held row. The rows above the header stay in the sheet
 * (captions, "Period | 2021-04"); the table's rows go to the aggregator or the store.
 */
function probe(
  sheet: Sheet,
  mapping: MappingFile | undefined,
): { table: SourceTable; mapping: SourceMapping } | undefined {
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
  return { table: { ...found, rows: [], formats: [] }, mapping: m };
}
