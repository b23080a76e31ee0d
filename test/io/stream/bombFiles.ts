import { readFileSync } from "node:fs";
import { join } from "node:path";
import { constants, deflateRawSync } from "node:zlib";
import { bytesAt, dataStart, zipDirectory } from "../../../src/io/zip";
import { Entry, workbookEntries, zipOf } from "./zipWriter";

/**
 * The five zip bombs of issue 12, each a few hundred kB built in code, for every door that reads
 * a file (the CLI spawned, the task pane in Chromium). Each is named by what it lies about.
 */

const MB = 1024 * 1024;
const ROOT = join(__dirname, "../../..");
/** A workbook whose report the CLI and the pane make without errors in the way. */
export const EXAMPLE = join(ROOT, "examples", "uppfoljningsrapport1-2021.xlsx");

const SHEET = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Förtroendevalda</t></is></c></row></sheetData></worksheet>`;
const SHEET_START = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;

const FULL_FLUSH = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
/** The empty last block that ends a deflate stream. */
const LAST_BLOCK = deflateRawSync(Buffer.alloc(0));
const megabytesOf = new Map<string, Buffer>();

/**
 * `head`, then `unit` repeated to `megabytes`, as raw deflate: about a thousand to one. A fully
 * flushed block resets the compressor (RFC 1951 leaves no state across it), so one deflated
 * megabyte repeated is a valid stream, made at once where zlib itself takes half a minute over
 * 1,4 GB.
 */
export function deflatedRepeat(head: string, unit: string, megabytes: number): Buffer {
  let block = megabytesOf.get(unit);
  if (!block) {
    const one = Buffer.from(unit);
    block = deflateRawSync(Buffer.alloc(MB - (MB % one.length), one), FULL_FLUSH);
    megabytesOf.set(unit, block);
  }
  return Buffer.concat([
    deflateRawSync(Buffer.from(head), FULL_FLUSH),
    ...Array<Buffer>(megabytes).fill(block),
    LAST_BLOCK,
  ]);
}

/** `megabytes` of zeros, deflated. */
export const deflatedZeros = (megabytes: number) => deflatedRepeat("", "\0", megabytes);

/** What the bombs unpack to: the 1,4 GB the issue measured, more than the pane or the CLI can hold. */
const BOMB_MB = 1400;

/** Honest: the sheet says it unpacks to 2 GB, and does. Refused from the directory alone. */
export function honestBomb(): Buffer {
  return zipOf(
    workbookEntries(SHEET).map((e) =>
      e.name === "xl/worksheets/sheet1.xml"
        ? { ...e, deflated: deflatedZeros(2048), size: 2048 * MB }
        : e,
    ),
  );
}

/**
 * Lying size: the sheet says 1 kB in both headers and inflates to 1,4 GB of well-formed XML (an
 * empty element over and over), which no scanner limit stops: only counting the bytes does.
 */
export function lyingSizeBomb(): Buffer {
  return zipOf(
    workbookEntries(SHEET).map((e) =>
      e.name === "xl/worksheets/sheet1.xml"
        ? { ...e, deflated: deflatedRepeat(SHEET_START, "<x/>", BOMB_MB), size: 1000 }
        : e,
    ),
  );
}

/**
 * Short count: the end record counts one entry fewer than the directory lists, and the one left
 * over is a 1,4 GB part, so a reader that believes the count never checks it.
 */
export function shortCountBomb(): Buffer {
  const entries: Entry[] = [
    ...workbookEntries(SHEET),
    { name: "xl/media/image1.png", data: Buffer.alloc(0), deflated: deflatedZeros(BOMB_MB) },
  ];
  return zipOf(entries, { count: entries.length - 1 });
}

/** How many entries the short-count bomb's directory lists (its end record says one fewer). */
export const SHORT_COUNT_LISTED = workbookEntries(SHEET).length + 1;

/**
 * Unlisted entry: the example workbook, with a 1,4 GB local entry named like its first sheet
 * written before everything else and left out of the central directory. A reader that walks the
 * local headers (as exceljs's streaming reader did) inflates it; one that reads only the
 * directory would read the example as it is, and another program something else: it is refused.
 */
export function unlistedEntryBomb(): Buffer {
  const bytes = readFileSync(EXAMPLE);
  const read = bytesAt(bytes);
  const listed: Entry[] = zipDirectory(read, bytes.length, "exempel").list.map((e) => {
    const start = dataStart(read, e, "exempel");
    const body = bytes.subarray(start, start + e.compressed);
    return e.method === 0
      ? { name: e.name, data: body, stored: true }
      : { name: e.name, data: Buffer.alloc(0), deflated: body, size: e.declared };
  });
  return zipOf([
    {
      name: "xl/worksheets/sheet1.xml",
      data: Buffer.alloc(0),
      deflated: deflatedZeros(BOMB_MB),
      unlisted: true,
    },
    ...listed,
  ]);
}

/** Template: a Word template whose document says 2 kB and inflates to 1,4 GB. */
export function templateBomb(): Buffer {
  return zipOf([
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    {
      name: "word/document.xml",
      data: Buffer.alloc(0),
      deflated: deflatedZeros(BOMB_MB),
      size: 2000,
    },
  ]);
}

/**
 * Unlisted template: a Word template whose 1,4 GB document is written first and left out of the
 * central directory, before a small listed one: pizzip reads the directory, another program may
 * read the local headers.
 */
export function unlistedTemplateBomb(): Buffer {
  return zipOf([
    {
      name: "word/document.xml",
      data: Buffer.alloc(0),
      deflated: deflatedZeros(BOMB_MB),
      unlisted: true,
    },
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    { name: "word/document.xml", data: Buffer.from("<w:document/>") },
  ]);
}
