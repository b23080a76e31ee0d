import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
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
  run: { bold: true, size: [32, 28, 24, 22, 22, 22][i] },
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

/** The built-in report template: the chapters the report type has, in the reference reports' order. */
export function builtinDocument(doc: ChapterDocument): Document {
  const title = documentTitle(doc);
  return new Document({
    title,
    creator: "Ekonomirapport",
    styles: {
      paragraphStyles: [
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
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          ...chapterBlocks(doc).flatMap(blockElements),
        ],
      },
    ],
  });
}

export async function builtinDocx(doc: ChapterDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(builtinDocument(doc)));
}
