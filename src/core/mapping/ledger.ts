import { fail } from "../errors";
import { InvesteringRad, UppdragRad, UtvecklingRad } from "../input";
import { Flode } from "../measures";
import { Ore } from "../money";
import { Check, Period } from "../report/model";
import { MONTHS, periodText } from "../report/period";
import { decideTecken, Tecken } from "./konto";
import { AvstamdSumma, FIGURE_LABEL } from "./reconciliation";

/** Sums of one month as the ledger writes them (before the sign is decided): [utfall, budget]. */
type MonthSums = [Ore, Ore];

interface Named {
  namn: string;
  firstRow: number;
  months: Map<number, MonthSums>;
  /** The month last added to and its sums: a ledger sorted by period adds to it row after row. */
  last: number;
  lastSums: MonthSums;
}

/** Konto class, or the raw sign of the amount when the konto says nothing. */
type Bucket = Flode | "plus" | "minus";

interface MonthRows {
  sums: Record<Bucket, MonthSums>;
  /** Rows of the result, rows among them with a budget, with an utfall; the last row's index. */
  rows: number;
  budgetRows: number;
  utfallRows: number;
  investmentRows: number;
  investments: MonthSums;
  lastRow: number;
}

export interface LedgerResult {
  uppdrag: UppdragRad[];
  utveckling: UtvecklingRad[];
  investeringar: InvesteringRad[];
  checks: Check[];
  /** Rows that went into a figure of the report, and rows of other periods. */
  used: number;
  outside: number;
  /** The used rows' exact sums, counted month by month apart from the per-uppdrag sums. */
  sums: AvstamdSumma[];
}

export interface LedgerOptions {
  /** The mapping's sign convention; decided from the accounts when absent. */
  sign?: Tecken;
  /** Amounts came as Debet and Kredit columns, read as debet − kredit. */
  debetKredit?: boolean;
  /** The ledger has no budget column: its budget figures are absent, not zero. */
  noBudget?: boolean;
}

/**
 * One pass over ledger rows in integer öre, into sums per uppdrag (and investment project) and
 * month, and per account class and month. The report period and the sign convention are applied
 * only in `result`: both are linear, so a ledger streamed from disk before the period is known is
 * aggregated by the same code as one read in memory, and the state held is a few numbers per
 * uppdrag and month however many rows there are.
 */
export class LedgerAggregator {
  private readonly perUppdrag = new Map<string, Named>();
  private readonly perProjekt = new Map<string, Named>();
  // Each name as the rows spell it, to its entry above: lowercasing every row's name made a new
  // string to hash on each of a million rows, for a few hundred names.
  private readonly uppdragSpelled = new Map<string, Named>();
  private readonly projektSpelled = new Map<string, Named>();
  private readonly months = new Map<number, MonthRows>();
  private lastMonth = -1;
  private lastMonthRows: MonthRows | undefined;
  private readonly spellings = new Map<string, Check>();
  private firstRow = -1;
  private lastRow = -1;
  rows = 0;

  /** `whereOf` turns a row index into the place messages name ("Huvudbok!A5:E5"). */
  constructor(private readonly whereOf: (row: number) => string) {}

  /** A row of the result: `flode` from the konto's class, undefined when the konto says nothing. */
  add(
    period: Period,
    uppdrag: string,
    flode: Flode | undefined,
    utfall: Ore,
    budget: Ore,
    row: number,
  ): void {
    const month = period.year * 100 + period.month;
    this.addTo(this.perUppdrag, this.uppdragSpelled, uppdrag, month, utfall, budget, row, true);
    const m = this.month(month, row);
    const sums = m.sums[flode ?? ((utfall || budget) < 0 ? "minus" : "plus")];
    sums[0] += utfall;
    sums[1] += budget;
    m.rows++;
    if (budget) m.budgetRows++;
    if (utfall) m.utfallRows++;
  }

