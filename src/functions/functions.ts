/// <reference types="custom-functions-runtime" />
import { EkoError } from "../core/errors";
import { budgetavvikelseCells, kostnutvCells, resultathanteringCells } from "./compute";
import { CellError, Out } from "./grid";

/*
 * Excel reads the JSDoc below (through custom-functions-metadata-plugin) for the names, help texts
 * and argument shapes shown in formula autocomplete, and the plugin appends the
 * CustomFunctions.associate calls to this file when it is bundled. Every argument is a matrix, so a
 * single cell and a range take the same path, and every result is one, so ranges spill.
 */

// Spelled out in each signature, not aliased: the metadata generator rejects type aliases.
type ExcelCell = number | string | CustomFunctions.Error;

/**
 * Budgetavvikelse: hur mycket bättre (+) eller sämre (−) utfallet är än budget. Räknar cell för cell över områden.
 * @customfunction BUDGETAVVIKELSE
 * @param utfall Utfall eller prognos, ett tal eller ett område, i valfri enhet (kr, tkr, mnkr).
 * @param budget Budget i samma enhet och lika stort område (eller en enda cell).
 * @param [typ] "netto" (standard: intäkter +, kostnader −, ger utfall − budget), "kostnad" (utgift angiven positiv, t.ex. investering: budget − utfall) eller "intäkt".
 * @returns Avvikelsen i argumentens enhet; tom där utfall eller budget saknas.
 */
export function budgetavvikelse(
  utfall: unknown[][],
  budget: unknown[][],
  typ?: unknown[][],
): Array<Array<number | string | CustomFunctions.Error>> {
  return excel(() => budgetavvikelseCells(utfall, budget, typ));
}

/**
 * Kostnads- och intäktsutveckling mot förra året. Med budget: en rad med skillnad mot förra året, diff mot budget, utveckling, budgeterad utveckling och skillnad mot budget.
 * @customfunction KOSTNUTV
 * @param i_år Utfall eller prognos i år (kostnader negativa), ett tal eller ett område.
 * @param förra_året Utfall förra året, i samma enhet.
 * @param [budget] Budget i år. Utelämnad ger bara utvecklingen i procent.
 * @param [typ] "kostnad" eller "intäkt". Utelämnad: negativt belopp i år är en kostnad.
 * @returns Utvecklingen som andel (formatera som %), eller med budget en rad om fem värden per cell.
 */
export function kostnutv(
  i_år: unknown[][],
  förra_året: unknown[][],
  budget?: unknown[][],
  typ?: unknown[][],
): Array<Array<number | string | CustomFunctions.Error>> {
  return excel(() => kostnutvCells(i_år, förra_året, budget, typ));
}

/**
 * Resultathantering: det belopp som får föras över till nästa år, min(begärt, andel × överskott, tak), 0 utan överskott.
 * @customfunction RESULTATHANTERING
 * @param avvikelse Budgetavvikelsen (överskottet), ett tal eller ett område.
 * @param begärt Begärt belopp att föra över, i samma enhet. Får inte vara negativt.
 * @param [andel] Hur stor del av överskottet som får föras över, t.ex. 0,75 eller "75%". Utelämnad: 100 %.
 * @param [tak] Högsta belopp som får föras över. Utelämnat: inget tak.
 * @returns Beloppet som får föras över, i argumentens enhet.
 */
export function resultathantering(
  avvikelse: unknown[][],
  begärt: unknown[][],
  andel?: unknown[][],
  tak?: unknown[][],
): Array<Array<number | string | CustomFunctions.Error>> {
  return excel(() => resultathanteringCells(avvikelse, begärt, andel, tak));
}

/** A thrown CustomFunctions.Error shows its message in Excel; any other throw is a bare #VALUE!. */
function excel(compute: () => Out[][]): ExcelCell[][] {
  try {
    // In place: a copy of a million-cell result would cost as much again as computing it.
    const cells: (Out | ExcelCell)[][] = compute();
    for (const row of cells)
      for (let i = 0; i < row.length; i++) {
        const cell = row[i];
        if (typeof cell === "object" && "fel" in cell) row[i] = toExcel(cell);
      }
    return cells as ExcelCell[][];
  } catch (e) {
    if (e instanceof EkoError)
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
    throw e;
  }
}

/** Excel shows a custom message on #VALUE! and #N/A only; the other codes go without one. */
function toExcel(cell: CellError): CustomFunctions.Error {
  const shown = cell.fel === "invalidValue" || cell.fel === "notAvailable";
  return shown
    ? new CustomFunctions.Error(CustomFunctions.ErrorCode[cell.fel], cell.message)
    : new CustomFunctions.Error(CustomFunctions.ErrorCode[cell.fel]);
}
