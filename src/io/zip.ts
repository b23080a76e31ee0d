import { EkoError } from "../core/errors";

/** What a workbook's zip directory says it unpacks to, read without unpacking anything. */
export interface ZipDirectory {
  entries: number;
  /** Sum of the entries' uncompressed sizes, in bytes. */
  unpacked: number;
  largest: { name: string; size: number };
}

/** Reads `length` bytes at `offset`; a buffer in memory or a file on disk. */
export type ReadAt = (offset: number, length: number) => Uint8Array;

const CFB = [0xd0, 0xcf, 0x11, 0xe0];
const LOCAL = 0x04034b50;
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 0xffff;

const unreadable = (name: string, why: string) =>
  new EkoError(`${name} kan inte läsas som en .xlsx-fil: ${why}`);

/**
 * The central directory at the end of the zip lists every entry with its uncompressed size, so
 * a zip bomb or a 2 GB sheet is seen before a byte is inflated. jszip and pizzip expose sizes
 * only after loading the whole file and exceljs not at all; the format is fixed (APPNOTE 4.3.12,
 * 4.3.16, ZIP64 4.3.14), so reading it here is a few dozen lines. The same bytes tell an
 * encrypted workbook (an OLE container, not a zip) and a file cut short (no directory at the end).
 */
export function zipDirectory(read: ReadAt, size: number, name: string): ZipDirectory {
  const head = read(0, Math.min(size, 8));
  if (CFB.every((b, i) => head[i] === b)) {
    throw unreadable(
      name,
      "den är lösenordsskyddad eller i gammalt .xls-format. Ta bort lösenordet, eller spara den som Excel-arbetsbok (.xlsx), och försök igen.",
    );
  }
  if (size < 22 || view(head).getUint32(0, true) !== LOCAL) {
    throw unreadable(
      name,
      "filen är ingen Excel-arbetsbok (en .xlsx är en zip-fil). Spara den som Excel-arbetsbok (.xlsx) och försök igen.",
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
  const truncated = () =>
    unreadable(
      name,
      "filen är avkortad (zip-filens innehållsförteckning saknas eller är trasig). Hämta eller spara filen på nytt.",
    );
  if (at < 0) throw truncated();

  let entries = t.getUint16(at + 10, true);
  let dirSize = t.getUint32(at + 12, true);
  let dirOffset = t.getUint32(at + 16, true);
  if (
    (entries === 0xffff || dirOffset === 0xffffffff) &&
    at >= 20 &&
    t.getUint32(at - 20, true) === LOCATOR64
  ) {
    const z = view(read(Number(t.getBigUint64(at - 20 + 8, true)), 56));
    if (z.getUint32(0, true) !== EOCD64) throw truncated();
    entries = Number(z.getBigUint64(32, true));
    dirSize = Number(z.getBigUint64(40, true));
    dirOffset = Number(z.getBigUint64(48, true));
  }
  if (dirOffset + dirSize > size) throw truncated();

  const dir = read(dirOffset, dirSize);
  const d = view(dir);
  const names = new TextDecoder();
  const result: ZipDirectory = { entries, unpacked: 0, largest: { name: "", size: 0 } };
  let p = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > dir.length || d.getUint32(p, true) !== CENTRAL) throw truncated();
    const nameLength = d.getUint16(p + 28, true);
    const extraLength = d.getUint16(p + 30, true);
    const entryName = names.decode(dir.subarray(p + 46, p + 46 + nameLength));
    let unpacked = d.getUint32(p + 24, true);
    if (unpacked === 0xffffffff)
      unpacked = zip64Size(d, p + 46 + nameLength, extraLength) ?? unpacked;
    result.unpacked += unpacked;
    if (unpacked > result.largest.size) result.largest = { name: entryName, size: unpacked };
    p += 46 + nameLength + extraLength + d.getUint16(p + 32, true);
  }
  return result;
}

/** The ZIP64 extra field (id 1) holds the real uncompressed size first when the 32-bit one is full. */
function zip64Size(d: DataView, start: number, length: number): number | undefined {
  for (let p = start; p + 4 <= start + length; p += 4 + d.getUint16(p + 2, true)) {
    if (d.getUint16(p, true) === 1) return Number(d.getBigUint64(p + 4, true));
  }
  return undefined;
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** A reader over bytes already in memory. */
export function bytesAt(data: Uint8Array): ReadAt {
  return (offset, length) => data.subarray(offset, offset + length);
}
