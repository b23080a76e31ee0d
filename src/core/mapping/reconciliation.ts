import { formatAmount } from "../format";
import { Ore } from "../money";
import { Check } from "../report/model";

/**
 * The proof that nothing was lost: every source row is used in a table or left out with a
 * reason, and the used rows' exact sum is the report's total. Public in the JSON document
 * (`reconciliation`, docs/report-json.md); the terminal and the task pane print one line each.
 */

/** Why a source row is not in the report. */
export type Utelamnad =
  "utanforPeriod" | "balanskonto" | "summarad" | "rubrik" | "tom" | "olaslig" | "utanUppdrag";

export const UTELAMNAD_TEXT: Record<Utelamnad, string> = {
  utanforPeriod: "utanför perioden",
  balanskonto: "balanskonto",
  summarad: "summarad",
  rubrik: "rubrik",
  tom: "tom",
  olaslig: "oläslig",
  utanUppdrag: "utan uppdrag",
};

/** One figure the source feeds: its used rows' exact sum and the report's total of the figure. */
export interface AvstamdSumma {
  /** The report input's figure: "uppdrag.ackUtfall", "utveckling.forraAret", "investeringar.utfall". */
  figure: string;
  label: string;
  /** Öre, exact. */
  used: Ore;
  /** Öre, exact: the figure summed over the report's rows, from every source that feeds it. */
  report: Ore;
}

export interface SourceReconciliation {
  source: string;
  kind: string;
  rowsRead: number;
  rowsUsed: number;
  excluded: Partial<Record<Utelamnad, number>>;
  sums: AvstamdSumma[];
}

/** Counts a source's rows while they are read; `used` is settled when the rows have been placed. */
export class RowTally {
  read = 0;
  readonly excluded: Partial<Record<Utelamnad, number>> = {};

  exclude(why: Utelamnad, n = 1): void {
    if (n) this.excluded[why] = (this.excluded[why] ?? 0) + n;
  }

  get excludedCount(): number {
    return Object.values(this.excluded).reduce((a, b) => a + (b ?? 0), 0);
  }
}

export const FIGURE_LABEL: Record<string, string> = {
  "uppdrag.ackUtfall": "ack. utfall",
  "uppdrag.ackBudget": "ack. budget",
  "uppdrag.arsbudget": "årsbudget",
  "uppdrag.prognos": "prognos",
  "uppdrag.foregaendePrognos": "föregående prognos",
  "utveckling.iAr": "utfall i år",
  "utveckling.forraAret": "utfall förra året",
  "utveckling.budget": "budget",
  "investeringar.utfall": "investeringarnas utfall",
  "investeringar.arsbudget": "investeringarnas årsbudget",
  "investeringar.prognos": "investeringarnas prognos",
};

const kr = (o: Ore) => formatAmount(o, "kr", { decimals: 2 }, "kr");

/**
 * Rows read = used + excluded for each source, and for each figure the sources' used sums add up
 * to the report's total to the öre. Either failing is a defect in the engine, said as a fel.
 */
export function reconciliationChecks(entries: SourceReconciliation[]): Check[] {
  const checks: Check[] = [];
  for (const e of entries) {
    const excluded = Object.values(e.excluded).reduce((a, b) => a + (b ?? 0), 0);
    if (e.rowsUsed + excluded !== e.rowsRead)
      checks.push({
        id: "avstamning-avviker",
        severity: "fel",
        message: `${e.source}: ${e.rowsRead} rader lästa men ${e.rowsUsed} använda och ${excluded} utelämnade; någon rad är inte redovisad. Kontrollera källan.`,
        where: [e.source],
      });
  }
  const figures = new Map<string, { used: Ore; report: Ore; sources: string[] }>();
  for (const e of entries) {
    for (const s of e.sums) {
      const f = figures.get(s.figure) ?? { used: 0, report: s.report, sources: [] };
      figures.set(s.figure, f);
      f.used += s.used;
      f.sources.push(e.source);
    }
  }
  for (const [figure, f] of figures) {
    if (f.used === f.report) continue;
    checks.push({
      id: "avstamning-avviker",
      severity: "fel",
      message: `Avstämningen går inte ihop: de använda raderna i ${f.sources.join(", ")} summerar ${FIGURE_LABEL[figure] ?? figure} till ${kr(f.used)} men rapporten räknar med ${kr(f.report)}. Siffrorna kan inte användas förrän skillnaden är förklarad.`,
      where: f.sources,
    });
  }
  return checks;
}

/** The line the terminal and the task pane print for a source. */
export function reconciliationLine(e: SourceReconciliation): string {
  const why = Object.entries(e.excluded)
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${UTELAMNAD_TEXT[k as Utelamnad]}`);
  const excluded = e.rowsRead - e.rowsUsed;
  const main = e.sums[0];
  const sum = main
    ? `; ${main.label} ${kr(main.used)}${main.used === main.report ? " = rapportens total" : ` av rapportens total ${kr(main.report)}`}`
    : "";
  const read = e.rowsRead === 1 ? "1 rad läst" : `${e.rowsRead} rader lästa`;
  return `${e.source}: ${read}, ${e.rowsUsed} används, ${excluded} utelämnade${why.length ? ` (${why.join(", ")})` : ""}${sum}`;
}

type Figures = "uppdrag" | "utveckling" | "investeringar";
const FIGURE_FIELDS: Record<Figures, string[]> = {
  uppdrag: ["ackUtfall", "ackBudget", "arsbudget", "prognos", "foregaendePrognos"],
  utveckling: ["iAr", "forraAret", "budget"],
  investeringar: ["utfall", "arsbudget", "prognos"],
};

/** The used rows' sums of the figures a summary table gives (only those some row has). */
export function usedSums<T extends object>(group: Figures, rows: T[]): AvstamdSumma[] {
  return FIGURE_FIELDS[group].flatMap((field) => {
    const values = rows.map((r) => (r as Record<string, unknown>)[field]);
    if (values.every((v) => v === undefined)) return [];
    const figure = `${group}.${field}`;
    const used = values.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
    return [{ figure, label: FIGURE_LABEL[figure], used, report: 0 }];
  });
}

/** Sets each entry's report total from the report's input, once every source has been read. */
export function settleReportTotals(
  entries: SourceReconciliation[],
  input: Partial<Record<Figures, object[]>>,
): void {
  for (const e of entries) {
    for (const s of e.sums) {
      const [group, field] = s.figure.split(".") as [Figures, string];
      s.report = (input[group] ?? []).reduce<number>((sum, r) => {
        const v = (r as Record<string, unknown>)[field];
        return sum + (typeof v === "number" ? v : 0);
      }, 0);
    }
  }
}

/** A summary table's entry: rows read, used, and left out as `mappedRows` and its reader counted. */
export function summaryReconciliation(
  source: string,
  kind: string,
  tally: RowTally,
  used: number,
  sums: AvstamdSumma[] = [],
): SourceReconciliation {
  const dropped = tally.read - tally.excludedCount - used;
  if (dropped > 0) tally.exclude("olaslig", dropped);
  return {
    source,
    kind,
    rowsRead: tally.read,
    rowsUsed: used,
    excluded: { ...tally.excluded },
    sums,
  };
}
