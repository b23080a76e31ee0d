import { builtinLayout } from "../../../src/core/layout/builtin";
import { Layout } from "../../../src/core/layout/model";
import { RunResult } from "../../../src/core/pipeline";
import { ReportType } from "../../../src/core/report/model";
import { runExample } from "../../golden/helpers";

/** "5.2.1" → "15.2.1", "Tabell 4" → "Tabell 14": every number moves, order and nesting stay. */
const renumber = (section: string) => section.replace(/\d+/, (n) => String(+n + 10));

/** The layout with every name and number changed: report, headings, texts, tables, columns, totals. */
function renamed(type: ReportType): Layout {
  const l: Layout = JSON.parse(JSON.stringify(builtinLayout(type)));
  l.name = "Omdöpt rapport";
  l.headings = l.headings.map((h, i) => ({ section: renumber(h.section), title: `Rubrik ${i}` }));
  l.texts = l.texts.map((t, i) => ({ ...t, section: renumber(t.section), title: `Text ${i}` }));
  l.tables = l.tables.map((t, i) => ({
    ...t,
    section: renumber(t.section),
    title: `Tabell nr ${i}`,
    columns: t.columns.map((c, j) => ({ ...c, heading: `Kolumn ${i}.${j}` })),
    ...(t.total ? { total: `Summa ${i}` } : {}),
  }));
  return l;
}

/** What must not depend on names: each printed figure with its exact value, the text, the checks. */
function meaning(run: RunResult) {
  const r = run.report;
  return {
    figures: r.tables.map((t) => ({
      id: t.id,
      cells: t.rows.map((row, i) => row.filter((_, c) => t.figures![i][c])),
      figures: t.figures,
    })),
    missing: r.missing.map((m) => [m.id, m.reason]),
    narrative: r.narrative.map((n) => [
      n.id,
      n.placement,
      n.paragraphs.map((p) => p.sentences.map((s) => s.text)),
    ]),
    checks: r.checks.map((c) => c.id),
  };
}

describe.each([
  ["uppfoljningsrapport1-2021.xlsx", "uppfoljningsrapport1"],
  ["arsredovisning-2020.xlsx", "arsredovisning"],
  ["verksamhetsplan-2025.xlsx", "verksamhetsplan"],
] as const)("%s with every heading renamed and every section renumbered", (file, type) => {
  let before: RunResult;
  let after: RunResult;
  beforeAll(async () => {
    before = await runExample(file);
    after = await runExample(file, { layout: renamed(type) });
  });

  it("gives the same figures, narrative sentences and check ids", () => {
    expect(before.report.type).toBe(type);
    expect(meaning(after)).toEqual(meaning(before));
  });

  it("prints the new names and numbers, and its checks cite them", () => {
    const t = after.report.tables;
    expect(t.every((x) => /^Tabell nr \d+$/.test(x.title))).toBe(true);
    expect(t.every((x) => x.columns.every((c) => /^Kolumn \d+\.\d+$/.test(c)))).toBe(true);
    expect(after.report.typeName).toBe("Omdöpt rapport");
    for (const c of after.report.checks.filter((x) => x.id === "avrundning"))
      expect(c.message).toMatch(/^1\d(\.\d+)* Tabell nr \d+, kolumn "Kolumn \d+\.\d+"/);
  });
});

it("seed 002: the annual report's checks cite 5.1.2 Resultaträkning, where it is printed", async () => {
  // Before layouts were data, the one-sided check said "5.2.1" in the annual report.
  const run = await runExample("arsredovisning-2020.xlsx");
  const rr = run.report.tables.find((t) => t.id === "resultatrakning")!;
  expect(`${rr.section} ${rr.title}`).toBe("5.1.2 Resultaträkning");
  const cited = run.report.checks.flatMap(
    (c) => c.message.match(/\b5\.\d(\.\d)? Resultaträkning/g) ?? [],
  );
  expect(cited.length).toBeGreaterThan(0);
  expect(new Set(cited)).toEqual(new Set(["5.1.2 Resultaträkning"]));
});
