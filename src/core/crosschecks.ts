import { rowLabel } from "./checks";
import { Dec } from "./decimal";
import { formatAmount } from "./format";
import { shownValue } from "./layout/print";
import { columnIndex } from "./narrative/sentence";
import { BuiltReport } from "./report/build";
import { Check, ReportTable, TableId } from "./report/model";
import { Cell, Row } from "./tables/cells";

/** A printed table's cell by row and column id, with the names a check cites it by. */
function cellAt(report: BuiltReport, id: TableId, pick: (r: Row) => boolean, column: string) {
  const table = report.tables.find((t) => t.id === id);
  const row = report.cells[id]?.find(pick);
  const at = table ? columnIndex(table, column) : -1;
  const cell = row && at >= 0 ? row.cells[at] : undefined;
  return table && row && cell ? { table, row, cell, heading: table.columns[at] } : undefined;
}

const ref = (t: ReportTable, row: Row, heading: string) => `${t.id}:${rowLabel(row)}:${heading}`;

/**
 * Each indicator is its table's total: the prognosis indicator the prognosis table's, the result
 * indicator the resultaträkning's, the investment indicator the projects'. Built from the same
 * rows they cannot differ today; the check keeps it so when tables or inputs change, and says
 * which figure to trust.
 */
export function indicatorChecks(report: BuiltReport): Check[] {
  const pairs: [TableId, string, TableId, string][] = [
    ["prognosindikator", "prognos", "prognos", "prognos"],
    ["prognosindikator", "avvikelse", "prognos", "avvikelse"],
    ["resultatindikator", "ack-utfall", "resultatrakning", "ack-utfall"],
    ["resultatindikator", "ack-avvikelse", "resultatrakning", "ack-avvikelse"],
    ["investeringsindikator", "arsprognos", "investeringar", "arsprognos"],
    ["investeringsindikator", "avvikelse", "investeringar", "avvikelse"],
  ];
  const checks: Check[] = [];
  for (const [ind, ic, table, tc] of pairs) {
    const a = cellAt(report, ind, () => true, ic);
    const b = cellAt(report, table, (r) => r.kind === "total", tc);
    if (!a?.cell.exact || !b?.cell.exact || a.cell.exact.equals(b.cell.exact)) continue;
    const [t, u] = [a.table, b.table];
    // In kronor, whatever units the two tables print in: a difference below the coarser table's
    // rounding is still a difference, and a controller compares the figures as they are.
    const [x, y] = [a.cell.exact, b.cell.exact];
    const decimals = [x, y].some((v) => !v.mod(100).isZero()) ? 2 : 0;
    const kr = (ore: Dec) => formatAmount(ore.toNumber(), "kr", { decimals }, "kr");
    checks.push({
      id: "indikator-total",
      severity: "fel",
      message: `${t.section} ${t.title}, "${a.heading}", är ${kr(x)} men totalen i ${u.section} ${u.title} är ${kr(y)} (skillnad ${kr(x.minus(y).abs())}); de ska vara samma siffra.`,
      where: [ref(t, a.row, a.heading), ref(u, b.row, b.heading)],
    });
  }
  return checks;
}

/** The figure as a sentence quotes it: the table's printed number and its unit. */
const quoted = (c: Cell) => (c.unit && !c.withUnit ? `${c.text} ${c.unit}` : c.text);

/**
 * Seed 000, 5.2.1: an uppdrag's accumulated deviation and its full-year prognosis tell one story.
 * A surplus so far that the prognosis turns into a deficit (or back) must be explained; one
 * expected to shrink by year end is worth a sentence ("avvikelser … jämnas ut").
 */
export function prognosisVsAccumulated(report: BuiltReport): Check[] {
  const checks: Check[] = [];
  for (const row of report.cells.resultatrakning?.filter((r) => r.kind === "data") ?? []) {
    const ack = cellAt(report, "resultatrakning", (r) => r === row, "ack-avvikelse");
    const prognos = cellAt(report, "resultatrakning", (r) => r === row, "prognos-avvikelse");
    if (!ack?.cell.exact || !prognos?.cell.exact) continue;
    const [x, y] = [ack.cell.exact, prognos.cell.exact];
    const [sx, sy] = [shownValue(ack.cell)!, shownValue(prognos.cell)!];
    const name = rowLabel(row);
    const where = [ref(ack.table, row, ack.heading), ref(ack.table, row, prognos.heading)];
    const [a, p] = [quoted(ack.cell), quoted(prognos.cell)];
    if (
      x.isPositive() !== y.isPositive() &&
      !x.isZero() &&
      !y.isZero() &&
      !sx.isZero() &&
      !sy.isZero()
    ) {
      checks.push({
        id: "prognos-mot-ackumulerat",
        severity: "varning",
        message: `${name}: den ackumulerade avvikelsen är ${a} men prognosen för helåret ${p}, åt andra hållet; förklara vändningen i texten.`,
        where,
      });
    } else if (x.abs().greaterThan(y.abs()) && !sx.equals(sy)) {
      checks.push({
        id: "prognos-mot-ackumulerat",
        severity: "info",
        message: `${name}: den ackumulerade avvikelsen (${a}) är större än den prognostiserade för helåret (${p}); texten bör säga varför den inte väntas kvarstå.`,
        where,
      });
    }
  }
  return checks;
}
