import { Check, Period } from "../report/model";
import { Unit, unitInText } from "../units";
import { SourceTable } from "./blocks";
import { summaryDiagnosis } from "./diagnose";
import { normaliseHeader, roleHeader } from "./grid";
import { Tecken } from "./konto";
import { hasAmounts, InputKind, KIND_BY_NAME, KindDef, KINDS } from "./kinds";
import { CodeList, findCodeLists, ledgerColumns, nameColumnOf } from "./ledgerColumns";
import { duplicateHeaderChecks, periodChecks, periodColumns } from "./periodColumns";

/** Which workbook table feeds which input, column by column: what the task pane shows and stores. */
export interface SourceMapping {
  kind: InputKind;
  table: string;
  /** role → column index in the table */
  columns: Record<string, number>;
  /** year → column index, for multi-year plans */
  years: Record<number, number>;
  unit: Unit;
  unitFrom: "rubrik" | "rubrik ovanför" | "antagen" | "mappning";
  /** 0–1: the share of the table's headers that were recognised (1 for an explicit mapping). */
  confidence: number;
  /** A ledger's code list in the workbook (kod → uppdrag), when its rows come from codes. */
  codes?: CodeList;
  /** A ledger's sign convention when the mapping states it; otherwise decided from its accounts. */
  sign?: Tecken;
}

/** The mapping file (and the task pane's stored mapping): explicit choices always win. */
export interface MappingFile {
  version?: 1;
  sources: {
    kind: InputKind;
    table: string;
    unit?: Unit;
    columns?: Record<string, string>;
    sign?: Tecken;
  }[];
}

type CodeLists = ReturnType<typeof findCodeLists>;

interface Assigned {
  columns: Record<string, number>;
  years: Record<number, number>;
  codes?: CodeList;
  /** Headers the kind knows but does not use (a ledger's dimension columns). */
  known?: number;
}

const YEAR = /^(19|20)\d\d$/;
const TOTAL_LABEL = /^(totalt?|summa|s:a|netto\w*|total)\b/i;

function assignColumns(
  t: SourceTable,
  kind: KindDef,
  codeLists: CodeLists,
  period?: Period,
): Assigned | undefined {
  if (kind.kind === "huvudbok") {
    const fit = ledgerColumns(t, codeLists);
    return fit.ok ? { ...fit.found, years: {}, known: fit.known } : undefined;
  }
  const headers = t.headers.map(roleHeader);
  const taken = new Set<number>();
  const columns: Record<string, number> = {};
  const years: Record<number, number> = {};
  if (kind.yearColumns) {
    headers.forEach((h, i) => {
      if (YEAR.test(h)) {
        years[+h] = i;
        taken.add(i);
      }
    });
    if (!Object.keys(years).length) return undefined;
  }
  if (period && kind.periodRoles) {
    for (const { index, role } of periodColumns(headers, kind, period)) {
      taken.add(index);
      if (role && columns[role] === undefined) columns[role] = index;
    }
  }
  for (const role of kind.roles) {
    if (columns[role.role] !== undefined) continue;
    const i = headers.findIndex(
      (h, i) => !taken.has(i) && h !== "" && role.match.test(h) && !role.not?.test(h),
    );
    if (i >= 0) {
      columns[role.role] = i;
      taken.add(i);
    } else if (role.required) return undefined;
  }
  return { columns, years };
}

function tableUnit(t: SourceTable, kind: KindDef): Pick<SourceMapping, "unit" | "unitFrom"> {
  for (const h of t.headers) {
    const u = unitInText(h);
    if (u) return { unit: u, unitFrom: "rubrik" };
  }
  const u = unitInText(t.caption);
  return u
    ? { unit: u, unitFrom: "rubrik ovanför" }
    : { unit: kind.defaultUnit, unitFrom: "antagen" };
}

function confidence(t: SourceTable, kind: KindDef, m: Assigned, period?: Period): number {
  const named = t.headers.filter((h) => h.trim() !== "").length || 1;
  const taken = new Set([...Object.values(m.columns), ...Object.values(m.years)]);
  // A column for another period is recognised too: the table is still this kind, and says so.
  if (period && kind.periodRoles)
    for (const c of periodColumns(t.headers.map(roleHeader), kind, period)) taken.add(c.index);
  const used = taken.size + (m.known ?? 0);
  const hinted =
    kind.rowHint &&
    t.rows.some((r) => r.some((v) => typeof v === "string" && kind.rowHint!.test(v.toLowerCase())));
  return Math.min(1, used / named + (hinted ? 0.2 : 0));
}

