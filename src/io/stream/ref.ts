import { EkoError } from "../../core/errors";
import { columnIndex } from "../../core/mapping/grid";
import { grouped } from "../limits";

/**
 * Excel's largest sheet (1 048 576 rows, 16 384 columns, XFD). A cell beyond it is no workbook's
 * and, held as a row padded out to it, would cost memory out of all proportion to the file.
 */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** "B12" (or "$B$12") as 0-based row and column; anything else is A1. */
export function decodeRef(ref: string | undefined): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec((ref ?? "").toUpperCase());
  if (!m) return { row: 0, col: 0 };
  return { row: +m[2] - 1, col: columnIndex(m[1]) };
}

/** A cell outside Excel's largest sheet, in the words of every reader that refuses one. */
export function outsideSheet(file: string, sheet: string, r: number, c: number): EkoError {
  return new EkoError(
    `${file}: bladet ${sheet} har en cell på rad ${grouped(r + 1)}, kolumn ${grouped(c + 1)}, utanför Excels största blad (${grouped(EXCEL_ROWS)} rader, ${grouped(EXCEL_COLUMNS)} kolumner). Filen läses inte.`,
  );
}
