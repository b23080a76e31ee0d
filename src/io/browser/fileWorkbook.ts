import ExcelJS from "exceljs";
import { WritePlan } from "../output/place";
import { Progress, STATE_SHEET, WorkbookPort } from "../output/port";
import { Bounds, parseState, SavedState } from "../output/state";
import { LIMITS } from "../limits";
import { loadWorkbook, sheetOf } from "../xlsx";
import { bytesAt, zipDirectory } from "../zip";
import { WorkbookEdits, writeIntoZip } from "../zipWrite";
import { readSheets as readInPage, SheetReader } from "./readProtocol";

/**
 * The task pane outside Excel: an .xlsx opened in the browser, read with the streaming reader
 * (in a Web Worker when the pane passes `readInWorker`, so a large workbook never freezes the
 * page), written into, then downloaded. The saved state lives on a very hidden sheet, because a
 * file has no document settings to keep it in.
 *
 * A workbook that unpacks to at most `LIMITS.streamAbove` is written with exceljs, which loads it
 * only then. A larger one is written at zip level (src/io/zipWrite): exceljs would hold about 14
 * times its sheets' XML (a 100 000-row ledger took 850 MB and 21 s here) and refuses anything
 * past `LIMITS.unpackedInMemory`, where the zip writer copies every part it does not change and
 * streams the one sheet that gets the report. The limit is the one where the reader streams too.
 * The zip writer gathers the plan and writes it with the state (or at the next read or `save`,
 * so a read always sees what was written).
 */
export class FileWorkbook implements WorkbookPort {
  readonly mode = "fil";
  private wb: Promise<ExcelJS.Workbook> | undefined;
  private large: boolean | undefined;
  /** What the zip writer has yet to write. */
  private edits: WorkbookEdits | undefined;
  /** The add-in's output as of the last read: the cells the zip writer may write over. */
  private owned: Bounds[] = [];

  private constructor(
    private data: Uint8Array,
    readonly title: string,
    private readonly readSheets: SheetReader,
    private readonly inMemoryUpTo: number,
  ) {}

  static async open(
    data: ArrayBuffer | Uint8Array,
    fileName: string,
    // Without a worker (tests, or a page that runs none) the same reader on the page's thread.
    readSheets: SheetReader = readInPage,
    /** Unpacked bytes up to which exceljs writes the file (tests choose the other path with -1). */
    inMemoryUpTo: number = LIMITS.streamAbove,
  ): Promise<FileWorkbook> {
    return new FileWorkbook(
      data instanceof Uint8Array ? data : new Uint8Array(data),
      fileName,
      readSheets,
      inMemoryUpTo,
    );
  }

  /** Whether this file is written at zip level: decided once, by its declared unpacked size. */
  private zipLevel(): boolean {
    if (this.wb) return false;
    this.large ??=
      zipDirectory(bytesAt(this.data), this.data.length, this.title).unpacked > this.inMemoryUpTo;
    return this.large;
  }

  /**
   * Writes what the zip writer gathered into the file's bytes. A refusal (a cell that is not the
   * report's) leaves the file as it was and nothing pending, so the next read sees it unchanged.
   */
  private async settle(): Promise<void> {
    const edits = this.edits;
    this.edits = undefined;
    if (edits && !edits.empty) this.data = await writeIntoZip(this.data, this.title, edits);
  }

  private workbook(): Promise<ExcelJS.Workbook> {
    return (this.wb ??= loadWorkbook(this.data, this.title));
  }

  async read(state: SavedState | undefined, progress?: Progress) {
    const text = "Läser arbetsboken …";
    progress?.(text, 0);
    const own = (name: string) => name !== STATE_SHEET;
    await this.settle();
    this.owned = Object.values(state?.outputs ?? {});
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
    await this.settle();
    if (this.wb) {
      const cell = (await this.wb).getWorksheet(STATE_SHEET)?.getCell("A1").value;
      return parseState(typeof cell === "string" ? cell : undefined);
    }
    const [state] = (await this.readSheets(this.data, this.title, undefined, [STATE_SHEET])).sheets;
    const cell = state?.values[0]?.[0];
    return parseState(typeof cell === "string" ? cell : undefined);
  }

  async saveState(state: SavedState) {
    if (this.zipLevel()) {
      this.edits ??= new WorkbookEdits();
      this.edits.addSheet(STATE_SHEET, true);
      this.edits.set(STATE_SHEET, 0, 0, { value: JSON.stringify(state) });
      this.edits.owned.push({ sheet: STATE_SHEET, top: 0, left: 0, bottom: 0, right: 0 });
      // The state is the last of a write (writeReport): the file is written now, so that a
      // refusal comes with "Skriv till arbetsboken", not later with the download.
      await this.settle();
      return;
    }
    const wb = await this.workbook();
    const ws =
      wb.getWorksheet(STATE_SHEET) ?? wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
    ws.getCell("A1").value = JSON.stringify(state);
  }

  async apply(plan: WritePlan) {
    if (this.zipLevel()) {
      this.edits ??= new WorkbookEdits();
      this.edits.owned.push(...this.owned);
      for (const name of plan.newSheets) this.edits.addSheet(name);
      this.edits.plan(plan);
      return;
    }
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
    if (this.zipLevel()) {
      await this.settle();
      return this.data;
    }
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
