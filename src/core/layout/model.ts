import { TableId } from "../report/model";
import { Unit } from "../units";

/**
 * A report's layout (docs/layout.md): which tables it has, in which order, under which numbers
 * and titles, with which columns, units and decimals, and where the text goes. The built-in
 * layouts are data files in ./builtin; an organisation passes its own with --layout.
 */
export interface Layout {
  version: 1;
  /** The report's name on the cover and in titles ("Uppföljningsrapport 1"). */
  name: string;
  /** Parent headings that carry no table ("5 Ekonomi", "5.1 Prognos"). */
  headings: Heading[];
  /** Text without a table of its own; left out, it is not written. */
  texts: TextPlace[];
  /** The report's tables in report order; a table left out is not in the report. */
  tables: TableLayout[];
}

export interface Heading {
  section: string;
  title: string;
}

export const TEXT_IDS = ["sammanfattning", "prognosforandring"] as const;
export type TextId = (typeof TEXT_IDS)[number];

export interface TextPlace extends Heading {
  id: TextId;
}

export type Placement = "before" | "after" | "none";

export interface ColumnLayout {
  id: string;
  /** May name {år}, {år+1}, {år+2}, {månad} and {organisation}, filled in per run. */
  heading: string;
  /** Decimals of this column's figures when they differ from the table's (percentages). */
  decimals?: number;
}

export interface TableLayout extends Heading {
  id: TableId;
  /** The unit the table's amounts are printed in; only for tables with amounts. */
  unit?: Unit;
  decimals: number;
  columns: ColumnLayout[];
  /** The label of the total row, for tables that have one ("Totalt", "Summa"). */
  total?: string;
  /** Where the table's text stands; "none" leaves it out. */
  text: Placement;
  /** Printed in the Word document even without data (with the reason), not just listed. */
  required?: boolean;
}
