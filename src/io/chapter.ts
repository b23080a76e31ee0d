import { NBSP } from "../core/format";
import { NarrativeSection, Paragraph } from "../core/narrative/model";
import { ReportDocument } from "../core/report/document";
import { isFigureColumn, TABLE_SCHEMA } from "../core/layout/schema";
import { compareSections, isCaptionNumber } from "../core/layout/sections";
import { ReportTable } from "../core/report/model";

/**
 * The report document as the exports read it. `narrative` may be absent: a JSON file written
 * before the text existed exports its tables alone.
 */
export type ChapterDocument = Omit<ReportDocument, "narrative" | "headings"> &
  Partial<Pick<ReportDocument, "narrative" | "headings">>;

/** One thing in the chapter, in reading order; the .docx and HTML renderers walk the same list. */
export type Block =
  | { kind: "heading"; level: number; number: string; title: string }
  | { kind: "caption"; text: string }
  | { kind: "paragraph"; paragraph: Paragraph }
  | { kind: "table"; table: ReportTable }
  | { kind: "missing"; text: string };

interface Unit {
  /** The table the unit stands for, present or missing; none for text without a table. */
  id?: string;
  section: string;
  title: string;
  table?: ReportTable;
  missing?: string;
  required?: boolean;
  text: NarrativeSection[];
}

/** Tables, missing tables and text without a table, merged in section order. */
function units(doc: ChapterDocument): Unit[] {
  const out: Unit[] = doc.tables.map((t) => ({
    id: t.id,
    section: t.section,
    title: t.title,
    table: t,
    text: [],
  }));
  const insert = (u: Unit) => {
    const at = out.findIndex((x) => compareSections(x.section, u.section) > 0);
    out.splice(at < 0 ? out.length : at, 0, u);
  };
  for (const m of doc.missing)
    insert({
      id: m.id,
      section: m.section,
      title: m.title,
      missing: m.reason,
      required: m.required,
      text: [],
    });
  for (const n of doc.narrative ?? []) {
    const owner = out.find((u) => u.id === n.id);
    if (owner) owner.text.push(n);
    else insert({ section: n.section, title: n.title, text: [n] });
  }
  return out;
}

/** The chapter as a flat list: numbered headings derived from the sections present, tables, text. */
export function chapterBlocks(
  doc: ChapterDocument,
  options: { omitMissing?: boolean } = {},
): Block[] {
  // The layout's parent headings; a document written before layouts existed has none.
  const parents = Object.fromEntries((doc.headings ?? []).map((h) => [h.section, h.title]));
  const done = new Set<string>();
  const blocks: Block[] = [];
  const heading = (number: string, title: string) => {
    done.add(number);
    blocks.push({ kind: "heading", level: number.split(".").length, number, title });
  };
  const paragraphs = (sections: NarrativeSection[]) => {
    for (const n of sections)
      for (const p of n.paragraphs) blocks.push({ kind: "paragraph", paragraph: p });
  };

  for (const u of units(doc)) {
    // A document leaves out a table without data (the checks list it) unless the layout requires it.
    if (options.omitMissing && u.missing !== undefined && !u.required && !u.text.length) continue;
    if (isCaptionNumber(u.section)) {
      // The plan: a short unnumbered heading ("Driftbudget"), the table, then "Tabell 4 …".
      blocks.push({ kind: "heading", level: 2, number: "", title: u.title.split(",")[0] });
      placeTable(u, blocks, paragraphs);
      blocks.push({ kind: "caption", text: `${u.section} ${u.title}` });
      continue;
    }
    const parts = u.section.split(".");
    parts.slice(0, -1).forEach((_, i) => {
      const number = parts.slice(0, i + 1).join(".");
      if (!done.has(number) && parents[number]) heading(number, parents[number]);
    });
    const own = parents[u.section] ?? u.title;
    if (!done.has(u.section)) heading(u.section, own);
    if (own !== u.title && (u.table || u.missing !== undefined))
      blocks.push({ kind: "caption", text: u.title });
    placeTable(u, blocks, (sections) => {
      // Text with its own number under a table's heading (002: table 5.1, then 5.1.1 Analys av resultatet).
      for (const n of sections) {
        if (n.section && n.section !== u.section && !done.has(n.section))
          heading(n.section, n.title);
        paragraphs([n]);
      }
    });
  }
  return blocks;
}

function placeTable(u: Unit, blocks: Block[], text: (sections: NarrativeSection[]) => void) {
  if (!u.table && u.missing === undefined) return text(u.text);
  text(u.text.filter((n) => n.placement === "before"));
  if (u.table) blocks.push({ kind: "table", table: u.table });
  else blocks.push({ kind: "missing", text: `Tabellen kunde inte tas fram: ${u.missing}` });
  text(u.text.filter((n) => n.placement !== "before"));
}

/** Whether a printed cell is a figure: the table's typed figures say so, its text is never read. */
export const isFigure = (t: ReportTable, r: number, c: number): boolean => !!t.figures?.[r]?.[c];

/**
 * A printed cell as a document shows it. Word and browsers may wrap at a plain space: a figure
 * keeps its digits and unit on one line ("-475 423 tkr").
 */
export function cellText(t: ReportTable, r: number, c: number): string {
  const text = t.rows[r]?.[c] ?? "";
  return isFigure(t, r, c) ? text.replace(/ /g, NBSP) : text;
}

/**
 * Which columns are right-aligned: those of figures, by column id, wherever the layout puts them;
 * the columns that name or group the rows stay left.
 */
export function figureColumns(t: ReportTable): boolean[] {
  return t.columns.map((_, c) => {
    const id = t.columnIds?.[c];
    return id !== undefined && isFigureColumn(t.id, id);
  });
}

/** Where the column that names the rows is, by its id; -1 in a table without one. */
export function labelColumn(t: ReportTable): number {
  const label = TABLE_SCHEMA[t.id].label;
  return label === undefined ? -1 : (t.columnIds?.indexOf(label) ?? -1);
}

/** The text that names a printed row, as checks and the text cite it; "" in a table without one. */
export function rowName(t: ReportTable, r: number): string {
  const at = labelColumn(t);
  return at < 0 ? "" : (t.rows[r]?.[at] ?? "");
}

export function documentTitle(doc: ChapterDocument): string {
  return `${doc.typeName} ${doc.periodText} – ${doc.org}`;
}
