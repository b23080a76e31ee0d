import { fail } from "../core/errors";

/**
 * What Excel hands a custom function: a matrix parameter is always a 2-D array, even for a single
 * cell, and an omitted optional argument arrives as null or undefined. A blank cell inside a range
 * is null (or "" in some hosts).
 */
export type Cell = unknown;
export type Grid = Cell[][];

/** An error meant for one result cell; functions.ts turns it into a CustomFunctions.Error. */
export interface CellError {
  fel: "invalidValue" | "notAvailable" | "divisionByZero" | "invalidNumber" | "nullReference";
  /** Shown by Excel for #VALUE! and #N/A only; the others show no custom message. */
  message?: string;
}

/** A blank result cell is "", which Excel shows as empty; 0 would be a figure the user didn't ask for. */
export type Out = number | "" | CellError;

export interface Shape {
  rows: number;
  cols: number;
}

/** Tests and other callers may pass a bare value; Excel itself always passes a matrix. */
function asGrid(arg: unknown): Grid | undefined {
  if (arg === null || arg === undefined) return undefined;
  return Array.isArray(arg)
    ? (arg as unknown[]).map((row) => (Array.isArray(row) ? row : [row]))
    : [[arg]];
}

/**
 * One argument of a call, read cell by cell in the hot loop: a single cell is the same value for
 * every element, an omitted argument is null.
 */
export class Arg {
  readonly single: boolean;
  readonly value: Cell;

  constructor(private readonly grid: Grid | undefined) {
    this.single = !grid || (grid.length === 1 && grid[0].length === 1);
    this.value = grid ? grid[0][0] : null;
  }

  get given(): boolean {
    return this.grid !== undefined;
  }

  at(row: number, col: number): Cell {
    return this.single ? this.value : this.grid![row][col];
  }
}

/**
 * The arguments of one call, by their Swedish names. A single cell is repeated over the other
 * arguments' range; ranges must all have the same shape, because pairing the 3rd budget row with
 * some other row's outcome would give a plausible-looking wrong figure.
 */
export class Args {
  readonly shape: Shape;
  private readonly args: Map<string, Arg>;

  constructor(args: Record<string, unknown>) {
    const grids = Object.entries(args).map(([name, a]) => [name, asGrid(a)] as const);
    let shape: Shape = { rows: 1, cols: 1 };
    let from: string | undefined;
    for (const [name, g] of grids) {
      if (!g || (g.length === 1 && g[0].length === 1)) continue;
      const s = { rows: g.length, cols: g[0]?.length ?? 0 };
      if (!from) [shape, from] = [s, name];
      else if (s.rows !== shape.rows || s.cols !== shape.cols)
        fail(
          `området har ${describe(s)} men ${from} har ${describe(shape)}; områdena måste vara lika stora (eller en enda cell)`,
          name,
        );
    }
    this.shape = shape;
    this.args = new Map(grids.map(([name, g]) => [name, new Arg(g)]));
  }

  arg(name: string): Arg {
    return this.args.get(name)!;
  }

  /** Where one element is, for messages: nothing for a single cell, else its row and/or column. */
  place(row: number, col: number): string | undefined {
    const { rows, cols } = this.shape;
    if (rows === 1 && cols === 1) return undefined;
    if (cols === 1) return `rad ${row + 1}`;
    if (rows === 1) return `kolumn ${col + 1}`;
    return `rad ${row + 1}, kolumn ${col + 1}`;
  }

  /** "budget" or "budget (rad 3)": the argument, and the element when the call spans a range. */
  where(name: string, row: number, col: number): string {
    const p = this.place(row, col);
    return p ? `${name} (${p})` : name;
  }

  /**
   * Computes every element; each writes `width` cells from `at` in its row, so a function that
   * answers with a row of five spills five columns per input column. Rows are allocated at their
   * size, not grown, and elements write into them rather than return arrays: a million-cell range
   * allocates nothing per cell but its figures. An element that throws gets `failed`'s cell in
   * each of its columns, so one bad row doesn't hide the others' answers.
   */
  map(
    width: number,
    element: (row: number, col: number, out: Out[], at: number) => void,
    failed: (e: unknown, row: number, col: number) => Out,
  ): Out[][] {
    const { rows, cols } = this.shape;
    const result = new Array<Out[]>(rows);
    for (let r = 0; r < rows; r++) {
      const line = new Array<Out>(cols * width);
      for (let c = 0, at = 0; c < cols; c++, at += width) {
        try {
          element(r, c, line, at);
        } catch (e) {
          line.fill(failed(e, r, c), at, at + width);
        }
      }
      result[r] = line;
    }
    return result;
  }
}

function describe(s: Shape): string {
  return `${s.rows} ${s.rows === 1 ? "rad" : "rader"} × ${s.cols} ${s.cols === 1 ? "kolumn" : "kolumner"}`;
}
