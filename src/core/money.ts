import { Dec } from "./decimal";
import { fail } from "./errors";
import { ORE_PER, Unit } from "./units";

/**
 * An amount in whole öre. A plain number is exact for integers up to 2^53 öre (90 000 miljarder
 * kronor), far beyond any region's budget, and sums of integers stay exact; so the hot paths add
 * numbers, and only division and rounding go through decimal.js.
 */
export type Ore = number;

/** Converts a value in `unit` to öre, rounding any sub-öre rest half away from zero. */
export function toOre(value: Dec | number | string, unit: Unit, where?: string): Ore {
  const d =
    value instanceof Dec ? value : new Dec(typeof value === "number" ? numberText(value) : value);
  const ore = d.times(ORE_PER[unit]).toDecimalPlaces(0).toNumber();
  if (!Number.isSafeInteger(ore)) fail(`beloppet ${d.toString()} ${unit} är för stort`, where);
  return ore === 0 ? 0 : ore;
}

/** The exact value of an öre amount in `unit`. */
export function inUnit(ore: Ore, unit: Unit): Dec {
  return new Dec(ore).div(ORE_PER[unit]);
}

/**
 * A float read from a workbook, as the shortest text that reads back to the same float; that is
 * the number Excel showed the user, not the binary approximation (0.1 stays 0.1).
 */
function numberText(n: number): string {
  if (!Number.isFinite(n)) fail(`${n} är inget belopp`);
  return String(n);
}
