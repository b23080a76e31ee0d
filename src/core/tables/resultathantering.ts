import { OverforingRad } from "../input";
import { resultathantering as tillOverforing } from "../measures";
import { formatAmount } from "../format";
import { Ore } from "../money";
import { Check } from "../report/model";
import { amount, Cell, Row, text, total } from "./cells";
import { missing, TableBuilder } from "./builder";

const MNKR = { decimals: 1 } as const;
const TKR = { decimals: 0 } as const;
const GROUPS = [
  ["drift", "Driftsbudget"],
  ["investering", "Investeringsbudget"],
] as const;

/**
 * Seed 002, 5.1.5: what the organisation asks to carry over, per budget, and what the rule lets
 * it carry. A request above the surplus is cut to the surplus (the check says so).
 */
export const resultathantering: TableBuilder = (input) => {
  const posts = input.overforing;
  if (!posts?.length)
    return missing("ingen tabell med begärda överföringar hittades i arbetsboken");
  const granted = (r: OverforingRad) =>
    tillOverforing(r.avvikelse, r.begart, input.overforingsregel, r.where);
  const line = (label: string, a?: Ore, b?: Ore, g?: Ore): Cell[] => [
    text(label),
    amount(a, "mnkr", MNKR),
    amount(b, "mnkr", MNKR),
    amount(g, "mnkr", MNKR),
  ];
  const rows: Row[] = [];
  for (const [typ, name] of GROUPS) {
    const group = posts.filter((r) => r.typ === typ);
    if (!group.length) continue;
    const sum = (f: (r: OverforingRad) => Ore) => total(group.map(f));
    rows.push({
      kind: "group",
      where: group.map((r) => r.where),
      cells: line(
        name,
        sum((r) => r.avvikelse),
        sum((r) => r.begart),
        sum(granted),
      ),
    });
    for (const r of group) {
      rows.push({
        kind: "data",
        where: [r.where],
        cells: line(r.post, r.avvikelse, r.begart, granted(r)),
      });
    }
  }
  const checks: Check[] = posts
    .filter((r) => granted(r) < r.begart)
    .map((r) => ({
      id: "overforing-begransad",
      severity: "varning",
      message:
        `${r.post}: begärt ${formatAmount(r.begart, "tkr", TKR, "tkr")} men avvikelsen medger ` +
        `${formatAmount(granted(r), "tkr", TKR, "tkr")}; ${formatAmount(granted(r), "tkr", TKR, "tkr")} föreslås föras över.`,
      where: [r.where],
    }));
  return {
    checks,
    unit: "mnkr",
    columns: [
      "Post, belopp i mnkr",
      "Avvikelse mot budget",
      "Begärd överföring",
      "Föreslås föras över",
    ],
    rows,
  };
};
