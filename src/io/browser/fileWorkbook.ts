import ExcelJS from "exceljs";
import { WritePlan } from "../output/place";
import { Progress, STATE_SHEET, WorkbookPort } from "../output/port";
import { Bounds, parseState, SavedState } from "../output/state";
import { loadWorkbook, sheetOf } from "../xlsx";

/**
 * The task pane outside Excel: an .xlsx opened in the browser, read with the engine's reader and
 * written with exceljs, then downloaded. The saved state lives on a very hidden sheet, because a
 * file has no document settings that exceljs can keep.
 */
export class FileWorkbook implements WorkbookPort {
  readonly mode = "fil";

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    readonly title: string,
  ) {}

  static async open(data: ArrayBuffer | Uint8Array, fileName: string): Promise<FileWorkbook> {
    return new FileWorkbook(await loadWorkbook(data, fileName), fileName);
  }

  async read(state: SavedState | undefined, progress?: Progress) {
    progress?.("Läser arbetsboken …");
    const worksheets = this.wb.worksheets.filter((ws) => ws.name !== STATE_SHEET);
    return {
      sheets: worksheets.map(sheetOf),
      owned: state?.outputs ?? {},
      formulas: worksheets.flatMap(formulaCells),
    };
  }

  async loadState() {
    const cell = this.wb.getWorksheet(STATE_SHEET)?.getCell("A1").value;
    return parseState(typeof cell === "string" ? cell : undefined);
  }

  async saveState(state: SavedState) {
    const ws =
      this.wb.getWorksheet(STATE_SHEET) ??
      this.wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
    ws.getCell("A1").value = JSON.stringify(state);
  }

  async apply(plan: WritePlan) {
    for (const name of plan.newSheets) this.wb.addWorksheet(name);
    const ws = (name: string) => this.wb.getWorksheet(name) ?? this.wb.addWorksheet(name);
    for (const c of plan.clears) {
      const sheet = ws(c.sheet);
      for (let r = c.top; r <= c.bottom; r++)
        for (let k = c.left; k <= c.right; k++) {
          const cell = sheet.getCell(r + 1, k + 1);
          cell.value = null;
          cell.style = {};
        }
    }
    for (const w of plan.writes) {
      const sheet = ws(w.sheet);
      w.block.values.forEach((row, r) =>
        row.forEach((v, k) => {
          const cell = sheet.getCell(w.top + r + 1, w.left + k + 1);
          cell.value = v === "" ? null : v;
          // A new style object: exceljs shares one between all cells loaded with the same style,
          // so setting cell.numFmt would change every cell (on any sheet) that shares it.
          cell.style = {
            ...cell.style,
            numFmt: w.block.formats[r][k],
            font: { ...cell.style.font, bold: w.block.bold.includes(r) },
          };
        }),
      );
    }
  }

  async select() {
    // A file in the browser has no selection; the pane shows the place itself.
  }

  /** The workbook with the report written into it, as an .xlsx to download. */
  async save(): Promise<Uint8Array> {
    return new Uint8Array(await this.wb.xlsx.writeBuffer());
  }
}

/** Cells holding a formula: one showing "" reads as empty but is the user's. */
function formulaCells(ws: ExcelJS.Worksheet): Bounds[] {
  const out: Bounds[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Formula)
        out.push({ sheet: ws.name, top: r - 1, left: c - 1, bottom: r - 1, right: c - 1 });
    }),
  );
  return out;
}
