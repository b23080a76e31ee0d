import { Dec } from "./decimal";
import { inUnit, Ore } from "./money";
import { Unit } from "./units";

/**
 * How one printed figure looks. The reports print a plain hyphen-minus (not U+2212) and a space
 * between thousands; Word output wants a non-breaking space there (NBSP or NNBSP), so the
 * separator is a choice, not a constant.
 */
export interface NumberStyle {
  decimals: number;
  /** Drop trailing zeros ("10" and "0,6" in one column), as plan tables do. */
  trimZeros?: boolean;
  /** Print "+" before a positive figure, as the narrative does ("+10,6 mnkr"). */
  plus?: boolean;
  /** Thousands separator; a plain space unless the output needs a non-breaking one. */
  group?: string;
}

export const NBSP = "\u00a0";
export const NNBSP = "\u202f";

/** Rounds half away from zero to `decimals`: the report's rounding, applied once per figure. */
export function roundHalfAway(d: Dec, decimals: number): Dec {
  return d.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
}

export function formatDecimal(d: Dec, style: NumberStyle): string {
  const r = roundHalfAway(d, style.decimals);
  // A figure that rounds to zero is printed without sign: the reports never show "-0,0".
  const sign = r.isZero() ? "" : r.isNegative() ? "-" : style.plus ? "+" : "";
  let digits = r.abs().toFixed(style.decimals);
  if (style.trimZeros && digits.includes(".")) digits = digits.replace(/\.?0+$/, "");
  const [int, frac] = digits.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, style.group ?? " ");
  return sign + grouped + (frac ? "," + frac : "");
}

export function formatAmount(ore: Ore, unit: Unit, style: NumberStyle, suffix?: string): string {
  const s = formatDecimal(inUnit(ore, unit), style);
  return suffix === undefined ? s : `${s}${style.group ?? " "}${suffix}`;
}

export type PercentWord = "%" | "procent" | "procentenheter";

/** A fraction (0,183) printed as a percentage ("18,3%", "18,3 procent"). */
export function formatPercent(fraction: Dec, style: NumberStyle, word: PercentWord = "%"): string {
  const s = formatDecimal(fraction.times(100), style);
  return word === "%" ? `${s}%` : `${s}${style.group ?? " "}${word}`;
}
