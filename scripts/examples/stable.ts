import { existsSync, readFileSync, writeFileSync } from "node:fs";
import PizZip from "pizzip";

/**
 * The same zip package with every entry dated alike, and any ISO time stamps in its document
 * properties fixed: exceljs and docx stamp the time of writing. Zip dates are local time, so the
 * date is built from local fields: the same bytes in every time zone.
 */
export function stableZip(bytes: Buffer): Buffer {
  const zip = new PizZip(bytes);
  const core = zip.file("docProps/core.xml");
  if (core) {
    const fixed = core.asText().replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "2021-05-10T00:00:00Z");
    zip.file("docProps/core.xml", fixed);
  }
  const date = new Date(2021, 4, 10);
  for (const entry of Object.values(zip.files)) entry.options.date = date;
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Writes only when the bytes differ, so `npm run examples` leaves git clean; true if written. */
export function writeIfChanged(path: string, bytes: Buffer): boolean {
  if (existsSync(path) && readFileSync(path).equals(bytes)) return false;
  writeFileSync(path, bytes);
  return true;
}
