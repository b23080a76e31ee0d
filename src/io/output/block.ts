import { Dec } from "../../core/decimal";
import { roundHalfAway } from "../../core/format";
import { inUnit } from "../../core/money";
import { NarrativeSection } from "../../core/narrative/model";
import { Figure, ReportTable } from "../../core/report/model";

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

/**
 * A printed figure as the number it shows and the Excel format that prints it the same way: the
 * table's typed figure (exact value, unit, decimals) rounded once, never its text parsed back.
 */
function cellOf(text: string, figure: Figure | null | undefined): OutCell {
  if (!figure) return { value: text, format: TEXT };
  const exact = new Dec(figure.exact);
  const zeros = figure.decimals ? "." + "0".repeat(figure.decimals) : "";
  if (figure.kind === "andel")
    return { value: roundHalfAway(exact, figure.decimals + 2).toNumber(), format: `0${zeros}%` };
  const unit = figure.unit ?? "kr";
  return {
    value: roundHalfAway(inUnit(exact.toNumber(), unit), figure.decimals).toNumber(),
    format: `#,##0${zeros}`,
    unit: figure.withUnit ? unit : undefined,
  };
}

interface OutCell {
  value: OutValue;
  format: string;
  unit?: string;
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
 * Lays a report table out as cells. Figures are numbers with a format that prints them as the
 * report does, so Excel can sum them; a unit printed in the cells ("-475 423 tkr") moves into
 * its column header. Labels ("2021" as a name) and a document without typed figures stay text.
 */
export function renderBlock(table: ReportTable, narrative: NarrativeSection[] = []): OutputBlock {
  const cells = table.rows.map((row, r) =>
    row.map((text, c) => cellOf(text, table.figures?.[r]?.[c])),
  );
  const headers = table.columns.map((h, c) => {
    const unit = cells.find((r) => r[c]?.unit)?.[c]?.unit;
    // Unless the layout's heading says it already ("Årsprognos tkr"): the typed unit, as a word.
    const said = h
      .toLowerCase()
      .split(/[\s()]+/)
      .includes(unit ?? "");
    return unit && !said ? `${h} ${unit}` : h;
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
