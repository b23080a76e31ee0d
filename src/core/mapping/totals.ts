import { formatAmount } from "../format";
import { Ore } from "../money";
import { Check } from "../report/model";
import { Unit } from "../units";

/**
 * A source's own total row is never added in; when it disagrees with its rows the report says
 * so at the total's cell and counts the rows.
 */
export function sourceTotalCheck(where: string, stated: Ore, sum: Ore, unit: Unit): Check {
  const fmt = (o: Ore) =>
    formatAmount(o, unit, { decimals: unit === "kr" ? 2 : 3, trimZeros: true }, unit);
  return {
    id: "kallans-summa-avviker",
    severity: "varning",
    message: `${where}: summaraden anger ${fmt(stated)} men raderna ovanför summerar till ${fmt(sum)}. Rapporten räknar med raderna; summaraden används inte.`,
    where: [where],
  };
}
