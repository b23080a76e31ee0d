import { InvesteringRad } from "../input";
import { budgetavvikelse } from "../measures";
import { Ore } from "../money";
import { MONTHS } from "../report/period";
import { amount, Cell, Row, text, total } from "./cells";
import { missing, TableBuilder } from "./builder";
import { oneSided } from "./ensidig";

const TKR = { decimals: 0 } as const;
const MNKR = { decimals: 1 } as const;

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
    unit: "tkr",
    columns: ["Indikator", "Årsprognos", "Årsbudget", "Avvikelse"],
    rows: [
      {
        kind: "data",
        where: rows.map((r) => r.where),
        cells: [
          text("Prognos Investeringsbudgetavvikelse"),
          amount(p, "tkr", TKR, "tkr"),
          amount(b, "tkr", TKR, "tkr"),
          amount(spendAvv(p, b), "tkr", TKR, "tkr"),
        ],
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
  const line = (label: string, u?: Ore, b?: Ore, p?: Ore, blank = false): Cell[] => {
    const cells = [text(label), amount(u, "tkr", TKR), amount(b, "tkr", TKR)];
    const d = blank ? undefined : prognosis ? spendAvv(p, b) : spendAvv(u, b);
    return prognosis
      ? [...cells, amount(p, "tkr", TKR), amount(d, "tkr", TKR)]
      : [...cells, amount(d, "tkr", TKR)];
  };
  const lopsided = oneSided(
    rows,
    (r) => (prognosis ? r.prognos : r.utfall),
    (r) => r.arsbudget,
    "5.3 Investeringar per projekt",
    [prognosis ? "årsprognos" : "utfall", "årsbudget"],
  );
  const columns = prognosis
    ? [
        "Investering (tkr)",
        `Utfall ${MONTHS[ctx.period.month - 1]}`,
        "Årsbudget",
        "Årsprognos",
        "Avvikelse mot årsbudget",
      ]
    : ["Investeringar (tkr)", "Ack utfall", "Årsbudget", "Avvikelse"];
  const sum = (f: (r: InvesteringRad) => Ore | undefined) => total(rows.map(f));
  return {
    unit: "tkr",
    columns,
    rows: [
      ...rows.map((r): Row => ({
        kind: "data",
        cells: line(r.namn, r.utfall, r.arsbudget, r.prognos),
        where: [r.where],
      })),
      {
        kind: "total",
        cells: line(
          "Summa",
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
export const investeringskategorier: TableBuilder = (input) => {
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
  const line = (label: string, group: InvesteringRad[]): Row => {
    const u = total(group.map((r) => r.utfall)) ?? 0;
    const b = total(group.map((r) => r.arsbudget)) ?? 0;
    return {
      kind: "data",
      where: group.map((r) => r.where),
      cells: [
        text(label),
        amount(u, "mnkr", MNKR),
        amount(b, "mnkr", MNKR),
        amount(spendAvv(u, b), "mnkr", MNKR),
      ],
    };
  };
  return {
    unit: "mnkr",
    columns: ["Investeringar (Mnkr)", "Ack. utfall", "Årsbudget", "Avvikelse"],
    rows: [
      ...order.map((k) =>
        line(
          k,
          rows.filter((r) => r.kategori === k),
        ),
      ),
      { ...line("TOTAL", rows), kind: "total" },
    ],
  };
};
