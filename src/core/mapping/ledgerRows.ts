import { Ore } from "../money";
import { Check } from "../report/model";
import { cellAddress, rowRange, SourceTable } from "./blocks";
import { isBlank, RawValue } from "./grid";
import { LedgerAggregator } from "./ledger";
import { isTotalLabel, SourceMapping } from "./match";
import { sourceTotalCheck } from "./totals";
import { CellReader } from "./values";

const LISTED = 5;

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
  private readonly col: Record<"period" | "uppdrag" | "konto" | "utfall" | "budget", number>;

  /**
   * `offset` is the table's first column within `values`: 0 for a table's own rows, the sheet
   * column for whole sheet rows as a stream gives them.
   */
  constructor(
    private readonly t: SourceTable,
    private readonly m: SourceMapping,
    readonly reader = new CellReader(),
    private readonly offset = 0,
  ) {
    this.aggregator = new LedgerAggregator((row) => rowRange(t, row));
    const at = (role: string) => (m.columns[role] === undefined ? -1 : offset + m.columns[role]);
    this.col = { period: at("period"), uppdrag: at("uppdrag"), konto: at("konto"), utfall: at("utfall"), budget: at("budget") };
  }

  /** `index` counts rows under the header: 0 is the first data row. */
  row(values: RawValue[], index: number): void {
    const { col, reader } = this;
    const v = (c: number) => (c < 0 ? null : (values[c] ?? null));
    const addr = (c: number) => () => cellAddress(this.t, index, c - this.offset);
    const period = v(col.period);
    const uppdrag = v(col.uppdrag);
    const konto = v(col.konto);
    if (isBlank(period) && isBlank(uppdrag) && isBlank(konto) && isBlank(v(col.utfall)) && isBlank(v(col.budget))) return;
    if ([period, uppdrag, konto].some((x) => typeof x === "string" && isTotalLabel(x))) return this.total(values, index);

    const p = reader.period(period, addr(col.period));
    const namn = reader.text(uppdrag);
    const utfall = col.utfall < 0 ? 0 : (reader.amount(v(col.utfall), this.m.unit, addr(col.utfall)) ?? 0);
    const budget = col.budget < 0 ? 0 : (reader.amount(v(col.budget), this.m.unit, addr(col.budget)) ?? 0);
    this.sinceTotal[0] += utfall;
    this.sinceTotal[1] += budget;
    this.all[0] += utfall;
    this.all[1] += budget;
    if (!p) return this.notPlaced("en läsbar period", addr(col.period)());
    if (!namn) return this.notPlaced("uppdrag", addr(col.uppdrag)());
    this.aggregator.add(p, namn, reader.text(konto), utfall, budget, index);
  }

  /** What the ledger's rows could not say, for the report's checks: cells, totals, rows left out. */
  checks(): Check[] {
    const left = [...this.unplaced].map(([what, u]): Check => {
      const more = u.count > u.places.length ? " med flera" : "";
      return {
        id: "huvudbok-rad-utan-plats",
        severity: "fel",
        message: `${u.count} rader i huvudboken saknar ${what} och räknas inte (${u.places.join(", ")}${more}). Fyll i cellerna och kör igen.`,
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
      this.totalChecks.push(sourceTotalCheck(where, stated, this.totalsSeen ? this.sinceTotal[i] : this.all[i], this.m.unit));
    }
    this.totalsSeen++;
    this.sinceTotal[0] = 0;
    this.sinceTotal[1] = 0;
  }
}
