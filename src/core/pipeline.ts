import { statedChecks } from "./checks";
import { indicatorChecks, prognosisVsAccumulated } from "./crosschecks";
import { fail } from "./errors";
import { findTables, SourceTable } from "./mapping/blocks";
import { annualBudgetCheck, dataPeriodChecks } from "./mapping/dataPeriod";
import { extractInput } from "./mapping/extract";
import { builtinLayout } from "./layout/builtin";
import { fillFields } from "./layout/fields";
import { Layout } from "./layout/model";
import { Sheet } from "./mapping/grid";
import { mapTables, MappingFile, SourceMapping } from "./mapping/match";
import { findStated, StatedTable } from "./mapping/stated";
import { buildNarrative } from "./narrative/narrative";
import { buildReport, BuiltReport } from "./report/build";
import { Check, REPORT_TYPE_NAMES, REPORT_TYPES, ReportType } from "./report/model";
import { parsePeriod, typeForPeriod } from "./report/period";
import { suggestedFrom, suggestReport } from "./report/suggest";

export interface RunOptions {
  type?: string;
  period?: string;
  org?: string;
  mapping?: MappingFile;
  /** The workbook's file name, which may name the report ("arsredovisning-2023.xlsx"). */
  fileName?: string;
  /** The organisation's layout (docs/layout.md); the report type's built-in one when absent. */
  layout?: Layout;
}

export interface RunResult {
  report: BuiltReport;
  tables: SourceTable[];
  mappings: SourceMapping[];
  stated: StatedTable[];
}

/**
 * The whole job on a workbook: find its tables, map them, read the figures, build the report and
 * check it against what the workbook itself states. Options given by the user win over the
 * workbook's own settings rows.
 */
export function runReport(sheets: Sheet[], options: RunOptions = {}): RunResult {
  const suggested = suggestReport(sheets, options.fileName);
  const checks: Check[] = [];
  /** The user's choice, else what the workbook says; a guess is said in a check. */
  const choose = (field: "type" | "period" | "org", label: string) => {
    const given = options[field];
    if (given !== undefined && given.trim() !== "") return { value: given.trim() };
    const s = suggested[field];
    if (s && s.from !== "inställning")
      checks.push({
        id: "gissat-val",
        severity: "info",
        message: `${label} "${s.value}" är hämtad ${suggestedFrom(s)}. Ange en annan om den inte stämmer.`,
        where: s.from === "filnamn" || s.from === "kolumn" ? [] : [s.where],
      });
    return s && { value: s.value, where: s.where };
  };
  const periodChoice = choose("period", "Perioden");
  if (!periodChoice) fail("Ange rapportens period, t.ex. 2023 eller 2021-04.", undefined, "period");
  const period = parsePeriod(periodChoice.value, periodChoice.where);
  const typeChoice = choose("type", "Rapporttypen");
  const type = typeChoice ? parseType(typeChoice.value, typeChoice.where) : typeForPeriod(period);
  const orgChoice = choose("org", "Organisationen");
  const org = orgChoice?.value ?? "Förvaltningen";
  if (!orgChoice) {
    checks.push({
      id: "organisation-saknas",
      severity: "info",
      message: 'Ingen organisation angiven; "Förvaltningen" används. Ange organisationens namn.',
      where: [],
    });
  }

  const tables = findTables(sheets);
  const mapped = mapTables(tables, options.mapping, period);
  const extracted = extractInput(tables, mapped.mappings, period);
  const reportOptions = { type, period, org, layout: options.layout };
  const inputChecks = [
    ...checks,
    ...dataPeriodChecks(
      tables,
      mapped.mappings,
      suggested.period,
      period,
      !!options.period?.trim(),
    ),
    ...annualBudgetCheck(extracted.input.uppdrag, period),
    ...mapped.checks,
    ...extracted.checks,
  ];
  let report = buildReport(extracted.input, reportOptions, inputChecks);

  const unmapped = tables.filter((t) => !mapped.mappings.some((m) => m.table === t.id));
  // A workbook's hand-made table may carry the reference report's headings though the layout renames them.
  const reference = builtinLayout(type);
  const stated = findStated(unmapped, report.tables, report.cells, (t, i) => {
    const column = reference.tables
      .find((x) => x.id === t.id)
      ?.columns.find((c) => c.id === t.columnIds?.[i]);
    return column ? [fillFields(column.heading, { period, org })] : [];
  });
  const categories = stated.find((s) => s.table === "investeringskategorier");
  if (categories) {
    // The organisation's own list of categories decides their order and shows empty ones.
    extracted.input.investeringskategorier = categories.labels.filter(
      (l) => !/^(total|summa)/i.test(l),
    );
    report = buildReport(extracted.input, reportOptions, inputChecks);
  }
  for (const t of report.tables) {
    report.checks.push(
      ...statedChecks(
        t,
        report.cells[t.id],
        stated.flatMap((s) => s.values),
      ),
    );
  }
  report.reconciliation = extracted.reconciliation;
  report.checks.push(...indicatorChecks(report), ...prognosisVsAccumulated(report));
  const narrative = buildNarrative(report, extracted.input);
  report.narrative = narrative.sections;
  report.checks.push(...narrative.checks);
  return { report, tables, mappings: mapped.mappings, stated };
}

/**
 * Why a run produced nothing, or undefined when some table was mapped: a report built from no
 * table at all would only be empty tables, so each door stops and says what it looked at.
 */
export function nothingMapped(run: RunResult): string | undefined {
  if (run.mappings.length) return undefined;
  if (!run.tables.length)
    return "arbetsboken har inga tabeller med rubriker som rapporten kan läsa";
  const seen = run.tables
    .slice(0, 5)
    .map((t) => `${t.id} (${t.headers.filter(Boolean).slice(0, 6).join(", ")})`)
    .join("; ");
  const more = run.tables.length > 5 ? ` och ${run.tables.length - 5} till` : "";
  return (
    `ingen tabell i arbetsboken kunde kopplas till rapportens tabeller. Tabeller som lästes: ${seen}${more}. ` +
    `Rapporten behöver t.ex. en tabell per uppdrag (rubriker som Uppdrag, Utfall, Budget, Prognos) ` +
    `eller en huvudbok (Period, Konto, Uppdrag, Belopp); ange vilka tabeller och kolumner som gäller i en mappning`
  );
}

export function parseType(text: string, where?: string): ReportType {
  const t = text
    .toLowerCase()
    .replace(/[\s_-]/g, "")
    .replace("å", "a")
    .replace("ö", "o")
    .replace("ä", "a");
  const found = REPORT_TYPES.find(
    (id) =>
      id === t ||
      REPORT_TYPE_NAMES[id]
        .toLowerCase()
        .replace(/\s/g, "")
        .replace("å", "a")
        .replace("ö", "o")
        .replace("ä", "a") === t,
  );
  if (found) return found;
  if (t === "ur1" || t === "tertial1") return "uppfoljningsrapport1";
  if (t === "ur2" || t === "tertial2") return "uppfoljningsrapport2";
  return fail(
    `okänd rapporttyp "${text}"; välj ${REPORT_TYPES.map((id) => REPORT_TYPE_NAMES[id]).join(", ")}`,
    where,
    "type",
  );
}
