import { Document, Packer, Paragraph, Table } from "docx";
import PizZip from "pizzip";

/**
 * The OOXML of some paragraphs and tables, written by the docx library rather than by hand: it
 * packs them as a document of their own and takes the body back out, without the section
 * properties that belong to the page. docxtemplater then puts that XML where a raw placeholder
 * stood. The elements carry their formatting directly, so they need no part of the packing
 * document (styles, numbering) in the template they land in.
 */
export async function bodyXml(children: (Paragraph | Table)[]): Promise<string> {
  const packed = await Packer.toArrayBuffer(new Document({ sections: [{ children }] }));
  const xml = new PizZip(packed).file("word/document.xml")?.asText() ?? "";
  const body = /<w:body>([\s\S]*?)(<w:sectPr[\s\S]*)?<\/w:body>/.exec(xml);
  if (!body) throw new Error("docx wrote a document without a body");
  return body[1];
}
