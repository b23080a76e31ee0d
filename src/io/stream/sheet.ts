import { RawValue } from "../../core/mapping/grid";
import * as bytes from "./bytes";
import { TextCache } from "./bytes";
import { excelDate } from "./numfmt";
import { Styles } from "./parts";
import * as ref from "./ref";
import { decode, Tag, XmlHandler } from "./xml";

// The CLI runs under tsx, which compiles every use of an imported name to a call of a getter: in
// the loops below, a call per byte and per cell, that was a fifth of a large sheet's read. Each
// name is read once, here.
const { HASH_START, hashStep, plainIndex, plainNumber } = bytes;
const { EXCEL_COLUMNS, EXCEL_ROWS } = ref;

/** Where a sheet's rows go: a row's arrays are reused for the next row, so copy what you keep. */
export interface RowSink {
  row(r: number, values: RawValue[], formats: (string | undefined)[]): void;
  /** A cell holding a formula (the task pane never overwrites one). */
  formula?(r: number, c: number): void;
  /** A cell with a style but no value; only a vertical merge gives it one (see read.ts). */
  emptyFormat?(r: number, c: number, format: string): void;
  /** The error for a cell outside Excel's largest sheet, naming the file and the sheet. */
  outside(r: number, c: number): Error;
}

/** Formulas without a cached result are errors the core reports with the cell's address. */
export const NO_RESULT = "formel utan sparat resultat";

const NONE = 0;
const V = 1;
const T = 2;
const F = 3;

/** A cell's t attribute, by its index here: absent or anything not listed is a number. */
const TYPES = ["s", "str", "inlineStr", "b", "e"] as const;
const SHARED = 0;
const STR = 1;
const INLINE = 2;
const BOOL = 3;
const ERROR = 4;

const SLASH = 47;
const LT = 60;
const GT = 62;
const EQUALS = 61;
const QUOT = 34;
const APOS = 39;
const COLON = 58;
const AMP = 38;
const R = 114;
const TYPE = 116;
const STYLE = 115;
const V_ = 118;
const C = 99;
const O = 111;
const W = 119;

/** The t attribute's index in TYPES, or TYPES.length for anything else (as Tag.choice). */
function typeOf(buf: Uint8Array, from: number, to: number): number {
  const b = buf[from];
  switch (to - from) {
    case 1:
      return b === 115 ? SHARED : b === 98 ? BOOL : b === 101 ? ERROR : TYPES.length;
    case 3:
      return b === 115 && buf[from + 1] === 116 && buf[from + 2] === 114 ? STR : TYPES.length;
    default:
      for (let k = 0; k < to - from; k++)
        if (buf[from + k] !== TYPES[INLINE].charCodeAt(k)) return TYPES.length;
      return to - from === TYPES[INLINE].length ? INLINE : TYPES.length;
  }
}

