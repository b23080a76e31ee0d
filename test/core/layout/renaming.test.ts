import { rowLabel } from "../../../src/core/checks";
import { builtinLayout } from "../../../src/core/layout/builtin";
import { Layout } from "../../../src/core/layout/model";
import { RunResult } from "../../../src/core/pipeline";
import { ReportType } from "../../../src/core/report/model";
import { checkText } from "../../../src/core/textcheck/textcheck";
import { Unit } from "../../../src/core/units";
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

/**
 * The report's own text with one figure in every sentence that has one changed in its last digit,
 * under its own section headings: what the text check must find whatever the layout calls things.
 */
function plantedText(run: RunResult): string {
  const bump = (s: string) => s.replace(/\d(?=\D*$)/, (d) => String((+d + 1) % 10));
  return run.report.narrative
    .map((n) => {
      const body = n.paragraphs.map((p) =>
        p.sentences
          .map((x) => (x.figures.length ? x.text.replace(x.figures[0].text, bump) : x.text))
          .join(" "),
      );
      return `${n.section} ${n.title}\n${body.join("\n")}`;
    })
    .join("\n\n");
}

/** The text check's findings over the planted text: which check, on which line. */
const findings = (run: RunResult) =>
  checkText(plantedText(run), run.report).map((c) => `${c.id} ${c.where[0]}`);

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
    textcheck: findings(run),
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

  it("its text check finds the same changed figures (so facts are named by column id)", () => {
    // The plan has no text; the others must have findings, or the comparison proves nothing.
    if (type !== "verksamhetsplan") expect(findings(before).length).toBeGreaterThan(2);
    expect(findings(after)).toEqual(findings(before));
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

/**
 * The same amounts at the same precision in another unit ("1 100" tkr is "1,100" mnkr), so every
 * rounding and every "printed as zero" stays the same; a table whose precision no other unit
 * has (mnkr with one decimal) keeps its unit.
 */
function otherUnit(unit: Unit, decimals: number): { unit: Unit; decimals: number } {
  if (unit === "tkr" && decimals <= 3) return { unit: "mnkr", decimals: decimals + 3 };
  if (unit === "kr" && decimals <= 3) return { unit: "tkr", decimals: decimals + 3 };
  if (unit === "mnkr" && decimals >= 3) return { unit: "tkr", decimals: decimals - 3 };
  return { unit, decimals };
}

/** The layout with every heading renamed, every table's columns in reverse order, units changed. */
function reordered(type: ReportType): { layout: Layout; changedUnits: number } {
  const l: Layout = JSON.parse(JSON.stringify(builtinLayout(type)));
  let changedUnits = 0;
  l.tables = l.tables.map((t, i) => {
    const u = t.unit && otherUnit(t.unit, t.decimals);
    if (u && u.unit !== t.unit) changedUnits++;
    return {
      ...t,
      ...(u ?? {}),
      columns: [...t.columns].reverse().map((c, j) => ({ ...c, heading: `Kolumn ${i}.${j}` })),
    };
  });
  return { layout: l, changedUnits };
}

/**
 * Each table's exact figures by row label and column id: what a unit or a column's place cannot
 * change. The label is the one checks and text cite a row by.
 */
const exactFigures = (run: RunResult) =>
  run.report.tables.map((t) => ({
    id: t.id,
    rows: t.figures!.map((row, r) => ({
      label: rowLabel(run.report.cells[t.id][r]),
      ...Object.fromEntries(
        row.map((f, c) => [t.columnIds![c], f ? `${f.kind} ${f.exact}` : null]),
      ),
    })),
  }));

/** The text with each figure as "#": the same sentences, whatever unit the figures are in. */
const wording = (run: RunResult) =>
  run.report.narrative.map((n) => [
    n.id,
    n.paragraphs.map((p) =>
      p.sentences.map((s) => [
        s.figures.reduce((text, f) => text.replace(f.text, "#"), s.text),
        s.figures.map((f) => [f.table, f.row]),
      ]),
    ),
  ]);

describe.each([
  ["uppfoljningsrapport1-2021.xlsx", "uppfoljningsrapport1"],
  ["arsredovisning-2020.xlsx", "arsredovisning"],
  ["verksamhetsplan-2025.xlsx", "verksamhetsplan"],
] as const)("%s with columns in reverse order, headings renamed, units changed", (file, type) => {
  let before: RunResult;
  let after: RunResult;
  const { layout, changedUnits } = reordered(type);
  beforeAll(async () => {
    before = await runExample(file);
    after = await runExample(file, { layout });
  });

  it("prints the columns in the new order and the amounts in the new units", () => {
    // The plan's tables are in mnkr with 0 and 1 decimals, a precision no other unit has.
    if (type !== "verksamhetsplan") expect(changedUnits).toBeGreaterThan(0);
    for (const t of after.report.tables) {
      const place = layout.tables.find((x) => x.id === t.id)!;
      expect(t.columnIds).toEqual(
        place.columns.map((c) => c.id).filter((id) => t.columnIds!.includes(id)),
      );
      for (const f of t.figures!.flat()) if (f?.kind === "belopp") expect(f.unit).toBe(place.unit);
    }
  });

  it("gives the same exact figures, sentences, check ids and text-check findings", () => {
    expect(exactFigures(after)).toEqual(exactFigures(before));
    expect(after.report.missing.map((m) => m.id)).toEqual(before.report.missing.map((m) => m.id));
    expect(wording(after)).toEqual(wording(before));
    expect(after.report.checks.map((c) => c.id)).toEqual(before.report.checks.map((c) => c.id));
    expect(findings(after)).toEqual(findings(before));
  });
});