/**
 * Suggests, for each workbook table, the input kind its headers fit best. Explicit entries of
 * the mapping file are taken as they are; a table goes to one kind only, the best-fitting first.
 */
export function mapTables(
  tables: SourceTable[],
  explicit?: MappingFile,
  period?: Period,
): { mappings: SourceMapping[]; checks: Check[] } {
  const checks: Check[] = [];
  const mappings: SourceMapping[] = [];
  const used = new Set<string>();
  const codeLists = findCodeLists(tables);
  for (const e of explicit?.sources ?? []) {
    const t =
      tables.find((x) => x.id === e.table || `${x.sheet}` === e.table) ??
      onlyOneOutsideWorkbook(tables, e.table);
    if (!t) {
      checks.push({
        id: "mappning-tabell-saknas",
        severity: "fel",
        message: `Mappningen pekar på tabellen "${e.table}", som inte finns i arbetsboken.`,
        where: [e.table],
      });
      continue;
    }
    const m = explicitColumns(t, e, checks, codeLists, period);
    if (!m) continue;
    mappings.push({
      kind: e.kind,
      table: t.id,
      ...m,
      ...(e.sign ? { sign: e.sign } : {}),
      ...(e.unit
        ? { unit: e.unit, unitFrom: "mappning" as const }
        : tableUnit(t, KIND_BY_NAME[e.kind])),
      confidence: 1,
    });
    used.add(t.id);
  }

  const candidates: SourceMapping[] = [];
  // A code list feeds a ledger's rows; read as a table of its own it would be uppdrag without figures.
  for (const t of tables.filter((x) => !used.has(x.id) && !codeLists.has(x.id))) {
    for (const kind of KINDS) {
      const m = assignColumns(t, kind, codeLists, period);
      if (!m) continue;
      candidates.push({
        kind: kind.kind,
        table: t.id,
        columns: m.columns,
        years: m.years,
        ...(m.codes ? { codes: m.codes } : {}),
        ...tableUnit(t, kind),
        confidence: confidence(t, kind, m, period),
      });
    }
  }
  candidates.sort((a, b) => b.confidence - a.confidence);
  const kindsTaken = new Set(mappings.map((m) => m.kind));
  for (const c of candidates) {
    // Three columns recognised make a table of its kind however many other columns it has
    // (notes, ten dimension columns): those are said, not a reason for the table to vanish.
    const recognised = Object.keys(c.columns).length + Object.keys(c.years).length;
    if ((c.confidence < 0.5 && recognised < 3) || used.has(c.table)) continue;
    if (kindsTaken.has(c.kind) && !KIND_BY_NAME[c.kind].multiple) continue;
    mappings.push(c);
    used.add(c.table);
    kindsTaken.add(c.kind);
    if (c.confidence < 0.5) checks.push(unusedColumns(byId(tables, c.table), c));
  }
  for (const m of mappings) {
    const t = byId(tables, m.table);
    checks.push(...duplicateHeaderChecks(t, m));
    if (period) checks.push(...periodChecks(t, m, KIND_BY_NAME[m.kind], period));
  }
  for (const t of tables.filter((x) => !used.has(x.id))) {
    const fit = ledgerColumns(t, codeLists);
    const diagnosis = (!fit.ok && fit.diagnosis) || summaryDiagnosis(t, period);
    if (diagnosis) checks.push(diagnosis);
  }
  for (const m of mappings.filter(
    (x) => x.unitFrom === "antagen" && hasAmounts(KIND_BY_NAME[x.kind]),
  )) {
    checks.push({
      id: "enhet-antagen",
      severity: "info",
      message: `${m.table}: rubrikerna anger ingen enhet; beloppen läses som ${m.unit}. Skriv enheten i en rubrik (t.ex. "belopp i tkr") eller i mappningen om det är fel.`,
      where: [m.table],
    });
  }
  return { mappings, checks };
}

