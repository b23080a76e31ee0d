import { Dec } from "../decimal";
import { Ore } from "../money";
import { RowKind } from "../report/model";
import { Unit } from "../units";

/**
 * What a builder puts in a cell, before the layout says how to print it: a label, an amount in
 * öre, or a fraction. The unit and decimals come from the layout, so a builder never formats.
 */
export type Value =
  | { kind: "text"; text: string }
  /** `suffix` prints the unit after the figure ("-475 423 tkr"); "word" capitalises it ("119,7 Mnkr"). */
  | { kind: "belopp"; ore: Ore; suffix?: "unit" | "word"; trimZeros?: boolean }
  /** A fraction; undefined when it cannot be computed (last year 0), printed as "–". */
  | { kind: "andel"; fraction: Dec | undefined; trimZeros?: boolean };

/** A builder's row: values keyed by column id (docs/layout.md), and the workbook places behind them. */
export interface BuiltRow {
  kind: RowKind;
  values: Partial<Record<string, Value>>;
  where: string[];
}

export const label = (t: string): Value => ({ kind: "text", text: t });

export function amount(
  ore: Ore | undefined,
  opts: { suffix?: "unit" | "word"; trimZeros?: boolean } = {},
): Value | undefined {
  return ore === undefined ? undefined : { kind: "belopp", ore, ...opts };
}

export const percent = (fraction: Dec | undefined, trimZeros?: boolean): Value => ({
  kind: "andel",
  fraction,
  ...(trimZeros ? { trimZeros } : {}),
});

/**
 * A printed cell and, for figures, the exact value behind it (öre for amounts, a fraction for
 * percentages) with the unit and decimals it was printed in. Checks, narrative and exports work
 * on these, never on the printed text.
 */
export interface Cell {
  text: string;
  exact?: Dec;
  kind?: "belopp" | "andel";
  unit?: Unit;
  decimals?: number;
  withUnit?: boolean;
}

export interface Row {
  kind: RowKind;
  /** The text of the column that names the rows (docs/layout.md), "" in a table without one. */
  label: string;
  cells: Cell[];
  where: string[];
}

/** Sums optional amounts; undefined when no row has one, so a missing column stays blank. */
export function total(values: (Ore | undefined)[]): Ore | undefined {
  let sum: Ore | undefined;
  for (const v of values) if (v !== undefined) sum = (sum ?? 0) + v;
  return sum;
}
