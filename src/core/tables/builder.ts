import { ReportInput } from "../input";
import { Check, Period, ReportType } from "../report/model";
import { Row } from "./cells";

export interface Context {
  type: ReportType;
  period: Period;
  org: string;
}

export interface Built {
  columns: string[];
  unit: string;
  rows: Row[];
  /** What the builder noticed in its input (a request above the surplus, say). */
  checks?: Check[];
}

/** Builds one report table from the input, or says in Swedish why it can't. */
export type TableBuilder = (input: ReportInput, ctx: Context) => Built | { missing: string };

export function missing(reason: string): { missing: string } {
  return { missing: reason };
}
