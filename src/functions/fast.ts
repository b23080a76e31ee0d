import { EkoError } from "../core/errors";
import { ORE_PER } from "../core/units";
import { Cell } from "./grid";

/**
 * The plain-number path of the functions. decimal.js costs microseconds a cell (a Decimal per
 * read, per scaling, per division), so a 1000 × 1000 range took a minute and blocked the runtime
 * the pane shares. The exact path reads a float as the shortest decimal that gives it back (the
 * figure Excel shows) and rounds it at the scale, half away from zero; this path rounds the float
 * itself wherever that provably gives the same integer, and an integer result divided by the
 * scale's power of ten is the double nearest the exact decimal, what decimal.js rounds to.
 * Anything else (0 from `fastScale`) takes the exact decimal path.
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
    return roundsAlike(a, per) && roundsAlike(b, per) && roundsAlike(c, per) ? per : 0;
  }
  return 0;
}

/**
 * Whether Math.round(a × per) is the exact path's integer. Either the float has no more decimals
 * than the scale keeps: the decimal N / per is then the only one of its kind that reads back as
 * this float (floats are denser than 1 / per below LIMIT), so it is the shortest one, exactly.
 * Or a formula's float (1271.1300000000001): the product x = a × per in floats lies within
 * |x| · 2^-50 of the shortest decimal times per (half an ulp from the product, half an ulp of a
 * scaled), so when x is further than that from the nearest half, both round to the same integer
 * and no tie can arise for Math.round to break the wrong way.
 */
function roundsAlike(a: number, per: number): boolean {
  const x = a * per;
  return Math.round(x) / per === a || Math.abs(x - Math.floor(x) - 0.5) > Math.abs(x) * 2 ** -50;
}

/** An amount as an integer at the scale: what `toScaled` gives for it. */
export function scaled(a: number, per: number): number {
  return Math.round(a * per) || 0;
}

/** An integer result at the scale back to the cells' unit: the double nearest the exact value. */
export function unscaled(n: number, per: number): number {
  return n / per || 0;
}

/** Blank as Excel hands it in: an empty cell, or an omitted argument. */
const isEmpty = (cell: Cell) => cell === null || cell === undefined || cell === "";
const plainOrEmpty = (cell: Cell) =>
  isEmpty(cell) || (typeof cell === "number" && Number.isFinite(cell));

/**
 * True when an element's answer is blank without anything to report: one of the two figures it
 * needs is empty and every cell is empty or a plain number (which the exact path reads without
 * complaint). `optional` is an argument that may be empty, such as a budget or a cap.
 */
export function blank(a: Cell, b: Cell, optional: Cell = null): boolean {
  return (isEmpty(a) || isEmpty(b)) && plainOrEmpty(a) && plainOrEmpty(b) && plainOrEmpty(optional);
}

export const SLOW = Symbol("exakt väg");

/**
 * An argument's reads kept per distinct value, so a range under one rule (typ "kostnad", andel
 * 0,75) reads it once, and the core sees the same share object for it. A value that cannot be
 * read gives SLOW: the exact path reads it again, per element, to say where it is.
 */
export class Seen<T> {
  private readonly values = new Map<Cell, T | undefined>();
  /** The last value read, which is every element's when the argument is a single cell. */
  private lastCell: Cell = undefined;
  private lastValue: T | undefined;

  constructor(private readonly read: (cell: Cell, where: string) => T | undefined) {}

  get(cell: Cell): T | undefined | typeof SLOW {
    if (cell === null || cell === undefined) return undefined;
    if (cell === this.lastCell) return this.lastValue;
    if (typeof cell !== "number" && typeof cell !== "string") return SLOW;
    const known = this.values.get(cell);
    if (known !== undefined || this.values.has(cell)) return this.remember(cell, known);
    try {
      const value = this.read(cell, "");
      this.values.set(cell, value);
      return this.remember(cell, value);
    } catch (e) {
      if (e instanceof EkoError) return SLOW;
      throw e;
    }
  }

  private remember(cell: Cell, value: T | undefined): T | undefined {
    this.lastCell = cell;
    this.lastValue = value;
    return value;
  }
}
