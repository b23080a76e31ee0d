import type { Heading } from "../layout/model";
import type { SourceReconciliation } from "../mapping/reconciliation";
import type { NarrativeSection } from "../narrative/model";
import type { TableUnit, Unit } from "../units";

/** The report as every door sees it: printed strings, what is missing, and what looks wrong. */

export const REPORT_TYPES = [
  "manadsrapport",
  "uppfoljningsrapport1",
  "uppfoljningsrapport2",
  "arsredovisning",
  "verksamhetsplan",
] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const REPORT_TYPE_NAMES: Record<ReportType, string> = {
  manadsrapport: "Månadsrapport",
  uppfoljningsrapport1: "Uppföljningsrapport 1",
  uppfoljningsrapport2: "Uppföljningsrapport 2",
  arsredovisning: "Årsredovisning",
  verksamhetsplan: "Verksamhetsplan",
};

export const TABLE_IDS = [
  "prognosindikator",
  "prognos",
  "resultatindikator",
  "resultatrakning",
  "kostnadsutveckling",
  "intaktsutveckling",
  "investeringsindikator",
  "investeringar",
  "investeringskategorier",
  "resultathantering",
  "personalomsattning",
  "sjukfranvaro",
  "verksamhetsmatt",
  "driftbudget",
  "investeringsbudget",
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** A report period: the year, and the last month included (12 for a whole year). */
export interface Period {
  year: number;
  month: number;
}

export type RowKind = "data" | "group" | "total";

/**
 * A printed figure's exact value and how it was printed, so a door (Excel cells, a check) never
 * parses the printed text back: öre for amounts, a fraction for percentages, as decimal strings.
 */
export interface Figure {
  kind: "belopp" | "andel";
  exact: string;
  /** The unit an amount is printed in. */
  unit?: Unit;
  /** The decimals the printed text shows. */
  decimals: number;
  /** The printed text writes the unit after the figure ("-475 423 tkr"). */
  withUnit?: boolean;
}

export interface ReportTable {
  id: TableId;
  section: string;
  title: string;
  /** What the table shows its figures in: "kr", "tkr", "mnkr", "%" or "blandat". */
  unit: TableUnit | "";
  columns: string[];
  /** The stable id of each column (docs/layout.md), the way code names a figure. */
  columnIds?: string[];
  /** Every cell as the report prints it; the total row, if any, is last. */
  rows: string[][];
  /** Each printed cell's exact value, null for labels and blanks; same shape as `rows`. */
  figures?: (Figure | null)[][];
  kinds: RowKind[];
  /** For each row, the workbook places its figures came from (sheet!cell or sheet!range). */
  sources: string[][];
}

export interface MissingTable {
  id: TableId;
  section: string;
  title: string;
  reason: string;
  /** The layout wants it printed even without data (in the Word document, with the reason). */
  required?: boolean;
}

export type Severity = "fel" | "varning" | "info";

export interface Check {
  id: string;
  severity: Severity;
  message: string;
  /** The places it concerns: "tabell:rad:kolumn" for report cells, "Blad!A1" for the workbook. */
  where: string[];
}

export interface Report {
  type: ReportType;
  typeName: string;
  period: Period;
  periodText: string;
  org: string;
  tables: ReportTable[];
  missing: MissingTable[];
  checks: Check[];
  /** The text around the tables, in report order. */
  narrative: NarrativeSection[];
  /** The layout's parent headings without a table ("5 Ekonomi"), for the exports. */
  headings: Heading[];
  /** Per source table: its rows accounted for, and its used rows' sums against the report's. */
  reconciliation?: SourceReconciliation[];
}
