import { EkoError } from "../errors";
import { formatAmount } from "../format";
import { UppdragRad } from "../input";
import { Check, Period } from "../report/model";
import { formatPeriod, MONTHS, parsePeriod, periodText } from "../report/period";
import type { SourceTable } from "./blocks";
import { normaliseHeader } from "./grid";
import { describe, headerPeriod } from "./headerPeriod";
import { KIND_BY_NAME } from "./kinds";
import type { SourceMapping } from "./match";
import type { Suggested } from "../report/suggest";

/**
 * The data's period against the report's. Four months' outcome against a full-year budget reads
 * as a large surplus, so a workbook whose figures are for another period than the one asked for
 * is a check (fel) naming where it says so: a caption, the workbook's own Period row, or its
 * figures (in a whole-year report the accumulated budget is the annual budget).
 */
export function dataPeriodChecks(
  tables: SourceTable[],
  mappings: SourceMapping[],
  /** The period the workbook itself names (a Period row, a caption, its file name), if any. */
  own: Suggested | undefined,
  period: Period,
  periodGiven: boolean,
): Check[] {
  const checks: Check[] = [];
  const stated = own && statedPeriod(own.value);
  const index = (p: Period) => p.year * 12 + p.month;
  if (own?.from === "kolumn" && stated && index(stated) < index(period)) {
    // A period column gives the last month with data: later rows are left out and counted, but
    // months missing at the end would make a part of the year look like all of it.
    checks.push({
      id: "dataperiod-avviker",
      severity: "fel",
      message: `${own.where}: den senaste perioden i data är ${MONTHS[stated.month - 1]} ${stated.year}, men rapporten gäller ${periodText(period)}; månaderna efter saknas. Kontrollera perioden eller underlaget.`,
      where: [own.where],
    });
  } else if (
    periodGiven &&
    own?.from !== "kolumn" &&
    stated &&
    formatPeriod(stated) !== formatPeriod(period)
  ) {
    checks.push({
      id: "dataperiod-avviker",
      severity: "fel",
      message: `${own!.where}: arbetsboken anger perioden ${periodText(stated)}, men rapporten gäller ${periodText(period)} (vald period). Siffrorna i arbetsboken kan gälla en annan period än rapporten; kontrollera perioden.`,
      where: [own!.where],
    });
  }
  for (const m of mappings) {
    const t = tables.find((x) => x.id === m.table);
    if (!t?.caption || !KIND_BY_NAME[m.kind].periodRoles) continue;
    const hp = headerPeriod(normaliseHeader(t.caption));
    if (!hp || hp.to === undefined) continue;
    const year = hp.year ?? period.year;
    if (hp.from === 1 && hp.to === period.month && year === period.year) continue;
    checks.push({
      id: "dataperiod-avviker",
      severity: "fel",
      message: `${t.id}: rubriken ovanför tabellen, "${t.caption}", gäller ${describe(hp)}, men rapporten gäller ${periodText(period)}. Kontrollera att siffrorna är för rätt period.`,
      where: [t.id],
    });
  }
  return checks;
}

function statedPeriod(text: string): Period | undefined {
  try {
    return parsePeriod(text);
  } catch (e) {
    if (e instanceof EkoError) return undefined;
    throw e;
  }
}

/**
 * In a whole-year report the accumulated budget and the annual budget are the same figure; a
 * table where they differ holds an accumulated budget for part of the year.
 */
export function annualBudgetCheck(rows: UppdragRad[] | undefined, period: Period): Check[] {
  if (period.month !== 12 || !rows) return [];
  const both = rows.filter((r) => r.ackBudget !== undefined && r.arsbudget !== undefined);
  const differ = both.filter((r) => r.ackBudget !== r.arsbudget);
  if (!differ.length) return [];
  const sum = (f: (r: UppdragRad) => number) => both.reduce((s, r) => s + f(r), 0);
  const fmt = (o: number) => formatAmount(o, "tkr", { decimals: 0 }, "tkr");
  return [
    {
      id: "dataperiod-avviker",
      severity: "fel",
      message: `Rapporten gäller ${periodText(period)}, men den ackumulerade budgeten (${fmt(sum((r) => r.ackBudget!))}) skiljer sig från årsbudgeten (${fmt(sum((r) => r.arsbudget!))}), till exempel på ${differ[0].where}: siffrorna gäller en del av året. Kontrollera perioden.`,
      where: differ.map((r) => r.where),
    },
  ];
}
