/** Amounts are held as integer öre; a unit says how many öre one printed unit is. */
export type Unit = "kr" | "tkr" | "mnkr";

export const ORE_PER: Record<Unit, number> = {
  kr: 100,
  tkr: 100_000,
  mnkr: 100_000_000,
};

/** What a table shows its figures in: an amount unit, percent, or both ("blandat"). */
export type TableUnit = Unit | "%" | "blandat";

/** The unit a table's amounts are in, if they all share one. */
export const amountUnit = (u: TableUnit | ""): Unit | undefined =>
  u === "%" || u === "blandat" || u === "" ? undefined : u;

/**
 * Finds the unit a header or caption names ("belopp i tkr", "Investering (tkr)", "Mnkr",
 * "miljoner kronor"). Returns undefined when it names none, so the caller can decide and say so.
 */
export function unitInText(text: string): Unit | undefined {
  const t = text.toLowerCase();
  if (/\b(mnkr|mkr|msek|miljoner kronor)\b/.test(t)) return "mnkr";
  if (/\b(tkr|tsek|tusen kronor|tusentals kronor)\b/.test(t)) return "tkr";
  if (/\b(kr|sek|kronor)\b/.test(t)) return "kr";
  return undefined;
}
