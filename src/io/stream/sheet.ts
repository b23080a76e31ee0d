import { RawValue } from "../../core/mapping/grid";
import { plainIndex, plainNumber, TextCache } from "./bytes";
import { excelDate } from "./numfmt";
import { Styles } from "./parts";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "./ref";
import { decode, Tag, XmlHandler } from "./xml";

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
/** `</v></c>` */
const CLOSE_V_C = [60, 47, 118, 62, 60, 47, 99, 62];

/** A cell reference's column, 0-based ("AB7" → 27); -1 when it starts with no letter (as Tag.column). */
function column(buf: Uint8Array, from: number, to: number): number {
  let col = 0;
  let k = from;
  for (; k < to; k++) {
    const c = buf[k] | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + c - 96;
  }
  return k > from ? col - 1 : -1;
}

/** The t attribute's index in TYPES, or TYPES.length for anything else (as Tag.choice). */
function typeOf(buf: Uint8Array, from: number, to: number): number {
  outer: for (let i = 0; i < TYPES.length; i++) {
    const v = TYPES[i];
    if (v.length !== to - from) continue;
    for (let k = 0; k < v.length; k++) if (buf[from + k] !== v.charCodeAt(k)) continue outer;
    return i;
  }
  return TYPES.length;
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
      case "row": {
        const r = tag.int("r");
        this.row = r > 0 ? r - 1 : this.row + 1;
        this.col = -1;
        this.values.length = 0;
        this.formats.length = 0;
        return;
      }
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
   * The common cell, `<c …><v>…</v></c>` or `<c …/>`, whole in `buf` from `i` (its `<`), read in
   * one go as `open`, `text` and `close` would read it: a ledger is millions of these. Anything
   * else (a formula, inline text, a namespace prefix, white space between the tags, an entity in
   * an attribute) returns `i` and is read tag by tag.
   */
  cell(buf: Uint8Array, i: number): number {
    const n = buf.length;
    let k = i + 2;
    if (k >= n || (buf[k] > 32 && buf[k] !== SLASH && buf[k] !== GT)) return i;
    let col = -1;
    let type = -1;
    let style = -1;
    for (;;) {
      while (k < n && buf[k] <= 32) k++;
      if (k >= n) return i;
      if (buf[k] === GT || buf[k] === SLASH) break;
      const nameStart = k;
      while (k < n && buf[k] !== EQUALS && buf[k] > 32) k++;
      const nameEnd = k;
      while (k < n && buf[k] !== QUOT && buf[k] !== APOS) k++;
      if (k >= n) return i;
      const from = k + 1;
      k = buf.indexOf(buf[k], from);
      if (k < 0) return i;
      const to = k++;
      // Only one-letter local names matter here (r, t, s); the first of each counts, as in Tag.
      if (nameEnd - nameStart !== 1 && buf[nameEnd - 2] !== COLON) continue;
      for (let e = from; e < to; e++) if (buf[e] === AMP) return i;
      const a = buf[nameEnd - 1];
      if (a === R && col === -1) col = column(buf, from, to) + 1;
      else if (a === TYPE && type === -1) type = typeOf(buf, from, to);
      else if (a === STYLE && style === -1) style = Math.max(0, plainIndex(buf, from, to));
    }
    const self = buf[k] === SLASH;
    let end: number;
    let textEnd = 0;
    if (self) {
      if (buf[k + 1] !== GT) return i;
      end = k + 2;
    } else {
      // <v>text</v></c>
      if (buf[k + 1] !== LT || buf[k + 2] !== V_ || buf[k + 3] !== GT) return i;
      textEnd = buf.indexOf(LT, k + 4);
      if (textEnd < 0 || textEnd + 8 > n) return i;
      for (let e = 0; e < 8; e++) if (buf[textEnd + e] !== CLOSE_V_C[e]) return i;
      end = textEnd + 8;
    }
    this.col = col > 0 ? col - 1 : this.col + 1;
    this.type = type;
    this.style = Math.max(0, style);
    this.content = undefined;
    this.read = undefined;
    this.formula = false;
    if (!self && textEnd > k + 4) {
      this.within = V;
      this.text(buf, k + 4, textEnd, false);
      this.within = NONE;
    }
    this.store();
    return end;
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
        if (this.inData) this.sink.row(this.row, this.values, this.formats);
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
      const t = this.type;
      if (t < 0 || t > ERROR) {
        const n = plainNumber(buf, start, end);
        if (n !== undefined) return void (this.read = this.number(n));
      } else if (t === SHARED && !this.formula) {
        const i = plainIndex(buf, start, end);
        if (i >= 0) return void (this.read = this.strings[i] ?? null);
      }
    }
    const s = cdata ? decode(buf, start, end, true) : this.texts.text(buf, start, end);
    this.content = this.content === undefined ? s : this.content + s;
  }

  private store(): void {
    const format = this.styles.formats[this.style];
    const c = this.col;
    const v = this.read !== undefined ? this.read : this.value(this.content);
    if (this.formula) this.sink.formula?.(this.row, c);
    if (v === undefined) {
      if (format && this.sink.emptyFormat) this.sink.emptyFormat(this.row, c, format);
      return;
    }
    if (c >= EXCEL_COLUMNS || this.row >= EXCEL_ROWS) throw this.sink.outside(this.row, c);
    for (let k = this.values.length; k < c; k++) this.values[k] = null;
    this.values[c] = v;
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
