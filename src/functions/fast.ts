import { ORE_PER } from "../core/units";

/**
 * The plain-number path of the functions. decimal.js costs tens of microseconds a cell, so a
 * 1000 × 1000 range took a minute and blocked the runtime the pane shares. When every amount is
 * a float with no more decimals than the scale keeps (almost always: Excel cells typed in kr,
 * tkr or mnkr), scaling to integers with Math.round is exactly what `scaleFor` + `toScaled` do
 * through decimal.js, and an integer result divided by the scale's power of ten is the double
 * nearest the exact decimal, as `fromScaled` gives. Anything else returns undefined and takes
 * the exact decimal path.
 */
const SCALES = [ORE_PER.mnkr, ORE_PER.tkr, ORE_PER.kr];
const LIMIT = Number.MAX_SAFE_INTEGER / 2;
/** Near the limit float rounding could pick another scale than decimal.js: leave those to it. */
const MARGIN = 1e-9;

/**
 * The power of ten `scaleFor` would pick for these amounts (c is 0 when absent), or 0 when the
 * plain path would not be exact. Three arguments, not an array: this runs once per cell.
 */
export function fastScale(a: number, b: number, c = 0): number {
  const largest = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  if (!Number.isFinite(largest)) return 0;
  for (const per of SCALES) {
    const m = largest * per;
    if (m > LIMIT * (1 + MARGIN)) continue;
    if (m > LIMIT * (1 - MARGIN)) return 0;
    // Exact only when each float has no more decimals than the scale keeps.
    return exact(a, per) && exact(b, per) && exact(c, per) ? per : 0;
  }
  return 0;
}

const exact = (a: number, per: number) => Math.round(a * per) / per === a;

/** An amount as an integer at the scale: what `toScaled` gives for it. */
export function scaled(a: number, per: number): number {
  return Math.round(a * per) || 0;
}

/** An integer result at the scale back to the cells' unit: the double nearest the exact value. */
export function unscaled(n: number, per: number): number {
  return n / per || 0;
}
