import { Dec } from "./decimal";
import { fail } from "./errors";
import { Ore } from "./money";

/**
 * The report's measures, one implementation each. Tables, narrative, checks and the custom
 * functions all call these; nothing else subtracts a budget from an outcome.
 */

/**
 * "resultat": revenue positive, costs negative, so outcome − budget makes a surplus positive.
 * "utgift": spend entered positive (investments), so budget − outcome makes an underspend positive.
 */
export type Konvention = "resultat" | "utgift";

export function budgetavvikelse(
  utfall: Ore,
  budget: Ore,
  konvention: Konvention = "resultat",
): Ore {
  return konvention === "resultat" ? utfall - budget : budget - utfall;
}

export type Flode = "kostnad" | "intakt";

/** Costs are negative in the result convention; a negative amount is a cost. */
export function flodeAv(amount: Ore): Flode {
  return amount < 0 ? "kostnad" : "intakt";
}

export interface Utveckling {
  /** i år − förra året, in the result convention (a cost increase is negative). */
  skillnadMotForraAret: Ore;
  /** i år − budget: positive is favourable for costs and revenue alike. */
  diffMotBudget?: Ore;
  /** Growth of the flow over |förra året| (a cost increase is positive); undefined if förra året is 0. */
  utveckling?: Dec;
  /** The same growth for the budget. */
  budgeteradUtveckling?: Dec;
  /**
   * utveckling vs budgeterad utveckling as a fraction of percentage points (procentenheter),
   * positive when favourable: for costs budgeterad − utfall, for revenue utfall − budgeterad.
   */
  skillnadMotBudget?: Dec;
}

/**
 * `utveckling` in whole öre: the amounts, and each rate as an exact fraction over one
 * denominator, |förra året| (0 when förra året is 0: no rate). Öre subtract exactly, so a rate is
 * one division, and a caller that wants a float (the custom functions) rounds once.
 */
export interface UtvecklingIOre {
  skillnadMotForraAret: Ore;
  diffMotBudget?: Ore;
  namnare: Ore;
  utveckling: Ore;
  budgeterad?: Ore;
  motBudget?: Ore;
}

export function utvecklingIOre(
  iAr: Ore,
  forraAret: Ore,
  budget?: Ore,
  flode: Flode = flodeAv(iAr),
): UtvecklingIOre {
  const u: UtvecklingIOre = {
    skillnadMotForraAret: iAr - forraAret,
    namnare: Math.abs(forraAret),
    utveckling: andring(iAr, forraAret, flode),
  };
  if (budget === undefined) return u;
  u.diffMotBudget = budgetavvikelse(iAr, budget);
  u.budgeterad = andring(budget, forraAret, flode);
  u.motBudget = flode === "kostnad" ? u.budgeterad - u.utveckling : u.utveckling - u.budgeterad;
  return u;
}

/** A cost increase is a positive development: the change of a negative flow, negated. */
function andring(belopp: Ore, forraAret: Ore, flode: Flode): Ore {
  return flode === "kostnad" ? forraAret - belopp : belopp - forraAret;
}

export function utveckling(
  iAr: Ore,
  forraAret: Ore,
  budget?: Ore,
  flode: Flode = flodeAv(iAr),
): Utveckling {
  const u = utvecklingIOre(iAr, forraAret, budget, flode);
  const takt = (taljare: Ore | undefined) =>
    taljare === undefined || u.namnare === 0 ? undefined : new Dec(taljare).div(u.namnare);
  const result: Utveckling = {
    skillnadMotForraAret: u.skillnadMotForraAret,
    utveckling: takt(u.utveckling),
  };
  if (budget === undefined) return result;
  result.diffMotBudget = u.diffMotBudget;
  result.budgeteradUtveckling = takt(u.budgeterad);
  result.skillnadMotBudget = takt(u.motBudget);
  return result;
}

export interface Overforingsregel {
  /** Share of the surplus that may be carried over (1 = all of it). */
  andel?: Dec;
  /** Largest amount that may be carried over, whatever the surplus. */
  tak?: Ore;
}

/**
 * What may be carried to next year: the request, but never more than the allowed share of the
 * surplus or the cap, and nothing when there is no surplus. Rules differ between regions, so
 * they are arguments. A share of a surplus is cut down to whole öre so it never exceeds it.
 */
export function resultathantering(
  avvikelse: Ore,
  begart: Ore,
  regel: Overforingsregel = {},
  where?: string,
): Ore {
  if (begart < 0) fail("begärt belopp kan inte vara negativt", where);
  const delning = regel.andel && delningAv(regel.andel);
  if (delning === "utanför") fail("andelen ska vara mellan 0 och 100 %", where);
  if (regel.tak !== undefined && regel.tak < 0) fail("taket kan inte vara negativt", where);
  if (avvikelse <= 0) return 0;
  const allowed = delning ? andelAv(avvikelse, regel.andel!, delning) : avvikelse;
  return Math.min(begart, allowed, regel.tak ?? Infinity);
}

/**
 * A share with at most 7 decimals (0,75; 0,333) is taljare / 10^decimals, and the share of an
 * amount can then be cut down in integers; "decimal" leaves finer shares to decimal.js. Kept per
 * share, so a range of a million cells under one rule checks and splits the share once.
 */
type Delning = { taljare: number; namnare: number } | "decimal" | "utanför";
const DELNINGAR = new WeakMap<Dec, Delning>();

function delningAv(andel: Dec): Delning {
  let d = DELNINGAR.get(andel);
  if (d === undefined) {
    const decimals = andel.decimalPlaces();
    d =
      andel.isNegative() || andel.greaterThan(1)
        ? "utanför"
        : decimals <= 7
          ? { taljare: andel.times(10 ** decimals).toNumber(), namnare: 10 ** decimals }
          : "decimal";
    DELNINGAR.set(andel, d);
  }
  return d;
}

/**
 * andel × belopp (belopp > 0) cut down to whole öre. With andel = k / n: belopp = hela·n + rest,
 * so the share is hela·k + ⌊rest·k / n⌋, where rest·k < n² ≤ 10^14 and hela·k ≤ belopp: every
 * step an exact integer in a float.
 */
function andelAv(belopp: Ore, andel: Dec, d: Exclude<Delning, "utanför">): Ore {
  if (d === "decimal")
    return new Dec(belopp).times(andel).toDecimalPlaces(0, Dec.ROUND_DOWN).toNumber();
  const { taljare: k, namnare: n } = d;
  const rest = belopp % n;
  const delAvRest = rest * k;
  return ((belopp - rest) / n) * k + (delAvRest - (delAvRest % n)) / n;
}
