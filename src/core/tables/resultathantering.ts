import { OverforingRad } from "../input";
import { resultathantering as tillOverforing } from "../measures";
import { formatAmount } from "../format";
import { Ore } from "../money";
import { Check } from "../report/model";
import { amount, BuiltRow, label, total } from "./cells";
import { missing, TableBuilder } from "./builder";

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
  const line = (name: string, a?: Ore, b?: Ore, g?: Ore) => ({
    post: label(name),
    avvikelse: amount(a),
    begard: amount(b),
    foreslas: amount(g),
  });
  const rows: BuiltRow[] = [];
  for (const [typ, name] of GROUPS) {
    const group = posts.filter((r) => r.typ === typ);
    if (!group.length) continue;
    const sum = (f: (r: OverforingRad) => Ore) => total(group.map(f));
    rows.push({
      kind: "group",
      where: group.map((r) => r.where),
      values: line(
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
        values: line(r.post, r.avvikelse, r.begart, granted(r)),
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
  return { checks, rows };
};
