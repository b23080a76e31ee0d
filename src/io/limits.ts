import { EkoError } from "../core/errors";
import { ZipDirectory } from "./zip";

const MB = 1024 * 1024;

/**
 * How much a workbook may hold, checked from its zip directory before anything is unpacked.
 * exceljs's object model costs about 14 times the sheet XML in memory (a 100 000-row ledger,
 * 20 MB of XML, takes 370 MB), so a workbook read whole stays under a gigabyte below
 * `unpackedInMemory`. The CLI streams from `streamAbove` on: already at 100 000 rows streaming
 * takes a fifth of the time (declared Excel tables are not seen by the streaming reader, so small
 * workbooks keep the whole read). A streamed ledger holds only its sums,
 * and `unpackedStreamed` bounds the temporary copy exceljs makes of each sheet. The README
 * ("Gränser och felaktig indata") lists these figures; change both together.
 */
export const LIMITS = {
  streamAbove: 8 * MB,
  unpackedInMemory: 48 * MB,
  unpackedStreamed: 1536 * MB,
  entries: 10_000,
  /** Cells held in memory when streaming: every sheet's cells except a streamed ledger's rows. */
  heldCells: 2_000_000,
} as const;

/** Thousands grouped with a plain space, as the report's own figures are. */
export const grouped = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, " ");
const mb = (bytes: number) => `${grouped(bytes / MB)} MB`;

export function checkUnpacked(dir: ZipDirectory, name: string, limit: number): void {
  if (dir.entries > LIMITS.entries) {
    throw new EkoError(
      `${name} innehåller ${dir.entries} delar; en arbetsbok får ha högst ${LIMITS.entries}. Filen läses inte.`,
    );
  }
  if (dir.unpacked > limit) {
    throw new EkoError(
      `${name} packas upp till ${mb(dir.unpacked)} (största delen ${dir.largest.name}, ${mb(dir.largest.size)}); gränsen är ${mb(limit)}. ` +
        "Filen läses inte, så att minnet inte tar slut. Dela upp arbetsboken eller exportera huvudboken för en kortare period.",
    );
  }
}
