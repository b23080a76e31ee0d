import { UppdragRad } from "../input";
import { budgetavvikelse } from "../measures";
import { Ore } from "../money";
import { amount, BuiltRow, label, total } from "./cells";
import { Context, missing, placeName, TableBuilder, totalLabel } from "./builder";
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

/** In the annual report the accumulated budget is the whole year's budget. */
function ackBudget(r: UppdragRad, ctx: Context): Ore | undefined {
  return ctx.period.month === 12 ? (r.arsbudget ?? r.ackBudget) : r.ackBudget;
}

const sum = (rows: UppdragRad[], f: (r: UppdragRad) => Ore | undefined) => total(rows.map(f));
const avv = (u: Ore | undefined, b: Ore | undefined) =>
  u === undefined || b === undefined ? undefined : budgetavvikelse(u, b);

/** An indicator's one row: its name and three amounts with the unit written after them. */
function indicator(
  name: string,
  ids: string[],
  values: (Ore | undefined)[],
  where: string[],
): BuiltRow {
  const cells = Object.fromEntries(values.map((v, i) => [ids[i], amount(v, { suffix: "unit" })]));
  return { kind: "data", values: { indikator: label(name), ...cells }, where };
}

export const prognosindikator: TableBuilder = (input, ctx) => {
  const rows = uppdragWith(input.uppdrag, ["prognos", "arsbudget"]);
  if (typeof rows === "string") return missing(rows);
  const p = sum(rows, (r) => r.prognos);
  const b = sum(rows, (r) => r.arsbudget);
  const lopsided = oneSided(
    rows,
    (r) => r.prognos,
    (r) => r.arsbudget,
    placeName(ctx),
    ["prognos", "årsbudget"],
  );
  return {
    rows: [
      indicator(
        "Prognos budgetavvikelse",
        ["prognos", "arsbudget", "avvikelse"],
        [p, b, lopsided ? undefined : avv(p, b)],
        rows.map((r) => r.where),
      ),
    ],
    checks: lopsided ? [lopsided] : [],
  };
};

export const prognos: TableBuilder = (input, ctx) => {
  const rows = uppdragWith(input.uppdrag, ["prognos", "arsbudget"]);
  if (typeof rows === "string") return missing(rows);
  const line = (name: string, p: Ore | undefined, b: Ore | undefined, blank = false) => ({
    uppdrag: label(name),
    prognos: amount(p),
    arsbudget: amount(b),
    avvikelse: amount(blank ? undefined : avv(p, b)),
  });
  const p = sum(rows, (r) => r.prognos);
  const b = sum(rows, (r) => r.arsbudget);
  const lopsided = oneSided(
    rows,
    (r) => r.prognos,
    (r) => r.arsbudget,
    placeName(ctx),
    ["prognos", "årsbudget"],
  );
  return {
    rows: [
      ...rows.map((r): BuiltRow => ({
        kind: "data",
        values: line(r.namn, r.prognos, r.arsbudget),
        where: [r.where],
      })),
      {
        kind: "total",
        values: line(totalLabel(ctx, "Total"), p, b, !!lopsided),
        where: rows.map((r) => r.where),
      },
    ],
    checks: lopsided ? [lopsided] : [],
  };
};

export const resultatindikator: TableBuilder = (input, ctx) => {
  const rows = uppdragWith(input.uppdrag, ["ackUtfall"]);
  if (typeof rows === "string") return missing(rows);
  const u = sum(rows, (r) => r.ackUtfall);
  const b = sum(rows, (r) => ackBudget(r, ctx));
  if (b === undefined) return missing("tabellen per uppdrag saknar ackumulerad budget");
  const lopsided = oneSided(
    rows,
    (r) => r.ackUtfall,
    (r) => ackBudget(r, ctx),
    placeName(ctx),
    ["ack. utfall", "ack. budget"],
  );
  return {
    rows: [
      indicator(
        "Ackumulerad budgetavvikelse",
        ["ack-utfall", "ack-budget", "ack-avvikelse"],
        [u, b, lopsided ? undefined : avv(u, b)],
        rows.map((r) => r.where),
      ),
    ],
    checks: lopsided ? [lopsided] : [],
  };
};

export const resultatrakning: TableBuilder = (input, ctx) => {
  const annual = ctx.period.month === 12;
  const rows = uppdragWith(input.uppdrag, ["ackUtfall"]);
  if (typeof rows === "string") return missing(rows);
  if (rows.every((r) => ackBudget(r, ctx) === undefined)) {
    return missing(`tabellen per uppdrag saknar ${annual ? "årsbudget" : "ackumulerad budget"}`);
  }
  const withPrognos = !annual && rows.some((r) => r.prognos !== undefined);
  const line = (
    name: string,
    r: { u?: Ore; b?: Ore; p?: Ore; ab?: Ore },
    blankUB = false,
    blankPAB = false,
  ) => ({
    uppdrag: label(name),
    "ack-utfall": amount(r.u),
    "ack-budget": amount(r.b),
    "ack-avvikelse": amount(blankUB ? undefined : avv(r.u, r.b)),
    "prognos-avvikelse": amount(blankPAB ? undefined : avv(r.p, r.ab)),
  });
  const figures = (r: UppdragRad) => ({
    u: r.ackUtfall,
    b: ackBudget(r, ctx),
    p: r.prognos,
    ab: r.arsbudget,
  });
  const totals = {
    u: sum(rows, (r) => r.ackUtfall),
    b: sum(rows, (r) => ackBudget(r, ctx)),
    p: sum(rows, (r) => r.prognos),
    ab: sum(rows, (r) => r.arsbudget),
  };
  const title = placeName(ctx);
  const lopsidedUB = oneSided(
    rows,
    (r) => r.ackUtfall,
    (r) => ackBudget(r, ctx),
    title,
    ["ack. utfall", annual ? "årsbudget" : "ack. budget"],
  );
  const lopsidedPAB = withPrognos
    ? oneSided(
        rows,
        (r) => r.prognos,
        (r) => r.arsbudget,
        title,
        ["prognos", "årsbudget"],
      )
    : undefined;
  // Without a prognosis (the annual report, or no prognosis column) the table has no such column.
  const columns = ["uppdrag", "ack-utfall", "ack-budget", "ack-avvikelse"];
  return {
    columns: withPrognos ? [...columns, "prognos-avvikelse"] : columns,
    rows: [
      ...rows.map((r): BuiltRow => ({
        kind: "data",
        values: line(r.namn, figures(r)),
        where: [r.where],
      })),
      {
        kind: "total",
        values: line(totalLabel(ctx, "Totalt"), totals, !!lopsidedUB, !!lopsidedPAB),
        where: rows.map((r) => r.where),
      },
    ],
    checks: [lopsidedUB, lopsidedPAB].filter((c) => c !== undefined),
  };
};
