import { roundingChecks } from "../checks";
import { EkoError } from "../errors";
import { ReportInput } from "../input";
import { Context } from "../tables/builder";
import { Row } from "../tables/cells";
import { BUILDERS, LAYOUTS } from "./layouts";
import { Check, Period, Report, REPORT_TYPE_NAMES, ReportTable, ReportType } from "./model";
import { periodText } from "./period";

export interface ReportOptions {
  type: ReportType;
  period: Period;
  org: string;
}

export interface BuiltReport extends Report {
  /** The cells behind each printed table, with exact values, for narrative and export. */
  cells: Record<string, Row[]>;
}

/**
 * Builds every table the report type has, in report order. A table whose inputs are missing is
 * listed as missing with the reason; a table that fails on bad input becomes a check of
 * severity "fel" naming the place, so one bad cell never costs the whole report.
 */
export function buildReport(
  input: ReportInput,
  options: ReportOptions,
  inputChecks: Check[] = [],
): BuiltReport {
  const ctx: Context = { ...options };
  const report: BuiltReport = {
    type: options.type,
    typeName: REPORT_TYPE_NAMES[options.type],
    period: options.period,
    periodText: periodText(options.period),
    org: options.org,
    tables: [],
    missing: [],
    checks: [...inputChecks],
    narrative: [],
    cells: {},
  };
  for (const place of LAYOUTS[options.type]) {
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
      report.missing.push({ ...place, reason: e.message });
      continue;
    }
    if ("missing" in built) {
      report.missing.push({ ...place, reason: built.missing });
      continue;
    }
    const table: ReportTable = {
      ...place,
      unit: built.unit,
      columns: built.columns,
      rows: built.rows.map((r) => r.cells.map((c) => c.text)),
      kinds: built.rows.map((r) => r.kind),
      sources: built.rows.map((r) => r.where),
    };
    report.tables.push(table);
    report.cells[place.id] = built.rows;
    report.checks.push(...(built.checks ?? []), ...roundingChecks(table, built.rows));
  }
  return report;
}
