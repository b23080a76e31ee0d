import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableOfContents,
  TextRun,
} from "docx";
import { Block, ChapterDocument, chapterBlocks, documentTitle } from "../chapter";
import { narrativeParagraph, reportTable } from "./table";

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
const BULLETS = "punktlista";

/**
 * Word's table of contents collects paragraphs by outline level, so every heading style states
 * its level explicitly rather than relying on Word recognising the style name.
 */
const headingStyles = HEADINGS.map((id, i) => ({
  id,
  name: `Heading ${i + 1}`,
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { bold: true, size: [32, 28, 24, 22, 22, 22][i], color: "1F3864" },
  paragraph: { outlineLevel: i, keepNext: true, spacing: { before: 240, after: 120 } },
}));

function blockElements(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading": {
      const text = [b.number, b.title].filter(Boolean).join(" ");
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(b.level, HEADINGS.length) - 1],
          children: [new TextRun(text)],
        }),
      ];
    }
    case "caption":
      return [new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun(b.text)] })];
    case "paragraph":
      return [narrativeParagraph(b.paragraph, { numbering: BULLETS })];
    case "table":
      // An empty paragraph after a table keeps two adjacent tables from merging into one in Word.
      return [reportTable(b.table), new Paragraph({})];
    case "missing":
      return [new Paragraph({ children: [new TextRun({ text: b.text, italics: true })] })];
  }
}

/** Calibri where Word has it; LibreOffice shows its metric twin Carlito. */
const FONT = "Calibri";

/** A cover with the report's name, the organisation and the period, then the table of contents. */
function cover(doc: ChapterDocument): (Paragraph | TableOfContents)[] {
  const period = doc.periodText[0].toUpperCase() + doc.periodText.slice(1);
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 3600, after: 480 },
      children: [new TextRun({ text: doc.typeName, size: 56, bold: true, color: "1F3864" })],
    }),
    new Paragraph({ style: "Subtitle", children: [new TextRun(doc.org)] }),
    new Paragraph({ style: "Subtitle", children: [new TextRun(period)] }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ style: "TOCHeading", children: [new TextRun("Innehåll")] }),
    new TableOfContents("Innehåll", { hyperlink: true, headingStyleRange: "1-4" }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The built-in report template: the chapters the report type has, in the reference reports' order. */
export function builtinDocument(doc: ChapterDocument): Document {
  const title = documentTitle(doc);
  return new Document({
    title,
    creator: "Ekonomirapport",
    // Word fills in the table of contents when the document is opened (it asks first).
    features: { updateFields: true },
    styles: {
      // A report face and size for the body instead of Word's default serif.
      default: { document: { run: { font: FONT, size: 22 } } },
      paragraphStyles: [
        {
          id: "Subtitle",
          name: "Subtitle",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 32, color: "404040" },
          paragraph: { spacing: { after: 120 } },
        },
        {
          id: "TOCHeading",
          name: "TOC Heading",
          basedOn: "Normal",
          next: "Normal",
          run: { bold: true, size: 28, color: "1F3864" },
          paragraph: { spacing: { after: 240 } },
        },
        ...headingStyles,
        {
          id: "Caption",
          name: "Caption",
          basedOn: "Normal",
          next: "Normal",
          run: { bold: true, size: 20 },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "•",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          ...cover(doc),
          ...chapterBlocks(doc, { omitMissing: true }).flatMap(blockElements),
        ],
      },
    ],
  });
}

export async function builtinDocx(doc: ChapterDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(builtinDocument(doc)));
}
