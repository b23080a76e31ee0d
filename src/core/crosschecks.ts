import { rowLabel } from "./checks";
import { Dec } from "./decimal";
import { formatAmount } from "./format";
import { BuiltReport } from "./report/build";
import { Check, TableId } from "./report/model";
import { Row } from "./tables/cells";

const exactAt = (rows: Row[] | undefined, pick: (r: Row) => boolean, col: number) =>
  rows?.find(pick)?.cells[col]?.exact;

/**
 * Each indicator is its table's total: 5.1.1 the prognosis table's, 5.2 the resultaträkning's,
 * 5.3 the projects'. Built from the same rows they cannot differ today; the check keeps it so
 * when tables or inputs change, and says which figure to trust.
 */
export function indicatorChecks(report: BuiltReport): Check[] {
  const pairs: [TableId, number, TableId, number][] = [
    ["prognosindikator", 1, "prognos", 1],
    ["prognosindikator", 3, "prognos", 3],
    ["resultatindikator", 1, "resultatrakning", 1],
    ["resultatindikator", 3, "resultatrakning", 3],
    ["investeringsindikator", 1, "investeringar", 3],
    ["investeringsindikator", 3, "investeringar", 4],
  ];
  const checks: Check[] = [];
  for (const [ind, ic, table, tc] of pairs) {
    const a = exactAt(report.cells[ind], () => true, ic);
    const b = exactAt(report.cells[table], (r) => r.kind === "total", tc);
    if (!a || !b || a.equals(b)) continue;
    const t = report.tables.find((x) => x.id === ind)!;
    const u = report.tables.find((x) => x.id === table)!;
    checks.push({
      id: "indikator-total",
      severity: "fel",
      message: `${t.section} ${t.title}, "${t.columns[ic]}", är ${tkr(a)} men totalen i ${u.section} ${u.title} är ${tkr(b)}; de ska vara samma siffra.`,
      where: [
        `${ind}:${rowLabel(report.cells[ind][0])}:${t.columns[ic]}`,
        `${table}:${rowLabel(report.cells[table].find((r) => r.kind === "total")!)}:${u.columns[tc]}`,
      ],
    });
  }
  return checks;
}

const tkr = (ore: Dec) => formatAmount(ore.toNumber(), "tkr", { decimals: 0 }, "tkr");

/**
 * Seed 000, 5.2.1: an uppdrag's accumulated deviation and its full-year prognosis tell one story.
 * A surplus so far that the prognosis turns into a deficit (or back) must be explained; one
 * expected to shrink by year end is worth a sentence ("avvikelser … jämnas ut").
 */
export function prognosisVsAccumulated(report: BuiltReport): Check[] {
  const t = report.tables.find((x) => x.id === "resultatrakning");
  if (!t || t.columns.length < 5) return [];
  const checks: Check[] = [];
  for (const row of report.cells.resultatrakning.filter((r) => r.kind === "data")) {
    const ack = row.cells[3]?.exact;
    const prognos = row.cells[4]?.exact;
    if (!ack || !prognos) continue;
    const name = rowLabel(row);
    const where = [
      `resultatrakning:${name}:${t.columns[3]}`,
      `resultatrakning:${name}:${t.columns[4]}`,
    ];
    const [a, p] = [row.cells[3].text, row.cells[4].text];
    if (
      ack.isPositive() !== prognos.isPositive() &&
      !ack.isZero() &&
      !prognos.isZero() &&
      a !== "0,0" &&
      p !== "0,0"
    ) {
      checks.push({
        id: "prognos-mot-ackumulerat",
        severity: "varning",
        message: `${name}: den ackumulerade avvikelsen är ${a} mnkr men prognosen för helåret ${p} mnkr, åt andra hållet; förklara vändningen i texten.`,
        where,
      });
    } else if (ack.abs().greaterThan(prognos.abs()) && a !== p) {
      checks.push({
        id: "prognos-mot-ackumulerat",
        severity: "info",
        message: `${name}: den ackumulerade avvikelsen (${a} mnkr) är större än den prognostiserade för helåret (${p} mnkr); texten bör säga varför den inte väntas kvarstå.`,
        where,
      });
    }
  }
  return checks;
}
