import { Paragraph } from "../core/narrative/model";
import { reconciliationLine } from "../core/mapping/reconciliation";
import { ReportDocument } from "../core/report/document";
import { ReportTable } from "../core/report/model";
import { chapterBlocks, figureColumns } from "../io/chapter";

const SEVERITY = { fel: "FEL", varning: "VARNING", info: "info" } as const;

/** A table in report layout for a terminal: labels left, columns of figures right-aligned. */
function textTable(t: ReportTable): string {
  const grid = [t.columns, ...t.rows];
  const widths = t.columns.map((_, c) => Math.max(...grid.map((r) => (r[c] ?? "").length)));
  const right = figureColumns(t);
  const line = (r: string[]) =>
    r
      .map((cell, c) => (right[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const body = t.rows.map((r, i) => (t.kinds[i] === "total" ? `${rule}\n${line(r)}` : line(r)));
  return [line(t.columns), rule, ...body].join("\n");
}

const paragraphText = (p: Paragraph) => p.sentences.map((s) => s.text).join(" ");

/** The chapter for a terminal, in the order and with the headings the Word export has. */
export function renderText(doc: ReportDocument): string {
  const out: string[] = [`${doc.typeName} ${doc.periodText} – ${doc.org}`, ""];
  // Bullets stand together; everything else is set off by a blank line.
  const block = (...lines: string[]) => {
    if (out[out.length - 1] !== "") out.push("");
    out.push(...lines);
  };
  for (const b of chapterBlocks(doc)) {
    if (b.kind === "heading") block(`${b.number} ${b.title}`.trim());
    else if (b.kind === "caption" || b.kind === "missing") block(b.text);
    else if (b.kind === "table") block(textTable(b.table));
    else if (b.paragraph.style === "bullet") out.push(`  • ${paragraphText(b.paragraph)}`);
    else block(paragraphText(b.paragraph));
  }
  if (doc.checks.length)
    block("Kontroller", ...doc.checks.map((c) => `  [${SEVERITY[c.severity]}] ${c.message}`));
  if (doc.reconciliation?.length)
    block("Avstämning", ...doc.reconciliation.map((r) => `  ${reconciliationLine(r)}`));
  return out.join("\n") + "\n";
}

const escapeCell = (s: string) => s.replace(/\|/g, "\\|");

export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${doc.typeName} ${doc.periodText} – ${escapeCell(doc.org)}`, ""];
  for (const b of chapterBlocks(doc)) {
    if (b.kind === "heading")
      out.push(
        `${"#".repeat(Math.min(b.level + 1, 6))} ${b.number} ${escapeCell(b.title)}`.replace(
          "#  ",
          "# ",
        ),
        "",
      );
    else if (b.kind === "caption" || b.kind === "missing") out.push(`*${escapeCell(b.text)}*`, "");
    else if (b.kind === "paragraph")
      out.push(
        b.paragraph.style === "bullet"
          ? `- ${paragraphText(b.paragraph)}`
          : `${paragraphText(b.paragraph)}\n`,
      );
    else {
      const t = b.table;
      out.push(`| ${t.columns.map(escapeCell).join(" | ")} |`);
      const right = figureColumns(t);
      out.push(`|${t.columns.map((_, i) => (right[i] ? " ---: " : " --- ")).join("|")}|`);
      t.rows.forEach((r, i) => {
        const cells = r.map(escapeCell).map((c) => (t.kinds[i] === "total" && c ? `**${c}**` : c));
        out.push(`| ${cells.join(" | ")} |`);
      });
      out.push("");
    }
  }
  if (doc.checks.length) {
    out.push(
      "## Kontroller",
      "",
      ...doc.checks.map((c) => `- **${SEVERITY[c.severity]}** ${escapeCell(c.message)}`),
      "",
    );
  }
  return out.join("\n");
}