  /** A row on a fixed-asset account (11xx–12xx) of a project: spend for the investment table. */
  addInvestering(period: Period, projekt: string, utfall: Ore, budget: Ore, row: number): void {
    const month = period.year * 100 + period.month;
    this.addTo(this.perProjekt, this.projektSpelled, projekt, month, utfall, budget, row, false);
    const m = this.month(month, row);
    m.investmentRows++;
    m.investments[0] += utfall;
    m.investments[1] += budget;
  }

  private month(month: number, row: number): MonthRows {
    let m = month === this.lastMonth ? this.lastMonthRows : this.months.get(month);
    if (!m) {
      const zero = (): MonthSums => [0, 0];
      const sums = { kostnad: zero(), intakt: zero(), plus: zero(), minus: zero() };
      m = {
        sums,
        rows: 0,
        budgetRows: 0,
        utfallRows: 0,
        investmentRows: 0,
        investments: zero(),
        lastRow: row,
      };
      this.months.set(month, m);
    }
    this.lastMonth = month;
    this.lastMonthRows = m;
    m.lastRow = row;
    if (this.firstRow < 0) this.firstRow = row;
    this.lastRow = row;
    this.rows++;
    return m;
  }

  private addTo(
    into: Map<string, Named>,
    spelled: Map<string, Named>,
    namn: string,
    month: number,
    utfall: Ore,
    budget: Ore,
    row: number,
    spelling: boolean,
  ) {
    let u = spelled.get(namn);
    if (!u) {
      // "Hälsa" and "hälsa " are the same uppdrag typed twice; they are summed and the variant is said.
      const key = namn.toLowerCase();
      u = into.get(key);
      if (!u) {
        const sums: MonthSums = [0, 0];
        u = { namn, firstRow: row, months: new Map([[month, sums]]), last: month, lastSums: sums };
        into.set(key, u);
      }
      spelled.set(namn, u);
    }
    if (spelling && u.namn !== namn) this.spelledOtherwise(u, namn, row);
    let m = u.lastSums;
    if (u.last !== month) {
      m = u.months.get(month) ?? [0, 0];
      u.months.set(month, m);
      u.last = month;
      u.lastSums = m;
    }
    m[0] += utfall;
    m[1] += budget;
  }

  /** The ledger's rows as a range, "Huvudbok!A7:L2000", for messages. */
  where(): string {
    if (this.firstRow < 0) return "";
    const first = this.whereOf(this.firstRow);
    const last = this.whereOf(this.lastRow);
    return `${first.split(":")[0]}:${last.split(":").pop()}`;
  }

