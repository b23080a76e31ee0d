/** What a part's reader does with the tags and text the scanner finds. */
export interface XmlHandler {
  /** `name` without its namespace prefix; `tag` is valid only during the call. */
  open(name: string, tag: Tag, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw bytes between tags (entities not yet decoded; `cdata` when they came from a CDATA section). */
  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void;
  /**
   * A shortcut for the commonest elements of a sheet: called at a `<c` or `<r` with the chunk, it
   * reads whole rows and cells for as long as they come complete, and returns where scanning
   * resumes, or `start` to have it scanned tag by tag.
   */
  rows?(buf: Uint8Array, start: number): number;
}

/**
 * The longest tag or text the scanner gathers. Excel's longest cell text is 32 767 characters
 * (under 128 kB as UTF-8); anything near this is no spreadsheet.
 */
const MAX_TOKEN = 16 * 1024 * 1024;

/** How much of a chunk is copied to finish the token the chunk before left unfinished. */
const HEAD = 8192;

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const CELL = 99; // c
const ROW = 114; // r

/**
 * A byte scanner for the XML in a workbook: tags, attributes, text, comments, CDATA and
 * processing instructions, with namespace prefixes stripped. It is not a general XML parser (no
 * DTD, no entity declarations, which Office never writes), and that is why it is fast: it runs
 * on the inflated bytes with the engine's native `indexOf`, and only the text a reader asks for
 * is ever turned into a string. saxes, the streaming parser exceljs uses, took eight times as
 * long on the same sheet (README, "Stora huvudböcker").
 *
 * Bytes arrive in chunks of any size. A token (tag or text) that is not complete at the end of
 * a chunk is carried over and scanned again with the next one, so text is always decoded from
 * whole byte sequences and a multi-byte letter split by a chunk boundary is never broken: the
 * defect in exceljs's streaming reader (exceljs issues #2063, #2084, #2316).
 */
export class XmlScanner {
  /** The bytes of an unfinished token, in the chunks they came in. */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private readonly tag = new Tag();

  constructor(
    private readonly handler: XmlHandler,
    /** The error for a broken part, naming file and part. */
    private readonly broken: (why: string) => Error,
  ) {}

  push(chunk: Uint8Array): void {
    // A long token (a bomb's megabytes of zeros, or a long text) is only gathered until a chunk
    // could end it, so it costs no rescans, and it is refused past MAX_TOKEN.
    if (this.pendingBytes > 65536 && chunk.indexOf(LT) < 0 && chunk.indexOf(GT) < 0) {
      this.keep(chunk);
      return;
    }
    let buf = chunk;
    let from = 0;
    if (this.pendingBytes) {
      // The unfinished token is finished with the chunk's first bytes, in a copy of those alone:
      // copying every chunk whole behind it cost a tenth of a large sheet's scan.
      const pending = this.pendingBytes;
      const head = Math.min(chunk.length, HEAD);
      const joined = this.joined(chunk.subarray(0, head));
      const stop = this.scan(joined, 0);
      if (stop >= pending) from = stop - pending;
      else if (head === chunk.length) {
        if (stop < joined.length) this.keep(joined.subarray(stop));
        return;
      } else {
        // A token longer than the head: gathered whole with the chunk, as it comes.
        this.keep(joined.subarray(stop, pending));
        buf = this.joined(chunk);
      }
    }
    const stop = this.scan(buf, from);
    if (stop < buf.length) this.keep(buf.slice(stop));
  }

  /** The pending bytes and then `bytes`, in one array; nothing is pending after. */
  private joined(bytes: Uint8Array): Uint8Array {
    const buf = new Uint8Array(this.pendingBytes + bytes.length);
    let at = 0;
    for (const p of this.pending) buf.set(p, (at += p.length) - p.length);
    buf.set(bytes, at);
    this.pending = [];
    this.pendingBytes = 0;
    return buf;
  }

