import { Dec } from "../decimal";
import { formatAmount, formatDecimal, formatPercent, NumberStyle } from "../format";
import { inUnit, Ore } from "../money";
import { RowKind } from "../report/model";
import { Unit } from "../units";

/**
 * A printed cell and, for figures, the exact value behind it: öre for amounts, a fraction for
 * percentages. Checks and narrative work on the exact value, never on the printed text.
 */
export interface Cell {
  text: string;
  exact?: Dec;
  kind?: "belopp" | "andel";
}

export interface Row {
  kind: RowKind;
  cells: Cell[];
  where: string[];
}

export const text = (t: string): Cell => ({ text: t });
export const blank: Cell = { text: "" };

export function amount(
  ore: Ore | undefined,
  unit: Unit,
  style: NumberStyle,
  suffix?: string,
): Cell {
  if (ore === undefined) return blank;
  return { text: formatAmount(ore, unit, style, suffix), exact: new Dec(ore), kind: "belopp" };
}

export function percent(fraction: Dec | undefined, style: NumberStyle): Cell {
  if (fraction === undefined) return text("–");
  return { text: formatPercent(fraction, style), exact: fraction, kind: "andel" };
}

/** A figure in `unit` with the unit written after it in a different case ("119,7 Mnkr"). */
export function amountWithWord(ore: Ore, unit: Unit, style: NumberStyle, word: string): Cell {
  return {
    text: `${formatDecimal(inUnit(ore, unit), style)} ${word}`,
    exact: new Dec(ore),
    kind: "belopp",
  };
}

/** Sums optional amounts; undefined when no row has one, so a missing column stays blank. */
export function total(values: (Ore | undefined)[]): Ore | undefined {
  let sum: Ore | undefined;
  for (const v of values) if (v !== undefined) sum = (sum ?? 0) + v;
  return sum;
}
