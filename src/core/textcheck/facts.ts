import { rowLabel } from "../checks";
import { Dec } from "../decimal";
import { BuiltReport } from "../report/build";
import { ReportTable, TableId } from "../report/model";
import { Row } from "../tables/cells";
import { tokens } from "./prose";

/**
 * What a figure is, as prose names it: a deviation from budget, the outcome, the budget, the
 * prognosis itself, the change since last year, the development rate, the budgeted rate, the
 * difference between two rates (procentenheter), a target value, a transfer to next year.
 */
export type Measure =
  | "avvikelse"
  | "utfall"
  | "budget"
  | "prognos"
  | "forandring"
  | "utveckling"
  | "budgetutveckling"
  | "skillnad"
  | "malvarde"
  | "overforing";

/** Whether a figure is about the year's prognosis or the period so far. */
export type Scope = "prognos" | "ack";

/** Who a figure is about, and the words prose uses for it (each name a sequence of words). */
export interface Subject {
  key: string;
  /** How a finding names it: the row label, or the organisation's name. */
  label: string;
  names: string[][];
  /** Development subjects: costs grow when their figure falls; revenue when it rises. */
  flow?: "kostnad" | "intakt";
  /** A row of a table (an uppdrag, a project, an indicator) rather than the whole. */
  row: boolean;
}

/** One figure of the report that prose may restate, with the cell it is printed in. */
export interface Fact {
  subject: Subject;
  measure: Measure;
  scope?: Scope;
  kind: "belopp" | "andel";
  exact: Dec;
  table: ReportTable;
  row: Row;
  column: number;
  /** For a group of rows ("Utvecklingsmedel" over its four rows) the rows summed. */
  rows?: Row[];
}

const words = (s: string) => tokens(s).map((t) => t.w);

type Meaning = { measure: Measure; scope?: Scope };

const DEVELOPMENT: Record<string, Meaning> = {
  // forra-aret, last year's outcome, is another scope: prose about it is not checked.
  "i-ar": { measure: "utfall", scope: "ack" },
  "skillnad-forra-aret": { measure: "forandring", scope: "ack" },
  "ack-budget": { measure: "budget", scope: "ack" },
  "diff-budget": { measure: "avvikelse", scope: "ack" },
  utveckling: { measure: "utveckling", scope: "ack" },
  "budgeterad-utveckling": { measure: "budgetutveckling", scope: "ack" },
  "skillnad-budget": { measure: "skillnad", scope: "ack" },
};

/** The forecast table and its indicator say the same of their columns; so do the result's. */
const PROGNOS: Record<string, Meaning> = {
  prognos: { measure: "prognos", scope: "prognos" },
  arsbudget: { measure: "budget" },
  avvikelse: { measure: "avvikelse", scope: "prognos" },
};

const ACK: Record<string, Meaning> = {
  "ack-utfall": { measure: "utfall", scope: "ack" },
  "ack-budget": { measure: "budget" },
  "ack-avvikelse": { measure: "avvikelse", scope: "ack" },
};

const PERSONAL: Record<string, Meaning> = {
  utfall: { measure: "utfall", scope: "ack" },
  malvarde: { measure: "malvarde" },
};

/**
 * What each column's figures are, by table and column id (docs/layout.md), whatever the layout
 * calls them. A deviation in the investment table is against the prognosis when the table has
 * one (see `meaningOf`); the development tables' last-year outcome and the plan's operating
 * budget, named by the organisation, are no figure prose is checked against.
 */
const MEANINGS: Record<TableId, Record<string, Meaning>> = {
  prognosindikator: PROGNOS,
  prognos: PROGNOS,
  resultatindikator: ACK,
  resultatrakning: {
    ...ACK,
    "prognos-avvikelse": { measure: "avvikelse", scope: "prognos" },
  },
  kostnadsutveckling: DEVELOPMENT,
  intaktsutveckling: DEVELOPMENT,
  investeringsindikator: {
    arsprognos: { measure: "prognos", scope: "prognos" },
    arsbudget: { measure: "budget" },
    avvikelse: { measure: "avvikelse", scope: "prognos" },
  },
  investeringar: {
    utfall: { measure: "utfall", scope: "ack" },
    arsbudget: { measure: "budget" },
    arsprognos: { measure: "prognos", scope: "prognos" },
    avvikelse: { measure: "avvikelse", scope: "ack" },
  },
  investeringskategorier: {
    "ack-utfall": { measure: "utfall", scope: "ack" },
    arsbudget: { measure: "budget" },
    avvikelse: { measure: "avvikelse", scope: "ack" },
  },
  resultathantering: {
    avvikelse: { measure: "avvikelse", scope: "ack" },
    begard: { measure: "overforing" },
    foreslas: { measure: "overforing" },
  },
  personalomsattning: PERSONAL,
  sjukfranvaro: PERSONAL,
  verksamhetsmatt: PERSONAL,
  driftbudget: {},
  investeringsbudget: {
    "total-budget": { measure: "budget" },
    ar1: { measure: "budget" },
    ar2: { measure: "budget" },
    ar3: { measure: "budget" },
  },
};

