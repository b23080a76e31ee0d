import { OwnedOutput } from "../output/state";

/**
 * The add-in's record of its own output, kept in the workbook as a custom XML part. Names mark
 * each block too, but a user can delete a name; the part stays with the file whatever happens to
 * the names, and it is written in the same request as the cells, so it never says less than the
 * workbook holds. Custom XML parts are ExcelApi 1.5, inside what SharedRuntime 1.1 requires.
 */
export const RECORD_NAMESPACE = "urn:ekonomirapport:utdata:1";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

export function recordXml(outputs: Record<string, OwnedOutput>): string {
  return `<utdata xmlns="${RECORD_NAMESPACE}">${escape(JSON.stringify(outputs))}</utdata>`;
}

/** The outputs a record lists; a damaged record lists none (names and settings still mark them). */
export function parseRecord(xml: string | undefined): Record<string, OwnedOutput> {
  const m = xml && /<utdata[^>]*>([\s\S]*)<\/utdata>/.exec(xml);
  if (!m) return {};
  try {
    const parsed = JSON.parse(unescape(m[1])) as Record<string, OwnedOutput>;
    return parsed && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}
