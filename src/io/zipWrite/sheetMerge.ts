import { columnIndex, columnName } from "../../core/mapping/grid";
import { decodeRef } from "../stream/ref";
import { CellEdit, cellXml, SheetEdits } from "./edits";

/** The style index a written cell gets, from the style the cell (or its row) had. */
export type StyleOf = (base: number, edit: CellEdit) => number;

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const QUOT = 34;
const APOS = 39;
/** A head (everything before sheetData) or a row longer than this is no sheet Excel wrote. */
const MAX_HELD = 64 * 1024 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const isSpace = (b: number) => b === 32 || b === 9 || b === 10 || b === 13;

/**
 * Merges cells into a sheet's XML as it streams past, the rest going through byte for byte.
 * Only the head (up to `<sheetData>`, for the dimension) and the rows that get a cell are ever
 * held and parsed; the rows between go by as they came, and once the last edited row is written
 * everything after is copied without a look. So a million-row ledger with a report beside its
 * first forty rows costs one pass of inflate and deflate, not a parse.
 *
 * Sheet XML (ECMA-376 part 1, 18.3.1.73 and .99): rows come in ascending order, each `r`
 * optional (then one past the previous), cells likewise. Text cannot hold a raw `<`, so every
 * `<` outside a comment, CDATA section or processing instruction starts a tag.
 */
export class SheetMerge {
  private carry: Uint8Array | undefined;
  private mode: "head" | "rows" | "tail" = "head";
  /** The namespace prefix of the sheet's elements, colon included ("" for the default). */
  private p = "";
  private readonly rows: number[];
  /** Index in `rows` of the next edited row still to write. */
  private next = 0;
  private lastRow = -1;
  private wait: Promise<void> | undefined;

  constructor(
    private readonly edits: SheetEdits,
    private readonly styleOf: StyleOf,
    private readonly out: (bytes: Uint8Array) => void | Promise<void>,
    private readonly broken: (why: string) => Error,
    /** Called before a cell holding a value is written over or cleared: throws when it is not ours. */
    private readonly mayReplace: (row: number, col: number) => void = () => {},
  ) {
    this.rows = [...edits.keys()].sort((a, b) => a - b);
  }

  /** Takes the next chunk of the sheet; a promise when the output is behind. */
  push(chunk: Uint8Array): Promise<void> | undefined {
    this.wait = undefined;
    const buf = this.carry ? concat(this.carry, chunk) : chunk;
    this.carry = undefined;
    let i = 0;
    if (this.mode === "head") i = this.head(buf);
    if (this.mode === "rows") i = this.body(buf, i);
    if (this.mode === "tail") this.emit(buf.subarray(i));
    else if (i < buf.length) {
      this.carry = buf.slice(i);
      if (this.carry.length > MAX_HELD)
        throw this.broken("har en rad eller ett huvud som är för långt");
    }
    return this.wait;
  }

  end(): Promise<void> | undefined {
    this.wait = undefined;
    if (this.mode !== "tail") throw this.broken("slutar innan bladets rader (sheetData) slutar");
    return this.wait;
  }

  private emit(bytes: Uint8Array | string) {
    const b = typeof bytes === "string" ? encoder.encode(bytes) : bytes;
    if (b.length) this.wait = this.out(b) ?? this.wait;
  }

  /** Until `<sheetData>`: returns where the rows start, or 0 to wait for more. */
  private head(buf: Uint8Array): number {
    const at = findName(buf, "sheetData");
    if (!at) return 0;
    const end = tagEnd(buf, at.start);
    if (end < 0) return 0;
    this.p = at.prefix;
    this.emit(this.dimension(decoder.decode(buf.subarray(0, at.start))));
    if (buf[end - 1] === SLASH) {
      const rows = this.rows.map((r) => this.newRow(r)).join("");
      this.emit(`<${this.p}sheetData>${rows}</${this.p}sheetData>`);
      this.mode = "tail";
    } else {
      this.emit(buf.subarray(at.start, end + 1));
      this.mode = "rows";
    }
    return end + 1;
  }

