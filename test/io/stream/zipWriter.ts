import { deflateRawSync } from "node:zlib";

/** An entry to write: `size` and `count` let a test make the directory lie. */
export interface Entry {
  name: string;
  data: Uint8Array;
  /** Deflate (default) or store. */
  stored?: boolean;
  /** Already deflated bytes, for a bomb built once. */
  deflated?: Uint8Array;
  /** The uncompressed size written in both headers; the truth when not given. */
  size?: number;
  /** Left out of the central directory (a local entry only). */
  unlisted?: boolean;
  /**
   * Sizes in a data descriptor after the data (APPNOTE 4.3.9), with or without its signature,
   * the local header's left 0; `crc` is written in it (the CRC is not checked).
   */
  descriptor?: { signed: boolean; crc?: number };
  /** Bytes written before the entry's local header that no entry lists. */
  before?: Uint8Array;
}

/**
 * A zip as APPNOTE 4.3.7, 4.3.12 and 4.3.16 describe it, written by hand so a test can make it lie
 * (sizes, entry count, entries missing from the directory). CRCs are left 0: nothing here checks them.
 */
export function zipOf(entries: Entry[], options: { count?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let listed = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.deflated ?? (e.stored ? e.data : deflateRawSync(e.data));
    const size = e.size ?? e.data.length;
    const method = e.stored && !e.deflated ? 0 : 8;
    if (e.before) {
      locals.push(Buffer.from(e.before));
      offset += e.before.length;
    }
    const flags = e.descriptor ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.descriptor ? 0 : body.length, 18);
    local.writeUInt32LE(e.descriptor ? 0 : size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(body));
    let descriptor = Buffer.alloc(0);
    if (e.descriptor) {
      descriptor = Buffer.alloc(e.descriptor.signed ? 16 : 12);
      let at = 0;
      if (e.descriptor.signed) at = descriptor.writeUInt32LE(0x08074b50, 0);
      at = descriptor.writeUInt32LE(e.descriptor.crc ?? 0, at);
      at = descriptor.writeUInt32LE(body.length, at);
      descriptor.writeUInt32LE(size, at);
      locals.push(descriptor);
    }
    if (!e.unlisted) {
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(flags, 8);
      central.writeUInt16LE(method, 10);
      central.writeUInt32LE(body.length, 20);
      central.writeUInt32LE(size, 24);
      central.writeUInt16LE(name.length, 28);
      central.writeUInt32LE(offset, 42);
      centrals.push(central, name);
      listed++;
    }
    offset += 30 + name.length + body.length + descriptor.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.count ?? listed, 8);
  end.writeUInt16LE(options.count ?? listed, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The parts of a one-sheet workbook around the given sheet XML, as Excel names them. */
export function workbookEntries(sheetXml: string, sharedStrings?: string): Entry[] {
  const text = (name: string, xml: string): Entry => ({ name, data: Buffer.from(xml) });
  return [
    text(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    ),
    text(
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    text(
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Huvudbok" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    text(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (sharedStrings
          ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
          : "") +
        `</Relationships>`,
    ),
    text("xl/worksheets/sheet1.xml", sheetXml),
    ...(sharedStrings ? [text("xl/sharedStrings.xml", sharedStrings)] : []),
  ];
}
