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
 * The arguments of one call, by their Swedish names. A single cell is repeated over the other
 * arguments' range; ranges must all have the same shape, because pairing the 3rd budget row with
 * some other row's outcome would give a plausible-looking wrong figure.
 */
export class Args {
  readonly shape: Shape;
  private readonly grids: Map<string, Grid | undefined>;

  constructor(args: Record<string, unknown>) {
    this.grids = new Map(Object.entries(args).map(([name, a]) => [name, asGrid(a)]));
    let shape: Shape = { rows: 1, cols: 1 };
    let from: string | undefined;
    for (const [name, g] of this.grids) {
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
  }

  has(name: string): boolean {
    return this.grids.get(name) !== undefined;
  }

  cell(name: string, row: number, col: number): Cell {
    const g = this.grids.get(name);
    if (!g) return null;
    return g.length === 1 && g[0].length === 1 ? g[0][0] : g[row][col];
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
   * Computes every element; each yields one or more cells placed side by side, so a function that
   * answers with a row of five spills five columns per input column.
   */
  map(element: (row: number, col: number) => Out[]): Out[][] {
    const out: Out[][] = [];
    for (let r = 0; r < this.shape.rows; r++) {
      const line: Out[] = [];
      for (let c = 0; c < this.shape.cols; c++) line.push(...element(r, c));
      out.push(line);
    }
    return out;
  }
}

function describe(s: Shape): string {
  return `${s.rows} ${s.rows === 1 ? "rad" : "rader"} × ${s.cols} ${s.cols === 1 ? "kolumn" : "kolumner"}`;
}
