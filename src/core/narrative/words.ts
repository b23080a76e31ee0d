import { Dec } from "../decimal";
import { formatAmount, formatDecimal } from "../format";
import { Ore } from "../money";

/** "Regionkontoret" → "Regionkontorets"; names ending in s, x or z take no extra s. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** "A", "A och B", "A, B och C". */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

/** A deviation in the text, signed as the seeds write it: "+10,6 mnkr". */
export function signedMnkr(ore: Ore): string {
  return formatAmount(ore, "mnkr", { decimals: 1, plus: true }, "mnkr");
}

export function tkr(ore: Ore): string {
  return formatAmount(ore, "tkr", { decimals: 0 }, "tkr");
}

/** A percentage in running text: "18,3 procent" (the tables print "18,3%"). */
export function procent(fraction: Dec, decimals = 1): string {
  return `${formatDecimal(fraction.times(100), { decimals })} procent`;
}

export function procentenheter(fraction: Dec, decimals = 1): string {
  return `${formatDecimal(fraction.times(100).abs(), { decimals })} procentenheter`;
}