function meaningOf(table: ReportTable, col: number): Meaning | undefined {
  const id = table.columnIds?.[col];
  if (id === undefined) return undefined;
  // With a prognosis column the investment deviation is against it (docs/layout.md).
  if (table.id === "investeringar" && id === "avvikelse" && table.columnIds!.includes("arsprognos"))
    return { measure: "avvikelse", scope: "prognos" };
  return MEANINGS[table.id][id];
}

/** Which subject a table's total row (or only row) is about. */
function wholeOf(id: TableId, org: Subject, investments: Subject): Subject | undefined {
  if (["prognos", "resultatrakning", "prognosindikator", "resultatindikator"].includes(id))
    return org;
  if (["investeringar", "investeringskategorier", "investeringsindikator"].includes(id))
    return investments;
  return undefined;
}

/**
 * Every figure of the report with the subject prose would name it by. The organisation is the
 * total of the result and prognosis tables; the investments the total of the investment tables;
 * a first word several uppdrag share ("Utvecklingsmedel …") is a group whose figure is their sum.
 */
export function factsOf(report: BuiltReport): Fact[] {
  const orgWords = words(report.org);
  const org: Subject = {
    key: "org",
    label: report.org,
    names: [orgWords, ["förvaltningen"], ["förvaltningens"], ["avdelningarna"]],
    row: false,
  };
  const investments: Subject = {
    key: "investeringar",
    label: "investeringarna",
    names: [
      ["investeringar"],
      ["investeringarna"],
      ["investeringarnas"],
      ["investeringsprognosen"],
    ],
    row: false,
  };
  const flows: Partial<Record<TableId, Subject>> = {
    kostnadsutveckling: {
      key: "kostnader",
      label: "kostnaderna",
      names: [["kostnaderna"], ["kostnadsutveckling"], ["kostnadsökning"], ["kostnadsminskning"]],
      flow: "kostnad",
      row: false,
    },
    intaktsutveckling: {
      key: "intakter",
      label: "intäkterna",
      names: [["intäkterna"], ["intäktsutveckling"], ["intäktsökning"], ["intäktsminskning"]],
      flow: "intakt",
      row: false,
    },
  };
  const subjects = new Map<string, Subject>();
  const rowSubject = (label: string): Subject => {
    const key = label.toLowerCase();
    const known = subjects.get(key);
    if (known) return known;
    // "Regional utvecklingsstrategi (RUS)" is also named by its abbreviation.
    const abbreviation = /\(([A-ZÅÄÖ]{2,})\)/.exec(label)?.[1];
    const names = [
      words(label.replace(/\s*\([^)]*\)/, "")),
      ...(abbreviation ? [words(abbreviation)] : []),
    ];
    const s: Subject = { key, label, names, row: true };
    subjects.set(key, s);
    return s;
  };

  const facts: Fact[] = [];
  for (const table of report.tables) {
    const rows = report.cells[table.id] ?? [];
    const data = rows.filter((r) => r.kind === "data");
    const single = data.length === 1 && !rows.some((r) => r.kind === "total");
    for (const row of rows) {
      const label = rowLabel(row);
      const subject =
        flows[table.id] ??
        (row.kind === "total" || (single && wholeOf(table.id, org, investments))
          ? wholeOf(table.id, org, investments)
          : label
            ? rowSubject(label)
            : undefined);
      if (!subject) continue;
      row.cells.forEach((cell, column) => {
        const meaning = cell.exact && cell.kind && meaningOf(table, column);
        if (meaning)
          facts.push({
            subject,
            ...meaning,
            kind: cell.kind!,
            exact: cell.exact!,
            table,
            row,
            column,
          });
      });
    }
    if (table.id === "prognos" || table.id === "resultatrakning")
      facts.push(...groups(table, data, rowSubject));
  }
  return facts;
}

/** Rows sharing their first word ("Utvecklingsmedel ePlan", "Utvecklingsmedel Regiongemensamt"). */
function groups(table: ReportTable, data: Row[], rowSubject: (label: string) => Subject): Fact[] {
  const byWord = new Map<string, Row[]>();
  for (const r of data) {
    const first = words(rowLabel(r))[0];
    if (first && words(rowLabel(r)).length > 1)
      byWord.set(first, [...(byWord.get(first) ?? []), r]);
  }
  const out: Fact[] = [];
  for (const [word, rows] of byWord) {
    if (rows.length < 2 || data.some((r) => rowLabel(r).toLowerCase() === word)) continue;
    const subject = rowSubject(word.charAt(0).toUpperCase() + word.slice(1));
    rows[0].cells.forEach((cell, column) => {
      const meaning = cell.kind === "belopp" && meaningOf(table, column);
      if (!meaning || rows.some((r) => !r.cells[column]?.exact)) return;
      const exact = rows.reduce((s, r) => s.plus(r.cells[column].exact!), new Dec(0));
      out.push({ subject, ...meaning, kind: "belopp", exact, table, row: rows[0], column, rows });
    });
  }
  return out;
}

/** Every subject the facts speak of, once. */
export function subjectsOf(facts: Fact[]): Subject[] {
  return [...new Set(facts.map((f) => f.subject))];
}
