import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { Paragraph as TextParagraph } from "../../core/narrative/model";
import { ReportTable } from "../../core/report/model";
import { figureColumns, unbreakable } from "../chapter";

/** An A4 page's text width with Word's default margins, in twips. */
const TEXT_WIDTH = 9026;

/**
 * A report table as Word prints it. Everything is set on the table itself (no style ids), so the
 * same table can be dropped into an organisation's template that has none of our styles.
 */
export function reportTable(t: ReportTable): Table {
  const right = figureColumns(t);
  // The development tables have eight figure columns: at 9 pt "-154 986 tkr" still fits a line.
  const size = t.columns.length > 5 ? 18 : 20;
  const cell = (text: string, c: number, bold: boolean, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: right[c] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          keepNext: header,
          children: [new TextRun({ text: unbreakable(text), bold, size })],
        }),
      ],
    });
  const weights = columnWeights(t, right);
  const sum = weights.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: weights.map((w) => Math.round((TEXT_WIDTH * w) / sum)),
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.columns.map((h, c) => cell(h, c, true, true)),
      }),
      ...t.rows.map(
        (r, i) =>
          new TableRow({
            cantSplit: true,
            children: r.map((s, c) => cell(s, c, t.kinds[i] === "total", false)),
          }),
      ),
    ],
  });
}

/**
 * Each column gets room for its longest figure and the longest word of its header, so neither
 * "-154 986 tkr" nor "budgetavvikelse" has to break; labels may wrap, so their claim is capped.
 */
function columnWeights(t: ReportTable, right: boolean[]): number[] {
  const longest = (xs: string[]) => Math.max(0, ...xs.map((x) => x.length));
  return t.columns.map((h, c) => {
    const cells = t.rows.map((r) => r[c] ?? "");
    const need = right[c] ? longest(cells) : Math.min(28, longest(cells));
    // The constant stands for the cell's margins, which every column has alike.
    return Math.max(longest(h.split(/\s+/)) + 1, need) + 4;
  });
}

/** The controllers' itemised explanations print as "•" items; a template may lack a list style. */
export function narrativeParagraph(
  p: TextParagraph,
  bulletStyle?: { numbering: string },
): Paragraph {
  const text = p.sentences.map((s) => s.text).join(" ");
  if (p.style !== "bullet") return new Paragraph({ children: [new TextRun(text)] });
  if (bulletStyle)
    return new Paragraph({
      numbering: { reference: bulletStyle.numbering, level: 0 },
      children: [new TextRun(text)],
    });
  return new Paragraph({
    indent: { left: 360, hanging: 360 },
    children: [new TextRun(`•\t${text}`)],
  });
}
