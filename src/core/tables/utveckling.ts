import { Flode, utveckling } from "../measures";
import { amount, percent } from "./cells";
import { missing, TableBuilder } from "./builder";

function builder(flode: Flode): TableBuilder {
  return (input) => {
    const row = input.utveckling?.find((r) => r.flode === flode);
    const name = flode === "kostnad" ? "kostnader" : "intäkter";
    if (!row) return missing(`inga ${name} för i år och förra året hittades i arbetsboken`);
    if (row.budget === undefined) return missing(`ackumulerad budget för ${name} saknas`);
    const u = utveckling(row.iAr, row.forraAret, row.budget, flode);
    const withUnit = { suffix: "unit" } as const;
    return {
      rows: [
        {
          kind: "data",
          where: [row.where],
          values: {
            "forra-aret": amount(row.forraAret, withUnit),
            "i-ar": amount(row.iAr, withUnit),
            "skillnad-forra-aret": amount(u.skillnadMotForraAret, withUnit),
            "ack-budget": amount(row.budget, withUnit),
            "diff-budget": amount(u.diffMotBudget, withUnit),
            utveckling: percent(u.utveckling),
            "budgeterad-utveckling": percent(u.budgeteradUtveckling),
            "skillnad-budget": percent(u.skillnadMotBudget),
          },
        },
      ],
    };
  };
}

export const kostnadsutveckling = builder("kostnad");
export const intaktsutveckling = builder("intakt");
