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

export function renderText(doc: ReportDocument): string {
  const out: string[] = [`${doc.typeName} ${doc.periodText} – ${doc.org}`, ""];
  for (const t of doc.tables) out.push(`${t.section} ${t.title}`, textTable(t), "");
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
  for (const t of doc.tables) {
    out.push(`## ${t.section} ${t.title}`, "");
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
