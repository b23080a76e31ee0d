import { UppdragRad, UtvecklingRad } from "../input";
import { Flode } from "../measures";
import { Ore } from "../money";
import { Check, Period } from "../report/model";
import type { MappedRow } from "./extract";

/**
 * Which flow an account belongs to: the account class when the ledger names one, else the
 * municipal chart of accounts (class 3 revenue, 4–7 costs), else the sign of the amount.
 */
export function flodeForKonto(konto: string | undefined, amount: Ore): Flode {
  const k = (konto ?? "").toLowerCase();
  if (/intäkt/.test(k)) return "intakt";
  if (/kostnad/.test(k)) return "kostnad";
  const digit = /^\d/.exec(k)?.[0];
  if (digit === "3") return "intakt";
  if (digit && "4567".includes(digit)) return "kostnad";
  return amount < 0 ? "kostnad" : "intakt";
}

interface Sums {
  ackUtfall: Ore;
  ackBudget: Ore;
  arsbudget: Ore;
  first: string;
}

/**
 * One pass over the ledger rows in integer öre: the year to date and the whole year's budget per
 * uppdrag, and costs and revenue this year and the same months last year. Rows of other years
 * or later months are left out, and counted in a note so nothing disappears silently.
 */
export function aggregateLedger(rows: MappedRow[], period: Period): { uppdrag: UppdragRad[]; utveckling: UtvecklingRad[]; checks: Check[] } {
  const perUppdrag = new Map<string, Sums>();
  const flows: Record<Flode, { iAr: Ore; forraAret: Ore; budget: Ore }> = {
    kostnad: { iAr: 0, forraAret: 0, budget: 0 },
    intakt: { iAr: 0, forraAret: 0, budget: 0 },
  };
  let outside = 0;
  let first = "";
  let last = "";
  for (const r of rows) {
    const p = r.period("period");
    const name = r.text("uppdrag");
    if (!p || !name) continue;
    first ||= r.where;
    last = r.where;
    const utfall = r.amount("utfall") ?? 0;
    const budget = r.amount("budget") ?? 0;
    const flode = flodeForKonto(r.text("konto"), utfall || budget);
    const toDate = p.month <= period.month;
    if (p.year === period.year) {
      let s = perUppdrag.get(name);
      if (!s) perUppdrag.set(name, (s = { ackUtfall: 0, ackBudget: 0, arsbudget: 0, first: r.where }));
      s.arsbudget += budget;
      if (toDate) {
        s.ackUtfall += utfall;
        s.ackBudget += budget;
        flows[flode].iAr += utfall;
        flows[flode].budget += budget;
      }
    } else if (p.year === period.year - 1 && toDate) {
      flows[flode].forraAret += utfall;
    } else outside++;
  }
  const where = first ? `${first}…${last.split("!")[1] ?? ""}` : "";
  const checks: Check[] = outside
    ? [{ id: "huvudbok-utanfor-period", severity: "info", message: `${outside} rader i huvudboken ligger utanför perioden och förra årets motsvarande period och räknas inte.`, where: [where] }]
    : [];
  return {
    uppdrag: [...perUppdrag].map(([namn, s]) => ({ namn, ackUtfall: s.ackUtfall, ackBudget: s.ackBudget, arsbudget: s.arsbudget, where: s.first })),
    utveckling: (["kostnad", "intakt"] as const)
      .filter((f) => flows[f].iAr || flows[f].forraAret)
      .map((f) => ({ flode: f, ...flows[f], where })),
    checks,
  };
}
