import { normaliseLabel, rowLabel } from "../checks";
import { Dec } from "../decimal";
import { formatDecimal } from "../format";
import { BuiltReport } from "../report/build";
import { Check, ReportTable, TableId } from "../report/model";
import { Row } from "../tables/cells";
import { ORE_PER } from "../units";
import { agrees, numbersIn, WrittenNumber } from "./numbers";
import type { TextPlace } from "./textcheck";

interface Figure {
  table: ReportTable;
  row: Row;
  column: number;
  exact: Dec;
}

const NUM = String.raw`(?:plus |minus |[+\-\u2212]\s?)?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?\s?(?:mnkr|tkr|kr|procentenheter|procent|%)`;

function figure(
  report: BuiltReport,
  id: TableId,
  pick: (rows: Row[]) => Row | undefined,
  column: (t: ReportTable) => number,
): Figure | undefined {
  const table = report.tables.find((t) => t.id === id);
  const row = table && pick(report.cells[id]);
  const col = table ? column(table) : -1;
  const exact = row?.cells[col]?.exact;
  return table && row && exact ? { table, row, column: col, exact } : undefined;
}

const total = (rows: Row[]) => rows.find((r) => r.kind === "total");
const avvColumn = (t: ReportTable) =>
  t.columns.findIndex((c) => /^ack.*avv/i.test(c) || (t.id === "prognos" && /avvikelse/i.test(c)));
const inSection = (t: ReportTable | undefined, context: string | undefined) =>
  !!t && !!context && (t.section === context || t.section.startsWith(`${context}.`));

/** Whether a sentence speaks of the prognosis (its words, or the heading it stands under). */
function aboutPrognosis(
  report: BuiltReport,
  prognosis: boolean,
  context: string | undefined,
): boolean {
  const prognos = report.tables.find((t) => t.id === "prognos");
  if (!prognos) return false;
  return prognosis || inSection(prognos, context);
}

function check(
  id: string,
  severity: Check["severity"],
  place: TextPlace,
  message: string,
  f: Figure,
): Check {
  return {
    id,
    severity,
    message: `Rad ${place.line}: ${message}`,
    where: [
      `text:rad ${place.line}`,
      `${f.table.id}:${rowLabel(f.row) || "rad 1"}:${f.table.columns[f.column]}`,
    ],
  };
}

/** Our figure written like the text wrote its own: same unit, decimals and sign convention. */
function like(n: WrittenNumber, exact: Dec, percent: boolean): string {
  const value = percent ? exact.times(100) : exact.div(ORE_PER[n.unit ?? "mnkr"]);
  const shown = formatDecimal(n.signed ? value : value.abs(), {
    decimals: n.decimals,
    plus: n.signed,
  });
  return percent
    ? `${shown} ${n.percentWord === "%" ? "%" : n.percentWord}`.replace(" %", "%")
    : `${shown} ${n.unit ?? "mnkr"}`;
}

function amountOk(n: WrittenNumber, exact: Dec): boolean {
  if (!n.unit) return true;
  const v = exact.div(ORE_PER[n.unit]);
  return agrees(n.signed ? v : v.abs(), n.value, n.decimals);
}

/** The total deviation: "totala avvikelse mot budget är +10,6 mnkr", "är totalt +20,7 mnkr". */
function totalDeviation(
  s: string,
  place: TextPlace,
  report: BuiltReport,
  context: string | undefined,
  prognosis: boolean,
): Check[] {
  const m = new RegExp(
    `avvikelse mot budget (?:är|uppgår till|till|om)?\\s*(?:totalt )?(${NUM})`,
    "i",
  ).exec(s);
  if (!m || !/total/i.test(s)) return [];
  const n = numbersIn(m[1])[0];
  if (!n?.unit) return [];
  const id = aboutPrognosis(report, prognosis, context) ? "prognos" : "resultatrakning";
  const f = figure(report, id, total, avvColumn);
  if (!f || amountOk(n, f.exact)) return [];
  return [
    check(
      "text-belopp-avviker",
      "fel",
      place,
      `texten anger den totala avvikelsen till ${n.text} men ${f.table.section} ${f.table.title} ger ${like(n, f.exact, false)}.`,
      f,
    ),
  ];
}

