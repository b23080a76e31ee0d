/**
 * Report order by section number: "5.1.3" comes after "5.1.2" and before "5.2", and a plan's
 * caption numbers ("Tabell 4") order by their number. Every door that places text without a
 * table among the tables (Word, HTML, terminal, the task pane) orders with this one function.
 */
export function compareSections(a: string, b: string): number {
  const na = (a.match(/\d+/g) ?? []).map(Number);
  const nb = (b.match(/\d+/g) ?? []).map(Number);
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const d = (na[i] ?? -1) - (nb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** The plan numbers its tables ("Tabell 4") instead of its headings, and captions them below. */
export const isCaptionNumber = (section: string) => /^tabell\b/i.test(section);
