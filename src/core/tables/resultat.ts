import { UppdragRad } from "../input";
import { budgetavvikelse } from "../measures";
import { Ore } from "../money";
import { amount, Cell, Row, text, total } from "./cells";
import { Context, missing, TableBuilder } from "./builder";
import { oneSided } from "./ensidig";

const MNKR = { decimals: 1 } as const;
const TKR = { decimals: 0 } as const;

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

function indicator(label: string, values: (Ore | undefined)[], where: string[]): Row {
  const cells: Cell[] = [text(label), ...values.map((v) => amount(v, "tkr", TKR, "tkr"))];
  return { kind: "data", cells, where };
}

export const prognosindikator: TableBuilder = (input) => {
  const rows = uppdragWith(input.uppdrag, ["prognos", "arsbudget"]);
  if (typeof rows === "string") return missing(rows);
  const p = sum(rows, (r) => r.prognos);
  const b = sum(rows, (r) => r.arsbudget);
  const lopsided = oneSided(
    rows,
    (r) => r.prognos,
    (r) => r.arsbudget,
    "5.1.1 Prognosindikator",
    ["prognos", "årsbudget"],
  );
  return {
    unit: "tkr",
    columns: ["Indikator", "Årsprognos tkr", "Årsbudget tkr", "Avvikelse tkr"],
    rows: [
      indicator(
        "Prognos budgetavvikelse",
        [p, b, lopsided ? undefined : avv(p, b)],
        rows.map((r) => r.where),
      ),
    ],
    checks: lopsided ? [lopsided] : [],
  };
};

export const prognos: TableBuilder = (input) => {
  const rows = uppdragWith(input.uppdrag, ["prognos", "arsbudget"]);
  if (typeof rows === "string") return missing(rows);
  const line = (label: string, p: Ore | undefined, b: Ore | undefined, blank = false): Cell[] => [
    text(label),
    amount(p, "mnkr", MNKR),
    amount(b, "mnkr", MNKR),
    amount(blank ? undefined : avv(p, b), "mnkr", MNKR),
  ];
  const p = sum(rows, (r) => r.prognos);
  const b = sum(rows, (r) => r.arsbudget);
  const lopsided = oneSided(
    rows,
    (r) => r.prognos,
    (r) => r.arsbudget,
    "5.1.2 Analys av prognosen",
    ["prognos", "årsbudget"],
  );
  return {
    unit: "mnkr",
    columns: ["Uppdrag, belopp i mnkr", "Prognos", "Årsbudget", "Prognos budgetavvikelse"],
    rows: [
      ...rows.map((r): Row => ({
        kind: "data",
        cells: line(r.namn, r.prognos, r.arsbudget),
        where: [r.where],
      })),
      { kind: "total", cells: line("Total", p, b, !!lopsided), where: rows.map((r) => r.where) },
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
    "Resultatindikator",
    ["ack. utfall", "ack. budget"],
  );
  return {
    unit: "tkr",
    columns: ["Indikator", "Ack resultat tkr", "Ack budget tkr", "Ack avvikelse tkr"],
    rows: [
      indicator(
        "Ackumulerad budgetavvikelse",
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
    label: string,
    r: { u?: Ore; b?: Ore; p?: Ore; ab?: Ore },
    blankUB = false,
    blankPAB = false,
  ): Cell[] => {
    const cells = [
      text(label),
      amount(r.u, "mnkr", MNKR),
      amount(r.b, "mnkr", MNKR),
      amount(blankUB ? undefined : avv(r.u, r.b), "mnkr", MNKR),
    ];
    return withPrognos
      ? [...cells, amount(blankPAB ? undefined : avv(r.p, r.ab), "mnkr", MNKR)]
      : cells;
  };
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
  const columns = annual
    ? ["Uppdrag, belopp i mnkr", "Ack utfall", "Årsbudget", "Ack budg avv"]
    : ["Uppdrag, belopp i mnkr", "Ack. utfall", "Ack. budget", "Ack. budgetavvikelse"];
  const title = "5.2.1 Resultaträkning";
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
  return {
    unit: "mnkr",
    columns: withPrognos ? [...columns, "Prognos budgetavvikelse"] : columns,
    rows: [
      ...rows.map((r): Row => ({
        kind: "data",
        cells: line(r.namn, figures(r)),
        where: [r.where],
      })),
      {
        kind: "total",
        cells: line("Totalt", totals, !!lopsidedUB, !!lopsidedPAB),
        where: rows.map((r) => r.where),
      },
    ],
    checks: [lopsidedUB, lopsidedPAB].filter((c) => c !== undefined),
  };
};
