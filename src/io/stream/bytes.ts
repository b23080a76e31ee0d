import { decode } from "./xml";

/** 10^0 … 10^22: every one exact as a double, which is what makes `plainNumber` exact. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

const MINUS = 45;
const DOT = 46;

/**
 * The number a cell's bytes write, exactly as `parseFloat` reads them, without making a string:
 * a million-row ledger has millions of numbers, and a string for each is most of the garbage a
 * read makes. Only plain decimals ("-26564.48", "202201") with at most 15 significant digits and
 * 22 decimals take this way (undefined otherwise, and the caller decodes the text): the digits
 * are then an exact integer below 2^53 and 10^k is exact, so the one division rounds once, to
 * the double nearest the decimal, which is parseFloat's result (Clinger's fast path).
 */
export function plainNumber(buf: Uint8Array, start: number, end: number): number | undefined {
  let k = start;
  const negative = buf[k] === MINUS;
  if (negative) k++;
  let mantissa = 0;
  let significant = 0;
  let digits = 0;
  let decimals = -1;
  for (; k < end; k++) {
    const d = buf[k] - 48;
    if (d >= 0 && d <= 9) {
      digits++;
      if (significant || d) significant++;
      mantissa = mantissa * 10 + d;
      if (decimals >= 0) decimals++;
    } else if (buf[k] === DOT && decimals < 0) decimals = 0;
    else return undefined;
  }
  if (!digits || significant > 15 || decimals > 22) return undefined;
  const n = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
  return negative ? -n : n;
}

/** A shared-string index written as plain digits; -1 when it is anything else. */
export function plainIndex(buf: Uint8Array, start: number, end: number): number {
  if (start === end || end - start > 9) return -1;
  let n = 0;
  for (let k = start; k < end; k++) {
    const d = buf[k] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const LONGEST = 64;
const ENTRIES = 8192;
/** Twice the entries, so a probe finds its text or an empty slot in a step or two. */
const SLOTS = 16384;
const PROBES = 8;

/** FNV-1a, byte by byte: `hashStep` from `HASH_START`, so a caller scanning the bytes anyway can hash them as it goes. */
export const HASH_START = 0x811c9dc5;
export const hashStep = (hash: number, b: number) => Math.imul(hash ^ b, 0x01000193);

/**
 * Short texts decoded once: a ledger writes the same few hundred uppdrag, konto and period texts
 * on every row. A text is found by a hash of its bytes in an open-addressed table and compared
 * byte for byte, so the same string object comes back (no decoding, no garbage, and the ledger's
 * label lookups hash it once). Decoding is a function of the bytes (`decode`: entities, line
 * ends), so a text with an entity is kept like any other.
 */
export class TextCache {
  private readonly bytes: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(
    SLOTS,
  ).fill(undefined);
  private readonly texts: string[] = new Array<string>(SLOTS).fill("");
  private size = 0;

  text(buf: Uint8Array, start: number, end: number): string {
    if (end - start > LONGEST) return decode(buf, start, end);
    let hash = HASH_START;
    for (let k = start; k < end; k++) hash = hashStep(hash, buf[k]);
    return this.hashed(buf, start, end, hash);
  }

  /** `text` for bytes whose hash (`hashStep` over them from `HASH_START`) the caller has made. */
  hashed(buf: Uint8Array, start: number, end: number, hash: number): string {
    const length = end - start;
    if (length > LONGEST) return decode(buf, start, end);
    for (let p = 0; p < PROBES; p++) {
      const slot = (hash + p) & (SLOTS - 1);
      const kept = this.bytes[slot];
      if (kept === undefined) {
        const text = decode(buf, start, end);
        if (this.size < ENTRIES) {
          this.bytes[slot] = buf.slice(start, end);
          this.texts[slot] = text;
          this.size++;
        }
        return text;
      }
      if (kept.length === length && same(kept, buf, start)) return this.texts[slot];
    }
    return decode(buf, start, end);
  }
}

function same(a: Uint8Array, buf: Uint8Array, start: number): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== buf[start + k]) return false;
  return true;
}
