/// <reference types="office-js" />
import { Sheet } from "../../core/mapping/grid";
import { parseRange, WritePlan } from "../output/place";
import { Progress, STATE_SHEET, WorkbookPort } from "../output/port";
import { OwnedOutput, parseState, SavedState } from "../output/state";
import { formatOf, rawValue } from "./cells";

/**
 * Cells per context.sync. Excel on the web refuses requests and responses over 5 MB; values and
 * number formats of 40 000 cells stay around 1–2 MB even with long texts.
 */
export const CHUNK_CELLS = 40_000;
const SETTING = "ekonomirapport";
/** The add-in's own output is a workbook-level name per report table: it follows moved cells. */
export const NAME_PREFIX = "EKO_";

interface Slice {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Every Excel.run of the task pane. Components never call Excel; they get this behind WorkbookPort. */
export class ExcelWorkbook implements WorkbookPort {
  readonly mode = "excel";
  readonly title = "den öppna arbetsboken";

  async read(state: SavedState | undefined, progress?: Progress) {
    return Excel.run(async (context) => {
      const wb = context.workbook;
      const worksheets = wb.worksheets.load("items/name");
      const tables = wb.tables.load("items/name");
      const names = wb.names.load("items/name,items/formula");
      await context.sync();

      const sheetItems = worksheets.items.filter((s) => s.name !== STATE_SHEET);
      const used = sheetItems.map((s) =>
        s
          .getUsedRangeOrNullObject(true)
          .load("isNullObject,rowIndex,columnIndex,rowCount,columnCount"),
      );
      const tableRanges = tables.items.map((t) => ({
        name: t.name,
        sheet: t.worksheet.load("name"),
        range: t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
      }));
      await context.sync();

      const sheets: Sheet[] = sheetItems.map((s) => ({
        name: s.name,
        values: [],
        formats: [],
        tables: [],
      }));
      for (const t of tableRanges) {
        const sheet = sheets.find((s) => s.name === t.sheet.name);
        const r = t.range;
        sheet?.tables.push({
          name: t.name,
          top: r.rowIndex,
          left: r.columnIndex,
          bottom: r.rowIndex + r.rowCount - 1,
          right: r.columnIndex + r.columnCount - 1,
        });
      }
      const slices: Slice[] = [];
      used.forEach((u, i) => {
        if (u.isNullObject) return;
        const rowsPer = Math.max(1, Math.floor(CHUNK_CELLS / u.columnCount));
        for (let r = 0; r < u.rowCount; r += rowsPer) {
          slices.push({
            sheet: i,
            row: u.rowIndex + r,
            col: u.columnIndex,
            rows: Math.min(rowsPer, u.rowCount - r),
            cols: u.columnCount,
          });
        }
      });
      const total = slices.reduce((n, s) => n + s.rows * s.cols, 0);
      let done = 0;
      for (const batch of batches(slices, (s) => s.rows * s.cols)) {
        const ranges = batch.map((s) =>
          sheetItems[s.sheet]
            .getRangeByIndexes(s.row, s.col, s.rows, s.cols)
            .load("values,numberFormat"),
        );
        await context.sync();
        batch.forEach((s, k) =>
          place(sheets[s.sheet], s, ranges[k].values, ranges[k].numberFormat),
        );
        done += batch.reduce((n, s) => n + s.rows * s.cols, 0);
        progress?.(
          `Läser celler: ${done.toLocaleString("sv-SE")} av ${total.toLocaleString("sv-SE")}`,
          total ? done / total : 1,
        );
      }
      sheets.forEach(fillHoles);
      return { sheets, owned: ownedFromNames(names.items, state) };
    });
  }

