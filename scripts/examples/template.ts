import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import { stableZip } from "./stable";

/**
 * A sample organisation template for uppföljningsrapporter: the organisation's own fonts,
 * header and footer, a cover, and the placeholders of README "Egen mall". It shows a controller
 * what a template holds; `--template examples/mall-uppfoljningsrapport.docx` runs it.
 */
export async function sampleTemplate(): Promise<Buffer> {
  const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) =>
    new Paragraph({ heading: level, children: [new TextRun(text)] });
  const line = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const chapter = (id: string, withText = true) => [
    heading(HeadingLevel.HEADING_3, `{rubrik:${id}}`),
    ...(withText ? [line(`{text:${id}}`)] : []),
    line(`{tabell:${id}}`),
  ];
  const doc = new Document({
    creator: "Ekonomirapport",
    title: "Exempelmall för uppföljningsrapport",
    styles: {
      default: {
        document: { run: { font: "Arial", size: 21 } },
        heading1: { run: { font: "Arial", size: 32, bold: true, color: "1F4E79" } },
        heading2: { run: { font: "Arial", size: 26, bold: true, color: "1F4E79" } },
        heading3: { run: { font: "Arial", size: 22, bold: true } },
      },
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [line("{organisation} – {rapport} {period}")],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: ["Sida ", PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun("{rapport}")],
          }),
          line("{organisation}, {period}"),
          heading(HeadingLevel.HEADING_1, "1 Sammanfattning"),
          line("{text:sammanfattning}"),
          heading(HeadingLevel.HEADING_1, "5 Ekonomi"),
          line(
            "Prognosen för helåret är {belopp:prognosindikator.avvikelse} mot budget; " +
              "den ackumulerade avvikelsen är {belopp:resultatindikator.avvikelse}.",
          ),
          ...chapter("prognos"),
          line("{text:prognosforandring}"),
          ...chapter("resultatrakning"),
          ...chapter("kostnadsutveckling"),
          ...chapter("intaktsutveckling"),
          ...chapter("investeringar"),
        ],
      },
    ],
  });
  return stableZip(await Packer.toBuffer(doc));
}
