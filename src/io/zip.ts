import { EkoError } from "../core/errors";

/** One entry as the central directory lists it. Sizes are what the zip claims, never trusted. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  compressed: number;
  declared: number;
  /** The CRC-32 the directory gives, which a writer copying the entry as it is repeats. */
  crc: number;
  /** Where the entry's local header starts. */
  local: number;
}

/** What a workbook's zip directory says it unpacks to, read without unpacking anything. */
/**
 * What a zip is read as, for its messages: a Word template's defects are told in Word's words,
 * not as a workbook's.
 */
export interface ZipKind {
  /** The file type named in "kan inte läsas som en .xlsx-fil". */
  type: string;
  /** What to save the file as ("Excel-arbetsbok (.xlsx)"). */
  saveAs: string;
  /** Which program saves it again. */
  program: string;
  /** The file with its article ("en arbetsbok"), and denied ("ingen Excel-arbetsbok"). */
  one: string;
  none: string;
  /** The older binary format an OLE container (encrypted, or old) is. */
  old: string;
}

export const WORKBOOK: ZipKind = {
  type: ".xlsx-fil",
  saveAs: "Excel-arbetsbok (.xlsx)",
  program: "Excel",
  one: "en arbetsbok",
  none: "ingen Excel-arbetsbok",
  old: ".xls",
};

export const WORD_TEMPLATE: ZipKind = {
  type: ".docx-fil",
  saveAs: "Word-dokument (.docx)",
  program: "Word",
  one: "en Word-mall",
  none: "inget Word-dokument",
  old: ".doc",
};

export interface ZipDirectory {
  kind: ZipKind;
  entries: number;
  /** Sum of the entries' declared uncompressed sizes, in bytes. */
  unpacked: number;
  largest: { name: string; size: number };
  list: ZipEntry[];
}

/** Reads `length` bytes at `offset`; a buffer in memory or a file on disk. */
export type ReadAt = (offset: number, length: number) => Uint8Array;

const CFB = [0xd0, 0xcf, 0x11, 0xe0];
const LOCAL = 0x04034b50;
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;
const CENTRAL = 0x02014b50;
const DESCRIPTOR = 0x08074b50;
const MAX_COMMENT = 0xffff;
const FULL32 = 0xffffffff;

export const unreadable = (name: string, why: string, kind = WORKBOOK) =>
  new EkoError(`${name} kan inte läsas som en ${kind.type}: ${why}`);

const truncated = (name: string, kind = WORKBOOK) =>
  unreadable(
    name,
    "filen är avkortad (zip-filens innehållsförteckning saknas eller är trasig). Hämta eller spara filen på nytt.",
    kind,
  );

/**
 * The central directory at the end of the zip lists every entry; it is the only list this
 * project reads entries from (APPNOTE 4.3.6; a local entry that it does not list is refused,
 * `checkCovered`).
 * Every record in the directory's bytes is counted, not just as many as the end record claims:
 * jszip and pizzip read records until the signature stops, so a count one short would otherwise
 * hide an entry from the check (APPNOTE 4.3.12, 4.3.16, ZIP64 4.3.14). The declared sizes give
 * a quick refusal for an honest bomb; what is actually inflated is counted in `inflate.ts`.
 * The same bytes tell an encrypted workbook (an OLE container, not a zip) and a file cut short.
 */
