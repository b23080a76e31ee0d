import { ReportInput } from "../input";
import { TableLayout } from "../layout/model";
import { Check, Period, ReportType } from "../report/model";
import { BuiltRow } from "./cells";

export interface Context {
  type: ReportType;
  period: Period;
  org: string;
  /** The table's place in the layout: its number and title for messages, its total's label. */
  table: TableLayout;
}

export interface Built {
  rows: BuiltRow[];
  /**
   * The column ids this run has, when fewer than the table's (no prognosis column without a
   * prognosis); the layout's order and headings still apply.
   */
  columns?: string[];
  /** The table's unit when it is not the layout's amount unit: "%" or "blandat". */
  unit?: "%" | "blandat";
  /** What the builder noticed in its input (a request above the surplus, say). */
  checks?: Check[];
}

/** Builds one report table from the input, or says in Swedish why it can't. */
export type TableBuilder = (input: ReportInput, ctx: Context) => Built | { missing: string };

export function missing(reason: string): { missing: string } {
  return { missing: reason };
}

/** "5.2.1 Resultaträkning": how messages name the table, from the layout. */
export const placeName = (ctx: Context) => `${ctx.table.section} ${ctx.table.title}`;

/** The total row's label: the layout's, or the reference report's word for this table. */
export const totalLabel = (ctx: Context, fallback: string) => ctx.table.total ?? fallback;
