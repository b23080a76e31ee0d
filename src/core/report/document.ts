import { SourceMapping } from "../mapping/match";
import { Report } from "./model";
import { formatPeriod } from "./period";

/**
 * The JSON document the CLI writes and other tools read (docs/report-json.md). Its shape is a
 * public interface: add fields, never rename or drop them.
 */
export interface ReportDocument {
  version: 1;
  type: Report["type"];
  typeName: string;
  period: string;
  periodText: string;
  org: string;
  tables: Report["tables"];
  missing: Report["missing"];
  checks: Report["checks"];
  narrative: Report["narrative"];
  /** The layout's parent headings without a table ("5 Ekonomi"), in report order. */
  headings: Report["headings"];
  reconciliation: NonNullable<Report["reconciliation"]>;
  sources: {
    kind: string;
    table: string;
    unit: string;
    unitFrom: string;
    confidence: number;
    columns: Record<string, string>;
  }[];
}

export function toDocument(
  report: Report,
  mappings: SourceMapping[],
  headers: Record<string, string[]>,
): ReportDocument {
  return {
    version: 1,
    type: report.type,
    typeName: report.typeName,
    period: formatPeriod(report.period),
    periodText: report.periodText,
    org: report.org,
    tables: report.tables,
    missing: report.missing,
    checks: report.checks,
    narrative: report.narrative,
    headings: report.headings,
    reconciliation: report.reconciliation ?? [],
    sources: mappings.map((m) => ({
      kind: m.kind,
      table: m.table,
      unit: m.unit,
      unitFrom: m.unitFrom,
      confidence: Math.round(m.confidence * 100) / 100,
      columns: Object.fromEntries([
        ...Object.entries(m.columns).map(([role, i]) => [role, headers[m.table]?.[i] ?? ""]),
        ...Object.entries(m.years).map(([year, i]) => [year, headers[m.table]?.[i] ?? ""]),
      ]),
    })),
  };
}
