import { Ore } from "../money";
import { Check, Period } from "../report/model";
import { cellAddress, rowRange, SourceTable } from "./blocks";
import * as grid from "./grid";
import { RawValue } from "./grid";
import { KontoKlass, kontoKlass } from "./konto";
import { LedgerAggregator, LedgerResult } from "./ledger";
import { isTotalLabel, SourceMapping } from "./match";
import { RowTally, SourceReconciliation } from "./reconciliation";
import { sourceTotalCheck } from "./totals";
import { CellReader } from "./values";

// Read once: tsx, which runs the CLI, makes each use of an imported name a getter call, and
// `row` runs a million times for a large ledger.
const { isBlank } = grid;

const LISTED = 5;
const MAX_LABELS = 100_000;

const ROLES = [
  "period",
  "uppdrag",
  "uppdragNamn",
  "konto",
  "utfall",
  "budget",
  "debet",
  "kredit",
  "projekt",
  "projektNamn",
] as const;
type Role = (typeof ROLES)[number];

interface Label {
  text: string | undefined;
  total: boolean;
  klass: KontoKlass | undefined;
}

const BLANK: Label = { text: undefined, total: false, klass: undefined };

const cell = (values: RawValue[], c: number): RawValue => (c < 0 ? null : (values[c] ?? null));

/**
 * Reads ledger rows one at a time into a `LedgerAggregator`: the same code whether the rows sit
 * in a sheet in memory or stream from a file too large for that. Total rows ("Summa Hälsa",
 * "Totalt") are set aside and checked against the rows above them; a row that cannot be placed
 * (no period, no uppdrag) is counted and named, never dropped silently. Balance accounts are
 * outside the result; on fixed-asset accounts (11xx–12xx) with a project they are investments.
 */
export class LedgerReader {
  readonly aggregator: LedgerAggregator;
  private readonly totalChecks: Check[] = [];
  private readonly unplaced = new Map<string, { count: number; places: string[] }>();
  private readonly sinceTotal: [Ore, Ore] = [0, 0];
  private readonly all: [Ore, Ore] = [0, 0];
  private totalsSeen = 0;
  private readonly col: Record<Role, number>;
  // Built once: a per-row closure costs more than the row's arithmetic on a million rows.
  private readonly where: Record<Role, () => string>;
  private index = 0;
  // Uppdrag, konto and period texts repeat on every row; each distinct text is cleaned once.
  private readonly labels = new Map<string | number, Label>();
  private readonly reader = new CellReader();
  readonly tally = new RowTally();
  private readonly debetKredit: boolean;
  // A ledger sorted by period writes the same period cell row after row: read once while it lasts.
  private lastPeriodCell: RawValue = null;
  private lastPeriod: Period | undefined;

  /**
   * `offset` is the table's first column within `values`: 0 for a table's own rows, the sheet
   * column for whole sheet rows as a stream gives them.
   */
  constructor(
    private readonly t: SourceTable,
    private readonly m: SourceMapping,
    private readonly offset = 0,
  ) {
    this.aggregator = new LedgerAggregator((row) => rowRange(t, row));
    const at = (role: Role) => (m.columns[role] === undefined ? -1 : offset + m.columns[role]);
    const addr = (role: Role) => () => cellAddress(t, this.index, this.col[role] - offset);
    this.col = Object.fromEntries(ROLES.map((r) => [r, at(r)])) as Record<Role, number>;
    this.where = Object.fromEntries(ROLES.map((r) => [r, addr(r)])) as Record<Role, () => string>;
    // Debet and Kredit, both positive, are one amount: debet − kredit, the bookkeeping sign.
    this.debetKredit = this.col.utfall < 0 && this.col.debet >= 0 && this.col.kredit >= 0;
  }

  /** `index` counts rows under the header: 0 is the first data row. */
  row(values: RawValue[], index: number): void {
    const { col, reader, where, tally } = this;
    this.index = index;
    tally.read++;
    const period = cell(values, col.period);
    const uppdrag = this.label(cell(values, col.uppdrag));
    const konto = this.label(cell(values, col.konto));
    const rawUtfall = cell(values, col.utfall);
    const rawBudget = cell(values, col.budget);
    const rawDebet = cell(values, col.debet);
    const rawKredit = cell(values, col.kredit);
    if (
      isBlank(period) &&
      uppdrag.text === undefined &&
      konto.text === undefined &&
      isBlank(rawUtfall) &&
      isBlank(rawBudget) &&
      isBlank(rawDebet) &&
      isBlank(rawKredit)
    )
      return tally.exclude("tom");
    if (uppdrag.total || konto.total || (typeof period === "string" && this.label(period).total)) {
      tally.exclude("summarad");
      return this.total(values, index);
    }

    // Only a period read is kept: a refused one is said again on each row it stands on.
    let p =
      period === this.lastPeriodCell && typeof period !== "object" ? this.lastPeriod : undefined;
    if (p === undefined) {
      p = reader.period(period, where.period);
      this.lastPeriodCell = period;
      this.lastPeriod = p;
    }
    const utfall = this.debetKredit
      ? (reader.amount(rawDebet, this.m.unit, where.debet) ?? 0) -
        (reader.amount(rawKredit, this.m.unit, where.kredit) ?? 0)
      : (reader.amount(rawUtfall, this.m.unit, where.utfall) ?? 0);
    const budget = reader.amount(rawBudget, this.m.unit, where.budget) ?? 0;
    this.sinceTotal[0] += utfall;
    this.sinceTotal[1] += budget;
    this.all[0] += utfall;
    this.all[1] += budget;
    if (!p) {
      tally.exclude("olaslig");
      return this.notPlaced("en läsbar period", where.period());
    }
    if (konto.klass === "balans" || konto.klass === "anlaggning") {
      const projekt = konto.klass === "anlaggning" ? this.named("projekt", values) : undefined;
      if (projekt === undefined) return tally.exclude("balanskonto");
      return this.aggregator.addInvestering(p, projekt, utfall, budget, index);
    }
    const namn = this.uppdragOf(uppdrag, values);
    if (namn === undefined) return;
    const flode = konto.klass === "intakt" || konto.klass === "kostnad" ? konto.klass : undefined;
    this.aggregator.add(p, namn, flode, utfall, budget, index);
  }

