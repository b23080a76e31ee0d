/// <reference types="office-js" />
import { Sheet } from "../../core/mapping/grid";
import { EkoError } from "../../core/errors";
import { parseRange, WritePlan } from "../output/place";
import { Progress, STATE_SHEET, WorkbookPort } from "../output/port";
import { sheetNameProblem } from "../output/sheetName";
import { Bounds, cut, fingerprint, OwnedOutput, parseState, SavedState } from "../output/state";
import { readCells, UsedArea, PAYLOAD_BYTES } from "./readCells";
import { parseRecord, RECORD_NAMESPACE, recordXml } from "./record";

const SETTING = "ekonomirapport";
/** The add-in's own output is a workbook-level name per report table: it follows moved cells. */
export const NAME_PREFIX = "EKO_";

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
      const parts = wb.customXmlParts.getByNamespace(RECORD_NAMESPACE).load("items/id");
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
      const xml = parts.items.map((p) => p.getXml());
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
      const areas: UsedArea[] = [];
      const formulaAreas: Excel.RangeAreas[] = [];
      used.forEach((u, i) => {
        if (u.isNullObject) return;
        const sheet = sheetItems[i];
        areas.push({
          sheet,
          into: sheets[i],
          row: u.rowIndex,
          col: u.columnIndex,
          rows: u.rowCount,
          cols: u.columnCount,
        });
        // A formula showing "" reads as empty, but the cell is the user's (ExcelApi 1.9).
        formulaAreas.push(
          u
            .getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas)
            .load("isNullObject,address"),
        );
      });
      await readCells(context, areas, progress);
      sheets.forEach(fillHoles);
      const formulas = formulaAreas.flatMap((a) => (a.isNullObject ? [] : areasOf(a.address)));
      const record = Object.assign({}, ...xml.map((x) => parseRecord(x.value)));
      return { sheets, formulas, owned: ownedNow(sheets, names.items, record, state) };
    });
  }

  /**
   * Writes the plan, or nothing: protection and new sheet names are checked before the first
   * cell is written, because Excel runs a batch up to its first failure and keeps what ran.
   */
  async apply(plan: WritePlan, progress?: Progress) {
    await Excel.run(async (context) => {
      const wb = context.workbook;
      const existing = wb.names.load("items/name");
      const parts = wb.customXmlParts.getByNamespace(RECORD_NAMESPACE).load("items/id");
      const touched = [...new Set([...plan.writes, ...plan.clears].map((b) => b.sheet))].filter(
        (s) => !plan.newSheets.includes(s),
      );
      const protections = touched.map((name) => ({
        name,
        p: wb.worksheets.getItem(name).protection.load("protected"),
      }));
      const structure = wb.protection.load("protected");
      await context.sync();
      const locked = protections.filter((x) => x.p.protected).map((x) => `"${x.name}"`);
      if (locked.length)
        throw new EkoError(
          `Bladet ${locked.join(", ")} är skyddat. Ta bort skyddet (Granska → Ta bort bladskydd) och skriv igen. Inget skrevs.`,
        );
      if (plan.newSheets.length && structure.protected)
        throw new EkoError(
          `Arbetsbokens struktur är skyddad, så bladet "${plan.newSheets[0]}" kan inte läggas till. Ta bort skyddet (Granska → Skydda arbetsbok) och skriv igen. Inget skrevs.`,
        );
      for (const name of plan.newSheets) {
        const problem = sheetNameProblem(name);
        if (problem) throw new EkoError(`${problem} Inget skrevs.`);
      }

      const added = new Map(plan.newSheets.map((name) => [name, wb.worksheets.add(name)]));
      const sheet = (name: string) => added.get(name) ?? wb.worksheets.getItem(name);
      const range = (b: Bounds) =>
        sheet(b.sheet).getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
      for (const c of plan.clears) range(c).clear("All");
      let queued = 0;
      for (const [i, w] of plan.writes.entries()) {
        const target = range(w);
        // The format goes first: text written into a General cell could be read as a number.
        target.numberFormat = w.block.formats;
        target.values = w.block.values;
        target.format.font.bold = false;
        for (const r of w.block.bold) target.getRow(r).format.font.bold = true;
        const name = NAME_PREFIX + w.block.id;
        if (existing.items.some((n) => n.name === name)) wb.names.getItem(name).delete();
        wb.names.add(name, target, "Skrivet av Ekonomirapport; uppdateras vid nästa körning.");
        queued += JSON.stringify(w.block.values).length + JSON.stringify(w.block.formats).length;
        const last = i === plan.writes.length - 1;
        if (last) {
          // The record goes with the last cells, so it never lists output that is not there.
          parts.items.forEach((p) => p.delete());
          wb.customXmlParts.add(recordXml(plan.outputs));
        }
        if (queued >= PAYLOAD_BYTES || last) {
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

/** Rows above the used range and columns left of it are empty, as the core expects them. */
function fillHoles(sheet: Sheet) {
  for (let r = 0; r < sheet.values.length; r++) {
    sheet.values[r] = Array.from(sheet.values[r] ?? [], (v) => v ?? null);
    sheet.formats[r] ??= [];
  }
}

/** "Blad1!A1:B3, 'Min flik'!D4" (a RangeAreas address) → one rectangle per area. */
export function areasOf(address: string): Bounds[] {
  const area = /(?:'(?:[^']|'')+'|[^!,\s][^!,]*)!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?/g;
  return [...address.matchAll(area)].flatMap((m) => parseRange(m[0]) ?? []);
}

/**
 * Own output where it is now. A name follows its cells when the user inserts rows; when the user
 * deleted the name, the record (or the saved state) still says where the output was, so it is
 * never read as a source. A name pointing at #REF! (its cells or sheet deleted) and output on a
 * sheet that no longer exists leave nothing to update: the next write starts afresh.
 */
function ownedNow(
  sheets: Sheet[],
  names: { name: string; formula: string }[],
  record: Record<string, OwnedOutput>,
  state: SavedState | undefined,
): Record<string, OwnedOutput> {
  const saved = { ...state?.outputs, ...record };
  const ids = new Set([
    ...Object.keys(saved),
    ...names
      .filter((n) => n.name.startsWith(NAME_PREFIX))
      .map((n) => n.name.slice(NAME_PREFIX.length)),
  ]);
  const owned: Record<string, OwnedOutput> = {};
  for (const id of ids) {
    const item = names.find((n) => n.name === NAME_PREFIX + id);
    const at = item ? parseRange(item.formula) : saved[id];
    const sheet = at && sheets.find((s) => s.name === at.sheet);
    if (!at || !sheet) continue;
    const { sheet: name, top, left, bottom, right } = at;
    // Named output the record does not know (a write cut short) is taken as written.
    const print = saved[id]?.fingerprint ?? fingerprint(cut(sheet, at));
    owned[id] = { sheet: name, top, left, bottom, right, fingerprint: print };
  }
  return owned;
}
