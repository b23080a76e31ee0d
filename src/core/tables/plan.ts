import { amount, BuiltRow, label, total } from "./cells";
import { missing, TableBuilder, totalLabel } from "./builder";

/**
 * Seed 004, Tabell 4: the plan prints the budget in the budget convention (costs positive,
 * revenue negative) in whole mnkr, one column for the organisation.
 */
export const driftbudget: TableBuilder = (input, ctx) => {
  const rows = input.driftbudget;
  if (!rows?.length) return missing("ingen driftbudget per kontoklass hittades i arbetsboken");
  return {
    rows: [
      ...rows.map((r): BuiltRow => ({
        kind: "data",
        where: [r.where],
        values: { kontoklass: label(r.kontoklass), budget: amount(r.budget) },
      })),
      {
        kind: "total",
        where: rows.map((r) => r.where),
        values: {
          kontoklass: label(totalLabel(ctx, "Nettobudget")),
          budget: amount(total(rows.map((r) => r.budget))),
        },
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
  // The three plan years are columns ar1–ar3; their headings ({år}, {år+1}, …) are the layout's.
  const years = [0, 1, 2].map((i) => ctx.period.year + i);
  const style = { trimZeros: true };
  const out: BuiltRow[] = [];
  let group: string | undefined;
  for (const r of rows) {
    if (r.grupp && r.grupp !== group) {
      out.push({
        kind: "group",
        where: [],
        values: { investering: label(r.grupp) },
      });
    }
    group = r.grupp;
    out.push({
      kind: "data",
      where: [r.where],
      values: {
        investering: label(r.namn),
        "total-budget": amount(r.totalBudget, style),
        ...Object.fromEntries(years.map((y, i) => [`ar${i + 1}`, amount(r.perAr[y], style)])),
      },
    });
  }
  return { rows: out };
};