  /** The row's report row: through the code list, else by the name column, else the cell itself. */
  private uppdragOf(uppdrag: Label, values: RawValue[]): string | undefined {
    const codes = this.m.codes;
    if (uppdrag.text === undefined) {
      this.tally.exclude("utanUppdrag");
      this.notPlaced("uppdrag", this.where.uppdrag());
      return undefined;
    }
    if (!codes) return this.nameBeside("uppdragNamn", values) ?? uppdrag.text;
    const namn = codes.map[uppdrag.text];
    if (namn === undefined) {
      this.tally.exclude("utanUppdrag");
      this.notPlaced(`ett uppdrag i kodlistan ${codes.table}`, this.where.uppdrag());
    }
    return namn;
  }

  /** A code's name from the column beside it ("Ansvar text"), or the code when there is none. */
  private named(role: "uppdrag" | "projekt", values: RawValue[]): string | undefined {
    return (
      this.nameBeside(role === "uppdrag" ? "uppdragNamn" : "projektNamn", values) ??
      this.label(cell(values, this.col[role])).text
    );
  }

  private nameBeside(role: "uppdragNamn" | "projektNamn", values: RawValue[]): string | undefined {
    const c = this.col[role];
    return c < 0 ? undefined : this.label(cell(values, c)).text;
  }

  private label(v: RawValue): Label {
    if (v === null) return BLANK;
    if (typeof v !== "string" && typeof v !== "number")
      return { text: this.reader.text(v), total: false, klass: undefined };
    let l = this.labels.get(v);
    if (!l) {
      const text = this.reader.text(v);
      l = { text, total: typeof v === "string" && isTotalLabel(v), klass: kontoKlass(text) };
      if (this.labels.size < MAX_LABELS) this.labels.set(v, l);
    }
    return l;
  }

  /** The ledger's figures for the report's period, and its reconciliation. */
  result(period: Period): { result: LedgerResult; reconciliation: SourceReconciliation } {
    const result = this.aggregator.result(period, {
      sign: this.m.sign,
      debetKredit: this.debetKredit,
      noBudget: this.col.budget < 0,
    });
    const excluded = { ...this.tally.excluded };
    if (result.outside) excluded.utanforPeriod = result.outside;
    return {
      result,
      reconciliation: {
        source: this.t.id,
        kind: "huvudbok",
        rowsRead: this.tally.read,
        rowsUsed: result.used,
        excluded,
        sums: result.sums,
      },
    };
  }

  /** What the ledger's rows could not say, for the report's checks: cells, totals, rows left out. */
  checks(): Check[] {
    const left = [...this.unplaced].map(([what, u]): Check => {
      const more = u.count > u.places.length ? " med flera" : "";
      return {
        id: "huvudbok-rad-utan-plats",
        severity: "fel",
        message: `${u.count} ${u.count === 1 ? "rad" : "rader"} i huvudboken saknar ${what} och räknas inte (${u.places.join(", ")}${more}). Fyll i cellerna och kör igen.`,
        where: u.places,
      };
    });
    return [...this.reader.checks, ...this.totalChecks, ...left];
  }

  private notPlaced(what: string, place: string) {
    const u = this.unplaced.get(what) ?? { count: 0, places: [] };
    this.unplaced.set(what, u);
    u.count++;
    if (u.places.length < LISTED) u.places.push(place);
  }

  /**
   * An export may carry subtotals per uppdrag and a grand total: a total row agrees when it
   * equals the rows since the previous total row, or all rows so far.
   */
  private total(values: RawValue[], index: number) {
    for (const [i, role] of (["utfall", "budget"] as const).entries()) {
      const c = this.col[role];
      if (c < 0) continue;
      const where = cellAddress(this.t, index, c - this.offset);
      const stated = this.reader.amount(values[c] ?? null, this.m.unit, where);
      if (stated === undefined || stated === this.sinceTotal[i] || stated === this.all[i]) continue;
      this.totalChecks.push(
        sourceTotalCheck(
          where,
          stated,
          this.totalsSeen ? this.sinceTotal[i] : this.all[i],
          this.m.unit,
        ),
      );
    }
    this.totalsSeen++;
    this.sinceTotal[0] = 0;
    this.sinceTotal[1] = 0;
  }
}