/** A non-negative integer attribute as Tag.int reads it; -1 when empty or not digits. */
function digits(buf: Uint8Array, from: number, to: number): number {
  if (from === to) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = buf[k] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A worksheet part's cells, read as exceljs's in-memory reader reads them (exceljs 4.4.0,
 * lib/xlsx/xform/sheet/cell-xform.js): t="s" a shared string, "str" and "inlineStr" text,
 * "b" a boolean, "e" an error value, anything else a number (a date when its style's format is
 * one); a formula gives its cached result, and one saved without a result is an error. Empty text
 * is no value. Merged ranges and table parts, which come after the cells, are collected for the
 * caller.
 */
export class SheetHandler implements XmlHandler {
  readonly merges: string[] = [];
  readonly tableIds: string[] = [];
  private readonly values: RawValue[] = [];
  /** The row's cells so far: `values` beyond this are the previous row's. */
  private filled = 0;
  private readonly formats: (string | undefined)[] = [];
  private inData = false;
  private row = -1;
  private col = -1;
  private type = -1;
  private style = 0;
  private content: string | undefined;
  /** A number or shared string read straight from its bytes (`bytes.ts`): the cell's value. */
  private read: RawValue | undefined;
  private readonly texts = new TextCache();
  private formula = false;
  private within = NONE;
  private phonetic = 0;

  constructor(
    private readonly sink: RowSink,
    private readonly strings: string[],
    private readonly styles: Styles,
    private readonly date1904: boolean,
  ) {}

  open(name: string, tag: Tag, self: boolean): void {
    switch (name) {
      case "c": {
        const col = tag.column("r");
        this.col = col >= 0 ? col : this.col + 1;
        this.type = tag.choice("t", TYPES);
        this.style = Math.max(0, tag.int("s"));
        this.content = undefined;
        this.read = undefined;
        this.formula = false;
        return;
      }
      case "v":
        if (!self) this.within = V;
        return;
      case "t":
        if (!self && !this.phonetic && this.within !== F) this.within = T;
        return;
      case "f":
        // As exceljs: a formula is one with text or a shared-formula reference.
        if (tag.attr("t") === "shared") this.formula = true;
        if (!self) this.within = F;
        return;
      case "rPh":
        if (!self) this.phonetic++;
        return;
      case "row":
        this.startRow(tag.int("r"));
        return;
      case "sheetData":
        this.inData = !self;
        return;
      case "mergeCell": {
        const ref = tag.attr("ref");
        if (ref) this.merges.push(ref);
        return;
      }
      case "tablePart": {
        const id = tag.attr("id");
        if (id) this.tableIds.push(id);
        return;
      }
    }
  }

  /**
   * The common run of a sheet, `<row …>`, `<c …><v>…</v></c>` or `<c …/>`, `</row>`, read straight
   * from the bytes as `open`, `text` and `close` would read it, for as long as it lasts whole in
   * `buf` from `i` (a `<`): a ledger is millions of these, and a call per tag cost more than the
   * reading. Anything else (a formula, inline text, a namespace prefix, white space between the
   * tags, an entity in an attribute, the end of the chunk) stops the run where it starts, to be
   * read tag by tag.
   */
  rows(buf: Uint8Array, i: number): number {
    const n = buf.length;
    for (;;) {
      if (i + 1 >= n || buf[i] !== LT) return i;
      const c1 = buf[i + 1];
      const at =
        c1 === C
          ? this.fastCell(buf, i, n)
          : c1 === R
            ? this.fastRow(buf, i, n)
            : c1 === SLASH
              ? this.fastEndRow(buf, i, n)
              : i;
      if (at === i) return i;
      i = at;
    }
  }

  /** `<c …><v>text</v></c>` or `<c …/>`; returns `i` when it is anything else. */
  private fastCell(buf: Uint8Array, i: number, n: number): number {
    let k = i + 2;
    if (k >= n) return i;
    let b = buf[k];
    if (b > 32 && b !== SLASH && b !== GT) return i;
    let col = -1;
    let type = -1;
    let style = -1;
    // The attributes: only one-letter local names matter here (r, t, s); the first of each
    // counts, as in Tag. Plain loops: the engine's indexOf costs more than these few bytes.
    for (;;) {
      while (k < n && buf[k] <= 32) k++;
      if (k >= n) return i;
      b = buf[k];
      if (b === GT || b === SLASH) break;
      const nameStart = k;
      while (k < n && (b = buf[k]) !== EQUALS && b > 32) k++;
      const nameEnd = k;
      while (k < n && (b = buf[k]) !== QUOT && b !== APOS) k++;
      const q = b;
      const from = ++k;
      const a = nameEnd - nameStart === 1 || buf[nameEnd - 2] === COLON ? buf[nameEnd - 1] : 0;
      // The reference's column letters are read on the way to the closing quote ("AB7" → 28).
      let letters = 0;
      if (a === R && col === -1)
        while (k < n && (b = buf[k] | 0x20) >= 97 && b <= 122) {
          letters = letters * 26 + b - 96;
          k++;
        }
      while (k < n && (b = buf[k]) !== q && b !== AMP) k++;
      if (k >= n || b === AMP) return i;
      const to = k++;
      if (a === R) {
        if (col === -1) col = letters;
      } else if (a === TYPE) {
        if (type === -1) type = typeOf(buf, from, to);
      } else if (a === STYLE && style === -1) style = Math.max(0, plainIndex(buf, from, to));
    }
    let end: number;
    let textEnd = 0;
    const hashed = type >= STR && type <= ERROR;
    let hash = HASH_START;
    if (b === SLASH) {
      if (k + 1 >= n || buf[k + 1] !== GT) return i;
      end = k + 2;
    } else {
      // <v>text</v></c>
      if (k + 3 >= n || buf[k + 1] !== LT || buf[k + 2] !== V_ || buf[k + 3] !== GT) return i;
      textEnd = k + 4;
      // Text is hashed as it is scanned, for the cache of decoded texts; numbers never need it.
      if (hashed) {
        while (textEnd < n && (b = buf[textEnd]) !== LT) {
          hash = hashStep(hash, b);
          textEnd++;
        }
      } else while (textEnd < n && buf[textEnd] !== LT) textEnd++;
      end = textEnd + 8;
      if (
        end > n ||
        buf[textEnd + 1] !== SLASH ||
        buf[textEnd + 2] !== V_ ||
        buf[textEnd + 3] !== GT ||
        buf[textEnd + 4] !== LT ||
        buf[textEnd + 5] !== SLASH ||
        buf[textEnd + 6] !== C ||
        buf[textEnd + 7] !== GT
      )
        return i;
    }
    this.col = col > 0 ? col - 1 : this.col + 1;
    this.type = type;
    this.style = style < 0 ? 0 : style;
    this.formula = false;
    if (textEnd === k + 4) this.put(undefined);
    else if (hashed) this.put(this.value(this.texts.hashed(buf, k + 4, textEnd, hash)));
    else {
      const v = this.plain(buf, k + 4, textEnd);
      this.put(v !== undefined ? v : this.value(this.texts.text(buf, k + 4, textEnd)));
    }
    return end;
  }

  /** `<row …>` or `<row …/>`, as `open` (and `close`) read it; `i` when it is anything else. */
  private fastRow(buf: Uint8Array, i: number, n: number): number {
    let k = i + 4;
    if (k >= n || buf[i + 2] !== O || buf[i + 3] !== W) return i;
    let b = buf[k];
    if (b > 32 && b !== SLASH && b !== GT) return i;
    let r = -2;
    while (r === -2) {
      while (k < n && buf[k] <= 32) k++;
      if (k >= n) return i;
      b = buf[k];
      if (b === GT || b === SLASH) break;
      const nameStart = k;
      while (k < n && (b = buf[k]) !== EQUALS && b > 32) k++;
      const nameEnd = k;
      while (k < n && (b = buf[k]) !== QUOT && b !== APOS) k++;
      const q = b;
      const from = ++k;
      while (k < n && (b = buf[k]) !== q && b !== AMP) k++;
      if (k >= n || b === AMP) return i;
      const to = k++;
      if (buf[nameEnd - 1] === R && (nameEnd - nameStart === 1 || buf[nameEnd - 2] === COLON))
        r = digits(buf, from, to);
    }
    // Once r is read the rest (spans, heights, x14ac:dyDescent …) is only stepped over to the
    // tag's end; a quoted value may hold any byte but its quote.
    while (k < n && (b = buf[k]) !== GT) {
      if (b === QUOT || b === APOS) while (++k < n && buf[k] !== b);
      k++;
    }
    if (k >= n) return i;
    const self = buf[k - 1] === SLASH;
    this.startRow(r);
    if (self) this.endRow();
    return k + 1;
  }

  /** `</row>`; `i` when it is anything else. */
  private fastEndRow(buf: Uint8Array, i: number, n: number): number {
    if (i + 6 > n || buf[i + 2] !== R || buf[i + 3] !== O || buf[i + 4] !== W || buf[i + 5] !== GT)
      return i;
    this.endRow();
    return i + 6;
  }

  /** A row's number as Tag.int reads it (-1 when absent or not digits), then a fresh row. */
  private startRow(r: number): void {
    this.row = r > 0 ? r - 1 : this.row + 1;
    this.col = -1;
    this.filled = 0;
    // Only a styled sheet ever sets a format; setting an array's length is a call into the engine.
    if (this.formats.length) this.formats.length = 0;
  }

  private endRow(): void {
    if (!this.inData) return;
    // The row's array is reused, and only cut when a row is shorter than the one before: by
    // `pop`, since setting the length is a call into the engine that trims the array's store.
    const values = this.values;
    while (values.length > this.filled) values.pop();
    this.sink.row(this.row, this.values, this.formats);
  }

  close(name: string): void {
    switch (name) {
      case "c":
        this.store();
        return;
      case "v":
      case "t":
      case "f":
        this.within = NONE;
        return;
      case "rPh":
        this.phonetic = Math.max(0, this.phonetic - 1);
        return;
      case "row":
        this.endRow();
        return;
      case "sheetData":
        this.inData = false;
        return;
    }
  }

  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    if (this.within === NONE || start === end) return;
    // Text that is not empty as bytes is not empty decoded.
    if (this.within === F) {
      this.formula = true;
      return;
    }
    // A value's whole text (nothing before it, its end tag right after) may skip the string.
    if (this.content === undefined && !cdata && this.within === V && buf[end + 1] === SLASH) {
      const v = this.plain(buf, start, end);
      if (v !== undefined) return void (this.read = v);
    }
    const s = cdata ? decode(buf, start, end, true) : this.texts.text(buf, start, end);
    this.content = this.content === undefined ? s : this.content + s;
  }

  /** A number or shared string read straight from a value's bytes; undefined when it must be decoded. */
  private plain(buf: Uint8Array, start: number, end: number): RawValue | undefined {
    const t = this.type;
    if (t < 0 || t > ERROR) {
      const n = plainNumber(buf, start, end);
      return n === undefined ? undefined : this.number(n);
    }
    if (t === SHARED && !this.formula) {
      const i = plainIndex(buf, start, end);
      return i < 0 ? undefined : (this.strings[i] ?? null);
    }
    return undefined;
  }

  private store(): void {
    if (this.formula) this.sink.formula?.(this.row, this.col);
    this.put(this.read !== undefined ? this.read : this.value(this.content));
  }

  /** The cell's value into the row at its column (none: only its format may matter). */
  private put(v: RawValue | undefined): void {
    const format = this.styles.formats[this.style];
    const c = this.col;
    if (v === undefined) {
      if (format && this.sink.emptyFormat) this.sink.emptyFormat(this.row, c, format);
      return;
    }
    if (c >= EXCEL_COLUMNS || this.row >= EXCEL_ROWS) throw this.sink.outside(this.row, c);
    const values = this.values;
    for (let k = this.filled; k < c; k++) values[k] = null;
    values[c] = v;
    if (c >= this.filled) this.filled = c + 1;
    if (format && format !== "General") this.formats[c] = format;
  }

  private value(text: string | undefined): RawValue | undefined {
    if (this.formula) {
      if (!text) return { error: NO_RESULT };
      switch (this.type) {
        case STR:
          return text;
        case BOOL:
          return parseInt(text, 10) !== 0;
        case ERROR:
          return { error: text };
        default:
          return this.number(parseFloat(text));
      }
    }
    if (text === undefined || text === "") return undefined;
    switch (this.type) {
      case SHARED:
        return this.strings[parseInt(text, 10)] ?? null;
      case STR:
      case INLINE:
        return text;
      case BOOL:
        return parseInt(text, 10) !== 0;
      case ERROR:
        return { error: text };
      default:
        return this.number(parseFloat(text));
    }
  }

  private number(n: number): RawValue {
    return this.styles.dates[this.style] ? excelDate(n, this.date1904) : n;
  }
}
