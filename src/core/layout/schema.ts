import { TableId } from "../report/model";

/**
 * What each table can show, by column id: the builders produce values under these ids, and a
 * layout may order them, give them headings or leave them out (docs/layout.md lists them).
 * `label` is the column that names the rows; a table that has one cannot do without it.
 */
export interface TableSchema {
  columns: readonly string[];
  label?: string;
  /** A column of text that groups the rows (verksamhetsmatt's "Medarbetare", "Ekonomi"). */
  group?: string;
  /** The table prints amounts, so its layout says in which unit. */
  amounts: boolean;
  /** The table ends with a total row, whose label the layout may give. */
  total: boolean;
  /** The table has text written from its figures. */
  text: boolean;
}

const indicator = (columns: string[]): TableSchema => ({
  columns: ["indikator", ...columns],
  label: "indikator",
  amounts: true,
  total: false,
  text: false,
});

const UTVECKLING: TableSchema = {
  columns: [
    "forra-aret",
    "i-ar",
    "skillnad-forra-aret",
    "ack-budget",
    "diff-budget",
    "utveckling",
    "budgeterad-utveckling",
    "skillnad-budget",
  ],
  amounts: true,
  total: false,
  text: true,
};

const PERSONAL: TableSchema = {
  columns: ["indikator", "utfall", "malvarde"],
  label: "indikator",
  amounts: false,
  total: false,
  text: true,
};

export const TABLE_SCHEMA: Record<TableId, TableSchema> = {
  prognosindikator: indicator(["prognos", "arsbudget", "avvikelse"]),
  prognos: {
    columns: ["uppdrag", "prognos", "arsbudget", "avvikelse"],
    label: "uppdrag",
    amounts: true,
    total: true,
    text: true,
  },
  resultatindikator: indicator(["ack-utfall", "ack-budget", "ack-avvikelse"]),
  resultatrakning: {
    columns: ["uppdrag", "ack-utfall", "ack-budget", "ack-avvikelse", "prognos-avvikelse"],
    label: "uppdrag",
    amounts: true,
    total: true,
    text: true,
  },
  kostnadsutveckling: UTVECKLING,
  intaktsutveckling: UTVECKLING,
  investeringsindikator: indicator(["arsprognos", "arsbudget", "avvikelse"]),
  investeringar: {
    columns: ["investering", "utfall", "arsbudget", "arsprognos", "avvikelse"],
    label: "investering",
    amounts: true,
    total: true,
    text: true,
  },
  investeringskategorier: {
    columns: ["kategori", "ack-utfall", "arsbudget", "avvikelse"],
    label: "kategori",
    amounts: true,
    total: true,
    text: false,
  },
  resultathantering: {
    columns: ["post", "avvikelse", "begard", "foreslas"],
    label: "post",
    amounts: true,
    total: false,
    text: true,
  },
  personalomsattning: PERSONAL,
  sjukfranvaro: PERSONAL,
  verksamhetsmatt: {
    columns: ["grupp", "indikator", "utfall", "malvarde"],
    label: "indikator",
    group: "grupp",
    amounts: true,
    total: false,
    text: false,
  },
  driftbudget: {
    columns: ["kontoklass", "budget"],
    label: "kontoklass",
    amounts: true,
    total: true,
    text: false,
  },
  investeringsbudget: {
    columns: ["investering", "total-budget", "ar1", "ar2", "ar3"],
    label: "investering",
    amounts: true,
    total: false,
    text: false,
  },
};

/** A column of figures, as opposed to one that names or groups the rows. */
export function isFigureColumn(table: TableId, column: string): boolean {
  const schema = TABLE_SCHEMA[table];
  return column !== schema.label && column !== schema.group;
}
