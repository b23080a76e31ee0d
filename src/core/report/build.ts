import { roundingChecks } from "../checks";
import { EkoError } from "../errors";
import { ReportInput } from "../input";
import { builtinLayout } from "../layout/builtin";
import { Layout } from "../layout/model";
import { figureOf, printTable } from "../layout/print";
import { Context } from "../tables/builder";
import { Row } from "../tables/cells";
import { BUILDERS } from "./builders";
import { missingTableCheck } from "./missing";
import { Check, Period, Report, ReportTable, ReportType } from "./model";
import { periodText } from "./period";

export interface ReportOptions {
  type: ReportType;
  period: Period;
  org: string;
  /** The organisation's layout; the report type's built-in one when absent. */
  layout?: Layout;
}

export interface BuiltReport extends Report {
  /** The cells behind each printed table, with exact values, for narrative and export. */
  cells: Record<string, Row[]>;
  /** The layout the report was built with: what --write-layout writes. */
  layout: Layout;
}

/**
 * Builds every table the layout has, in its order. A table whose inputs are missing is listed
 * as missing with the reason, and is a check `tabell-saknas`; a table that fails on bad input becomes a check of severity "fel"
 * naming the place, so one bad cell never costs the whole report.
 */
export function buildReport(
  input: ReportInput,
  options: ReportOptions,
  inputChecks: Check[] = [],
): BuiltReport {
  const layout = options.layout ?? builtinLayout(options.type);
  const report: BuiltReport = {
    type: options.type,
    typeName: layout.name,
    period: options.period,
    periodText: periodText(options.period),
    org: options.org,
    tables: [],
    missing: [],
    checks: [...inputChecks],
    narrative: [],
    headings: layout.headings,
    cells: {},
    layout,
  };
  for (const place of layout.tables) {
    const ctx: Context = {
      type: options.type,
      period: options.period,
      org: options.org,
      table: place,
    };
    const where = { id: place.id, section: place.section, title: place.title };
    const required = place.required ? { required: true } : {};
    let built;
    try {
      built = BUILDERS[place.id](input, ctx);
    } catch (e) {
      if (!(e instanceof EkoError)) throw e;
      report.checks.push({
        id: "indata-fel",
        severity: "fel",
        message: e.message,
        where: e.where ? [e.where] : [],
      });
      report.missing.push({ ...where, reason: e.message, ...required });
      continue;
    }
    if ("missing" in built) {
      report.missing.push({ ...where, reason: built.missing, ...required });
      continue;
    }
    const printed = printTable(built, place, options);
    const table: ReportTable = {
      ...where,
      unit: built.unit ?? place.unit ?? "",
      columns: printed.headings,
      columnIds: printed.columns.map((c) => c.id),
      rows: printed.rows.map((r) => r.cells.map((c) => c.text)),
      figures: printed.rows.map((r) => r.cells.map(figureOf)),
      kinds: printed.rows.map((r) => r.kind),
      sources: printed.rows.map((r) => r.where),
    };
    report.tables.push(table);
    report.cells[place.id] = printed.rows;
    report.checks.push(...(built.checks ?? []), ...roundingChecks(table, printed.rows));
  }
  report.checks.push(...report.missing.map(missingTableCheck));
  return report;
}