/** Kostnads- och intäktsutveckling: the rate, the change in kronor and the difference from budget. */
function development(s: string, place: TextPlace, report: BuiltReport): Check[] {
  const checks: Check[] = [];
  for (const [flow, id] of [
    ["kostnads", "kostnadsutveckling"],
    ["intäkts", "intaktsutveckling"],
  ] as const) {
    const f = (col: number) =>
      figure(
        report,
        id,
        (rows) => rows[0],
        () => col,
      );
    const rate = new RegExp(`${flow}utvecklingen (?:uppgår till|är|var|blev) (${NUM})`, "i").exec(
      s,
    );
    const r = rate && numbersIn(rate[1])[0];
    const rf = f(5);
    if (r?.percentWord && rf && !agrees(rf.exact.times(100), r.value, r.decimals)) {
      checks.push(
        check(
          "text-procent-avviker",
          "fel",
          place,
          `texten anger ${flow}utvecklingen till ${r.text} men ${rf.table.section} ${rf.table.title} ger ${like(r, rf.exact, true)}.`,
          rf,
        ),
      );
    }
    const change = new RegExp(`${flow}(ökning|minskning) (?:med|på|om) (${NUM})`, "i").exec(s);
    const cf = f(2);
    if (change && cf) {
      const n = numbersIn(change[2])[0];
      const up = flow === "kostnads" ? cf.exact.isNegative() : cf.exact.isPositive();
      if ((change[1].toLowerCase() === "ökning") !== up) {
        checks.push(
          check(
            "text-riktning",
            "fel",
            place,
            `texten säger ${flow}${change[1].toLowerCase()} men ${cf.table.section} ${cf.table.title} visar en ${flow}${up ? "ökning" : "minskning"}.`,
            cf,
          ),
        );
      } else if (!amountOk(n, cf.exact)) {
        checks.push(
          check(
            "text-belopp-avviker",
            "fel",
            place,
            `texten anger ${flow}${change[1].toLowerCase()}en till ${n.text} men ${cf.table.section} ${cf.table.title} ger ${like(n, cf.exact, false)}.`,
            cf,
          ),
        );
      }
    }
    const diff = new RegExp(
      `(${NUM}) (högre|lägre) än (?:den )?budgeterade ${flow}utvecklingen`,
      "i",
    ).exec(s);
    const df = f(7);
    if (diff && df) {
      const n = numbersIn(diff[1])[0];
      // Positive is favourable: costs grew less than budgeted (lägre), revenue more (högre).
      const lower = flow === "kostnads" ? df.exact.isPositive() : df.exact.isNegative();
      const said = diff[2].toLowerCase();
      const right = `${formatDecimal(df.exact.times(100).abs(), { decimals: 1 })} procentenheter ${lower ? "lägre" : "högre"}`;
      if ((said === "lägre") !== lower) {
        checks.push(
          check(
            "text-riktning",
            "fel",
            place,
            `texten säger "${n.text} ${said}" men utfallet är ${right} än den budgeterade ${flow}utvecklingen (${df.table.section} ${df.table.title}).`,
            df,
          ),
        );
      } else if (!agrees(df.exact.times(100).abs(), n.value.abs(), n.decimals)) {
        checks.push(
          check(
            "text-procent-avviker",
            "fel",
            place,
            `texten anger ${n.text} men skillnaden mot den budgeterade ${flow}utvecklingen är ${right} (${df.table.section} ${df.table.title}).`,
            df,
          ),
        );
      }
      if (n.percentWord && n.percentWord !== "procentenheter") {
        checks.push(
          check(
            "text-procentenheter",
            "varning",
            place,
            `"${n.text}" ska vara procentenheter: skillnaden mellan två procentsatser (utfallets och budgetens utveckling) anges i procentenheter, inte procent.`,
            df,
          ),
        );
      }
    }
  }
  return checks;
}

