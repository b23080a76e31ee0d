import {
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import PizZip from "pizzip";
import { NarrativeSection } from "../../../src/core/narrative/model";
import { ReportDocument } from "../../../src/core/report/document";
import { toDocument } from "../../../src/core/report/document";
import { ChapterDocument } from "../../../src/io/chapter";
import { runExample } from "../../golden/helpers";
import { RunOptions } from "../../../src/core/pipeline";

export const NBSP = "\u00a0";

/** The report document the CLI writes for an example workbook. */
export async function exampleDocument(
  file: string,
  options: RunOptions = {},
): Promise<ReportDocument> {
  const run = await runExample(file, options);
  return toDocument(
    run.report,
    run.mappings,
    Object.fromEntries(run.tables.map((t) => [t.id, t.headers])),
  );
}

export function part(docx: Uint8Array, name = "word/document.xml"): string {
  const f = new PizZip(docx).file(name);
  if (!f) throw new Error(`${name} saknas i dokumentet`);
  return f.asText();
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join("");

/**
 * Every paragraph outside tables with its style id, in document order. The table of contents (a
 * w:sdt whose entries repeat the headings) is left out: tests look for the body's headings.
 */
export function paragraphs(xml: string): { style: string; text: string; xml: string }[] {
  const outside = xml
    .replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, "")
    .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "<w:p><w:r><w:t>[tabell]</w:t></w:r></w:p>");
  return [...outside.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1])?.[1] ?? "",
    text: textOf(m[1]),
    xml: m[1],
  }));
}

/** Every table as its cells' text, row by row; `xml` keeps each cell's markup for alignment and bold. */
export function tables(xml: string): { cells: string[][]; xml: string[][] }[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const rows = [...t[1].matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => c[1]),
    );
    return { cells: rows.map((r) => r.map(textOf)), xml: rows };
  });
}

/** A 1×1 PNG: the organisation's logo in the template's header. */
export const LOGO = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  ),
  (c) => c.charCodeAt(0),
);

/**
 * An organisation's template as Word would save one, built with the docx library: a header with
 * a logo and placeholders, a footer, its own paragraph style, and `body` as paragraphs (strings)
 * or tables (rows of cell texts).
 */
export async function makeTemplate(body: (string | string[][])[]): Promise<Uint8Array> {
  const element = (b: string | string[][]) =>
    typeof b === "string"
      ? new Paragraph({ style: "OrgBrodtext", children: [new TextRun(b)] })
      : new Table({
          rows: b.map(
            (r) =>
              new TableRow({
                children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })),
              }),
          ),
        });
  const doc = new Document({
    styles: {
      paragraphStyles: [
        {
          id: "OrgBrodtext",
          name: "Org Brödtext",
          basedOn: "Normal",
          run: { font: "Georgia", color: "1F4E79" },
        },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new ImageRun({
                    type: "png",
                    data: LOGO,
                    transformation: { width: 20, height: 20 },
                  }),
                  new TextRun("{organisation} – {rapport} {period}"),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({ children: [new Paragraph("Region Exempel · Mallens sidfot")] }),
        },
        children: body.map(element),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** Text for the tables of seed 000, as the narrative part will write it (seed 000, 5.1.2–5.2.1). */
export function narrative000(): NarrativeSection[] {
  const s = (text: string) => ({ text, figures: [] });
  return [
    {
      id: "prognos",
      section: "5.1.2",
      title: "Analys av prognosen",
      placement: "before",
      paragraphs: [
        {
          style: "text",
          sentences: [
            s("Regionkontorets totala prognostiserade avvikelse mot budget är +10,6 mnkr."),
          ],
        },
        { style: "bullet", sentences: [s("+3,0 mnkr på vakanta tjänster.")] },
      ],
    },
    {
      id: "prognosforandring",
      section: "5.1.3",
      title: "Prognosförändring sedan föregående rapport",
      placement: "after",
      paragraphs: [
        {
          style: "text",
          sentences: [
            s(
              "Regionkontorets prognos har förändrats med +7 mnkr sedan månadsrapporten i februari.",
            ),
          ],
        },
      ],
    },
    {
      id: "resultatrakning",
      section: "5.2.1",
      title: "Resultaträkning",
      placement: "before",
      paragraphs: [
        {
          style: "text",
          sentences: [
            s("Ekonomisk avvikelse mot budget är totalt +20,7 mnkr varav Regionkontoret"),
            s("redovisar +13,5 mnkr."),
          ],
        },
      ],
    },
    {
      id: "kostnadsutveckling",
      section: "5.2.2.1",
      title: "Kostnadsutveckling",
      placement: "after",
      paragraphs: [
        { style: "text", sentences: [s("Kostnadsutvecklingen uppgår till 18 procent.")] },
      ],
    },
  ];
}

export const withNarrative = (
  doc: ReportDocument,
  narrative: NarrativeSection[],
): ReportDocument => ({ ...doc, narrative });

/** The document as a JSON file written before the narrative existed. */
export const withoutNarrative = (doc: ReportDocument): ReportDocument => {
  const old: ChapterDocument = { ...doc };
  delete old.narrative;
  return old as ReportDocument;
};
