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

export function utvecklingstakt(iAr: Ore, forraAret: Ore, flode: Flode): Dec | undefined {
  if (forraAret === 0) return undefined;
  const change = new Dec(iAr - forraAret).div(Math.abs(forraAret));
  return flode === "kostnad" ? change.neg() : change;
}

export function utveckling(
  iAr: Ore,
  forraAret: Ore,
  budget?: Ore,
  flode: Flode = flodeAv(iAr),
): Utveckling {
  const u = utvecklingstakt(iAr, forraAret, flode);
  const result: Utveckling = { skillnadMotForraAret: iAr - forraAret, utveckling: u };
  if (budget === undefined) return result;
  const b = utvecklingstakt(budget, forraAret, flode);
  result.diffMotBudget = budgetavvikelse(iAr, budget);
  result.budgeteradUtveckling = b;
  if (u && b) result.skillnadMotBudget = flode === "kostnad" ? b.minus(u) : u.minus(b);
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
  const andel = regel.andel ?? new Dec(1);
  if (andel.isNegative() || andel.greaterThan(1))
    fail("andelen ska vara mellan 0 och 100 %", where);
  if (regel.tak !== undefined && regel.tak < 0) fail("taket kan inte vara negativt", where);
  if (avvikelse <= 0) return 0;
  const allowed = new Dec(avvikelse).times(andel).toDecimalPlaces(0, Dec.ROUND_DOWN).toNumber();
  return Math.min(begart, allowed, regel.tak ?? Infinity);
}