  /** Scans `buf` from `i`; returns where the first token it cannot finish starts (or `buf.length`). */
  private scan(buf: Uint8Array, i: number): number {
    const h = this.handler;
    const rows = h.rows !== undefined;
    const n = buf.length;
    while (i < n) {
      if (buf[i] !== LT) {
        const lt = buf.indexOf(LT, i);
        if (lt < 0) break;
        h.text(buf, i, lt, false);
        i = lt;
        continue;
      }
      if (i + 1 >= n) break;
      const c1 = buf[i + 1];
      if (c1 === SLASH) {
        const gt = buf.indexOf(GT, i);
        if (gt < 0) break;
        let e = gt;
        while (e > i + 2 && buf[e - 1] <= 32) e--;
        h.close(nameOf(buf, i + 2, e));
        i = gt + 1;
      } else if (c1 === QUESTION) {
        const end = find(buf, i + 2, QUESTION, GT);
        if (end < 0) break;
        i = end + 2;
      } else if (c1 === BANG) {
        const at = this.special(buf, i);
        if (at < 0) break;
        i = at;
      } else {
        if (rows && (c1 === CELL || c1 === ROW)) {
          const at = h.rows!(buf, i);
          if (at !== i) {
            i = at;
            continue;
          }
        }
        let j = i + 1;
        let q = 0;
        for (; j < n; j++) {
          const b = buf[j];
          if (q) {
            if (b === q) q = 0;
          } else if (b === GT) break;
          else if (b === QUOT || b === APOS) q = b;
        }
        if (j >= n) break;
        const self = buf[j - 1] === SLASH;
        let e = i + 1;
        while (e < j && buf[e] > 32 && buf[e] !== SLASH) e++;
        this.tag.set(buf, e, self ? j - 1 : j);
        const name = nameOf(buf, i + 1, e);
        h.open(name, this.tag, self);
        if (self) h.close(name);
        i = j + 1;
      }
    }
    return i;
  }

  private keep(bytes: Uint8Array) {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes > MAX_TOKEN)
      throw this.broken(`har en tagg eller text som är längre än ${MAX_TOKEN / 1024 / 1024} MB`);
  }

  /** The end of the part: whatever is left over must be whitespace. */
  end(): void {
    if (this.pending.some((p) => p.some((b) => b > 32)))
      throw this.broken("slutar mitt i en XML-tagg");
  }

  /** Comments, CDATA and a DOCTYPE; returns where scanning resumes, or -1 if the chunk ends first. */
  private special(buf: Uint8Array, i: number): number {
    if (buf.length < i + 9) return -1;
    if (buf[i + 2] === 45 && buf[i + 3] === 45) {
      const end = find3(buf, i + 4, 45, 45, GT);
      return end < 0 ? -1 : end + 3;
    }
    if (buf[i + 2] === 91 /* [ */) {
      const end = find3(buf, i + 9, 93, 93, GT);
      if (end < 0) return -1;
      this.handler.text(buf, i + 9, end, true);
      return end + 3;
    }
    const gt = buf.indexOf(GT, i);
    return gt < 0 ? -1 : gt + 1;
  }
}

function find(buf: Uint8Array, from: number, a: number, b: number): number {
  for (let i = buf.indexOf(a, from); i >= 0 && i + 1 < buf.length; i = buf.indexOf(a, i + 1))
    if (buf[i + 1] === b) return i;
  return -1;
}

function find3(buf: Uint8Array, from: number, a: number, b: number, c: number): number {
  for (let i = buf.indexOf(a, from); i >= 0 && i + 2 < buf.length; i = buf.indexOf(a, i + 1))
    if (buf[i + 1] === b && buf[i + 2] === c) return i;
  return -1;
}

/**
 * Short tag names (row, c, v, is, t …) come from a cache keyed by their bytes, not built anew.
 * The sheet's own names are the literals the handlers switch on, so a comparison is one pointer.
 */
const names = new Map<number, string>();
for (const name of ["c", "v", "t", "f", "is", "r", "row", "rPh", "si"]) {
  let key = 0;
  for (let k = 0; k < name.length; k++) key = key * 256 + name.charCodeAt(k);
  names.set(key, name);
}

/** The local name of `buf[start, end)`: after the last colon. */
function nameOf(buf: Uint8Array, start: number, end: number): string {
  start = afterPrefix(buf, start, end);
  const length = end - start;
  if (length <= 4) {
    let key = 0;
    for (let k = start; k < end; k++) key = key * 256 + buf[k];
    let s = names.get(key);
    if (s === undefined) names.set(key, (s = ascii(buf, start, end)));
    return s;
  }
  return utf8(buf, start, end);
}