export function zipDirectory(
  read: ReadAt,
  size: number,
  name: string,
  kind = WORKBOOK,
): ZipDirectory {
  const head = read(0, Math.min(size, 8));
  if (CFB.every((b, i) => head[i] === b)) {
    throw unreadable(
      name,
      `den är lösenordsskyddad eller i gammalt ${kind.old}-format. Ta bort lösenordet, eller spara den som ${kind.saveAs}, och försök igen.`,
      kind,
    );
  }
  if (size < 22 || head.length < 4 || view(head).getUint32(0, true) !== LOCAL) {
    throw unreadable(
      name,
      `filen är ${kind.none} (en ${kind.type.replace("-fil", "")} är en zip-fil). Spara den som ${kind.saveAs} och försök igen.`,
      kind,
    );
  }
  const tailStart = Math.max(0, size - 22 - MAX_COMMENT);
  const tail = read(tailStart, size - tailStart);
  const t = view(tail);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (t.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw truncated(name, kind);

  let entries = t.getUint16(at + 10, true);
  let dirSize = t.getUint32(at + 12, true);
  let dirOffset = t.getUint32(at + 16, true);
  if (
    (entries === 0xffff || dirOffset === FULL32 || dirSize === FULL32) &&
    at >= 20 &&
    t.getUint32(at - 20, true) === LOCATOR64
  ) {
    const z = view(read(Number(t.getBigUint64(at - 20 + 8, true)), 56));
    if (z.byteLength < 56 || z.getUint32(0, true) !== EOCD64) throw truncated(name, kind);
    entries = Number(z.getBigUint64(32, true));
    dirSize = Number(z.getBigUint64(40, true));
    dirOffset = Number(z.getBigUint64(48, true));
  }
  if (dirOffset + dirSize > size) throw truncated(name, kind);

  const dir = read(dirOffset, dirSize);
  const d = view(dir);
  const names = new TextDecoder();
  const list: ZipEntry[] = [];
  const result: ZipDirectory = {
    kind,
    entries: 0,
    unpacked: 0,
    largest: { name: "", size: 0 },
    list,
  };
  let p = 0;
  while (p + 4 <= dir.length && d.getUint32(p, true) === CENTRAL) {
    if (p + 46 > dir.length) throw truncated(name, kind);
    const nameLength = d.getUint16(p + 28, true);
    const extraLength = d.getUint16(p + 30, true);
    const entry: ZipEntry = {
      name: names.decode(dir.subarray(p + 46, p + 46 + nameLength)),
      method: d.getUint16(p + 10, true),
      crc: d.getUint32(p + 16, true),
      compressed: d.getUint32(p + 20, true),
      declared: d.getUint32(p + 24, true),
      local: d.getUint32(p + 42, true),
    };
    zip64(entry, d, p + 46 + nameLength, Math.min(extraLength, dir.length - p - 46 - nameLength));
    list.push(entry);
    result.unpacked += entry.declared;
    if (entry.declared > result.largest.size)
      result.largest = { name: entry.name, size: entry.declared };
    p += 46 + nameLength + extraLength + d.getUint16(p + 32, true);
  }
  result.entries = list.length;
  if (list.length !== entries) {
    throw unreadable(
      name,
      `zip-filens innehållsförteckning säger ${entries} delar men räknar upp ${list.length}. Filen läses inte; spara den på nytt i ${kind.program}.`,
      kind,
    );
  }
  checkCovered(read, list, dirOffset, name);
  return result;
}

/**
 * The ZIP64 extra field (id 1) holds, in this order, those of the uncompressed size, compressed
 * size and local header offset whose 32-bit field is full (APPNOTE 4.5.3).
 */
function zip64(e: ZipEntry, d: DataView, start: number, length: number): void {
  for (let p = start; p + 4 <= start + length; p += 4 + d.getUint16(p + 2, true)) {
    if (d.getUint16(p, true) !== 1) continue;
    let q = p + 4;
    const next = () => {
      const v = q + 8 <= p + 4 + d.getUint16(p + 2, true) ? Number(d.getBigUint64(q, true)) : 0;
      q += 8;
      return v;
    };
    if (e.declared === FULL32) e.declared = next();
    if (e.compressed === FULL32) e.compressed = next();
    if (e.local === FULL32) e.local = next();
    return;
  }
}

/** Where an entry's data starts: after its local header, whose own name and extra lengths count. */
export function dataStart(read: ReadAt, e: ZipEntry, name: string, kind = WORKBOOK): number {
  const h = read(e.local, 30);
  if (h.length < 30 || view(h).getUint32(0, true) !== LOCAL) throw truncated(name, kind);
  return e.local + 30 + view(h).getUint16(26, true) + view(h).getUint16(28, true);
}

/** A zip whose parts are not laid out as its directory says: made to read differently in other programs. */
export class ZipDefect extends EkoError {}

const defect = (name: string, what: string) =>
  new ZipDefect(
    `${name} ${what}. Filen läses inte: en sådan fil kan ge ett annat innehåll i andra program, eller vara gjord för att fylla minnet. Spara filen på nytt och försök igen.`,
  );

/** Gap bytes searched at a time; a signature across two slices is found through `LOCAL_SIGNATURE.length - 1` bytes read again. */
const GAP_SLICE = 1024 * 1024;
const LOCAL_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** A hidden entry's name is the bomb-maker's: shown only this long. */
const MAX_SHOWN = 200;

/**
 * The directory's entries, each its local header, its data and its data descriptor if it has
 * one, must cover the bytes before the directory without overlapping: a local entry the
 * directory leaves out is never read here, but a reader that walks the local headers (exceljs's
 * streaming reader did) or another program would read it, so the file is refused rather than
 * read as if it were not there. Bytes between entries that hold no local header are left alone
 * (never read); two entries sharing bytes (the overlapping-entry bomb) are refused. Nothing is
 * inflated: each entry costs its 30-byte local header, and a gap is searched a slice at a time.
 */
function checkCovered(read: ReadAt, list: ZipEntry[], dirOffset: number, name: string): void {
  const byOffset = [...list].sort((a, b) => a.local - b.local);
  let covered = 0;
  let last: ZipEntry | undefined;
  for (const e of byOffset) {
    if (e.local < covered) {
      throw defect(name, `har två delar som överlappar i zip-filen (${last?.name} och ${e.name})`);
    }
    searchGap(read, covered, e.local, name);
    covered = entryEnd(read, e, name);
    if (covered > dirOffset)
      throw defect(name, `har en del (${e.name}) som går in i zip-filens innehållsförteckning`);
    last = e;
  }
  searchGap(read, covered, dirOffset, name);
}

/** Where an entry ends: after its data and, when its header says it has one, its data descriptor (APPNOTE 4.3.9). */
function entryEnd(read: ReadAt, e: ZipEntry, name: string): number {
  const h = read(e.local, 30);
  if (h.length < 30 || view(h).getUint32(0, true) !== LOCAL) throw truncated(name);
  const end = dataStart(read, e, name) + e.compressed;
  if (!(view(h).getUint16(6, true) & 8)) return end;
  // The descriptor is CRC-32 and both sizes, 4 or 8 bytes each (ZIP64), with or without its
  // signature; the form whose sizes are the directory's is the one written.
  const d = view(read(end, 24));
  const signed = d.byteLength >= 4 && d.getUint32(0, true) === DESCRIPTOR ? 4 : 0;
  const sizes = signed + 4;
  if (
    d.byteLength >= sizes + 8 &&
    d.getUint32(sizes, true) === e.compressed % 2 ** 32 &&
    d.getUint32(sizes + 4, true) === e.declared % 2 ** 32
  )
    return end + sizes + 8;
  if (
    d.byteLength >= sizes + 16 &&
    Number(d.getBigUint64(sizes, true)) === e.compressed &&
    Number(d.getBigUint64(sizes + 8, true)) === e.declared
  )
    return end + sizes + 16;
  return end;
}

/** Refuses when bytes `from`…`to`, which no listed entry covers, hold a local header. */
function searchGap(read: ReadAt, from: number, to: number, name: string): void {
  const keep = LOCAL_SIGNATURE.length - 1;
  for (let at = from; at + keep < to; at += GAP_SLICE) {
    const slice = read(at, Math.min(GAP_SLICE + keep, to - at));
    for (
      let i = slice.indexOf(0x50);
      i >= 0 && i + keep < slice.length;
      i = slice.indexOf(0x50, i + 1)
    ) {
      if (!LOCAL_SIGNATURE.every((b, k) => slice[i + k] === b)) continue;
      const h = read(at + i, 30);
      const length = h.length === 30 ? Math.min(view(h).getUint16(26, true), MAX_SHOWN) : 0;
      const hidden = new TextDecoder().decode(read(at + i + 30, length));
      throw defect(
        name,
        `innehåller en del${hidden ? ` (${hidden})` : ""} som inte finns i zip-filens innehållsförteckning`,
      );
    }
  }
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** A reader over bytes already in memory. */
export function bytesAt(data: Uint8Array): ReadAt {
  return (offset, length) => data.subarray(offset, offset + length);
}
