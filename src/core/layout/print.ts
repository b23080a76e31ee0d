import { Dec } from "../decimal";
import { formatAmount, formatDecimal, formatPercent, roundHalfAway } from "../format";
import { inUnit } from "../money";
import { Figure } from "../report/model";
import { Built } from "../tables/builder";
import { Cell, Row, Value } from "../tables/cells";
import { FieldContext, fillFields } from "./fields";
import { ColumnLayout, TableLayout } from "./model";
import { TABLE_SCHEMA } from "./schema";

/**
 * Prints a built table the way its layout says: the layout's columns in the layout's order (those
 * this run has), their headings with the run's fields filled in, amounts in the layout's unit and
 * decimals. This is the one place a figure becomes text.
 */
export function printTable(
  built: Built,
  layout: TableLayout,
  ctx: FieldContext,
): { columns: ColumnLayout[]; headings: string[]; rows: Row[] } {
  const labelColumn = TABLE_SCHEMA[layout.id].label;
  const columns = layout.columns.filter((c) => !built.columns || built.columns.includes(c.id));
  return {
    columns,
    headings: columns.map((c) => fillFields(c.heading, ctx)),
    rows: built.rows.map((r) => ({
      kind: r.kind,
      label: textOf(r.values[labelColumn ?? ""]),
      where: r.where,
      cells: columns.map((c) => printCell(r.values[c.id], layout, c.decimals ?? layout.decimals)),
    })),
  };
}

const textOf = (v: Value | undefined) => (v?.kind === "text" ? v.text : "");

function printCell(v: Value | undefined, layout: TableLayout, decimals: number): Cell {
  if (!v) return { text: "" };
  if (v.kind === "text") return { text: v.text };
  const style = { decimals, trimZeros: v.trimZeros };
  if (v.kind === "andel") {
    if (!v.fraction) return { text: "–" };
    const shown = shownDecimals(v.fraction.times(100), style);
    return {
      text: formatPercent(v.fraction, style),
      exact: v.fraction,
      kind: "andel",
      decimals: shown,
    };
  }
  // The validation guarantees a unit on every table with amounts.
  const unit = layout.unit!;
  const text =
    v.suffix === "word"
      ? `${formatDecimal(inUnit(v.ore, unit), style)} ${unit[0].toUpperCase()}${unit.slice(1)}`
      : formatAmount(v.ore, unit, style, v.suffix === "unit" ? unit : undefined);
  return {
    text,
    exact: new Dec(v.ore),
    kind: "belopp",
    unit,
    decimals: shownDecimals(inUnit(v.ore, unit), style),
    ...(v.suffix ? { withUnit: true } : {}),
  };
}

/** The decimals a figure shows: fewer than the style's when trailing zeros are dropped ("10", "0,6"). */
function shownDecimals(d: Dec, style: { decimals: number; trimZeros?: boolean }): number {
  return style.trimZeros ? roundHalfAway(d, style.decimals).decimalPlaces() : style.decimals;
}

/** The value a printed cell shows, in its unit (or in percent): what a reader adds up. */
export function shownValue(cell: Cell): Dec | undefined {
  if (cell.exact === undefined) return undefined;
  const inShown =
    cell.kind === "andel" ? cell.exact.times(100) : inUnit(cell.exact.toNumber(), cell.unit!);
  return roundHalfAway(inShown, cell.decimals ?? 0);
}

/** The typed figure a JSON document carries next to a printed cell. */
export function figureOf(cell: Cell): Figure | null {
  if (cell.exact === undefined || !cell.kind) return null;
  return {
    kind: cell.kind,
    exact: cell.exact.toString(),
    ...(cell.unit ? { unit: cell.unit } : {}),
    decimals: cell.decimals ?? 0,
    ...(cell.withUnit ? { withUnit: true } : {}),
  };
}
