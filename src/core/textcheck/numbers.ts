import { Dec } from "../decimal";
import { EkoError } from "../errors";
import { parseSwedishNumber } from "../parse";

/** A number written in running text, with what it says about its own precision and unit. */
export interface WrittenNumber {
  value: Dec;
  /** Decimals written: "18 procent" is 0, "130,7 mnkr" is 1. */
  decimals: number;
  unit?: "kr" | "tkr" | "mnkr";
  /** "%", "procent" or "procentenheter" when the number is a percentage. */
  percentWord?: string;
  signed: boolean;
  text: string;
  index: number;
}

const NUMBER =
  /(plus |minus |[+\-\u2212]\s?)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?)(?:\s?(mnkr|tkr|kr|procentenheter|procent|%))?/gi;

/** Every number in a sentence, in order, read the way the seeds write them ("plus 83 mnkr"). */
export function numbersIn(text: string): WrittenNumber[] {
  const out: WrittenNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const sign = (m[1] ?? "").trim().toLowerCase();
    const negative = sign === "minus" || sign === "-" || sign === "\u2212";
    const word = m[3]?.toLowerCase();
    const value = parseSwedishNumber(m[2]).value.times(negative ? -1 : 1);
    out.push({
      value,
      decimals: /,(\d+)/.exec(m[2])?.[1].length ?? 0,
      unit: word === "mnkr" || word === "tkr" || word === "kr" ? word : undefined,
      percentWord: word && /^(procent|procentenheter|%)$/.test(word) ? word : undefined,
      signed: sign !== "",
      text: m[0].trim(),
      index: m.index ?? 0,
    });
  }
  return out;
}

/** Whether an exact figure, written with `decimals` decimals, reads as `written`. */
export function agrees(exact: Dec, written: Dec, decimals: number): boolean {
  return exact.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).equals(written);
}

/**
 * Reads the figures after a row label in a flattened table line ("0 1 300 200 1 100"): spaces
 * both group thousands and separate cells, so the split that fits the expected cells is taken.
 */
export function splitCells(tokens: string[], expected: string[]): string[] | undefined {
  const start = /^[+\-\u2212]?\d{1,3}(,\d+)?%?$/;
  const more = /^\d{3}(,\d+)?%?$/;
  let best: { cells: string[]; misses: number } | undefined;
  const walk = (i: number, cells: string[]) => {
    if (best?.misses === 0) return;
    if (i === tokens.length) {
      if (cells.length > expected.length || !cells.length) return;
      const misses = cells.filter((c, k) => !sameNumber(c, expected[k])).length;
      if (!best || misses < best.misses) best = { cells, misses };
      return;
    }
    if (!start.test(tokens[i])) return;
    let number = tokens[i];
    walk(i + 1, [...cells, number]);
    for (let j = i + 1; j < tokens.length && more.test(tokens[j]) && !/[,%]/.test(number); j++) {
      number = `${number} ${tokens[j]}`;
      walk(j + 1, [...cells, number]);
    }
  };
  walk(0, []);
  return best?.cells;
}

/** Two printed figures are the same number at the precision the first is written with. */
export function sameNumber(written: string, printed: string | undefined): boolean {
  if (printed === undefined) return false;
  try {
    const w = parseSwedishNumber(written.replace(/[A-Za-z]+$/, ""));
    const p = parseSwedishNumber(printed.replace(/\s?[A-Za-z]+$/, ""));
    const decimals = /,(\d+)/.exec(written)?.[1].length ?? 0;
    const scale = w.percent ? 100 : 1;
    return agrees(p.value.times(scale), w.value.times(scale), decimals);
  } catch (e) {
    if (e instanceof EkoError) return false;
    throw e;
  }
}
