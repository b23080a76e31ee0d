import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { Paragraph as TextParagraph } from "../../core/narrative/model";
import { ReportTable } from "../../core/report/model";
import { cellText, figureColumns } from "../chapter";

/** An A4 page's text width with Word's default margins, in twips. */
const TEXT_WIDTH = 9026;

/**
 * A report table as Word prints it. Everything is set on the table itself (no style ids), so the
 * same table can be dropped into an organisation's template that has none of our styles.
 */
export function reportTable(t: ReportTable): Table {
  const right = figureColumns(t);
  // The development tables have eight figure columns: at 8 pt in a sans face with narrow cell
  // margins "-154 986 tkr" still fits a line.
  const size = t.columns.length > 6 ? 16 : t.columns.length > 5 ? 18 : 20;
  const weights = columnWeights(t, right);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.round((TEXT_WIDTH * w) / sum));
  const cell = (text: string, c: number, bold: boolean, header: boolean) =>
    new TableCell({
      margins: { left: 57, right: 57 },
      width: { size: widths[c], type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: right[c] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          keepNext: header,
          children: [new TextRun({ text, bold, size })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    // Fixed: Word and LibreOffice keep the widths given instead of fitting columns to content.
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
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
            // Group and subtotal rows stand out as the total does, as the reports print them.
            children: r.map((_, c) => cell(cellText(t, i, c), c, t.kinds[i] !== "data", false)),
          }),
      ),
    ],
  });
}

/**
 * Each column gets room for its longest figure, the longest word of its header and half the
 * header, so neither "-154 986 tkr" nor "budgetavvikelse" breaks and no header wraps to more than
 * about two lines; labels may wrap, so their claim is capped.
 */
function columnWeights(t: ReportTable, right: boolean[]): number[] {
  const longest = (xs: string[]) => Math.max(0, ...xs.map((x) => x.length));
  return t.columns.map((h, c) => {
    const cells = t.rows.map((r) => r[c] ?? "");
    const need = right[c] ? longest(cells) : Math.min(28, longest(cells));
    // The constant stands for the cell's margins, which every column has alike.
    // Bold header letters are wider than digits.
    const word = Math.ceil(longest(h.split(/\s+/)) * 1.2) + 1;
    // In a wide table the figures need every bit of room, so only there may a header take three lines.
    const half = t.columns.length > 6 ? 0 : Math.ceil(h.length / 2) + 1;
    return Math.max(word, half, right[c] ? Math.ceil(need * 1.1) : need) + 4;
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
