import { EkoError } from "../core/errors";
import { grouped, LIMITS } from "./limits";
import { Unpacker } from "./stream/inflate";
import { scanPart, workbookPart } from "./stream/parts";
import { decodeRef, EXCEL_COLUMNS, EXCEL_ROWS, outsideSheet } from "./stream/ref";

/**
 * exceljs fills every cell a merge covers and a sheet is read as rows padded out to their last
 * cell, so a workbook of a few hundred bytes can ask for billions of cells: one
 * `<mergeCell ref="A1:XFD1048576"/>` kept the CLI busy past two minutes on its way out of memory.
 * Before exceljs gets a workbook, its sheets' tags are scanned for the cells reading them would
 * hold, counted as the streaming reader counts them (src/io/stream/read.ts), and the file is
 * refused past `LIMITS.heldCells` or at a cell outside Excel's largest sheet. It runs inside
 * `checkZip`'s count (src/io/xlsx.ts), on the sheets' one inflation.
 */
export async function checkSheetExtent(zip: Unpacker): Promise<void> {
  const name = zip.name;
  const workbook = await workbookPart(zip, zip.limits.entry);
  let held = 0;
  for (const sheet of workbook?.sheets ?? []) {
    let row = -1;
    let col = -1;
    const count = (cells: number, what: string) => {
      held += cells;
      if (held > LIMITS.heldCells)
        throw new EkoError(
          `${name}: bladet ${sheet.name} ${what}, och fler än ${grouped(LIMITS.heldCells)} celler skulle hållas i minnet. Filen läses inte, så att minnet inte tar slut.`,
        );
    };
    const rowDone = () => {
      if (col >= 0)
        count(col + 1, `når rad ${grouped(row + 1)} med celler ut till kolumn ${grouped(col + 1)}`);
    };
    await scanPart(zip, sheet.path, {
      open(tag, t) {
        if (tag === "row") {
          rowDone();
          const r = t.attr("r");
          row = r ? Number(r) - 1 : row + 1;
          col = -1;
          if (!(row < EXCEL_ROWS)) throw outsideSheet(name, sheet.name, row, 0);
        } else if (tag === "c") {
          const r = t.attr("r");
          col = r ? decodeRef(r).col : col + 1;
          if (col >= EXCEL_COLUMNS) throw outsideSheet(name, sheet.name, row, col);
        } else if (tag === "mergeCell") {
          const ref = t.attr("ref") ?? "";
          const [a, b] = ref.split(":");
          const from = decodeRef(a);
          const to = decodeRef(b ?? a);
          if (to.row >= EXCEL_ROWS || to.col >= EXCEL_COLUMNS)
            throw outsideSheet(name, sheet.name, to.row, to.col);
          const rows = Math.max(0, to.row - from.row) + 1;
          const cols = Math.max(0, to.col - from.col) + 1;
          count(rows * cols, `sammanfogar ${ref}`);
        }
      },
      close(tag) {
        if (tag === "sheetData") rowDone();
      },
      text() {},
    });
  }
}
