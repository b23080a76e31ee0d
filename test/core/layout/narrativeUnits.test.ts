import { builtinLayout } from "../../../src/core/layout/builtin";
import { Layout } from "../../../src/core/layout/model";
import { RunResult } from "../../../src/core/pipeline";
import { ReportType, TableId } from "../../../src/core/report/model";
import { Unit } from "../../../src/core/units";
import { runExample } from "../../golden/helpers";

/** The built-in layout with one table's amounts in another unit and number of decimals. */
function inUnit(type: ReportType, id: TableId, unit: Unit, decimals: number): Layout {
  const l: Layout = JSON.parse(JSON.stringify(builtinLayout(type)));
  const t = l.tables.find((x) => x.id === id)!;
  t.unit = unit;
  t.decimals = decimals;
  return l;
}

const sentences = (run: RunResult, id: string) =>
  run.report.narrative
    .filter((n) => n.id === id)
    .flatMap((n) => n.paragraphs.flatMap((p) => p.sentences));

/** Each figure the text quotes from a table is that table's printed cell, with its unit after it. */
function quotesPrintedCells(run: RunResult, id: string, unit: Unit) {
  const t = run.report.tables.find((x) => x.id === id)!;
  const figures = sentences(run, id).flatMap((s) => s.figures);
  expect(figures.length).toBeGreaterThan(0);
  for (const f of figures) {
    const r = t.rows.findIndex((row) => row.includes(f.row!));
    const cell = t.rows[r][t.columns.indexOf(f.column!)];
    expect(f.text).toBe(`${cell.replace(/^-/, "")} ${unit}`);
  }
}

describe("the narrative writes amounts in the unit and decimals its table is printed in", () => {
  it("examples/arsredovisning-2020.xlsx, investeringar in mnkr with one decimal (built in: tkr)", async () => {
    const run = await runExample("arsredovisning-2020.xlsx", {
      layout: inUnit("arsredovisning", "investeringar", "mnkr", 1),
    });
    expect(sentences(run, "investeringar").map((s) => s.text)).toEqual([
      "Utfallet för regionkontorets investeringar är 31,4 mnkr lägre än budget.",
      "De största avvikelserna finns inom FVIS (14,9 mnkr), Säkerhet, installation inbrottslarm på förvaltningar (6,1 mnkr) och Säkerhet, personlarm HSH, HSV, HSK (6,0 mnkr).",
    ]);
    quotesPrintedCells(run, "investeringar", "mnkr");
  });

  it("the same workbook with the built-in layout says it in tkr, as the table", async () => {
    const run = await runExample("arsredovisning-2020.xlsx");
    expect(sentences(run, "investeringar")[0].text).toBe(
      "Utfallet för regionkontorets investeringar är 31 413 tkr lägre än budget.",
    );
    quotesPrintedCells(run, "investeringar", "tkr");
  });

  it("examples/uppfoljningsrapport1-2021.xlsx, resultaträkning in tkr (built in: mnkr): the summary follows it", async () => {
    const run = await runExample("uppfoljningsrapport1-2021.xlsx", {
      layout: inUnit("uppfoljningsrapport1", "resultatrakning", "tkr", 0),
    });
    expect(sentences(run, "sammanfattning").map((s) => s.text)).toEqual([
      "Regionkontorets prognostiserade avvikelse mot budget för helåret är +10,6 mnkr.",
      "Det ackumulerade resultatet för januari–april 2021 visar en avvikelse mot budget med +20 694 tkr.",
    ]);
    const rr = run.report.tables.find((t) => t.id === "resultatrakning")!;
    expect(rr.rows[rr.rows.length - 1]).toContain("20 694");
  });
});
