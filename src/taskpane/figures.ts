import { NBSP } from "../core/format";

/**
 * Printed text with the spaces inside a figure made non-breaking, so a narrow pane never breaks
 * "24 612 tkr" between "24" and "612" or before its unit. The words themselves still wrap.
 */
export function keepFigures(text: string): string {
  return text
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NBSP}`)
    .replace(/(\d) (?=(?:tkr|mnkr|Mnkr|kr|%|procent|procentenheter)(?![\p{L}]))/gu, `$1${NBSP}`)
    .replace(/([+-]) (?=\d)/g, `$1${NBSP}`);
}