/** "+42,4 mnkr inom Regionkontoret", "Regionkontoret redovisar +13,5 mnkr och Utvecklingsmedlen +4,7 mnkr". */
function uppdragAmounts(
  s: string,
  place: TextPlace,
  report: BuiltReport,
  context: string | undefined,
  prognosis: boolean,
): Check[] {
  const id = aboutPrognosis(report, prognosis, context) ? "prognos" : "resultatrakning";
  const table = report.tables.find((t) => t.id === id);
  if (!table) return [];
  const rows = report.cells[id].filter((r) => r.kind === "data");
  const pairs: { name: string; amount: string }[] = [];
  for (const m of s.matchAll(
    new RegExp(`(${NUM}) (?:inom|på|för) ([^,.;]+?)(?=\\s*(?:$|[,.;]| och | samt ))`, "gi"),
  ))
    pairs.push({ name: m[2], amount: m[1] });
  for (const m of s.matchAll(
    new RegExp(
      `(?:^|varav |och )([A-ZÅÄÖ][\\wåäöÅÄÖ-]*(?: [\\wåäöÅÄÖ-]+){0,3}?) (?:redovisar )?(${NUM})`,
      "g",
    ),
  ))
    pairs.push({ name: m[1], amount: m[2] });
  const checks: Check[] = [];
  for (const p of pairs) {
    const matches = rows.filter((r) => sameName(p.name, rowLabel(r)));
    if (matches.length !== 1) continue;
    const f = figure(report, id, () => matches[0], avvColumn);
    const n = numbersIn(p.amount)[0];
    if (f && n?.unit && !amountOk(n, f.exact)) {
      checks.push(
        check(
          "text-belopp-avviker",
          "fel",
          place,
          `texten anger ${n.text} för ${rowLabel(f.row)} men ${f.table.section} ${f.table.title} ger ${like(n, f.exact, false)}.`,
          f,
        ),
      );
    }
  }
  return checks;
}

/** Names as the text inflects them: "Utvecklingsmedlen" is Utvecklingsmedel, "Regionkontorets" Regionkontoret. */
function sameName(written: string, label: string): boolean {
  const a = normaliseLabel(written);
  const b = normaliseLabel(label);
  if (a === b) return true;
  const n = Math.min(a.length, b.length) - 3;
  return n >= 8 && Math.abs(a.length - b.length) <= 2 && a.slice(0, n) === b.slice(0, n);
}

/** "investeringar är 31,4 mnkr lägre än budget"; under the investment heading "ett överskott om 1,1 mnkr". */
function investments(
  s: string,
  place: TextPlace,
  report: BuiltReport,
  context: string | undefined,
): Check[] {
  const checks: Check[] = [];
  const last = (t: ReportTable) => t.columns.length - 1;
  const m = new RegExp(`investeringar\\w* (?:är|blev) (${NUM}) (lägre|högre) än budget`, "i").exec(
    s,
  );
  const f = figure(report, "investeringar", total, last);
  if (m && f) {
    const n = numbersIn(m[1])[0];
    const lower = f.exact.isPositive();
    if ((m[2].toLowerCase() === "lägre") !== lower) {
      checks.push(
        check(
          "text-riktning",
          "fel",
          place,
          `texten säger ${m[2].toLowerCase()} men investeringarnas utfall är ${lower ? "lägre" : "högre"} än budget (${f.table.section}).`,
          f,
        ),
      );
    } else if (!amountOk(n, f.exact)) {
      checks.push(
        check(
          "text-belopp-avviker",
          "fel",
          place,
          `texten anger ${n.text} men ${f.table.section} ${f.table.title} ger ${like(n, f.exact, false)}.`,
          f,
        ),
      );
    }
  }
  const indikator = figure(report, "investeringsindikator", (rows) => rows[0], last);
  const o = new RegExp(`(överskott|underskott) om (${NUM})`, "i").exec(s);
  if (o && indikator && inSection(indikator.table, context)) {
    const n = numbersIn(o[2])[0];
    if (
      (o[1].toLowerCase() === "överskott") !== indikator.exact.isPositive() ||
      !amountOk(n, indikator.exact)
    ) {
      const word = indikator.exact.isPositive() ? "ett överskott" : "ett underskott";
      checks.push(
        check(
          "text-belopp-avviker",
          "fel",
          place,
          `texten anger ${o[1].toLowerCase()} om ${n.text} men investeringsprognosen är ${word} om ${like(n, indikator.exact, false)}.`,
          indikator,
        ),
      );
    }
  }
  return checks;
}

/** `prognosis`: the sentence (or the one before it in its paragraph) speaks of the prognosis. */
export function sentenceChecks(
  s: string,
  place: TextPlace,
  report: BuiltReport,
  context: string | undefined,
  prognosis: boolean,
): Check[] {
  if (!/\d/.test(s)) return [];
  return [
    ...totalDeviation(s, place, report, context, prognosis),
    ...development(s, place, report),
    ...uppdragAmounts(s, place, report, context, prognosis),
    ...investments(s, place, report, context),
  ];
}
