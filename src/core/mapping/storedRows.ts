import type { SourceTable } from "./blocks";
import { RawValue } from "./grid";

/**
 * A table's rows kept column by column in typed arrays, about 9 bytes a cell where an array of
 * cells costs 50 to 100: how the task pane holds a ledger of a million rows, which the browser's
 * worker reads and hands to the page. It is plain data (numbers, typed arrays, strings), so it
 * crosses from the worker by structured clone, and the core replays its rows through the same
 * `LedgerReader` as held rows, with whatever mapping the user chooses afterwards.
 */
export interface StoredRows {
  count: number;
  /** Per column, per row: what the cell holds (`KIND`). */
  kinds: Uint8Array[];
  /** Per column, per row: the number, the index in `texts`, the date's time, or 1/0 for a boolean. */
  numbers: Float64Array[];
  /** Each distinct text (and error value) once. */
  texts: string[];
}

const EMPTY = 0;
const NUMBER = 1;
const TEXT = 2;
const BOOLEAN = 3;
const DATE = 4;
const ERROR = 5;

/** Builds `StoredRows` a row at a time, growing its arrays by doubling. */
export class StoredRowsBuilder {
  private count = 0;
  private capacity = 1024;
  private kinds: Uint8Array[];
  private numbers: Float64Array[];
  private readonly texts: string[] = [];
  private readonly textIndex = new Map<string, number>();

  /** `width` columns, taken from `values` from `offset` on (a sheet row's first table column). */
  constructor(
    private readonly width: number,
    private readonly offset = 0,
  ) {
    this.kinds = Array.from({ length: width }, () => new Uint8Array(this.capacity));
    this.numbers = Array.from({ length: width }, () => new Float64Array(this.capacity));
  }

  get rows(): number {
    return this.count;
  }

  add(values: RawValue[]): void {
    if (this.count === this.capacity) this.grow();
    const r = this.count++;
    for (let c = 0; c < this.width; c++) {
      const v = values[this.offset + c] ?? null;
      let kind = EMPTY;
      let n = 0;
      if (typeof v === "number") {
        kind = NUMBER;
        n = v;
      } else if (typeof v === "string") {
        kind = TEXT;
        n = this.text(v);
      } else if (typeof v === "boolean") {
        kind = BOOLEAN;
        n = v ? 1 : 0;
      } else if (v instanceof Date) {
        kind = DATE;
        n = v.getTime();
      } else if (v !== null) {
        kind = ERROR;
        n = this.text(v.error);
      }
      this.kinds[c][r] = kind;
      this.numbers[c][r] = n;
    }
  }

  build(): StoredRows {
    return {
      count: this.count,
      kinds: this.kinds.map((k) => k.slice(0, this.count)),
      numbers: this.numbers.map((n) => n.slice(0, this.count)),
      texts: this.texts,
    };
  }

  private text(s: string): number {
    let i = this.textIndex.get(s);
    if (i === undefined) this.textIndex.set(s, (i = this.texts.push(s) - 1));
    return i;
  }

  private grow() {
    this.capacity *= 2;
    this.kinds = this.kinds.map((k) => {
      const bigger = new Uint8Array(this.capacity);
      bigger.set(k);
      return bigger;
    });
    this.numbers = this.numbers.map((n) => {
      const bigger = new Float64Array(this.capacity);
      bigger.set(n);
      return bigger;
    });
  }
}

/**
 * Calls `f` with each stored row as held rows read (`null` for an empty cell), in order. The
 * array is reused from row to row, as a streaming reader's is: copy what you keep.
 */
export function eachStoredRow(
  stored: StoredRows,
  f: (values: RawValue[], index: number) => void,
): void {
  const width = stored.kinds.length;
  const values: RawValue[] = new Array<RawValue>(width).fill(null);
  for (let r = 0; r < stored.count; r++) {
    for (let c = 0; c < width; c++) {
      const n = stored.numbers[c][r];
      switch (stored.kinds[c][r]) {
        case NUMBER:
          values[c] = n;
          break;
        case TEXT:
          values[c] = stored.texts[n];
          break;
        case BOOLEAN:
          values[c] = n === 1;
          break;
        case DATE:
          values[c] = new Date(n);
          break;
        case ERROR:
          values[c] = { error: stored.texts[n] };
          break;
        default:
          values[c] = null;
      }
    }
    f(values, r);
  }
}

/** A table's rows, held or stored, with their number: what a reader of every row iterates. */
export function rowCount(t: SourceTable): number {
  return t.stored ? t.stored.count : t.rows.length;
}

/** The rows as held rows, made from the store when there is one: for the rare use besides a ledger. */
export function heldRows(t: SourceTable): RawValue[][] {
  if (!t.stored) return t.rows;
  const rows: RawValue[][] = [];
  eachStoredRow(t.stored, (values) => rows.push(values.slice()));
  return rows;
}
