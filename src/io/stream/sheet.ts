import { RawValue } from "../../core/mapping/grid";
import { excelDate } from "./numfmt";
import { Styles } from "./parts";
import { decode, Tag, XmlHandler } from "./xml";

/** Where a sheet's rows go: a row's arrays are reused for the next row, so copy what you keep. */
export interface RowSink {
  row(r: number, values: RawValue[], formats: (string | undefined)[]): void;
  /** A cell holding a formula (the task pane never overwrites one). */
  formula?(r: number, c: number): void;
  /** A cell with a style but no value; only a vertical merge gives it one (see read.ts). */
  emptyFormat?(r: number, c: number, format: string): void;
}

/** Formulas without a cached result are errors the core reports with the cell's address. */
export const NO_RESULT = "formel utan sparat resultat";

const NONE = 0;
const V = 1;
const T = 2;
const F = 3;

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
  private type: string | undefined;
  private style = 0;
  private content: string | undefined;
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
        this.type = tag.attr("t");
        this.style = Math.max(0, tag.int("s"));
        this.content = undefined;
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

  close(name: string): void {
    switch (name) {
      case "c":
        this.cell();
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
    const s = decode(buf, start, end, cdata);
    if (this.within === F) {
      if (s) this.formula = true;
      return;
    }
    this.content = this.content === undefined ? s : this.content + s;
  }

  private cell(): void {
    const format = this.styles.formats[this.style];
    const c = this.col;
    const v = this.value(this.content);
    if (this.formula) this.sink.formula?.(this.row, c);
    if (v === undefined) {
      if (format && this.sink.emptyFormat) this.sink.emptyFormat(this.row, c, format);
      return;
    }
    for (let k = this.values.length; k < c; k++) this.values[k] = null;
    this.values[c] = v;
    if (format && format !== "General") this.formats[c] = format;
  }

  private value(text: string | undefined): RawValue | undefined {
    if (this.formula) {
      if (!text) return { error: NO_RESULT };
      switch (this.type) {
        case "str":
          return text;
        case "b":
          return parseInt(text, 10) !== 0;
        case "e":
          return { error: text };
        default:
          return this.number(parseFloat(text));
      }
    }
    if (text === undefined || text === "") return undefined;
    switch (this.type) {
      case "s":
        return this.strings[parseInt(text, 10)] ?? null;
      case "str":
      case "inlineStr":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: text };
      default:
        return this.number(parseFloat(text));
    }
  }

  private number(n: number): RawValue {
    return this.styles.dates[this.style] ? excelDate(n, this.date1904) : n;
  }
}
