import { Dec } from "../core/decimal";
import { fail } from "../core/errors";
import { Ore, toOre } from "../core/money";
import { ORE_PER, Unit } from "../core/units";

/**
 * Cells carry no unit: the user may work in kr, tkr or mnkr, and with decimals (tkr with three
 * decimals is exact kronor). The measures count whole öre, so a cell value is read *as if* it were
 * in one of our units, used purely as a scale: "mnkr" keeps 8 decimals, "tkr" 5, "kr" 2.
 *
 * Reading everything as kr would round 12,3456 tkr to 12,35. Reading everything as mnkr would
 * overflow a region's budget typed in kronor (40 000 000 000 × 10^8 > 2^53). So each computation
 * takes the finest scale at which all its amounts stay exact integers with room for one
 * subtraction: exact to 8 decimals of the cells' unit up to 45 million, to 5 decimals up to
 * 45 000 million, and to 2 beyond.
 */
const FINEST_FIRST: Unit[] = ["mnkr", "tkr", "kr"];
const LIMIT = new Dec(Number.MAX_SAFE_INTEGER).div(2);

export function scaleFor(amounts: (Dec | undefined)[], where?: string): Unit {
  const largest = amounts.reduce<Dec>(
    (m, a) => (a && a.abs().greaterThan(m) ? a.abs() : m),
    new Dec(0),
  );
  return (
    FINEST_FIRST.find((u) => largest.times(ORE_PER[u]).lessThanOrEqualTo(LIMIT)) ??
    fail(`beloppet ${largest.toString()} är för stort för att räknas exakt`, where)
  );
}

/** The scale `scaleFor` picks, with its power of ten and its conversion to whole units. */
export interface ExactScale {
  per: number;
  scaled(amount: Dec): Ore;
}

export function exactScale(amounts: (Dec | undefined)[], where?: string): ExactScale {
  const unit = scaleFor(amounts, where);
  return { per: ORE_PER[unit], scaled: (amount) => toOre(amount, unit) };
}