function explicitColumns(
  t: SourceTable,
  e: MappingFile["sources"][number],
  checks: Check[],
  codeLists: CodeLists,
  period?: Period,
) {
  const kind = KIND_BY_NAME[e.kind];
  if (!kind) {
    checks.push({
      id: "mappning-okand-typ",
      severity: "fel",
      message: `Mappningen anger den okända tabelltypen "${e.kind}".`,
      where: [e.table],
    });
    return undefined;
  }
  const auto =
    kind.kind === "huvudbok"
      ? { columns: ledgerColumns(t, codeLists).partial, years: {} }
      : (assignColumns(t, kind, codeLists, period) ?? { columns: {}, years: {} });
  const columns = { ...auto.columns };
  // A ledger's rows named in the mapping print by that column's own name column, not the guess's.
  if (kind.kind === "huvudbok" && e.columns?.uppdrag) delete columns.uppdragNamn;
  for (const [role, header] of Object.entries(e.columns ?? {})) {
    const i = t.headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(header));
    if (i < 0) {
      checks.push({
        id: "mappning-kolumn-saknas",
        severity: "fel",
        message: `Mappningen anger kolumnen "${header}" för ${role} men ${t.id} har ingen sådan rubrik.`,
        where: [t.id],
      });
      return undefined;
    }
    columns[role] = i;
  }
  const lacking = kind.roles.filter((r) => r.required && columns[r.role] === undefined);
  // A ledger's amount is one column or a Debet/Kredit pair: either will do, none is never zero.
  const noAmount =
    kind.kind === "huvudbok" &&
    columns.utfall === undefined &&
    (columns.debet === undefined || columns.kredit === undefined);
  if (noAmount)
    lacking.push({
      ...kind.roles.find((r) => r.role === "utfall")!,
      label: "Utfall (eller Debet och Kredit)",
    });
  if (lacking.length) {
    checks.push({
      id: "mappning-ofullstandig",
      severity: "fel",
      message: `${t.id}: ange kolumn för ${lacking.map((r) => r.label).join(", ")} i mappningen.`,
      where: [t.id],
    });
    return undefined;
  }
  const header = normaliseHeader(t.headers[columns.uppdrag ?? -1]);
  const list = [...codeLists.values()].find((l) => kind.kind === "huvudbok" && l.code === header);
  if (kind.kind === "huvudbok" && !list && columns.uppdragNamn === undefined) {
    const named = nameColumnOf(
      t.headers.map((h) => normaliseHeader(h)),
      columns.uppdrag,
    );
    if (named !== undefined) columns.uppdragNamn = named;
  }
  return {
    columns,
    years: auto.years,
    ...(list ? { codes: { table: list.table, map: list.map } } : {}),
  };
}

function unusedColumns(t: SourceTable, m: SourceMapping): Check {
  const used = new Set([...Object.values(m.columns), ...Object.values(m.years)]);
  const rest = t.headers.filter((h, i) => h.trim() && !used.has(i));
  return {
    id: "kolumner-oanvanda",
    severity: "info",
    message: `${t.id}: läses som ${KIND_BY_NAME[m.kind].label.toLowerCase()}; ${rest.length} kolumner används inte (${rest.map((h) => `"${h}"`).join(", ")}). Välj kolumn i mappningen (eller i aktivitetsfönstret) om någon av dem ska användas.`,
    where: [t.id],
  };
}

const byId = (tables: SourceTable[], id: string) => tables.find((t) => t.id === id)!;

export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL.test(label.trim());
}

/**
 * With several workbooks sheets are named "[fil.xlsx]Blad"; a mapping written for one workbook
 * ("Blad!A3") still finds its table when exactly one workbook has it.
 */
function onlyOneOutsideWorkbook(tables: SourceTable[], wanted: string): SourceTable | undefined {
  const plain = (ref: string) => {
    const m = /^(?:'((?:[^']|'')*)'|([^!]*))(!.*)?$/.exec(ref);
    if (!m) return ref;
    const sheet = (m[1]?.replace(/''/g, "'") ?? m[2]).replace(/^\[[^\]]*\]/, "");
    return `${sheet}${m[3] ?? ""}`;
  };
  const found = tables.filter((x) => plain(x.id) === plain(wanted) || plain(x.sheet) === wanted);
  return found.length === 1 ? found[0] : undefined;
}
