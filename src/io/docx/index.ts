import PizZip from "pizzip";
import { ReportDocument } from "../../core/report/document";
import { ChapterDocument } from "../chapter";
import { builtinDocx } from "./builtin";
import { sourceMap, writeSourceMap } from "./sourcemap";
import { fillTemplate } from "./template";

export { readSourceMap, sourceMap, SOURCE_MAP_NS } from "./sourcemap";
export type { SourceMap, TracedFigure, TracedPlaceholder } from "./sourcemap";

export interface DocxOptions {
  /** The organisation's own .docx with placeholders; without it the built-in template is used. */
  template?: Uint8Array | ArrayBuffer;
  /** The template's file name, for messages ("mall.docx packas upp till …"). */
  templateName?: string;
}

/**
 * The report as a Word document, from the CLI or the task pane (no Node APIs here). Either the
 * built-in template or the organisation's own; both carry the source map as a custom XML part.
 */
export async function exportDocx(
  doc: ReportDocument,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const chapter: ChapterDocument = doc;
  if (options.template) {
    const filled = await fillTemplate(chapter, options.template, options.templateName);
    writeSourceMap(filled.zip, sourceMap(doc, filled.placeholders));
    return filled.zip.generate({ type: "uint8array", compression: "DEFLATE" });
  }
  const zip = new PizZip(await builtinDocx(chapter));
  writeSourceMap(zip, sourceMap(doc));
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}
