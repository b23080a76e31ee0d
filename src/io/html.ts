import { Paragraph } from "../core/narrative/model";
import { ReportTable } from "../core/report/model";
import {
  Block,
  ChapterDocument,
  chapterBlocks,
  documentTitle,
  cellText,
  figureColumns,
} from "./chapter";

/*
 * The chapter as plain HTML for previews and for pasting into the regions' web-based planning
 * systems: no classes, no style attributes and no colours, because those systems keep whatever a
 * paste brings and their own table styling should win. Everything from the workbook is escaped.
 */

/** Escapes by character code, so a label's quotes and ampersands survive in text and attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One table for a "Kopiera tabell" button: header row in `<thead>`, the total row in bold. */
export function renderTableHtml(t: ReportTable): string {
  const right = figureColumns(t);
  const cell = (tag: "td" | "th", s: string, c: number, bold: boolean) => {
    const text = escapeHtml(s);
    // `align` is the one alignment hint a paste keeps without carrying CSS along.
    const align = right[c] ? ' align="right"' : "";
    return `<${tag}${align}>${bold && text ? `<strong>${text}</strong>` : text}</${tag}>`;
  };
  const head = `<thead><tr>${t.columns.map((h, c) => cell("th", h, c, false)).join("")}</tr></thead>`;
  const body = t.rows.map(
    (r, i) =>
      `<tr>${r.map((_, c) => cell("td", cellText(t, i, c), c, t.kinds[i] === "total")).join("")}</tr>`,
  );
  return `<table>${head}<tbody>${body.join("")}</tbody></table>`;
}

function paragraphText(p: Paragraph): string {
  return escapeHtml(p.sentences.map((s) => s.text).join(" "));
}

function renderBlocks(blocks: Block[]): string[] {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul>${list.join("")}</ul>`);
    list = [];
  };
  for (const b of blocks) {
    if (b.kind === "paragraph" && b.paragraph.style === "bullet") {
      list.push(`<li>${paragraphText(b.paragraph)}</li>`);
      continue;
    }
    flush();
    if (b.kind === "heading") {
      const level = Math.min(b.level + 1, 6);
      out.push(
        `<h${level}>${escapeHtml([b.number, b.title].filter(Boolean).join(" "))}</h${level}>`,
      );
    } else if (b.kind === "caption") out.push(`<p><strong>${escapeHtml(b.text)}</strong></p>`);
    else if (b.kind === "paragraph") out.push(`<p>${paragraphText(b.paragraph)}</p>`);
    else if (b.kind === "table") out.push(renderTableHtml(b.table));
    else out.push(`<p><em>${escapeHtml(b.text)}</em></p>`);
  }
  flush();
  return out;
}

/** The whole chapter as a standalone page (UTF-8, Swedish), headings one level under the title. */
export function renderHtml(doc: ChapterDocument): string {
  const title = escapeHtml(documentTitle(doc));
  return [
    "<!DOCTYPE html>",
    '<html lang="sv">',
    `<head><meta charset="utf-8"><title>${title}</title></head>`,
    "<body>",
    `<h1>${title}</h1>`,
    ...renderBlocks(chapterBlocks(doc)),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
