import { Check } from "../report/model";
import { Fact, Scope } from "./facts";
import { cellOf, finding, SentenceContext, TextPlace } from "./judge";
import { Clause } from "./prose";

/**
 * "Den största avvikelsen utgörs av X", "De största avvikelserna finns inom A, B och C": the
 * rows named must be the ones with the largest deviations (by size; "största överskottet" by
 * value) in a table under the heading, or, without one, in any table that has them all.
 */
export function largest(
  s: string,
  clauses: Clause[],
  place: TextPlace,
  ctx: SentenceContext,
  scope: Scope | undefined,
): Check[] {
  const claim =
    /\bstörst\w*\s+(?:\S+\s+)?(avvikelse\w*|överskott\w*|underskott\w*|budgetavvikelse\w*)/i.exec(
      s,
    );
  if (!claim) return [];
  const named = [
    ...new Set(
      clauses.flatMap((c) => c.mentions.filter((m) => !m.partOf)).flatMap((m) => m.subjects),
    ),
  ].filter((x) => x.row);
  if (!named.length) return [];
  const word = claim[1].toLowerCase();
  const size = (f: Fact) =>
    word.startsWith("överskott")
      ? f.exact
      : word.startsWith("underskott")
        ? f.exact.neg()
        : f.exact.abs();
  // Each deviation column is a ranking: the table's data rows by that column.
  const rankings = new Map<string, Fact[]>();
  for (const f of ctx.facts) {
    if (f.measure !== "avvikelse" || !f.subject.row || f.rows || f.row.kind !== "data") continue;
    if (scope && f.scope && f.scope !== scope) continue;
    const key = `${f.table.id}:${f.column}`;
    rankings.set(key, [...(rankings.get(key) ?? []), f]);
  }
  const usable = [...rankings.values()].filter((r) =>
    named.every((n) => r.some((f) => f.subject === n)),
  );
  const inContext = usable.filter((r) => ctx.tables?.includes(r[0].table));
  const chosen = inContext.length ? inContext : usable;
  if (!chosen.length) return [];
  let wrong: { top: Fact; said: Fact } | undefined;
  for (const r of chosen) {
    const sorted = [...r].sort((a, b) => size(b).comparedTo(size(a)));
    const bar = size(sorted[Math.min(named.length, sorted.length) - 1]);
    const said = r.filter((f) => named.includes(f.subject));
    const miss = said.find((f) => size(f).lessThan(bar));
    if (!miss) return [];
    wrong ??= { top: sorted.find((f) => !named.includes(f.subject))!, said: miss };
  }
  const { top, said } = wrong!;
  const check = finding(
    "text-storst",
    "fel",
    place,
    `säger att ${said.subject.label} har en av de största avvikelserna (${said.row.cells[said.column].text})`,
    top,
    `har en större: ${top.row.cells[top.column].text}`,
  );
  return [{ ...check, where: [...check.where, cellOf(said)] }];
}
