import { EkoError } from "../core/errors";
import { Unpacker, ZipLimits } from "./stream/inflate";
import { bytesAt, WORD_TEMPLATE, WORKBOOK, ZipDirectory, zipDirectory } from "./zip";

const MB = 1024 * 1024;

/**
 * How much a file may hold. Every limit on unpacked bytes is checked against the sizes the zip
 * declares, before anything is unpacked, and the bytes actually inflated are counted against
 * those sizes, an entry stopped as soon as it gives more than it declared (`stream/inflate.ts`),
 * since the declared sizes are the bomb-maker's to choose.
 *
 * exceljs's object model costs about 14 times the sheet XML in memory (a 100 000-row ledger,
 * 20 MB of XML, takes 370 MB), so a workbook read whole stays under a gigabyte below
 * `unpackedInMemory`. The CLI streams from `streamAbove` on (src/io/stream/), where a ledger is
 * summed as it is read and only its sums are held; the streamed total bounds the time a bomb can
 * cost (about 10 s at the inflater's speed), `heldPart` the parts held whole (shared strings,
 * styles), `heldCells` every other sheet. A Word template (`--template`) is read whole by pizzip.
 * The README ("Gränser och felaktig indata") lists these figures; change both together.
 */
export const LIMITS = {
  streamAbove: 8 * MB,
  unpackedInMemory: 48 * MB,
  unpackedStreamed: 1536 * MB,
  heldPart: 128 * MB,
  unpackedTemplate: 64 * MB,
  entries: 10_000,
  /** Cells held in memory when streaming: every sheet's cells except a streamed ledger's rows. */
  heldCells: 2_000_000,
  /**
   * The task pane keeps a ledger column by column once its sheet holds `storeLedgerAbove` cells,
   * about 9 bytes a cell, up to `storedCells` (a ledger of four million rows and five columns).
   */
  storeLedgerAbove: 200_000,
  storedCells: 20_000_000,
} as const;

const SPLIT = "Dela upp arbetsboken eller exportera huvudboken för en kortare period.";

export const WORKBOOK_IN_MEMORY: ZipLimits = {
  entry: LIMITS.unpackedInMemory,
  total: LIMITS.unpackedInMemory,
  advice: SPLIT,
  kind: WORKBOOK,
};
export const WORKBOOK_STREAMED: ZipLimits = {
  entry: LIMITS.unpackedStreamed,
  total: LIMITS.unpackedStreamed,
  advice: SPLIT,
  kind: WORKBOOK,
};
export const TEMPLATE: ZipLimits = {
  entry: LIMITS.unpackedTemplate,
  total: LIMITS.unpackedTemplate,
  advice: "Använd en mall med mindre bilder eller utan inbäddade filer.",
  kind: WORD_TEMPLATE,
};

/** Thousands grouped with a plain space, as the report's own figures are. */
export const grouped = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, " ");
export const mb = (bytes: number) => `${grouped(bytes / MB)} MB`;

/**
 * Inflates every entry of a zip in memory, counting, before a library that trusts the zip
 * (exceljs, pizzip) gets it: they read the same central directory, so they inflate exactly
 * what was counted here. `scan` reads the parts it needs first, within the same count; every
 * entry is inflated once.
 */
export async function checkZip(
  bytes: Uint8Array,
  name: string,
  limits: ZipLimits,
  scan?: (zip: Unpacker) => Promise<void>,
): Promise<void> {
  const read = bytesAt(bytes);
  const dir = zipDirectory(read, bytes.length, name, limits.kind);
  checkUnpacked(dir, name, limits.total);
  const zip = new Unpacker(read, dir, name, limits);
  await scan?.(zip);
  await zip.checkAll();
}

export function checkUnpacked(dir: ZipDirectory, name: string, limit: number): void {
  if (dir.entries > LIMITS.entries) {
    throw new EkoError(
      `${name} innehåller ${dir.entries} delar; ${dir.kind.one} får ha högst ${LIMITS.entries}. Filen läses inte.`,
    );
  }
  if (dir.unpacked > limit) {
    throw new EkoError(
      `${name} packas upp till ${mb(dir.unpacked)} (största delen ${dir.largest.name}, ${mb(dir.largest.size)}); gränsen är ${mb(limit)}. ` +
        `Filen läses inte, så att minnet inte tar slut. ${SPLIT}`,
    );
  }
}
