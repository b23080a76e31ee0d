import { fail } from "../errors";
import { UppdragRad, UtvecklingRad } from "../input";
import { Flode } from "../measures";
import { Ore } from "../money";
import { Check, Period } from "../report/model";

/**
 * Which flow an account belongs to: the account class when the ledger names one, else the
 * municipal chart of accounts (class 3 revenue, 4–7 costs), else the sign of the amount.
 */
export function flodeForKonto(konto: string | undefined, amount: Ore): Flode {
  return flodeByName(konto) ?? (amount < 0 ? "kostnad" : "intakt");
}

function flodeByName(konto: string | undefined): Flode | undefined {
  const k = (konto ?? "").toLowerCase();
  if (/intäkt/.test(k)) return "intakt";
  if (/kostnad/.test(k)) return "kostnad";
  const digit = /^\d/.exec(k)?.[0];
  if (digit === "3") return "intakt";
  if (digit && "4567".includes(digit)) return "kostnad";
  return undefined;
}

/** Sums of one month: [utfall, budget]. */
type MonthSums = [Ore, Ore];

interface UppdragSums {
  namn: string;
  firstRow: number;
  months: Map<number, MonthSums>;
}

interface FlowMonth {
  kostnad: MonthSums;
  intakt: MonthSums;
  rows: number;
}

export interface LedgerResult {
  uppdrag: UppdragRad[];
  utveckling: UtvecklingRad[];
  checks: Check[];
}

/**
 * One pass over ledger rows in integer öre, into sums per uppdrag and month and per flow and
 * month. The report period is applied only in `result`, so a ledger streamed from disk before
 * the period is known is aggregated by the same code as one read in memory, and the state held
 * is a few numbers per uppdrag and month however many rows there are.
 */
export class LedgerAggregator {
  private readonly perUppdrag = new Map<string, UppdragSums>();
  private readonly flows = new Map<number, FlowMonth>();
  // Konto texts repeat on every row; deciding the flow once per konto keeps the pass cheap.
  private readonly flodeOfKonto = new Map<string, Flode | null>();
  private readonly spellings = new Map<string, Check>();
  private firstRow = -1;
  private lastRow = -1;
  rows = 0;

  /** `whereOf` turns a row index into the place messages name ("Huvudbok!A5:E5"). */
  constructor(private readonly whereOf: (row: number) => string) {}

  add(
    period: Period,
    uppdrag: string,
    konto: string | undefined,
    utfall: Ore,
    budget: Ore,
    row: number,
  ): void {
    const month = period.year * 100 + period.month;
    // "Hälsa" and "hälsa " are the same uppdrag typed twice; they are summed and the variant is said.
    const key = uppdrag.toLowerCase();
    let u = this.perUppdrag.get(key);
    if (!u) this.perUppdrag.set(key, (u = { namn: uppdrag, firstRow: row, months: new Map() }));
    else if (u.namn !== uppdrag) this.spelledOtherwise(u, uppdrag, row);
    let m = u.months.get(month);
    if (!m) u.months.set(month, (m = [0, 0]));
    m[0] += utfall;
    m[1] += budget;

    let flode = konto === undefined ? null : this.flodeOfKonto.get(konto);
    if (flode === undefined) this.flodeOfKonto.set(konto!, (flode = flodeByName(konto) ?? null));
    let f = this.flows.get(month);
    if (!f) this.flows.set(month, (f = { kostnad: [0, 0], intakt: [0, 0], rows: 0 }));
    const sums = f[flode ?? ((utfall || budget) < 0 ? "kostnad" : "intakt")];
    sums[0] += utfall;
    sums[1] += budget;
    f.rows++;

    if (this.firstRow < 0) this.firstRow = row;
    this.lastRow = row;
    this.rows++;
  }

  /**
   * The year to date and the whole year's budget per uppdrag, and costs and revenue this year
   * and the same months last year. Rows of other years or of last year's later months are left
   * out and counted in a note, so nothing disappears silently.
   */
  result(period: Period): LedgerResult {
    const current = (month: number) => Math.floor(month / 100) === period.year;
    const toDate = (month: number) => month % 100 <= period.month;
    const uppdrag: UppdragRad[] = [];
    for (const u of this.perUppdrag.values()) {
      const r = {
        namn: u.namn,
        ackUtfall: 0,
        ackBudget: 0,
        arsbudget: 0,
        where: this.whereOf(u.firstRow),
      };
      for (const [month, [utfall, budget]] of u.months) {
        if (!current(month)) continue;
        r.arsbudget += budget;
        if (!toDate(month)) continue;
        r.ackUtfall += utfall;
        r.ackBudget += budget;
      }
      if (![r.ackUtfall, r.ackBudget, r.arsbudget].every(Number.isSafeInteger))
        fail(`summan för uppdraget ${u.namn} är för stor för att räknas exakt`, r.where);
      if ([...u.months.keys()].some(current)) uppdrag.push(r);
    }

    const flows: Record<Flode, { iAr: Ore; forraAret: Ore; budget: Ore }> = {
      kostnad: { iAr: 0, forraAret: 0, budget: 0 },
      intakt: { iAr: 0, forraAret: 0, budget: 0 },
    };
    let outside = 0;
    for (const [month, f] of this.flows) {
      const lastYear = Math.floor(month / 100) === period.year - 1;
      if (current(month) && toDate(month)) {
        for (const k of ["kostnad", "intakt"] as const) {
          flows[k].iAr += f[k][0];
          flows[k].budget += f[k][1];
        }
      } else if (lastYear && toDate(month)) {
        for (const k of ["kostnad", "intakt"] as const) flows[k].forraAret += f[k][0];
      } else if (!current(month)) outside += f.rows;
    }

    const where =
      this.firstRow < 0
        ? ""
        : `${this.whereOf(this.firstRow)}…${this.whereOf(this.lastRow).split("!")[1] ?? ""}`;
    const checks: Check[] = [...this.spellings.values()];
    if (outside) {
      checks.push({
        id: "huvudbok-utanfor-period",
        severity: "info",
        message: `${outside} rader i huvudboken ligger utanför perioden och förra årets motsvarande period och räknas inte.`,
        where: [where],
      });
    }
    return {
      uppdrag,
      utveckling: (["kostnad", "intakt"] as const)
        .filter((f) => flows[f].iAr || flows[f].forraAret)
        .map((f) => ({ flode: f, ...flows[f], where })),
      checks,
    };
  }

  private spelledOtherwise(u: UppdragSums, spelling: string, row: number) {
    if (this.spellings.has(spelling)) return;
    const first = this.whereOf(u.firstRow);
    const here = this.whereOf(row);
    this.spellings.set(spelling, {
      id: "uppdrag-dubblett",
      severity: "varning",
      message: `Uppdraget skrivs både "${u.namn}" (${first}) och "${spelling}" (${here}); raderna räknas som samma uppdrag, "${u.namn}".`,
      where: [first, here],
    });
  }
}
