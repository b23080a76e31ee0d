import { rowLabel } from "../checks";
import { Dec } from "../decimal";
import { BuiltReport } from "../report/build";
import { Check, ReportTable } from "../report/model";
import { Cell } from "../tables/cells";
import { ORE_PER } from "../units";
import { sentenceChecks } from "./sentences";
import { numbersIn, sameNumber, splitCells } from "./numbers";

/** Where a finding is: the line of the text, and the report cell it contradicts. */
export interface TextPlace {
  line: number;
  quote: string;
}

const HEADING = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\s+[A-ZÅÄÖ]/;

/**
 * Reads a controller's text (a whole report, or a paragraph) and compares every amount,
 * percentage and direction word it can tie to a computed figure: restated table rows, the total
 * deviation, development and its difference from budget (which is in procentenheter), the
 * deviation of a named uppdrag, the investment deviation. What it cannot tie to a figure it
 * leaves alone, so right text stays quiet.
 */
export function checkText(text: string, report: BuiltReport): Check[] {
  const lines: { text: string; line: number; context?: string; paragraph: number }[] = [];
  let context: string | undefined;
  let paragraph = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const clean = raw.replace(/\*\*/g, "");
    context = HEADING.exec(clean)?.[1] ?? context;
    if (clean.trim()) lines.push({ text: clean, line: i + 1, context, paragraph });
    else paragraph++;
  });
  const checks = lines.flatMap((l) =>
    tableLineChecks(l.text, { line: l.line, quote: l.text.trim() }, report, l.context),
  );

  // Sentences run across the flattened lines; each is placed on the line it starts on.
  const offsets: number[] = [];
  let joined = "";
  for (const l of lines) {
    offsets.push(joined.length + (joined ? 1 : 0));
    joined += (joined ? " " : "") + l.text.replace(/\s+/g, " ").trim();
  }
  // A sentence after one about the prognosis, in the same paragraph, is about it too.
  let topic = { paragraph: -1, prognosis: false };
  for (const m of joined.matchAll(/[^.!?:]+(?:[.!?:](?!\d)|$)/g)) {
    const start = (m.index ?? 0) + m[0].length - m[0].trimStart().length;
    const k = offsets.findLastIndex((o) => o <= start);
    const sentence = m[0].trim();
    if (topic.paragraph !== lines[k].paragraph)
      topic = { paragraph: lines[k].paragraph, prognosis: false };
    if (/prognos/i.test(sentence)) topic.prognosis = true;
    else if (/ackumul|resultat|utfall/i.test(sentence)) topic.prognosis = false;
    checks.push(
      ...sentenceChecks(
        sentence,
        { line: lines[k].line, quote: sentence },
        report,
        lines[k].context,
        topic.prognosis,
      ),
    );
  }
  return checks;
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
  for (const table of tablesIn(report, context)) {
    for (const row of report.cells[table.id]) {
      const label = rowLabel(row);
      const rest = label ? afterLabel(line, label) : undefined;
      if (rest === undefined || !/^\s*[+\-\u2212]?\d/.test(rest)) continue;
      const figures = row.cells.filter((c) => c.exact !== undefined);
      const written = writtenFigures(
        rest,
        figures.map((c) => c.text),
      );
      if (!written?.length || !sameShape(written[0], figures[0])) continue;
      if (inOrder(written, figures)) return [];
      return written.flatMap((w, k) => {
        if (k >= figures.length || matches(w, figures[k])) return [];
        const column = table.columns[row.cells.indexOf(figures[k])];
        return [
          {
            id: "text-tabellrad-avviker",
            severity: "fel" as const,
            message: `Rad ${place.line}: texten anger ${w} för "${label}", "${column}" men ${table.section} ${table.title} ger ${figures[k].text}.`,
            where: [`text:rad ${place.line}`, `${table.id}:${label}:${column}`],
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
  if (withUnits.length) return withUnits.map((m) => `${m[1]} ${m[2].toLowerCase()}`);
  return splitCells(rest.trim().split(/\s+/), expected);
}

/** A percentage is restated with "%"; a page number in a table of contents is not a figure. */
function sameShape(written: string, cell: Cell): boolean {
  return cell.kind !== "andel" || written.endsWith("%");
}

function matches(written: string, cell: Cell): boolean {
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
