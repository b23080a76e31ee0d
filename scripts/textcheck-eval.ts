import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderMarkdown, renderText } from "../src/cli/render";
import { runReport } from "../src/core/pipeline";
import { toDocument } from "../src/core/report/document";
import { BuiltReport } from "../src/core/report/build";
import { checkText, tableLike } from "../src/core/textcheck/textcheck";
import { readWorkbook } from "../src/io/xlsx";
import { CORPORA } from "./textcheck-eval/corpus";
import { largestMutations, Mutation, mutationsOf } from "./textcheck-eval/mutations";

/**
 * npm run textcheck:eval: plants errors in the reference reports' own economy text and in the
 * tool's own text, one at a time, and measures how many the text check finds (recall on the
 * errors a reader could tie to the report's figures) and how many findings it makes on the
 * unaltered text beyond the reports' known contradictions (false findings). Exits 1 below the
 * goal: recall at least 95 %, no false finding.
 */
const ROOT = join(__dirname, "..");
const GOAL = 0.95;

interface Text {
  name: string;
  lines: string[];
  report: BuiltReport;
  known: { line: number; id: string }[];
  unrelated: { line: number; text: string }[];
  /**
   * The tool's own text: only its prose is mutated (its tables are the report itself), and a
   * figure is tied exactly when the narrative says it comes from a table cell.
   */
  own?: { sentence: string; figure: string }[];
}

async function texts(): Promise<Text[]> {
  const out: Text[] = [];
  for (const c of CORPORA) {
    const bytes = readFileSync(join(ROOT, c.workbook));
    const run = runReport(await readWorkbook(bytes, c.workbook));
    const all = readFileSync(join(ROOT, c.text), "utf8").split(/\r?\n/);
    const start = all.findIndex((l) => c.from.test(l));
    // Lines outside the economy text are blanked, so line numbers stay the report's own.
    const lines = all.map((l, i) =>
      i >= start || /\d\s?(mnkr|tkr)\b/.test(paragraphOf(all, i)) ? l : "",
    );
    out.push({ name: c.name, lines, report: run.report, known: c.known, unrelated: c.unrelated });
    const headers = Object.fromEntries(run.tables.map((t) => [t.id, t.headers]));
    const doc = toDocument(run.report, run.mappings, headers);
    for (const [kind, text] of [
      ["text", renderText(doc)],
      ["Markdown", renderMarkdown(doc)],
    ]) {
      out.push({
        name: `egen ${kind}, ${c.workbook}`,
        lines: text.split("\n"),
        report: run.report,
        known: [],
        unrelated: [],
        own: run.report.narrative.flatMap((n) =>
          n.paragraphs.flatMap((p) =>
            p.sentences.flatMap((x) =>
              x.figures.filter((f) => f.table).map((f) => ({ sentence: x.text, figure: f.text })),
            ),
          ),
        ),
      });
    }
  }
  return out;
}

/** The blank-line separated paragraph a line is in. */
function paragraphOf(lines: string[], i: number): string {
  let a = i;
  let b = i;
  while (a > 0 && lines[a - 1].trim()) a--;
  while (b < lines.length - 1 && lines[b + 1].trim()) b++;
  return lines.slice(a, b + 1).join(" ");
}

/** In the tool's own text: is this figure, in this line, one the narrative took from a cell? */
function ownTie(refs: { sentence: string; figure: string }[]) {
  return (line: string, figure: string) =>
    refs.some((r) => r.figure === figure && line.includes(r.sentence));
}

/** The planted change with some words around it: "… inom FVIS (14 941 tkr), Säkerhet …". */
function changed(m: Mutation): string {
  let a = 0;
  while (m.before[a] === m.after[a]) a++;
  let b = 0;
  while (b < m.after.length - a && m.before.at(-1 - b) === m.after.at(-1 - b)) b++;
  const from = Math.max(0, a - 40);
  const to = Math.min(m.after.length, m.after.length - b + 40);
  return `${from ? "…" : ""}${m.after.slice(from, to).trim()}${to < m.after.length ? "…" : ""}`;
}

const key = (c: { message: string }) => c.message;

async function main() {
  let tied = 0;
  let found = 0;
  let untiedFound = 0;
  let untied = 0;
  let falseFindings = 0;
  const misses: Mutation[] = [];
  const byKind = new Map<string, { n: number; found: number }>();
  for (const t of await texts()) {
    const base = checkText(t.lines.join("\n"), t.report);
    const expected = [...t.known];
    for (const c of base) {
      const line = Number(/^text:rad (\d+)$/.exec(c.where[0])?.[1]);
      const k = expected.findIndex((e) => e.line === line && e.id === c.id);
      if (k >= 0) expected.splice(k, 1);
      else {
        falseFindings++;
        console.log(`FALSKT FYND i ${t.name}: ${c.message}`);
      }
    }
    for (const e of expected) console.log(`SAKNAT KÄNT FYND i ${t.name}: rad ${e.line} ${e.id}`);
    const baseKeys = new Set(base.map(key));
    const end = t.lines.findIndex((l) => /^(?:#+ )?Kontroller$/.test(l.trim()));
    const prose = t.own
      ? t.lines.map((l, i) =>
          tableLike(l) || /^#|^\d+(\.\d+)* \S/.test(l) || (end >= 0 && i >= end) ? "" : l,
        )
      : t.lines;
    const mutations = [
      ...mutationsOf(prose, t.report, t.own && ownTie(t.own)),
      ...largestMutations(prose, t.report),
    ];
    for (const m of mutations) {
      // A line the report already gets wrong is no place to plant another error.
      const isTied =
        m.tied &&
        !t.known.some((k) => k.line === m.line) &&
        !t.unrelated.some((u) => u.line === m.line && m.before.includes(u.text));
      const lines = [...t.lines];
      lines[m.line - 1] = m.after;
      const caught = checkText(lines.join("\n"), t.report).some((c) => !baseKeys.has(key(c)));
      const kind = m.kind.replace(/ \(.*/, "");
      if (isTied) {
        tied++;
        if (caught) found++;
        else misses.push({ ...m, kind: `${t.name}: ${m.kind}` });
        const k = byKind.get(kind) ?? { n: 0, found: 0 };
        byKind.set(kind, { n: k.n + 1, found: k.found + (caught ? 1 : 0) });
      } else {
        untied++;
        if (caught) untiedFound++;
      }
    }
  }
  for (const m of misses) console.log(`MISSAD (${m.kind}) rad ${m.line}: ${changed(m)}`);
  console.log("");
  for (const [kind, k] of byKind) console.log(`${kind.padEnd(28)} ${k.found}/${k.n}`);
  const recall = tied ? found / tied : 1;
  console.log(
    `\nRecall: ${found}/${tied} = ${(recall * 100).toFixed(1)} % av fel som går att knyta till rapportens siffror`,
  );
  console.log(
    `Fel i siffror som rapportens tabeller inte har: ${untiedFound}/${untied} hittade (inget mål)`,
  );
  console.log(`Falska fynd på oförändrad text: ${falseFindings}`);
  const ok = recall >= GOAL && falseFindings === 0;
  console.log(
    ok ? "Målet nått." : `Målet (recall ≥ ${GOAL * 100} %, inga falska fynd) är inte nått.`,
  );
  process.exitCode = ok ? 0 : 1;
}

void main();
