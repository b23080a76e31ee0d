import { Dec } from "./decimal";
import { fail } from "./errors";
import { Unit, unitInText } from "./units";

export interface ParsedNumber {
  value: Dec;
  /** The unit written after the number, if any ("1 234 tkr"). */
  unit?: Unit;
  /** True when written as a percentage; `value` is then the fraction (18,3% → 0,183). */
  percent: boolean;
  /**
   * Set when the text could be read two ways ("101,877", "-1.480": one separator before three
   * digits) and `decimal` decided it, or, without one, the mark it was read with.
   */
  ambiguous?: DecimalMark;
}

export type DecimalMark = "," | ".";

// Every space a number may be grouped with: space, NBSP, thin space, narrow NBSP, figure space.
const SPACES = /[\s\u00a0\u2009\u202f\u2007]/g;
const MINUS = /[\u2212\u2013\u2012]/g;

/**
 * Reads a number the way Swedish controllers and their exports write it: "-475 423 tkr",
 * "+10,6 mnkr", "−1 234,5" (U+2212), "18,3%", "9,04 procent", "1 234-" (trailing minus), "(1 234)",
 * and English "1,234,567.89". Anything else is an error naming `where`, never a silent 0.
 */
export function parseSwedishNumber(
  text: string,
  where?: string,
  decimal?: DecimalMark,
): ParsedNumber {
  let t = text.replace(MINUS, "-").trim();
  const unreadable = () => fail(`"${text}" är inget tal`, where);
  if (t === "") return unreadable();

  let percent = false;
  let unit: Unit | undefined;
  const suffix = /^(.*?)\s*(%|procent(?:enheter)?|mnkr|mkr|tkr|kr|sek)\.?$/i.exec(t);
  if (suffix) {
    t = suffix[1];
    const word = suffix[2].toLowerCase();
    if (word === "%" || word.startsWith("procent")) percent = true;
    else unit = unitInText(word);
  }

  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1];
  }
  t = t.replace(SPACES, "");
  if (/^[+-]/.test(t)) {
    negative = negative !== (t[0] === "-");
    t = t.slice(1);
  } else if (t.endsWith("-")) {
    negative = !negative;
    t = t.slice(0, -1);
  }

  const ambiguous = AMBIGUOUS.exec(t)?.[1] as DecimalMark | undefined;
  if (ambiguous && decimal && decimal !== ambiguous) t = t.replace(ambiguous, "");
  t = normaliseSeparators(t) ?? unreadable();
  if (!/^\d+(\.\d+)?$/.test(t)) return unreadable();
  const value = new Dec(t).times(negative ? -1 : 1).div(percent ? 100 : 1);
  return { value, unit, percent, ...(ambiguous ? { ambiguous: decimal ?? ambiguous } : {}) };
}

/** One separator before exactly three digits, not after a lone 0: a decimal mark or a thousands one. */
const AMBIGUOUS = /^[1-9]\d{0,2}([.,])\d{3}$/;

/**
 * The decimal mark a number text shows beyond doubt ("12 345,6" → ",", "1,234.50" and
 * "1,234,567" → "."), or undefined when it shows none or could be either ("101,877").
 */
export function decimalMarkOf(text: string): DecimalMark | undefined {
  const t = text
    .replace(SPACES, "")
    .replace(/[^\d.,]/g, "")
    .replace(/^[.,]+|[.,]+$/g, "");
  if (!/\d[.,]\d/.test(t) || AMBIGUOUS.test(t)) return undefined;
  const commas = t.split(",").length - 1;
  const dots = t.split(".").length - 1;
  if (commas && dots) return t.lastIndexOf(",") > t.lastIndexOf(".") ? "," : ".";
  if (commas) return commas > 1 ? "." : ",";
  return dots > 1 ? "," : ".";
}

/**
 * Decides which of "," and "." is the decimal mark. With both present the last one is; with only
 * commas, a single comma is Swedish decimal and several are English thousands ("1,234,567").
 */
function normaliseSeparators(t: string): string | undefined {
  const commas = t.split(",").length - 1;
  const dots = t.split(".").length - 1;
  if (commas && dots) {
    const decimalIsComma = t.lastIndexOf(",") > t.lastIndexOf(".");
    const [thousands, decimal] = decimalIsComma ? [".", ","] : [",", "."];
    if (t.split(decimal).length > 2) return undefined;
    return t.split(thousands).join("").replace(decimal, ".");
  }
  if (commas > 1) return /^\d{1,3}(,\d{3})+$/.test(t) ? t.split(",").join("") : undefined;
  if (dots > 1) return /^\d{1,3}(\.\d{3})+$/.test(t) ? t.split(".").join("") : undefined;
  return t.replace(",", ".");
}
