import { RawValue } from "../../core/mapping/grid";

const ERROR =
  /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/** A date format: day or year codes, or a month name, outside quoted text and [colour] parts. */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]|mmm/i.test(bare);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Office.js gives "" for an empty cell, an error as its text ("#N/A") and a date as its serial
 * number; the core wants null, `{ error }` and a Date, as exceljs gives them in the CLI.
 */
export function rawValue(v: unknown, format: string | undefined): RawValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string") return ERROR.test(v) ? { error: v } : v;
  if (typeof v === "number" && format && isDateFormat(format))
    return new Date(EXCEL_EPOCH + Math.round(v * 86_400_000));
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

export function formatOf(f: unknown): string | undefined {
  return typeof f === "string" && f !== "General" && f !== "" ? f : undefined;
}
