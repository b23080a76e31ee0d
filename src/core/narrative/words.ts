import { Dec } from "../decimal";
import { formatAmount, formatDecimal, roundHalfAway } from "../format";
import { inUnit, Ore } from "../money";
import { Unit } from "../units";

/** "Regionkontoret" → "Regionkontorets"; names ending in s, x or z take no extra s. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** "A", "A och B", "A, B och C". */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

/** How a table prints its amounts, from its layout: the text about it writes them the same way. */
export interface AmountStyle {
  unit: Unit;
  decimals: number;
}

/**
 * An amount in the unit and decimals of the table the text is about, the unit written after it:
 * "24 612 tkr", or with `plus` signed as the seeds write a deviation, "+10,6 mnkr".
 */
export function amountText(ore: Ore, style: AmountStyle, plus = false): string {
  return formatAmount(ore, style.unit, { decimals: style.decimals, plus }, style.unit);
}

/** The amount prints as zero in the table's unit and decimals ("0,0 mnkr"): no figure to tell. */
export function roundsToZero(ore: Ore, style: AmountStyle): boolean {
  return roundHalfAway(inUnit(ore, style.unit), style.decimals).isZero();
}

/** A percentage in running text: "18,3 procent" (the tables print "18,3%"). */
export function procent(fraction: Dec, decimals = 1): string {
  return `${formatDecimal(fraction.times(100), { decimals })} procent`;
}

export function procentenheter(fraction: Dec, decimals = 1): string {
  return `${formatDecimal(fraction.times(100).abs(), { decimals })} procentenheter`;
}