  /** The rows: returns where to carry on from with the next chunk (the start of an unfinished tag). */
  private body(buf: Uint8Array, from: number): number {
    let i = from;
    let p = from;
    while (this.next < this.rows.length) {
      const lt = buf.indexOf(LT, p);
      if (lt < 0) {
        this.emit(buf.subarray(i));
        return buf.length;
      }
      // Enough bytes to tell `</sheetData>` or `<row` from other tags, or wait for them.
      if (lt + this.p.length + 12 > buf.length) return this.hold(buf, i, lt);
      const c1 = buf[lt + 1];
      if (c1 === BANG || c1 === QUESTION) {
        const close = c1 === QUESTION ? "?>" : buf[lt + 2] === 45 ? "-->" : "]]>";
        const end = indexOfText(buf, close, lt + 2);
        if (end < 0) return this.hold(buf, i, lt);
        p = end + close.length;
        continue;
      }
      if (c1 === SLASH) {
        if (nameAt(buf, lt + 2, this.p + "sheetData") < 0) {
          p = lt + 2;
          continue;
        }
        this.emit(buf.subarray(i, lt));
        this.emit(
          this.rows
            .slice(this.next)
            .map((r) => this.newRow(r))
            .join(""),
        );
        this.next = this.rows.length;
        this.mode = "tail";
        return lt;
      }
      if (nameAt(buf, lt + 1, this.p + "row") < 0) {
        p = lt + 1;
        continue;
      }
      const startEnd = tagEnd(buf, lt);
      if (startEnd < 0) return this.hold(buf, i, lt);
      const r = /\sr="(\d+)"/.exec(decoder.decode(buf.subarray(lt, startEnd)));
      const row = r ? +r[1] - 1 : this.lastRow + 1;
      this.emit(buf.subarray(i, lt));
      i = lt;
      while (this.next < this.rows.length && this.rows[this.next] < row)
        this.emit(this.newRow(this.rows[this.next++]));
      if (this.rows[this.next] === row) {
        let end = startEnd + 1;
        if (buf[startEnd - 1] !== SLASH) {
          const close = indexOfText(buf, `</${this.p}row>`, startEnd);
          if (close < 0) return this.hold(buf, i, lt);
          end = close + this.p.length + 6;
        }
        this.emit(this.mergeRow(decoder.decode(buf.subarray(lt, end)), row));
        this.next++;
        i = end;
        p = end;
      } else p = startEnd + 1;
      this.lastRow = row;
    }
    this.mode = "tail";
    return i;
  }

  /** Emits what is settled and keeps the rest, from an unfinished tag, for the next chunk. */
  private hold(buf: Uint8Array, i: number, from: number): number {
    this.emit(buf.subarray(i, from));
    return from;
  }

  private cell(row: number, col: number, base: number, edit: CellEdit): string {
    const style = edit.format === undefined ? base : this.styleOf(base, edit);
    return cellXml(this.p, row, col, style, edit.value);
  }

  /** A row the sheet does not have: its written cells (a cleared cell that was never there is nothing). */
  private newRow(row: number): string {
    const cells = [...this.edits.get(row)!]
      .filter((e): e is [number, CellEdit] => e[1] !== null)
      .sort((a, b) => a[0] - b[0]);
    if (!cells.length) return "";
    return `<${this.p}row r="${row + 1}">${cells.map(([c, e]) => this.cell(row, c, 0, e)).join("")}</${this.p}row>`;
  }