  async apply(plan: WritePlan, progress?: Progress) {
    await Excel.run(async (context) => {
      const wb = context.workbook;
      const existing = wb.names.load("items/name");
      await context.sync();
      const added = new Map(plan.newSheets.map((name) => [name, wb.worksheets.add(name)]));
      const sheet = (name: string) => added.get(name) ?? wb.worksheets.getItem(name);
      for (const c of plan.clears)
        sheet(c.sheet)
          .getRangeByIndexes(c.top, c.left, c.bottom - c.top + 1, c.right - c.left + 1)
          .clear("All");
      let queued = 0;
      for (const [i, w] of plan.writes.entries()) {
        const rows = w.bottom - w.top + 1;
        const range = sheet(w.sheet).getRangeByIndexes(w.top, w.left, rows, w.right - w.left + 1);
        // The format goes first: text written into a General cell could be read as a number.
        range.numberFormat = w.block.formats;
        range.values = w.block.values;
        range.format.font.bold = false;
        for (const r of w.block.bold) range.getRow(r).format.font.bold = true;
        const name = NAME_PREFIX + w.block.id;
        if (existing.items.some((n) => n.name === name)) wb.names.getItem(name).delete();
        wb.names.add(name, range, "Skrivet av Ekonomirapport; uppdateras vid nästa körning.");
        queued += rows * (w.right - w.left + 1);
        if (queued >= CHUNK_CELLS || i === plan.writes.length - 1) {
          await context.sync();
          queued = 0;
          progress?.(
            `Skrev ${i + 1} av ${plan.writes.length} tabeller`,
            (i + 1) / plan.writes.length,
          );
        }
      }
      if (!plan.writes.length) await context.sync();
    });
  }

  /** Selects "Blad!B3", "Blad!A3:E3" or an Excel table by name (checks name all three). */
  async select(where: string) {
    const b = parseRange(where);
    await Excel.run(async (context) => {
      if (b) {
        const ws = context.workbook.worksheets.getItem(b.sheet);
        ws.activate();
        ws.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1).select();
      } else {
        context.workbook.tables.getItem(where).getRange().select();
      }
      await context.sync();
    });
  }

  async loadState() {
    return parseState(Office.context.document.settings.get(SETTING) as string | null);
  }

  async saveState(state: SavedState) {
    const settings = Office.context.document.settings;
    settings.set(SETTING, JSON.stringify(state));
    // Settings reach the file only through saveAsync; without it they vanish when Excel closes.
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((r) =>
        r.status === Office.AsyncResultStatus.Succeeded
          ? resolve()
          : reject(
              new Error(
                `Inställningarna kunde inte sparas i arbetsboken: ${r.error?.message ?? "okänt fel"}`,
              ),
            ),
      ),
    );
  }
}

/** Groups slices so each group stays under CHUNK_CELLS (a slice larger than that goes alone). */
function batches<T>(items: T[], size: (t: T) => number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let cells = 0;
  for (const item of items) {
    if (current.length && cells + size(item) > CHUNK_CELLS) {
      out.push(current);
      current = [];
      cells = 0;
    }
    current.push(item);
    cells += size(item);
  }
  if (current.length) out.push(current);
  return out;
}

function place(sheet: Sheet, s: Slice, values: unknown[][], formats: unknown[][]) {
  for (let r = 0; r < s.rows; r++) {
    const vs = (sheet.values[s.row + r] ??= []);
    const fs = (sheet.formats[s.row + r] ??= []);
    for (let c = 0; c < s.cols; c++) {
      const f = formatOf(formats[r]?.[c]);
      vs[s.col + c] = rawValue(values[r]?.[c], f);
      fs[s.col + c] = f;
    }
  }
}

/** Rows above the used range and columns left of it are empty, as the core expects them. */
function fillHoles(sheet: Sheet) {
  for (let r = 0; r < sheet.values.length; r++) {
    sheet.values[r] = Array.from(sheet.values[r] ?? [], (v) => v ?? null);
    sheet.formats[r] ??= [];
  }
}

/** Own output where its name points now (the user may have inserted rows above it). */
function ownedFromNames(
  items: { name: string; formula: string }[],
  state: SavedState | undefined,
): Record<string, OwnedOutput> {
  const owned: Record<string, OwnedOutput> = {};
  for (const [id, saved] of Object.entries(state?.outputs ?? {})) {
    const item = items.find((n) => n.name === NAME_PREFIX + id);
    const now = item && parseRange(item.formula);
    // A name whose cells were deleted (#REF!) leaves nothing to protect or update.
    if (now) owned[id] = { ...now, fingerprint: saved.fingerprint };
  }
  return owned;
}
