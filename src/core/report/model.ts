import type { SourceReconciliation } from "../mapping/reconciliation";
import type { NarrativeSection } from "../narrative/model";

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

export interface ReportTable {
  id: TableId;
  section: string;
  title: string;
  /** What the table shows its figures in: "tkr", "mnkr", "%" or "blandat". */
  unit: string;
  columns: string[];
  /** Every cell as the report prints it; the total row, if any, is last. */
  rows: string[][];
  kinds: RowKind[];
  /** For each row, the workbook places its figures came from (sheet!cell or sheet!range). */
  sources: string[][];
}

export interface MissingTable {
  id: TableId;
  section: string;
  title: string;
  reason: string;
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
  /** Per source table: its rows accounted for, and its used rows' sums against the report's. */
  reconciliation?: SourceReconciliation[];
}
