import { rowLabel } from "../../src/core/checks";
import { BuiltReport } from "../../src/core/report/build";
import { ORE_PER } from "../../src/core/units";
import { agrees, numbersIn, WrittenNumber } from "../../src/core/textcheck/numbers";

/** One planted error: the line it is on, the text before and after, and what kind it is. */
export interface Mutation {
  kind: string;
  line: number;
  before: string;
  after: string;
  /** Whether a reader could tie the changed words to the report's figures at all. */
  tied: boolean;
}

/**
 * Whether a written figure is one of the report's: some cell's exact value, at the precision the
 * text writes it, in its unit (sign aside: texts write deviations with and without sign).
 */
export function tiedFigure(n: WrittenNumber, report: BuiltReport): boolean {
  if (!n.unit && !n.percentWord) return false;
  return Object.values(report.cells).some((rows) =>
    rows.some((r) =>
      r.cells.some((c) => {
        if (!c.exact) return false;
        if (n.percentWord)
          return c.kind === "andel" && agrees(c.exact.times(100).abs(), n.value.abs(), n.decimals);
        return (
          c.kind === "belopp" &&
          agrees(c.exact.div(ORE_PER[n.unit!]).abs(), n.value.abs(), n.decimals)
        );
      }),
    ),
  );
}

const FLIPS: [RegExp, (w: string) => string][] = [
  [
    /(över|under)skott/gi,
    (w) =>
      swapCase(w, /^över/i.test(w) ? w.replace(/över/i, "under") : w.replace(/under/i, "över")),
  ],
  [/\b(högre|lägre)\b/gi, (w) => swapCase(w, /högre/i.test(w) ? "lägre" : "högre")],
  [/(ökning|minskning)/gi, (w) => swapCase(w, /ökning/i.test(w) ? "minskning" : "ökning")],
  [
    /(positiv|negativ)(a)?(?= (?:\S+ )?(?:budget)?avvikelse)/gi,
    (w) =>
      swapCase(
        w,
        w.replace(/positiv|negativ/i, (x) => (/positiv/i.test(x) ? "negativ" : "positiv")),
      ),
  ],
  [/\b(bättre|sämre)\b/gi, (w) => swapCase(w, /bättre/i.test(w) ? "sämre" : "bättre")],
  [
    /\b(över|under)(?= (?:\S+ )?målvärde)/gi,
    (w) => swapCase(w, /över/i.test(w) ? "under" : "över"),
  ],
];

function swapCase(from: string, to: string): string {
  return from[0] === from[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
}

/** Every planted error the evaluation tries, line by line. */
export function mutationsOf(
  lines: string[],
  report: BuiltReport,
  tie: (line: string, figure: string) => boolean = (_, f) =>
    numbersIn(f).some((n) => tiedFigure(n, report)),
): Mutation[] {
  const out: Mutation[] = [];
  lines.forEach((text, i) => {
    const line = i + 1;
    const add = (kind: string, after: string, tied: boolean) => {
      if (after !== text) out.push({ kind, line, before: text, after, tied });
    };
    const at = (n: WrittenNumber, replacement: string) =>
      text.slice(0, n.index) + replacement + text.slice(n.index + n.text.length);
    for (const n of numbersIn(text)) {
      if (!n.unit && !n.percentWord) continue;
      const tied = tie(text, n.text);
      // The last written digit one up (9 becomes 8): a changed figure.
      const digits = [...n.text].map((c, k) => (/\d/.test(c) ? k : -1)).filter((k) => k >= 0);
      const last = digits.at(-1)!;
      const d = Number(n.text[last]);
      add(
        "belopp ändrat",
        at(n, n.text.slice(0, last) + String(d === 9 ? 8 : d + 1) + n.text.slice(last + 1)),
        tied,
      );
      // Two neighbouring digits that differ, swapped.
      const pair = digits.findIndex(
        (k, j) => j + 1 < digits.length && n.text[k] !== n.text[digits[j + 1]],
      );
      if (pair >= 0) {
        const [a, b] = [digits[pair], digits[pair + 1]];
        const chars = [...n.text];
        [chars[a], chars[b]] = [chars[b], chars[a]];
        add("siffror bytta", at(n, chars.join("")), tied);
      }
      if (n.signed) {
        const flipped = n.text.replace(
          /^(plus|minus|[+\-\u2212])/i,
          (s) =>
            ({ plus: "minus", minus: "plus", "+": "-", "-": "+", "\u2212": "+" })[
              s.toLowerCase()
            ] ?? s,
        );
        add("tecken bytt", at(n, flipped), tied);
      }
      if (n.percentWord) {
        const word = n.percentWord === "procentenheter" ? " procent" : " procentenheter";
        add(
          "procent/procentenheter",
          at(n, n.text.replace(/\s?(procentenheter|procent|%)$/i, word)),
          tied,
        );
      }
    }
    for (const [re, flip] of FLIPS) {
      for (const m of text.matchAll(re)) {
        const tied = directionTied(lines, i, m.index!, report, tie);
        add(
          `riktning (${m[0].toLowerCase()})`,
          text.slice(0, m.index) + flip(m[0]) + text.slice(m.index! + m[0].length),
          tied,
        );
      }
    }
  });
  return out;
}

/**
 * A direction word is tied when its sentence has a figure of the report, or names an indicator
 * that has a target.
 */
function directionTied(
  lines: string[],
  i: number,
  at: number,
  report: BuiltReport,
  tie: (line: string, figure: string) => boolean,
): boolean {
  const prev = lines[i - 1] ?? "";
  const joined = `${prev} ${lines[i]} ${lines[i + 1] ?? ""}`;
  const pos = prev.length + 1 + at;
  const start = Math.max(...[". ", "! ", "? "].map((e) => joined.lastIndexOf(e, pos))) + 1;
  const ends = [". ", "! ", "? "].map((e) => joined.indexOf(e, pos)).filter((k) => k >= 0);
  const sentence = joined.slice(start, ends.length ? Math.min(...ends) + 1 : joined.length);
  if (numbersIn(sentence).some((n) => (n.unit || n.percentWord) && tie(lines[i], n.text)))
    return true;
  const indicators = Object.values(report.cells)
    .flat()
    .filter((r) => r.cells.some((c) => c.kind === "andel"))
    .map((r) => rowLabel(r).toLowerCase())
    .filter((l) => l.length > 6);
  const s = sentence.toLowerCase();
  return /målvärde/.test(s) && indicators.some((l) => s.includes(l.slice(0, -1)));
}

/** "De största avvikelserna finns inom X": X swapped for the row with the smallest deviation. */
export function largestMutations(lines: string[], report: BuiltReport): Mutation[] {
  const out: Mutation[] = [];
  lines.forEach((text, i) => {
    if (!/störst/i.test(text)) return;
    for (const table of report.tables) {
      const rows = report.cells[table.id].filter((r) => r.kind === "data");
      const col = table.columns.findIndex((c) => /avv/i.test(c));
      if (col < 0 || rows.length < 3) continue;
      const named = rows.find((r) => rowLabel(r) && text.includes(rowLabel(r)));
      if (!named) continue;
      const smallest = [...rows].sort((a, b) =>
        a.cells[col].exact!.abs().comparedTo(b.cells[col].exact!.abs()),
      )[0];
      if (smallest === named) continue;
      out.push({
        kind: "största avvikelsen flyttad",
        line: i + 1,
        before: text,
        after: text.replace(rowLabel(named), rowLabel(smallest)),
        tied: true,
      });
      return;
    }
  });
  return out;
}