/** A start tag's attributes, read on demand. */
export class Tag {
  private buf: Uint8Array = new Uint8Array(0);
  private start = 0;
  private end = 0;

  set(buf: Uint8Array, start: number, end: number) {
    this.buf = buf;
    this.start = start;
    this.end = end;
  }

  /** Where the last attribute found starts and ends, for the readers below. */
  private from = 0;
  private to = 0;

  /** Finds the attribute whose local name (prefix stripped) is `name`, without making a string. */
  private find(name: string): boolean {
    const b = this.buf;
    let i = this.start;
    const end = this.end;
    while (i < end) {
      while (i < end && b[i] <= 32) i++;
      const nameStart = i;
      while (i < end && b[i] !== EQUALS && b[i] > 32) i++;
      const nameEnd = i;
      while (i < end && b[i] !== QUOT && b[i] !== APOS) i++;
      const q = b[i];
      const valueStart = ++i;
      while (i < end && b[i] !== q) i++;
      if (i > end) return false;
      if (matches(b, nameStart, nameEnd, name)) {
        this.from = valueStart;
        this.to = i;
        return true;
      }
      i++;
    }
    return false;
  }

  /** The attribute, decoded. */
  attr(name: string): string | undefined {
    return this.find(name) ? decode(this.buf, this.from, this.to) : undefined;
  }

  /**
   * Which of `values` the attribute spells, compared byte by byte without making a string: its
   * index, -1 when the attribute is absent, `values.length` when it is something else.
   */
  choice(name: string, values: readonly string[]): number {
    if (!this.find(name)) return -1;
    const b = this.buf;
    const length = this.to - this.from;
    for (let k = this.from; k < this.to; k++) {
      if (b[k] !== 38 /* & */) continue;
      const i = values.indexOf(decode(b, this.from, this.to));
      return i < 0 ? values.length : i;
    }
    outer: for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v.length !== length) continue;
      for (let k = 0; k < length; k++) if (b[this.from + k] !== v.charCodeAt(k)) continue outer;
      return i;
    }
    return values.length;
  }

  /** A non-negative integer attribute (a style index, a row number); -1 when absent or not one. */
  int(name: string): number {
    if (!this.find(name) || this.from === this.to) return -1;
    let n = 0;
    for (let k = this.from; k < this.to; k++) {
      const d = this.buf[k] - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** The 0-based column of a cell-reference attribute ("AB7" → 27); -1 when absent. */
  column(name: string): number {
    if (!this.find(name)) return -1;
    let col = 0;
    let k = this.from;
    for (; k < this.to; k++) {
      const c = this.buf[k] | 0x20;
      if (c < 97 || c > 122) break;
      col = col * 26 + c - 96;
    }
    return k > this.from ? col - 1 : -1;
  }
}

function afterPrefix(b: Uint8Array, start: number, end: number): number {
  for (let k = end - 1; k >= start; k--) if (b[k] === COLON) return k + 1;
  return start;
}

function matches(b: Uint8Array, start: number, end: number, name: string): boolean {
  start = afterPrefix(b, start, end);
  if (end - start !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[start + k] !== name.charCodeAt(k)) return false;
  return true;
}

const decoder = new TextDecoder("utf-8");

function ascii(buf: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let k = start; k < end; k++) s += String.fromCharCode(buf[k]);
  return s;
}

/** Short plain-ASCII runs (most numbers in a sheet) skip the TextDecoder call. */
function utf8(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= 16) {
    let plain = true;
    for (let k = start; k < end; k++) if (buf[k] >= 0x80) plain = false;
    if (plain) return ascii(buf, start, end);
  }
  return decoder.decode(buf.subarray(start, end));
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Text as XML means it: UTF-8, the five predefined entities and character references decoded,
 * line ends normalised to \n (XML 1.0, 2.11), as every conforming parser (and so exceljs) gives it.
 */
export function decode(buf: Uint8Array, start: number, end: number, cdata = false): string {
  let s = utf8(buf, start, end);
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (cdata || !s.includes("&")) return s;
  return s.replace(ENTITY, (_, e: string) =>
    e[0] !== "#"
      ? NAMED[e]
      : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}