  /**
   * The year to date and the whole year's budget per uppdrag and investment project, and costs
   * and revenue this year and the same months last year, in the result's sign. Rows of other
   * years or of last year's later months are left out and counted, so nothing disappears silently.
   */
  result(period: Period, options: LedgerOptions = {}): LedgerResult {
    const where = this.where();
    // The outcome decides; a ledger of budget rows only is decided by its budget.
    const raw = { intakt: [0, 0], kostnad: [0, 0] };
    for (const m of this.months.values()) {
      for (const k of ["intakt", "kostnad"] as const) {
        raw[k][0] += m.sums[k][0];
        raw[k][1] += m.sums[k][1];
      }
    }
    const i = raw.intakt[0] || raw.kostnad[0] ? 0 : 1;
    const tecken = decideTecken(
      { intakter: raw.intakt[i], kostnader: raw.kostnad[i], debetKredit: !!options.debetKredit },
      where || "Huvudboken",
      options.sign,
    );
    // Uppdrag figures are the result's sign; investments are spend, debet +.
    const f = tecken.tecken === "debet" ? -1 : 1;
    const current = (month: number) => Math.floor(month / 100) === period.year;
    const toDate = (month: number) => month % 100 <= period.month;

    const uppdrag = [...this.perUppdrag.values()].flatMap((u): UppdragRad[] => {
      const s = this.yearSums(u, period, f);
      return s ? [{ namn: u.namn, ...s, where: this.whereOf(u.firstRow) }] : [];
    });
    const investeringar = [...this.perProjekt.values()].flatMap((p): InvesteringRad[] => {
      const s = this.yearSums(p, period, -f);
      return s
        ? [
            {
              namn: p.namn,
              utfall: s.ackUtfall,
              arsbudget: s.arsbudget || undefined,
              where: this.whereOf(p.firstRow),
            },
          ]
        : [];
    });

    const flows: Record<Flode, { iAr: Ore; forraAret: Ore; budget: Ore }> = {
      kostnad: { iAr: 0, forraAret: 0, budget: 0 },
      intakt: { iAr: 0, forraAret: 0, budget: 0 },
    };
    const used = {
      ackUtfall: 0,
      ackBudget: 0,
      arsbudget: 0,
      forraAret: 0,
      investering: 0,
      investeringBudget: 0,
    };
    let usedRows = 0;
    let outside = 0;
    let lastUtfall = 0;
    let lastUtfallRow = -1;
    for (const [month, m] of this.months) {
      const byFlode = (k: Flode): MonthSums => {
        const own = m.sums[k];
        const signed = m.sums[(k === "intakt") === f > 0 ? "plus" : "minus"];
        return [f * (own[0] + signed[0]), f * (own[1] + signed[1])];
      };
      const all: MonthSums = [0, 0];
      for (const k of ["kostnad", "intakt", "plus", "minus"] as const) {
        all[0] += f * m.sums[k][0];
        all[1] += f * m.sums[k][1];
      }
      if (current(month) && m.utfallRows && month > lastUtfall) {
        lastUtfall = month;
        lastUtfallRow = m.lastRow;
      }
      const lastYear = Math.floor(month / 100) === period.year - 1;
      if (current(month) && toDate(month)) {
        for (const k of ["kostnad", "intakt"] as const) {
          flows[k].iAr += byFlode(k)[0];
          flows[k].budget += byFlode(k)[1];
        }
        used.ackUtfall += all[0];
        used.ackBudget += all[1];
        used.arsbudget += all[1];
        used.investering -= f * m.investments[0];
        used.investeringBudget -= f * m.investments[1];
        usedRows += m.rows + m.investmentRows;
      } else if (current(month)) {
        // A later month of the year feeds the annual budget only; its other rows are outside.
        used.arsbudget += all[1];
        used.investeringBudget -= f * m.investments[1];
        usedRows += m.budgetRows;
        outside += m.rows - m.budgetRows + m.investmentRows;
      } else if (lastYear && toDate(month)) {
        for (const k of ["kostnad", "intakt"] as const) flows[k].forraAret += byFlode(k)[0];
        used.forraAret += all[0];
        usedRows += m.rows;
        outside += m.investmentRows;
      } else outside += m.rows + m.investmentRows;
    }

    const checks: Check[] = [...this.spellings.values(), tecken.check];
    if (outside) {
      checks.push({
        id: "huvudbok-utanfor-period",
        severity: "info",
        message: `${outside} rader i huvudboken ligger utanför perioden och förra årets motsvarande period och räknas inte.`,
        where: [where],
      });
    }
    const short = this.shortOfPeriod(period, lastUtfall, lastUtfallRow);
    if (short) checks.push(short);

    const utveckling = (["kostnad", "intakt"] as const)
      .filter((k) => flows[k].iAr || flows[k].forraAret || flows[k].budget)
      .map((k) => ({ flode: k, ...flows[k], where }));
    const sum = (figure: string, usedSum: Ore, report: Ore): AvstamdSumma => ({
      figure,
      label: FIGURE_LABEL[figure],
      used: usedSum,
      report,
    });
    const total = <T>(rows: T[], get: (r: T) => Ore | undefined) =>
      rows.reduce((s, r) => s + (get(r) ?? 0), 0);
    const sums = [
      sum(
        "uppdrag.ackUtfall",
        used.ackUtfall,
        total(uppdrag, (r) => r.ackUtfall),
      ),
      sum(
        "uppdrag.ackBudget",
        used.ackBudget,
        total(uppdrag, (r) => r.ackBudget),
      ),
      sum(
        "uppdrag.arsbudget",
        used.arsbudget,
        total(uppdrag, (r) => r.arsbudget),
      ),
      // Every row of the result is a cost or a revenue, so the flows add up to the uppdrag.
      sum(
        "utveckling.iAr",
        used.ackUtfall,
        total(utveckling, (r) => r.iAr),
      ),
      sum(
        "utveckling.forraAret",
        used.forraAret,
        total(utveckling, (r) => r.forraAret),
      ),
      sum(
        "utveckling.budget",
        used.ackBudget,
        total(utveckling, (r) => r.budget),
      ),
    ];
    if (investeringar.length)
      sums.push(
        sum(
          "investeringar.utfall",
          used.investering,
          total(investeringar, (r) => r.utfall),
        ),
        sum(
          "investeringar.arsbudget",
          used.investeringBudget,
          total(investeringar, (r) => r.arsbudget),
        ),
      );
    const result = { uppdrag, utveckling, investeringar, checks, used: usedRows, outside, sums };
    return options.noBudget ? withoutBudget(result) : result;
  }

