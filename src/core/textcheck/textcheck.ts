import { rowLabel } from "../checks";
import { Dec } from "../decimal";
import { BuiltReport } from "../report/build";
import { Check, ReportTable } from "../report/model";
import { Cell } from "../tables/cells";
import { ORE_PER } from "../units";
import { factsOf, Scope, subjectsOf } from "./facts";
import { scopeIn } from "./hints";
import { judgeSentence, TextPlace } from "./judge";
import { numbersIn, sameNumber, splitCells } from "./numbers";

export type { TextPlace } from "./judge";

/** One line of a text, and how a finding names its place: "Rad 3", or a workbook cell. */
export interface TextLine {
  text: string;
  label: string;
  where: string;
}

const HEADING = /^\s*(?:#+\s*)?(\d{1,2}(?:\.\d{1,2}){0,3})\s+[A-ZÅÄÖ]/;

/** A text's lines, numbered from 1 as an editor counts them. */
export function linesOf(text: string): TextLine[] {
  return text.split(/\r?\n/).map((t, i) => ({
    text: t,
    label: `Rad ${i + 1}`,
    where: `text:rad ${i + 1}`,
  }));
}

/**
 * Reads a controller's text (a whole report, or a paragraph) and compares every figure and
 * direction word it can tie to a figure of the report: restated table rows, and in sentences an
 * uppdrag's, the organisation's, the investments' or an indicator's figure, the development rates
 * and their difference from budget (in procentenheter), which row has the largest deviation.
 * What it cannot tie to a figure, or what is about something smaller or another year, it leaves
 * alone, so right text stays quiet.
 */
export function checkText(text: string, report: BuiltReport): Check[] {
  return checkLines(linesOf(text), report);
}

export function checkLines(all: TextLine[], report: BuiltReport): Check[] {
  const facts = factsOf(report);
  const subjects = subjectsOf(facts);
  const lines: (TextLine & { context?: string; paragraph: number })[] = [];
  let context: string | undefined;
  let paragraph = 0;
  let ownChecks = false;
  for (const raw of all) {
    // Markdown: emphasis, list markers and table pipes are not words.
    const clean = raw.text.replace(/\*\*|__/g, "").replace(/^\s*(?:[-*•]|\d+\.)\s+(?=\S)/, "");
    const heading = HEADING.exec(clean)?.[1];
    // The tool's own list of checks quotes figures of every scope; it is no prose to check.
    if (/^\s*(?:#+\s*)?Kontroller\s*$/.test(clean)) ownChecks = true;
    if (heading) ownChecks = false;
    context = heading ?? context;
    if (clean.trim() && !heading && !ownChecks)
      lines.push({ ...raw, text: clean, context, paragraph });
    else paragraph++;
  }
  const checks = tableRuns(lines).flatMap((l) =>
    tableLineChecks(
      l.text,
      { label: l.label, where: l.where, quote: l.text.trim() },
      report,
      l.context,
    ),
  );

  // Sentences run across the flattened lines; each is placed on the line it starts on. A line of
  // a table ends the sentence before it and is no part of one.
  const offsets: number[] = [];
  let joined = "";
  let caption = false;
  for (const l of lines) {
    const table = tableLike(l.text);
    offsets.push(joined.length + (joined ? 1 : 0));
    const text = table ? "" : l.text.replace(/\s+/g, " ").trim();
    const end = joined && !/[.!?:]$/.test(joined) && (table || caption);
    joined += (end ? ". " : joined ? " " : "") + text;
    // "Driftsbudget 4,5 mnkr" over a paragraph: a caption with its figure, a sentence of its own.
    caption = !table && text.split(" ").length <= 6 && /\d\s?(?:mnkr|tkr|kr)$/i.test(text);
  }
  // A sentence after one about the prognosis, in the same paragraph, is about it too.
  let topic: { paragraph: number; scope?: Scope } = { paragraph: -1 };
  for (const m of joined.matchAll(/[^.!?:]+(?:[.!?:](?!\d)|$)/g)) {
    const start = (m.index ?? 0) + m[0].length - m[0].trimStart().length;
    const k = offsets.findLastIndex((o) => o <= start);
    const sentence = m[0].trim();
    const line = lines[k];
    if (!line || !/\d|målvärde|överskott|underskott|störst/i.test(sentence)) continue;
    if (topic.paragraph !== line.paragraph) topic = { paragraph: line.paragraph };
    topic.scope = scopeIn(sentence) ?? topic.scope;
    const tables = line.context ? tablesIn(report, line.context) : undefined;
    checks.push(
      ...judgeSentence(
        sentence,
        { label: line.label, where: line.where, quote: sentence },
        {
          facts,
          subjects,
          tables,
          scope: topic.scope ?? (tables?.length ? scopeOfTables(tables) : undefined),
          year: report.period.year,
        },
      ),
    );
  }
  return checks;
}

const FIGURES_ONLY = /^(?:[\s+\-\u2212\d,%]|\bt?\s*kr\b|\bt$|\bprocent(?:enheter)?\b)*$/;

/**
 * The lines to compare with table rows: each line, except that a row the PDF broke over several
 * lines of figures only ("-154" / "986 tkr" / …) is joined again, placed on its first line.
 */
function tableRuns<T extends TextLine & { context?: string }>(lines: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/\d/.test(lines[i].text) || !FIGURES_ONLY.test(lines[i].text)) {
      out.push(lines[i]);
      continue;
    }
    let j = i;
    while (
      j + 1 < lines.length &&
      lines[j + 1].context === lines[i].context &&
      FIGURES_ONLY.test(lines[j + 1].text)
    )
      j++;
    const text = lines
      .slice(i, j + 1)
      .map((l) => l.text.trim())
      .join(" ")
      .replace(/(\d)\s?t\s+kr\b/g, "$1 tkr");
    out.push({ ...lines[i], text });
    i = j;
  }
  return out;
}

/**
 * A row of a table as text: Markdown pipes, tabs, aligned columns, a rule of dashes, or figures
 * with no words that make a sentence.
 */
export function tableLike(line: string): boolean {
  if (/\||\t|\S {2,}\S|^[\s-]+$/.test(line.trim())) return true;
  const figures = line.match(/[+\-\u2212]?\d[\d \u00a0]*(?:,\d+)?/g) ?? [];
  return (
    figures.length >= 2 &&
    !/(?<!\p{L})(är|har|och|med|på|för|till|som|av|inom|uppgår|visar|redovisar|blev|ger|vilket)(?!\p{L})/iu.test(
      line,
    )
  );
}

/** Under a heading whose tables are all about the prognosis (or all about the period), that scope. */
function scopeOfTables(tables: ReportTable[]): Scope | undefined {
  if (!tables.length) return undefined;
  const ids = new Set(tables.map((t) => t.id));
  if ([...ids].every((id) => ["prognos", "prognosindikator", "investeringsindikator"].includes(id)))
    return "prognos";
  if ([...ids].every((id) => ["resultatindikator", "resultatrakning"].includes(id))) return "ack";
  return undefined;
}

/** Tables the current heading covers: 5.2 covers 5.2 and 5.2.1, not 5.3. */
function tablesIn(report: BuiltReport, context: string | undefined): ReportTable[] {
  if (!context) return report.tables;
  const inside = report.tables.filter(
    (t) => t.section === context || t.section.startsWith(`${context}.`),
  );
  return inside.length ? inside : [];
}

/**
 * A line that restates a table row: a row label of a table under the current heading followed
 * by figures. Each figure is compared at the precision it is written with; a line with fewer
 * figures than the row ("Investeringsbudget 10,4 mnkr") may name any of them, in order.
 */
function tableLineChecks(
  line: string,
  place: TextPlace,
  report: BuiltReport,
  context: string | undefined,
): Check[] {
  const figuresOnly = /^\s*[+\-\u2212]?\d/.test(line) && tableLike(line);
  for (const table of tablesIn(report, context)) {
    for (const row of report.cells[table.id]) {
      const label = rowLabel(row);
      const rest = label ? afterLabel(line, label) : figuresOnly && context ? line : undefined;
      if (rest === undefined || !/^\s*[+\-\u2212]?\d/.test(rest)) continue;
      const figures = row.cells.filter((c) => c.exact !== undefined);
      const written = writtenFigures(
        rest,
        figures.map((c) => c.text),
      );
      if (!written?.length || !sameShape(written[0], figures[0])) continue;
      if (inOrder(written, figures)) return [];
      // A row whose label the PDF put on another line: all its figures, all but one the same.
      if (rest === line && !label) {
        const same = written.filter((w, k) => k < figures.length && matches(w, figures[k]));
        if (
          written.length !== figures.length ||
          written.length < 3 ||
          same.length < written.length - 1
        )
          continue;
      }
      return written.flatMap((w, k) => {
        if (k >= figures.length || matches(w, figures[k])) return [];
        const column = table.columns[row.cells.indexOf(figures[k])];
        return [
          {
            id: "text-tabellrad-avviker",
            severity: "fel" as const,
            message: `${place.label}: "${place.quote}" Texten anger ${w} för "${label || table.title}", "${column}"; ${table.section} ${table.title} ger ${figures[k].text}.`,
            where: [place.where, `${table.id}:${label || "rad 1"}:${column}`],
          },
        ];
      });
    }
  }
  return [];
}

/** Numbers ending in a unit are unambiguous; without units the split that fits the row is taken. */
function writtenFigures(rest: string, expected: string[]): string[] | undefined {
  const withUnits = [
    ...rest.matchAll(/([+\-\u2212]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?)\s?(mnkr|tkr|kr)\b/gi),
  ];
  const percents = [...rest.matchAll(/([+\-\u2212]?\d+(?:,\d+)?)(%|\s?procentenheter)/g)];
  if (withUnits.length && percents.length) {
    // A development row: amounts in tkr, then rates.
    return [...withUnits, ...percents].map((m) =>
      m[2] === "%" || /procent/.test(m[2]) ? `${m[1]}${m[2]}` : `${m[1]} ${m[2].toLowerCase()}`,
    );
  }
  if (withUnits.length) return withUnits.map((m) => `${m[1]} ${m[2].toLowerCase()}`);
  if (percents.length && /procentenheter/.test(rest))
    return percents.map((m) => `${m[1]}${m[2].trim() === "%" ? "%" : ` ${m[2].trim()}`}`);
  return splitCells(rest.trim().split(/\s+/), expected);
}

/** A percentage is restated with "%"; a page number in a table of contents is not a figure. */
function sameShape(written: string, cell: Cell): boolean {
  return cell.kind !== "andel" || /(%|procentenheter)$/.test(written);
}

function matches(written: string, cell: Cell): boolean {
  // A table prints rates with "%"; "procentenheter" restating one is a different figure.
  if (/procentenheter$/.test(written)) return false;
  const unit = /(mnkr|tkr|kr)$/.exec(written)?.[1] as "mnkr" | "tkr" | "kr" | undefined;
  if (!unit || cell.kind !== "belopp") return sameNumber(written, cell.text);
  const n = numbersIn(written)[0];
  return amountAgrees(cell.exact!, n.value, unit, n.decimals);
}

function inOrder(written: string[], figures: Cell[]): boolean {
  let k = 0;
  for (const w of written) {
    while (k < figures.length && !matches(w, figures[k])) k++;
    if (k++ >= figures.length) return false;
  }
  return true;
}

/**
 * What follows a row label in a line: the label as a whole cell, or only its last word at the
 * start of the line when the PDF split the label over two lines ("Prognos" / "budgetavvikelse …").
 */
function afterLabel(line: string, label: string): string | undefined {
  const lower = line.toLowerCase();
  // A restated row starts its line, or a tab-separated cell of it (chapter 6: "Ekonomi<TAB>Periodresultat").
  const whole = new RegExp(`(?:^\\s*|\\t\\s*)${escape(label.toLowerCase())}(?=\\s)`).exec(lower);
  if (whole) return line.slice(whole.index + whole[0].length);
  const words = label.toLowerCase().split(/\s+/);
  const last =
    words.length > 1
      ? new RegExp(`^\\s*${escape(words[words.length - 1])}(?=\\s)`).exec(lower)
      : null;
  return last ? line.slice(last[0].length) : undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An amount in the text against an exact öre figure: "130,7 mnkr" against 130 700 tkr. */
function amountAgrees(
  exactOre: Dec,
  value: Dec,
  unit: "kr" | "tkr" | "mnkr",
  decimals: number,
): boolean {
  return exactOre.div(ORE_PER[unit]).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).equals(value);
}
