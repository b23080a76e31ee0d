import { NarrativeSection, Paragraph } from "../core/narrative/model";
import { ReportDocument } from "../core/report/document";
import { ReportTable } from "../core/report/model";

const SEVERITY = { fel: "FEL", varning: "VARNING", info: "info" } as const;

/** A table in report layout for a terminal: labels left, figures right-aligned. */
function textTable(t: ReportTable): string {
  const grid = [t.columns, ...t.rows];
  const widths = t.columns.map((_, c) => Math.max(...grid.map((r) => (r[c] ?? "").length)));
  const numeric = (s: string) => /^[-+]?\d[\d\s,]*(\s?%|\s?\S*kr)?$/i.test(s);
  const line = (r: string[]) =>
    r.map((cell, c) => (numeric(cell) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const body = t.rows.map((r, i) => (t.kinds[i] === "total" ? `${rule}\n${line(r)}` : line(r)));
  return [line(t.columns), rule, ...body].join("\n");
}

const paragraphText = (p: Paragraph) => p.sentences.map((s) => s.text).join(" ");

/**
 * Text sections and tables in report order: the summary first, each table with its text before
 * or after it, sections without a table (5.1.3) after the table they follow.
 */
function ordered(doc: ReportDocument): ({ table: ReportTable } | { text: NarrativeSection })[] {
  const out: ({ table: ReportTable } | { text: NarrativeSection })[] = [];
  const own = (id: string, placement: string) => doc.narrative.filter((n) => n.id === id && n.placement === placement);
  const loose = doc.narrative.filter((n) => !doc.tables.some((t) => t.id === n.id));
  out.push(...loose.filter((n) => n.id === "sammanfattning").map((text) => ({ text })));
  for (const t of doc.tables) {
    out.push(...own(t.id, "before").map((text) => ({ text })), { table: t }, ...own(t.id, "after").map((text) => ({ text })));
    if (t.id === "prognos") out.push(...loose.filter((n) => n.id === "prognosforandring").map((text) => ({ text })));
  }
  return out;
}

export function renderText(doc: ReportDocument): string {
  const out: string[] = [`${doc.typeName} ${doc.periodText} – ${doc.org}`, ""];
  let heading = "";
  for (const item of ordered(doc)) {
    const { section, title } = "table" in item ? item.table : item.text;
    if (`${section} ${title}` !== heading) out.push(`${section} ${title}`);
    heading = `${section} ${title}`;
    if ("table" in item) out.push(textTable(item.table), "");
    else out.push(...item.text.paragraphs.map((p) => (p.style === "bullet" ? `  • ${paragraphText(p)}` : paragraphText(p))), "");
  }
  if (doc.missing.length) {
    out.push("Tabeller som saknas");
    for (const m of doc.missing) out.push(`  ${m.section} ${m.title}: ${m.reason}`);
    out.push("");
  }
  if (doc.checks.length) {
    out.push("Kontroller");
    for (const c of doc.checks) out.push(`  [${SEVERITY[c.severity]}] ${c.message}`);
    out.push("");
  }
  return out.join("\n");
}

const escapeCell = (s: string) => s.replace(/\|/g, "\\|");

export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${doc.typeName} ${doc.periodText} – ${escapeCell(doc.org)}`, ""];
  let heading = "";
  for (const item of ordered(doc)) {
    const { section, title } = "table" in item ? item.table : item.text;
    if (`${section} ${title}` !== heading) out.push(`## ${section} ${title}`, "");
    heading = `${section} ${title}`;
    if ("text" in item) {
      out.push(...item.text.paragraphs.map((p) => (p.style === "bullet" ? `- ${paragraphText(p)}` : `${paragraphText(p)}\n`)), "");
      continue;
    }
    const t = item.table;
    out.push(`| ${t.columns.map(escapeCell).join(" | ")} |`);
    out.push(`|${t.columns.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`);
    t.rows.forEach((r, i) => {
      const cells = r.map(escapeCell).map((c) => (t.kinds[i] === "total" && c ? `**${c}**` : c));
      out.push(`| ${cells.join(" | ")} |`);
    });
    out.push("");
  }
  if (doc.missing.length) {
    out.push("## Tabeller som saknas", "", ...doc.missing.map((m) => `- ${m.section} ${m.title}: ${escapeCell(m.reason)}`), "");
  }
  if (doc.checks.length) {
    out.push("## Kontroller", "", ...doc.checks.map((c) => `- **${SEVERITY[c.severity]}** ${escapeCell(c.message)}`), "");
  }
  return out.join("\n");
}