  /** Year to date and whole year of one uppdrag or project, times `f`; none without rows this year. */
  private yearSums(u: Named, period: Period, f: number) {
    const s = { ackUtfall: 0, ackBudget: 0, arsbudget: 0 };
    let any = false;
    for (const [month, [utfall, budget]] of u.months) {
      if (Math.floor(month / 100) !== period.year) continue;
      any = true;
      s.arsbudget += f * budget;
      if (month % 100 > period.month) continue;
      s.ackUtfall += f * utfall;
      s.ackBudget += f * budget;
    }
    if (![s.ackUtfall, s.ackBudget, s.arsbudget].every(Number.isSafeInteger))
      fail(`summan för ${u.namn} är för stor för att räknas exakt`, this.whereOf(u.firstRow));
    // -0 from turning a zero over prints as "-0" nowhere, but compares unequal in tests.
    for (const k of ["ackUtfall", "ackBudget", "arsbudget"] as const) s[k] = s[k] || 0;
    return any ? s : undefined;
  }

  /**
   * A ledger whose outcome stops before the report's last month (four months reported as a
   * year) would compare part of a year's outcome with a whole year's budget: a fel naming the
   * last period with outcome.
   */
  private shortOfPeriod(period: Period, last: number, lastRow: number): Check | undefined {
    if (!this.rows || last % 100 >= period.month) return undefined;
    const where = lastRow >= 0 ? this.whereOf(lastRow) : this.where();
    const found = last
      ? `den sista perioden med utfall är ${MONTHS[(last % 100) - 1]} ${period.year} (${last}, ${where})`
      : `den har inget utfall för ${period.year}`;
    return {
      id: "huvudbok-period-saknas",
      severity: "fel",
      message: `Huvudboken räcker inte till rapportens period, ${periodText(period)}: ${found}. Utfallet jämförs då med en budget för längre tid. Välj en period som huvudboken täcker (--period) eller exportera hela perioden.`,
      where: [where],
    };
  }

  private spelledOtherwise(u: Named, spelling: string, row: number) {
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

/**
 * A ledger of outcome only (a transaction list) says nothing about the budget: its rows carry no
 * budget figure, so a budget from another table joins them instead of being added to zeros.
 */
function withoutBudget(r: LedgerResult): LedgerResult {
  return {
    ...r,
    uppdrag: r.uppdrag.map((u) => ({ ...u, ackBudget: undefined, arsbudget: undefined })),
    utveckling: r.utveckling.map((u) => ({ ...u, budget: undefined })),
    investeringar: r.investeringar.map((i) => ({ ...i, arsbudget: undefined })),
    sums: r.sums.filter((s) => !/budget$/i.test(s.figure)),
  };
}
