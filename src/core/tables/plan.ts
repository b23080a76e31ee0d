import { amount, blank, Row, text, total } from "./cells";
import { missing, TableBuilder } from "./builder";

/**
 * Seed 004, Tabell 4: the plan prints the budget in the budget convention (costs positive,
 * revenue negative) in whole mnkr, one column for the organisation.
 */
export const driftbudget: TableBuilder = (input, ctx) => {
  const rows = input.driftbudget;
  if (!rows?.length) return missing("ingen driftbudget per kontoklass hittades i arbetsboken");
  const whole = { decimals: 0 };
  return {
    unit: "mnkr",
    columns: ["Kontoklass", ctx.org],
    rows: [
      ...rows.map((r): Row => ({
        kind: "data",
        where: [r.where],
        cells: [text(r.kontoklass), amount(r.budget, "mnkr", whole)],
      })),
      {
        kind: "total",
        where: rows.map((r) => r.where),
        cells: [text("Nettobudget"), amount(total(rows.map((r) => r.budget)), "mnkr", whole)],
      },
    ],
  };
};

/**
 * Seed 004, Tabell 5: a multi-year plan in mnkr with at most one decimal ("10", "0,6"), years
 * without an amount left empty, projects under their group headings.
 */
export const investeringsbudget: TableBuilder = (input, ctx) => {
  const rows = input.investeringsbudget;
  if (!rows?.length) return missing("ingen investeringsbudget per år hittades i arbetsboken");
  const years = [0, 1, 2].map((i) => ctx.period.year + i);
  const style = { decimals: 1, trimZeros: true };
  const out: Row[] = [];
  let group: string | undefined;
  for (const r of rows) {
    if (r.grupp && r.grupp !== group) {
      out.push({
        kind: "group",
        where: [],
        cells: [text(r.grupp), blank, ...years.map(() => blank)],
      });
    }
    group = r.grupp;
    out.push({
      kind: "data",
      where: [r.where],
      cells: [
        text(r.namn),
        amount(r.totalBudget, "mnkr", style),
        ...years.map((y) => amount(r.perAr[y], "mnkr", style)),
      ],
    });
  }
  return {
    unit: "mnkr",
    columns: ["Investering", "Total budget", ...years.map(String)],
    rows: out,
  };
};
