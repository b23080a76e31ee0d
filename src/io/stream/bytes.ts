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

interface Cached {
  bytes: Uint8Array;
  text: string;
}

/**
 * Short texts decoded once: a ledger writes the same few hundred uppdrag, konto and period texts
 * on every row. A text is found by a hash of its bytes and compared byte for byte, so the same
 * string object comes back (no decoding, no garbage, and the ledger's label lookups hash it once).
 * Texts with an entity or a carriage return are decoded each time, as `decode` gives them.
 */
export class TextCache {
  private readonly map = new Map<number, Cached>();

  text(buf: Uint8Array, start: number, end: number): string {
    const length = end - start;
    if (length > LONGEST) return decode(buf, start, end);
    let hash = 0x811c9dc5;
    for (let k = start; k < end; k++) {
      const b = buf[k];
      if (b === 38 /* & */ || b === 13 /* \r */) return decode(buf, start, end);
      hash = Math.imul(hash ^ b, 0x01000193);
    }
    const hit = this.map.get(hash);
    if (hit && hit.bytes.length === length && same(hit.bytes, buf, start)) return hit.text;
    const text = decode(buf, start, end);
    if (this.map.size < ENTRIES) this.map.set(hash, { bytes: buf.slice(start, end), text });
    return text;
  }
}

function same(a: Uint8Array, buf: Uint8Array, start: number): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== buf[start + k]) return false;
  return true;
}
