import ExcelJS from "exceljs";
import { WritePlan } from "../output/place";
import { Progress, STATE_SHEET, WorkbookPort } from "../output/port";
import { Bounds, parseState, SavedState } from "../output/state";
import { loadWorkbook, sheetOf } from "../xlsx";
import { readSheets as readInPage, SheetReader } from "./readProtocol";

/**
 * The task pane outside Excel: an .xlsx opened in the browser, read with the streaming reader
 * (in a Web Worker when the pane passes `readInWorker`, so a large workbook never freezes the
 * page), written with exceljs, then downloaded. exceljs loads the file only when the report is
 * written into it. The saved state lives on a very hidden sheet, because a file has no document
 * settings that exceljs can keep.
 */
export class FileWorkbook implements WorkbookPort {
  readonly mode = "fil";
  private wb: Promise<ExcelJS.Workbook> | undefined;

  private constructor(
    private readonly data: Uint8Array,
    readonly title: string,
    private readonly readSheets: SheetReader,
  ) {}

  static async open(
    data: ArrayBuffer | Uint8Array,
    fileName: string,
    // Without a worker (tests, or a page that runs none) the same reader on the page's thread.
    readSheets: SheetReader = readInPage,
  ): Promise<FileWorkbook> {
    return new FileWorkbook(
      data instanceof Uint8Array ? data : new Uint8Array(data),
      fileName,
      readSheets,
    );
  }

  private workbook(): Promise<ExcelJS.Workbook> {
    return (this.wb ??= loadWorkbook(this.data, this.title));
  }

  async read(state: SavedState | undefined, progress?: Progress) {
    const text = "Läser arbetsboken …";
    progress?.(text, 0);
    const own = (name: string) => name !== STATE_SHEET;
    if (this.wb) {
      const worksheets = (await this.wb).worksheets.filter((ws) => own(ws.name));
      return {
        sheets: worksheets.map(sheetOf),
        owned: state?.outputs ?? {},
        formulas: worksheets.flatMap(formulaCells),
      };
    }
    const read = await this.readSheets(
      this.data,
      this.title,
      (share) => progress?.(text, share),
      undefined,
      state?.mapping,
    );
    return {
      sheets: read.sheets.filter((s) => own(s.name)),
      owned: state?.outputs ?? {},
      formulas: read.formulas.filter((b) => own(b.sheet)),
    };
  }

  async loadState() {
    if (this.wb) {
      const cell = (await this.wb).getWorksheet(STATE_SHEET)?.getCell("A1").value;
      return parseState(typeof cell === "string" ? cell : undefined);
    }
    const [state] = (await this.readSheets(this.data, this.title, undefined, [STATE_SHEET])).sheets;
    const cell = state?.values[0]?.[0];
    return parseState(typeof cell === "string" ? cell : undefined);
  }

  async saveState(state: SavedState) {
    const wb = await this.workbook();
    const ws =
      wb.getWorksheet(STATE_SHEET) ?? wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
    ws.getCell("A1").value = JSON.stringify(state);
  }

  async apply(plan: WritePlan) {
    const wb = await this.workbook();
    for (const name of plan.newSheets) wb.addWorksheet(name);
    const ws = (name: string) => wb.getWorksheet(name) ?? wb.addWorksheet(name);
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
    return new Uint8Array(await (await this.workbook()).xlsx.writeBuffer());
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
