import { Ore } from "../money";
import { Check } from "../report/model";
import { cellAddress, rowRange, SourceTable } from "./blocks";
import { isBlank, RawValue } from "./grid";
import { LedgerAggregator } from "./ledger";
import { isTotalLabel, SourceMapping } from "./match";
import { sourceTotalCheck } from "./totals";
import { CellReader } from "./values";

const LISTED = 5;
const MAX_LABELS = 100_000;

type Role = "period" | "uppdrag" | "konto" | "utfall" | "budget";

interface Label {
  text: string | undefined;
  total: boolean;
}

const cell = (values: RawValue[], c: number): RawValue => (c < 0 ? null : (values[c] ?? null));

/**
 * Reads ledger rows one at a time into a `LedgerAggregator`: the same code whether the rows sit
 * in a sheet in memory or stream from a file too large for that. Total rows ("Summa Hälsa",
 * "Totalt") are set aside and checked against the rows above them; a row that cannot be placed
 * (no period, no uppdrag) is counted and named, never dropped silently.
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
  private readonly labels = new Map<string, Label>();
  private readonly reader = new CellReader();

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
    this.col = {
      period: at("period"),
      uppdrag: at("uppdrag"),
      konto: at("konto"),
      utfall: at("utfall"),
      budget: at("budget"),
    };
    const addr = (role: Role) => () => cellAddress(t, this.index, this.col[role] - offset);
    this.where = {
      period: addr("period"),
      uppdrag: addr("uppdrag"),
      konto: addr("konto"),
      utfall: addr("utfall"),
      budget: addr("budget"),
    };
  }

  /** `index` counts rows under the header: 0 is the first data row. */
  row(values: RawValue[], index: number): void {
    const { col, reader, where } = this;
    this.index = index;
    const period = cell(values, col.period);
    const uppdrag = this.label(cell(values, col.uppdrag));
    const konto = this.label(cell(values, col.konto));
    const rawUtfall = cell(values, col.utfall);
    const rawBudget = cell(values, col.budget);
    if (
      isBlank(period) &&
      uppdrag.text === undefined &&
      konto.text === undefined &&
      isBlank(rawUtfall) &&
      isBlank(rawBudget)
    )
      return;
    if (uppdrag.total || konto.total || (typeof period === "string" && this.label(period).total))
      return this.total(values, index);

    const p = reader.period(period, where.period);
    const utfall = reader.amount(rawUtfall, this.m.unit, where.utfall) ?? 0;
    const budget = reader.amount(rawBudget, this.m.unit, where.budget) ?? 0;
    this.sinceTotal[0] += utfall;
    this.sinceTotal[1] += budget;
    this.all[0] += utfall;
    this.all[1] += budget;
    if (!p) return this.notPlaced("en läsbar period", where.period());
    if (uppdrag.text === undefined) return this.notPlaced("uppdrag", where.uppdrag());
    this.aggregator.add(p, uppdrag.text, konto.text, utfall, budget, index);
  }

  private label(v: RawValue): Label {
    if (typeof v !== "string") return { text: this.reader.text(v), total: false };
    let l = this.labels.get(v);
    if (!l) {
      l = { text: this.reader.text(v), total: isTotalLabel(v) };
      if (this.labels.size < MAX_LABELS) this.labels.set(v, l);
    }
    return l;
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
