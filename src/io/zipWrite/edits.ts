import { columnName } from "../../core/mapping/grid";
import { WritePlan } from "../output/place";
import { Bounds } from "../output/state";

/** What goes into one cell: a value (null leaves it empty), and its style unless `format` is absent. */
export interface CellEdit {
  value: string | number | null;
  /** Excel's number format code; absent, the cell keeps its style (the state sheet's cell). */
  format?: string;
  bold?: boolean;
}

/** Per sheet, per 0-based row, per 0-based column: the new cell, or null to clear it. */
export type SheetEdits = Map<number, Map<number, CellEdit | null>>;

/** Everything a save writes into the file, gathered from the plans and the state. */
export class WorkbookEdits {
  readonly sheets = new Map<string, SheetEdits>();
  /** Sheets to add, in order, with whether they are very hidden. */
  readonly added: { name: string; veryHidden: boolean }[] = [];
  /**
   * The add-in's own earlier output, the only cells holding a value that may be written over or
   * cleared. The plan never chooses another (place.ts), but it sees only the cells the reader
   * held; this is the check that nothing of the user's is lost where it saw none.
   */
  readonly owned: Bounds[] = [];

  get empty(): boolean {
    return !this.sheets.size && !this.added.length;
  }

  set(sheet: string, row: number, col: number, edit: CellEdit | null): void {
    let rows = this.sheets.get(sheet);
    if (!rows) this.sheets.set(sheet, (rows = new Map()));
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = new Map()));
    cells.set(col, edit);
  }

  /** A sheet the plan writes to that the file does not have is added, as exceljs adds it. */
  addSheet(name: string, veryHidden = false): void {
    if (!this.added.some((s) => s.name === name)) this.added.push({ name, veryHidden });
  }

  /**
   * A plan as the exceljs path applies it: its clears first, then its writes; an empty string
   * writes an empty cell that still gets its format and weight.
   */
  plan(plan: WritePlan): void {
    for (const c of plan.clears)
      for (let r = c.top; r <= c.bottom; r++)
        for (let k = c.left; k <= c.right; k++) this.set(c.sheet, r, k, null);
    for (const w of plan.writes)
      w.block.values.forEach((row, r) =>
        row.forEach((v, k) =>
          this.set(w.sheet, w.top + r, w.left + k, {
            value: v === "" ? null : v,
            format: w.block.formats[r][k],
            bold: w.block.bold.includes(r),
          }),
        ),
      );
  }
}

/**
 * Text for XML: the five special characters escaped, and the characters XML 1.0 cannot hold at
 * all written as Excel writes them (_xHHHH_, ECMA-376 part 1, 22.9.2.19); a literal "_x" that
 * would read as such an escape is itself escaped.
 */
export function xmlText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

/**
 * One cell's XML. Text goes in as an inline string, so the shared strings part (as large as the
 * ledger's own text) is never rewritten; Excel turns inline strings into shared ones when it
 * saves the file.
 */
export function cellXml(p: string, row: number, col: number, style: number, v: CellEdit["value"]) {
  const s = style ? ` s="${style}"` : "";
  const r = `${columnName(col)}${row + 1}`;
  if (v === null) return `<${p}c r="${r}"${s}/>`;
  if (typeof v === "number") return `<${p}c r="${r}"${s}><${p}v>${String(v)}</${p}v></${p}c>`;
  return `<${p}c r="${r}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${xmlText(v)}</${p}t></${p}is></${p}c>`;
}
