import { Flode, utveckling } from "../measures";
import { amount, percent } from "./cells";
import { Context, missing, TableBuilder } from "./builder";

const TKR = { decimals: 0 } as const;
const PCT = { decimals: 1 } as const;

/** Column headers as the seeds print them: the annual report spells "föregående år" out. */
function columns(flode: Flode, ctx: Context): string[] {
  const annual = ctx.period.month === 12;
  const last = annual ? "Ack utfall föregående år" : "Ack utfall förra året";
  const change = annual ? "Skillnad mot föregående år" : "Skillnad mot förra året";
  const own =
    flode === "kostnad"
      ? [
          "Kostn. utv. mot föreg. år",
          "Budg. kostn. utv.",
          annual ? "Skillnad mot budget" : "Skilln. mot budget",
        ]
      : annual
        ? ["Intäkter utv. mot föregående år", "Budget intäktsutv.", "Skillnad mot budget"]
        : ["Intäktsutv. mot föreg. år", "Budg. intäktsutv.", "Skillnad mot budget"];
  return [last, "Ack utfall i år", change, "Ack budget årets", "Diff. mot budget", ...own];
}

function builder(flode: Flode): TableBuilder {
  return (input, ctx) => {
    const row = input.utveckling?.find((r) => r.flode === flode);
    const name = flode === "kostnad" ? "kostnader" : "intäkter";
    if (!row) return missing(`inga ${name} för i år och förra året hittades i arbetsboken`);
    if (row.budget === undefined) return missing(`ackumulerad budget för ${name} saknas`);
    const u = utveckling(row.iAr, row.forraAret, row.budget, flode);
    return {
      unit: "tkr",
      columns: columns(flode, ctx),
      rows: [
        {
          kind: "data",
          where: [row.where],
          cells: [
            amount(row.forraAret, "tkr", TKR, "tkr"),
            amount(row.iAr, "tkr", TKR, "tkr"),
            amount(u.skillnadMotForraAret, "tkr", TKR, "tkr"),
            amount(row.budget, "tkr", TKR, "tkr"),
            amount(u.diffMotBudget, "tkr", TKR, "tkr"),
            percent(u.utveckling, PCT),
            percent(u.budgeteradUtveckling, PCT),
            percent(u.skillnadMotBudget, PCT),
          ],
        },
      ],
    };
  };
}

export const kostnadsutveckling = builder("kostnad");
export const intaktsutveckling = builder("intakt");
