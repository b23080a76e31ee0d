import { renderMarkdown } from "../../src/cli/render";
import { builtinLayout } from "../../src/core/layout/builtin";
import { Layout } from "../../src/core/layout/model";
import { ReportDocument } from "../../src/core/report/document";
import { cellText, figureColumns, rowName } from "../../src/io/chapter";
import { sourceMap } from "../../src/io/docx/sourcemap";
import { renderTableHtml } from "../../src/io/html";
import { exampleDocument, NBSP } from "./docx/helpers";

/** Uppföljningsrapport 1 with every table's columns in reverse order: labels last. */
function reversed(): Layout {
  const l: Layout = JSON.parse(JSON.stringify(builtinLayout("uppfoljningsrapport1")));
  l.tables = l.tables.map((t) => ({ ...t, columns: [...t.columns].reverse() }));
  return l;
}

let doc: ReportDocument;
beforeAll(async () => {
  doc = await exampleDocument("uppfoljningsrapport1-2021.xlsx", { layout: reversed() });
});

const table = (id: string) => doc.tables.find((t) => t.id === id)!;

describe("the exports find labels and figures by column id, wherever the layout puts them", () => {
  it("seed 000, 5.2.1 reversed: the label column is last, left-aligned, and names the rows", () => {
    const t = table("resultatrakning");
    expect(t.columnIds?.at(-1)).toBe("uppdrag");
    expect(figureColumns(t)).toEqual([true, true, true, true, false]);
    expect(rowName(t, 0)).toBe("Regionkontoret");
    expect(renderTableHtml(t)).toContain(
      '<tr><td align="right">5,6</td><td align="right">13,5</td><td align="right">-107,3</td><td align="right">-93,8</td><td>Regionkontoret</td></tr>',
    );
    expect(renderMarkdown(doc)).toContain(
      "| Prognos budgetavvikelse | Ack. budgetavvikelse | Ack. budget | Ack. utfall | Uppdrag, belopp i mnkr |\n| ---: | ---: | ---: | ---: | --- |",
    );
  });

  it("the source map names a figure's row by its label, not by the first printed cell", () => {
    const map = sourceMap(doc);
    expect(map.figures).toContainEqual(
      expect.objectContaining({
        table: "resultatrakning",
        row: "Regionkontoret",
        column: "Ack. utfall",
        columnIndex: 3,
        text: "-93,8",
      }),
    );
    // The development table has no label column: its one row is "", as the narrative names it.
    expect(map.figures.filter((f) => f.table === "kostnadsutveckling").map((f) => f.row)).toEqual(
      Array(8).fill(""),
    );
  });

  it("seed 000, 5.1.1: a figure keeps its spaces unbroken, a label with spaces does not", () => {
    const t = table("prognosindikator");
    const label = t.columnIds!.indexOf("indikator");
    const prognos = t.columnIds!.indexOf("prognos");
    expect(cellText(t, 0, prognos)).toBe(`-475${NBSP}423${NBSP}tkr`);
    expect(cellText(t, 0, label)).toBe("Prognos budgetavvikelse");
  });
});
