import { InvesteringRad } from "../input";
import { budgetavvikelse } from "../measures";
import { Ore } from "../money";
import { amount, BuiltRow, label, total } from "./cells";
import { missing, placeName, TableBuilder, totalLabel } from "./builder";
import { oneSided } from "./ensidig";

/** Investments are spend: avvikelse is budget − prognos (or utfall), an underspend positive. */
const spendAvv = (outcome: Ore | undefined, budget: Ore | undefined) =>
  outcome === undefined || budget === undefined
    ? undefined
    : budgetavvikelse(outcome, budget, "utgift");

function projects(rows: InvesteringRad[] | undefined): InvesteringRad[] | string {
  if (!rows?.length) return "ingen investeringstabell hittades i arbetsboken";
  if (rows.every((r) => r.arsbudget === undefined)) return "investeringstabellen saknar årsbudget";
  return rows;
}

const hasPrognos = (rows: InvesteringRad[]) => rows.some((r) => r.prognos !== undefined);

export const investeringsindikator: TableBuilder = (input) => {
  const rows = projects(input.investeringar);
  if (typeof rows === "string") return missing(rows);
  if (!hasPrognos(rows)) return missing("investeringstabellen saknar årsprognos");
  const p = total(rows.map((r) => r.prognos));
  const b = total(rows.map((r) => r.arsbudget));
  return {
    rows: [
      {
        kind: "data",
        where: rows.map((r) => r.where),
        values: {
          indikator: label("Prognos Investeringsbudgetavvikelse"),
          arsprognos: amount(p, { suffix: "unit" }),
          arsbudget: amount(b, { suffix: "unit" }),
          avvikelse: amount(spendAvv(p, b), { suffix: "unit" }),
        },
      },
    ],
  };
};

export const investeringar: TableBuilder = (input, ctx) => {
  const rows = projects(input.investeringar);
  if (typeof rows === "string") return missing(rows);
  const annual = ctx.period.month === 12;
  // Before year end the deviation is taken against the prognosis, as the seeds do.
  const prognosis = !annual && hasPrognos(rows);
  const line = (name: string, u?: Ore, b?: Ore, p?: Ore, blank = false) => ({
    investering: label(name),
    utfall: amount(u),
    arsbudget: amount(b),
    arsprognos: amount(p),
    avvikelse: amount(blank ? undefined : prognosis ? spendAvv(p, b) : spendAvv(u, b)),
  });
  const lopsided = oneSided(
    rows,
    (r) => (prognosis ? r.prognos : r.utfall),
    (r) => r.arsbudget,
    placeName(ctx),
    [prognosis ? "årsprognos" : "utfall", "årsbudget"],
  );
  // Without a prognosis the deviation is against the outcome, and there is no prognosis column.
  const columns = ["investering", "utfall", "arsbudget", "avvikelse"];
  const sum = (f: (r: InvesteringRad) => Ore | undefined) => total(rows.map(f));
  return {
    columns: prognosis ? [...columns, "arsprognos"] : columns,
    rows: [
      ...rows.map((r): BuiltRow => ({
        kind: "data",
        values: line(r.namn, r.utfall, r.arsbudget, r.prognos),
        where: [r.where],
      })),
      {
        kind: "total",
        values: line(
          totalLabel(ctx, "Summa"),
          sum((r) => r.utfall),
          sum((r) => r.arsbudget),
          sum((r) => r.prognos),
          !!lopsided,
        ),
        where: rows.map((r) => r.where),
      },
    ],
    checks: lopsided ? [lopsided] : [],
  };
};

/**
 * Investments per category (seed 002, "Investeringstabell"), summed from the projects so the two
 * tables cannot disagree. Categories the organisation lists but has no project in show as 0.
 */
export const investeringskategorier: TableBuilder = (input, ctx) => {
  const rows = projects(input.investeringar);
  if (typeof rows === "string") return missing(rows);
  if (rows.every((r) => !r.kategori))
    return missing("investeringstabellen har ingen kolumn för kategori");
  const uncategorised = rows.filter((r) => !r.kategori);
  if (uncategorised.length) {
    return missing(
      `investeringar utan kategori: ${uncategorised.map((r) => `${r.namn} (${r.where})`).join(", ")}`,
    );
  }
  // A category listed twice (a row pasted twice in the list) is still one row, or the total would count it twice.
  const order = [...new Set(input.investeringskategorier ?? [])];
  for (const r of rows) if (!order.includes(r.kategori!)) order.push(r.kategori!);
  const line = (name: string, group: InvesteringRad[]): BuiltRow => {
    const u = total(group.map((r) => r.utfall)) ?? 0;
    const b = total(group.map((r) => r.arsbudget)) ?? 0;
    return {
      kind: "data",
      where: group.map((r) => r.where),
      values: {
        kategori: label(name),
        "ack-utfall": amount(u),
        arsbudget: amount(b),
        avvikelse: amount(spendAvv(u, b)),
      },
    };
  };
  return {
    rows: [
      ...order.map((k) =>
        line(
          k,
          rows.filter((r) => r.kategori === k),
        ),
      ),
      { ...line(totalLabel(ctx, "TOTAL"), rows), kind: "total" },
    ],
  };
};
