import { parseSwedishNumber } from "../../core/parse";
import { NarrativeSection } from "../../core/narrative/model";
import { ReportTable } from "../../core/report/model";
import { unitInText } from "../../core/units";

export type OutValue = string | number;

/** One report table as cells to write: the title, its text, the header and the rows. */
export interface OutputBlock {
  id: string;
  values: OutValue[][];
  /** Excel's invariant number format codes ("#,##0.0"); a Swedish Excel shows them as "# ##0,0". */
  formats: string[][];
  /** Rows shown bold: the title, the header and total rows. */
  bold: number[];
}

const TEXT = "@";
/** Cells a text line spans but leaves empty keep Excel's default format. */
const GENERAL = "General";

function decimalsOf(text: string): number {
  const m = /,(\d+)/.exec(text);
  return m ? m[1].length : 0;
}

/**
 * A column of row labels: the first column when any of its cells is not a figure. Then "2021"
 * there is a name, not a figure; a table whose first column is a figure (kostnadsutveckling's
 * "Ack utfall förra året") keeps it a number.
 */
function isLabelColumn(rows: string[][], col: number): boolean {
  return col === 0 && rows.some((r) => r[0]?.trim() && cellOf(r[0], false).format === TEXT);
}

/** The printed figure as a number and the format that prints it the same way in Excel. */
function cellOf(text: string, label: boolean): { value: OutValue; format: string; unit?: string } {
  if (label || text.trim() === "") return { value: text, format: TEXT };
  try {
    const p = parseSwedishNumber(text);
    const d = decimalsOf(text);
    const zeros = d ? "." + "0".repeat(d) : "";
    if (p.percent) return { value: p.value.toNumber(), format: `0${zeros}%` };
    return { value: p.value.toNumber(), format: `#,##0${zeros}`, unit: p.unit };
  } catch {
    return { value: text, format: TEXT };
  }
}

/** Text without a table of its own (the summary, 5.1.3): its heading and paragraphs. */
export function renderTextBlock(section: NarrativeSection): OutputBlock {
  const values = [
    [`${section.section} ${section.title}`],
    ...paragraphTexts([section]).map((t) => [t]),
  ];
  return { id: section.id, values, formats: values.map(() => [TEXT]), bold: [0] };
}

function paragraphTexts(sections: NarrativeSection[]): string[] {
  return sections.flatMap((s) =>
    s.paragraphs.map(
      (p) => (p.style === "bullet" ? "• " : "") + p.sentences.map((x) => x.text).join(" "),
    ),
  );
}

/**
 * Lays a report table out as cells. Figures are the report's printed strings turned back into
 * numbers with a format that prints them identically, so Excel can sum them and nothing is
 * recomputed here; a unit printed in the cells ("-475 423 tkr") moves into its column header.
 */
export function renderBlock(table: ReportTable, narrative: NarrativeSection[] = []): OutputBlock {
  const labels = table.columns.map((_, c) => isLabelColumn(table.rows, c));
  const cells = table.rows.map((row) => row.map((text, c) => cellOf(text, labels[c])));
  const headers = table.columns.map((h, c) => {
    const unit = cells.find((r) => r[c]?.unit)?.[c]?.unit;
    return unit && !unitInText(h) ? `${h} ${unit}` : h;
  });
  const width = Math.max(headers.length, 1);
  const line = (text: string): OutValue[] => [text, ...Array(width - 1).fill("")];
  const textFormats = () => [TEXT, ...Array(width - 1).fill(GENERAL)];
  const before = paragraphTexts(narrative.filter((n) => n.placement === "before"));
  const after = paragraphTexts(narrative.filter((n) => n.placement === "after"));

  const values: OutValue[][] = [
    line(`${table.section} ${table.title}`),
    ...before.map(line),
    headers,
  ];
  const formats: string[][] = [textFormats(), ...before.map(textFormats), headers.map(() => TEXT)];
  const bold = [0, before.length + 1];
  table.rows.forEach((_, r) => {
    if (table.kinds[r] !== "data") bold.push(values.length);
    values.push(Array.from({ length: width }, (_, c) => cells[r][c]?.value ?? ""));
    formats.push(Array.from({ length: width }, (_, c) => cells[r][c]?.format ?? TEXT));
  });
  for (const text of after) {
    values.push(line(text));
    formats.push(textFormats());
  }
  return { id: table.id, values, formats, bold };
}