  /**
   * A row the sheet has, with the edits merged: other cells kept as they were (their XML
   * untouched), edited ones replaced, cleared ones removed. A new cell takes the style of the
   * cell it replaces or, where there was none, its row's, as exceljs gives it. `spans` is only a
   * hint to the reader (18.3.1.73) and may no longer hold, so it goes.
   */
  private mergeRow(xml: string, row: number): string {
    const p = this.p;
    const start = new RegExp(`^<${esc(p)}row\\b([^>]*?)(/?)>`).exec(xml)!;
    let attrs = start[1].replace(/\s+spans="[^"]*"/, "");
    if (!/\sr="/.test(attrs)) attrs = ` r="${row + 1}"${attrs}`;
    const rowStyle = /\scustomFormat="(1|true)"/.test(attrs)
      ? +(/\ss="(\d+)"/.exec(attrs)?.[1] ?? 0)
      : 0;
    const body = start[2] ? "" : xml.slice(start[0].length, xml.length - `</${p}row>`.length);
    const cells = new Map<number, { xml: string; style: number; held?: boolean }>();
    let col = -1;
    const rest = body.replace(
      new RegExp(`<${esc(p)}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${esc(p)}c>)`, "g"),
      (c) => {
        const ref = /^[^>]*?\sr="([A-Za-z]+)\d+"/.exec(c);
        col = ref ? columnIndex(ref[1]) : col + 1;
        const xmlOf = ref ? c : c.replace(/^(<[\w.:-]+)/, `$1 r="${columnName(col)}${row + 1}"`);
        const s = /^[^>]*?\ss="(\d+)"/.exec(c);
        const held = new RegExp(`<${esc(p)}(v|is|f)\\b`).test(c);
        cells.set(col, { xml: xmlOf, style: s ? +s[1] : 0, held });
        return "";
      },
    );
    for (const [c, e] of this.edits.get(row)!) {
      if (cells.get(c)?.held) this.mayReplace(row, c);
      if (e === null) cells.delete(c);
      else cells.set(c, { xml: this.cell(row, c, cells.get(c)?.style ?? rowStyle, e), style: 0 });
    }
    const ordered = [...cells].sort((a, b) => a[0] - b[0]).map(([, c]) => c.xml);
    // What a row holds besides cells is its extLst, which comes last (CT_Row).
    return `<${p}row${attrs}>${ordered.join("")}${rest.trim()}</${p}row>`;
  }

  /** The dimension (the used range, 18.3.1.35) grown to cover the written cells. */
  private dimension(head: string): string {
    const written = [...this.edits].flatMap(([r, cells]) =>
      [...cells].filter(([, e]) => e !== null).map(([c]) => ({ row: r, col: c })),
    );
    if (!written.length) return head;
    return head.replace(
      new RegExp(`(<${esc(this.p)}dimension\\b[^>]*?\\sref=")([^"]*)"`),
      (_, before: string, ref: string) => {
        const [a, b] = ref.split(":");
        const all = [decodeRef(a), decodeRef(b ?? a), ...written];
        const top = Math.min(...all.map((x) => x.row));
        const left = Math.min(...all.map((x) => x.col));
        const bottom = Math.max(...all.map((x) => x.row));
        const right = Math.max(...all.map((x) => x.col));
        return `${before}${columnName(left)}${top + 1}:${columnName(right)}${bottom + 1}"`;
      },
    );
  }
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Where `text` (ASCII) starts in `buf` from `from`, or -1. */
function indexOfText(buf: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let i = buf.indexOf(first, from); i >= 0; i = buf.indexOf(first, i + 1)) {
    if (i + text.length > buf.length) return -1;
    let k = 1;
    while (k < text.length && buf[i + k] === text.charCodeAt(k)) k++;
    if (k === text.length) return i;
  }
  return -1;
}

/** Whether the element name at `at` is `name` (then followed by a space, `>` or `/`): the end, else -1. */
function nameAt(buf: Uint8Array, at: number, name: string): number {
  if (at + name.length >= buf.length) return -1;
  for (let k = 0; k < name.length; k++) if (buf[at + k] !== name.charCodeAt(k)) return -1;
  const b = buf[at + name.length];
  return isSpace(b) || b === GT || b === SLASH ? at + name.length : -1;
}

/** The first start tag `<prefix:name`, with the prefix it uses. */
function findName(buf: Uint8Array, name: string): { start: number; prefix: string } | undefined {
  for (let i = indexOfText(buf, name, 0); i >= 0; i = indexOfText(buf, name, i + 1)) {
    if (nameAt(buf, i, name) < 0) continue;
    let s = i;
    while (s > 0 && buf[s - 1] !== LT && buf[s - 1] !== GT && !isSpace(buf[s - 1])) s--;
    if (s === 0 || buf[s - 1] !== LT) continue;
    const prefix = decoder.decode(buf.subarray(s, i));
    if (prefix !== "" && !/^[^:/!?]+:$/.test(prefix)) continue;
    return { start: s - 1, prefix };
  }
  return undefined;
}

/** The `>` ending the tag that starts at `lt` (quoted attribute values may hold one), or -1. */
function tagEnd(buf: Uint8Array, lt: number): number {
  let q = 0;
  for (let j = lt + 1; j < buf.length; j++) {
    const b = buf[j];
    if (q) {
      if (b === q) q = 0;
    } else if (b === GT) return j;
    else if (b === QUOT || b === APOS) q = b;
  }
  return -1;
}
