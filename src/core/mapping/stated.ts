import { normaliseLabel, rowLabel, rowNamed } from "../checks";
import { Dec } from "../decimal";
import { EkoError } from "../errors";
import { formatDecimal } from "../format";
import { AngivetVarde } from "../input";
import { parseSwedishNumber } from "../parse";
import { ReportTable } from "../report/model";
import { Row } from "../tables/cells";
import { amountUnit, ORE_PER, Unit, unitInText } from "../units";
import { cellAddress, SourceTable } from "./blocks";
import { normaliseHeader, RawValue } from "./grid";

export interface StatedTable {
  source: SourceTable;
  table: string;
  values: AngivetVarde[];
  /** The row labels the workbook lists, in its order (categories without projects, say). */
  labels: string[];
}

/**
 * Finds workbook tables that are earlier, hand-made versions of report tables (same column
 * headers), and reads their figures as statements to check ours against. Seed 002 holds three:
 * the 5.1 indicator, the investment table per category and chapter 6.
 */
export function findStated(
  candidates: SourceTable[],
  tables: ReportTable[],
  cells: Record<string, Row[]>,
  /** Other headings a column is known by (the reference report's, when the layout renames it). */
  alsoKnownAs?: (table: ReportTable, column: number) => string[],
): StatedTable[] {
  const found: StatedTable[] = [];
  for (const source of candidates) {
    const headers = source.headers.map(normaliseHeader);
    let best: { table: ReportTable; columns: Map<number, number>; score: number } | undefined;
    for (const table of tables) {
      const columns = new Map<number, number>();
      table.columns.forEach((c, i) => {
        const names = [c, ...(alsoKnownAs?.(table, i) ?? [])].map(normaliseHeader);
        const h = headers.findIndex((x) => names.includes(x));
        if (h >= 0) columns.set(h, i);
      });
      if (columns.size >= 2 && columns.size > (best?.score ?? 0))
        best = { table, columns, score: columns.size };
    }
    if (!best) continue;
    found.push(readStated(source, best.table, best.columns, cells[best.table.id] ?? []));
  }
  return found;
}

function readStated(
  source: SourceTable,
  table: ReportTable,
  columns: Map<number, number>,
  rows: Row[],
): StatedTable {
  const ourLabels = rows.map((r) => normaliseLabel(rowLabel(r)));
  const unit: Unit | undefined =
    source.headers.map(unitInText).find(Boolean) ??
    unitInText(source.caption) ??
    amountUnit(table.unit);
  const values: AngivetVarde[] = [];
  const labels: string[] = [];
  source.rows.forEach((raw, r) => {
    const texts = raw
      .filter((v): v is string => typeof v === "string" && isLabel(v))
      .map((v) => v.trim());
    if (!texts.length) return;
    const label =
      texts.find((t) => ourLabels.includes(normaliseLabel(t))) ?? texts[texts.length - 1];
    labels.push(label);
    for (const [h, c] of columns) {
      const ours = rowNamed(rows, label)?.cells[c];
      const kind = ours?.kind ?? (table.unit === "%" ? "andel" : "belopp");
      const v = statedValue(raw[h], source.formats[r]?.[h], kind, unit);
      if (v)
        values.push({
          table: table.id,
          row: label,
          column: table.columns[c],
          columnId: table.columnIds![c],
          kind,
          ...v,
          where: cellAddress(source, r, h),
        });
    }
  });
  return { source, table: table.id, values, labels };
}

/** The value and the precision it was written with: "119,7 Mnkr" is 119,7 ± 0,05 mnkr. */
function statedValue(
  v: RawValue,
  format: string | undefined,
  kind: "belopp" | "andel",
  unit: Unit | undefined,
) {
  let parsed: { value: Dec; unit?: Unit; percent: boolean };
  let decimals: number;
  let text: string;
  if (typeof v === "number") {
    // A typed number shows as many decimals as its format asks for ("0,0" shows 15 as 15,0).
    const percent = kind === "andel" && !!format?.includes("%");
    const value = new Dec(String(v)).times(percent ? 100 : 1);
    decimals = /[.,](0+)/.exec(format ?? "")?.[1].length ?? value.decimalPlaces();
    text = formatDecimal(value, { decimals }) + (kind === "andel" ? "%" : "");
    parsed = { value: kind === "andel" ? value.div(100) : value, percent };
  } else if (typeof v === "string" && !isLabel(v)) {
    text = v.trim();
    parsed = parseSwedishNumber(text);
    decimals = /,(\d+)/.exec(text.replace(/[^\d,]/g, ""))?.[1].length ?? 0;
  } else return undefined;
  if (kind === "andel") {
    return { value: parsed.value, step: new Dec(10).pow(-decimals - 2), text };
  }
  const u = parsed.unit ?? unit ?? "tkr";
  return {
    value: parsed.value.times(ORE_PER[u]),
    step: new Dec(10).pow(-decimals).times(ORE_PER[u]),
    text: parsed.unit ? text : `${text} ${u}`,
  };
}

function isLabel(v: string): boolean {
  if (!v.trim()) return false;
  try {
    parseSwedishNumber(v);
    return false;
  } catch (e) {
    if (e instanceof EkoError) return true;
    throw e;
  }
}
