import { UppdragRad } from "../input";
import { budgetavvikelse } from "../measures";
import { Ore } from "../money";
import { amount, BuiltRow, label, total } from "./cells";
import { Built, Context, missing, placeName, TableBuilder, totalLabel } from "./builder";
import { oneSided } from "./ensidig";

type Column = keyof Pick<UppdragRad, "ackUtfall" | "ackBudget" | "arsbudget" | "prognos">;

const NEEDS: Record<Column, string> = {
  ackUtfall: "ackumulerat utfall",
  ackBudget: "ackumulerad budget",
  arsbudget: "årsbudget",
  prognos: "prognos",
};

/** The uppdrag rows, or why they can't give the columns the table needs. */
function uppdragWith(rows: UppdragRad[] | undefined, columns: Column[]): UppdragRad[] | string {
  if (!rows?.length) return "ingen tabell per uppdrag hittades i arbetsboken";
  const lacking = columns.filter((c) => rows.every((r) => r[c] === undefined));
  if (lacking.length)
    return `tabellen per uppdrag saknar ${lacking.map((c) => NEEDS[c]).join(" och ")}`;
  return rows;
}

/** An actual figure and its budget, compared row by row and in total. */
interface Comparison {
  actual: (r: UppdragRad) => Ore | undefined;
  budget: (r: UppdragRad) => Ore | undefined;
  /** The two sides as a one-sided row's check names them. */
  sides: [string, string];
}

const PROGNOS: Comparison = {
  actual: (r) => r.prognos,
  budget: (r) => r.arsbudget,
  sides: ["prognos", "årsbudget"],
};

/** In the annual report the accumulated budget is the whole year's budget. */
function accumulated(ctx: Context): Comparison {
  const annual = ctx.period.month === 12;
  return {
    actual: (r) => r.ackUtfall,
    budget: (r) => (annual ? (r.arsbudget ?? r.ackBudget) : r.ackBudget),
    sides: ["ack. utfall", annual ? "årsbudget" : "ack. budget"],
  };
}

/** Why the uppdrag rows cannot give an accumulated comparison, if they cannot. */
function lacksAccumulated(rows: UppdragRad[], ctx: Context): string | undefined {
  if (rows.some((r) => accumulated(ctx).budget(r) !== undefined)) return undefined;
  return `tabellen per uppdrag saknar ${ctx.period.month === 12 ? "årsbudget" : "ackumulerad budget"}`;
}

const sum = (rows: UppdragRad[], f: (r: UppdragRad) => Ore | undefined) => total(rows.map(f));
const avv = (u: Ore | undefined, b: Ore | undefined) =>
  u === undefined || b === undefined ? undefined : budgetavvikelse(u, b);

/**
 * A comparison's totals: the one computation behind a table's total row and its indicator, so
 * the two cannot differ. Rows with only one side make a check and leave the total deviation blank.
 */
function totalOf(rows: UppdragRad[], c: Comparison, ctx: Context) {
  const lopsided = oneSided(rows, c.actual, c.budget, placeName(ctx), c.sides);
  const [actual, budget] = [sum(rows, c.actual), sum(rows, c.budget)];
  return { actual, budget, deviation: lopsided ? undefined : avv(actual, budget), lopsided };
}

/** An indicator's one row: its name and three amounts with the unit written after them. */
function indicator(
  name: string,
  ids: [string, string, string],
  t: ReturnType<typeof totalOf>,
  rows: UppdragRad[],
): Built {
  const values = [t.actual, t.budget, t.deviation];
  const cells = Object.fromEntries(values.map((v, i) => [ids[i], amount(v, { suffix: "unit" })]));
  return {
    rows: [
      {
        kind: "data",
        values: { indikator: label(name), ...cells },
        where: rows.map((r) => r.where),
      },
    ],
    checks: t.lopsided ? [t.lopsided] : [],
  };
}

export const prognosindikator: TableBuilder = (input, ctx) => {
  const rows = uppdragWith(input.uppdrag, ["prognos", "arsbudget"]);
  if (typeof rows === "string") return missing(rows);
  const ids: [string, string, string] = ["prognos", "arsbudget", "avvikelse"];
  return indicator("Prognos budgetavvikelse", ids, totalOf(rows, PROGNOS, ctx), rows);
};

export const prognos: TableBuilder = (input, ctx) => {
  const rows = uppdragWith(input.uppdrag, ["prognos", "arsbudget"]);
  if (typeof rows === "string") return missing(rows);
  const line = (name: string, p?: Ore, b?: Ore, d?: Ore) => ({
    uppdrag: label(name),
    prognos: amount(p),
    arsbudget: amount(b),
    avvikelse: amount(d),
  });
  const t = totalOf(rows, PROGNOS, ctx);
  return {
    rows: [
      ...rows.map((r): BuiltRow => ({
        kind: "data",
        values: line(r.namn, r.prognos, r.arsbudget, avv(r.prognos, r.arsbudget)),
        where: [r.where],
      })),
      {
        kind: "total",
        values: line(totalLabel(ctx, "Total"), t.actual, t.budget, t.deviation),
        where: rows.map((r) => r.where),
      },
    ],
    checks: t.lopsided ? [t.lopsided] : [],
  };
};

export const resultatindikator: TableBuilder = (input, ctx) => {
  const rows = uppdragWith(input.uppdrag, ["ackUtfall"]);
  if (typeof rows === "string") return missing(rows);
  const lacking = lacksAccumulated(rows, ctx);
  if (lacking) return missing(lacking);
  const ids: [string, string, string] = ["ack-utfall", "ack-budget", "ack-avvikelse"];
  return indicator("Ackumulerad budgetavvikelse", ids, totalOf(rows, accumulated(ctx), ctx), rows);
};

export const resultatrakning: TableBuilder = (input, ctx) => {
  const rows = uppdragWith(input.uppdrag, ["ackUtfall"]);
  if (typeof rows === "string") return missing(rows);
  const lacking = lacksAccumulated(rows, ctx);
  if (lacking) return missing(lacking);
  const withPrognos = ctx.period.month !== 12 && rows.some((r) => r.prognos !== undefined);
  const acc = accumulated(ctx);
  const line = (name: string, u?: Ore, b?: Ore, ackAvv?: Ore, prognosAvv?: Ore) => ({
    uppdrag: label(name),
    "ack-utfall": amount(u),
    "ack-budget": amount(b),
    "ack-avvikelse": amount(ackAvv),
    "prognos-avvikelse": amount(prognosAvv),
  });
  const ack = totalOf(rows, acc, ctx);
  const prognosis = withPrognos ? totalOf(rows, PROGNOS, ctx) : undefined;
  // Without a prognosis (the annual report, or no prognosis column) the table has no such column.
  const columns = ["uppdrag", "ack-utfall", "ack-budget", "ack-avvikelse"];
  return {
    columns: withPrognos ? [...columns, "prognos-avvikelse"] : columns,
    rows: [
      ...rows.map((r): BuiltRow => {
        const [u, b] = [acc.actual(r), acc.budget(r)];
        const values = line(r.namn, u, b, avv(u, b), avv(r.prognos, r.arsbudget));
        return { kind: "data", values, where: [r.where] };
      }),
      {
        kind: "total",
        values: line(
          totalLabel(ctx, "Totalt"),
          ack.actual,
          ack.budget,
          ack.deviation,
          prognosis?.deviation,
        ),
        where: rows.map((r) => r.where),
      },
    ],
    checks: [ack.lopsided, prognosis?.lopsided].filter((c) => c !== undefined),
  };
};
