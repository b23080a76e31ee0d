import { Dec } from "./decimal";
import { formatDecimal } from "./format";
import { AngivetVarde } from "./input";
import { shownValue } from "./layout/print";
import { Check, ReportTable } from "./report/model";
import { Cell, Row } from "./tables/cells";

/** A report cell, addressed the way checks and the JSON name it: "resultatrakning:Totalt:Ack utfall". */
export function cellRef(table: string, row: string, column: string): string {
  return `${table}:${row}:${column}`;
}

/** The text that names a row: its label column's ("Sjukfrånvaro" under the group "Medarbetare"). */
export const rowLabel = (row: Row): string => row.label;

export const normaliseLabel = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[.:]/g, "")
    .trim();

/**
 * The report row a workbook label names. A workbook's "Totalt", "Summa" or "TOTAL" is the total
 * row whatever the layout calls it.
 */
export function rowNamed(rows: Row[], label: string): Row | undefined {
  const wanted = normaliseLabel(label);
  return (
    rows.find((r) => normaliseLabel(rowLabel(r)) === wanted) ??
    (/^(total|totalt|summa)$/.test(wanted) ? rows.find((r) => r.kind === "total") : undefined)
  );
}

/**
 * Rounded rows need not add up to the rounded total, and the report must not fudge them; but a
 * reader will add them, so we say where it happens and why (seed 002, 5.1.2: rows add up to
 * 130,6, the total is 130,7).
 */
export function roundingChecks(table: ReportTable, rows: Row[]): Check[] {
  const totalRow = rows.find((r) => r.kind === "total");
  if (!totalRow) return [];
  const data = rows.filter((r) => r.kind === "data");
  const checks: Check[] = [];
  totalRow.cells.forEach((cell, col) => {
    if (cell.exact === undefined) return;
    const shownOf = (c: Cell | undefined) => (c && shownValue(c)) ?? new Dec(0);
    const printedSum = data.reduce((s, r) => s.plus(shownOf(r.cells[col])), new Dec(0));
    if (printedSum.equals(shownOf(cell))) return;
    const shown = formatDecimal(printedSum, { decimals: cell.decimals ?? 0 });
    checks.push({
      id: "avrundning",
      severity: "info",
      message:
        `${table.section} ${table.title}, kolumn "${table.columns[col]}": de avrundade raderna summerar till ${shown}, ` +
        `totalen visar ${cell.text}. Totalen är den exakta summan avrundad; skillnaden är avrundning, inget fel.`,
      where: [cellRef(table.id, rowLabel(totalRow), table.columns[col])],
    });
  });
  return checks;
}

/**
 * A figure the workbook states for a report cell (a hand-typed indicator, a total row) that is
 * not what the rows give. Seed 002 states 119 695 tkr in 5.1 where its own resultaträkning
 * gives 130,7 mnkr: that is exactly what this finds.
 */
export function statedChecks(table: ReportTable, rows: Row[], stated: AngivetVarde[]): Check[] {
  const checks: Check[] = [];
  for (const s of stated.filter((a) => a.table === table.id)) {
    const row = rowNamed(rows, s.row);
    const col = table.columnIds?.indexOf(s.columnId) ?? -1;
    const cell = row && col >= 0 ? row.cells[col] : undefined;
    const ref = cellRef(table.id, s.row, s.column);
    if (!row || !cell || cell.exact === undefined) {
      checks.push({
        id: "angivet-saknar-motsvarighet",
        severity: "varning",
        message: `${s.where} anger ${s.text} för "${s.row}", "${s.column}" men ${table.section} ${table.title} har ingen sådan siffra.`,
        where: [s.where],
      });
      continue;
    }
    if (cell.exact.div(s.step).toDecimalPlaces(0).equals(s.value.div(s.step))) continue;
    const ours = cell.unit && !cell.withUnit ? `${cell.text} ${cell.unit}` : cell.text;
    checks.push({
      id: "angivet-varde-avviker",
      severity: "fel",
      message:
        `${s.where} anger ${s.text} för ${table.section} ${table.title}, "${s.row}", "${s.column}", ` +
        `men underlaget ger ${ours}. Rapporten visar ${ours}; rätta eller förklara ${s.where}.`,
      where: [s.where, ref],
    });
  }
  return checks;
}
