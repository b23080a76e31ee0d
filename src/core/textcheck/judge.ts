import { rowLabel } from "../checks";
import { Dec } from "../decimal";
import { formatDecimal } from "../format";
import { Check, ReportTable } from "../report/model";
import { ORE_PER } from "../units";
import { Fact, Measure, Scope, Subject } from "./facts";
import { Direction, directionIn, measuresFor, otherTime, scopeIn } from "./hints";
import { largest } from "./largest";
import { agrees, WrittenNumber } from "./numbers";
import { Clause, clausesOf } from "./prose";

/** Where a sentence stands: "Rad 12" and `text:rad 12` in a text, a cell in the workbook. */
export interface TextPlace {
  label: string;
  where: string;
  quote: string;
}

/** What the text around a sentence says about it: its heading's tables, the paragraph's scope. */
export interface SentenceContext {
  facts: Fact[];
  subjects: Subject[];
  /** Tables under the heading the sentence stands under; undefined without headings. */
  tables?: ReportTable[];
  scope?: Scope;
  year: number;
}

export const cellOf = (f: Fact) =>
  `${f.table.id}:${f.rows ? f.subject.label : rowLabel(f.row) || "rad 1"}:${f.table.columns[f.column]}`;

const tableName = (t: ReportTable) => `${t.section} ${t.title}`;

/** A finding: the sentence, what it says, what the table says, and the cell. */
export function finding(
  id: string,
  severity: Check["severity"],
  place: TextPlace,
  says: string,
  f: Fact,
  table: string,
): Check {
  const quote = place.quote.length > 160 ? `${place.quote.slice(0, 157)}…` : place.quote;
  return {
    id,
    severity,
    message: `${place.label}: "${quote}" Texten ${says}; ${tableName(f.table)} (${f.subject.label}, "${f.table.columns[f.column]}") ${table}.`,
    where: [place.where, cellOf(f)],
  };
}

/** The fact's value in the text's own unit and precision, signed as the text signs it. */
function value(f: Fact, n: WrittenNumber): Dec {
  const v = f.kind === "andel" ? f.exact.times(100) : f.exact.div(ORE_PER[n.unit ?? "mnkr"]);
  return v.toDecimalPlaces(n.decimals, Dec.ROUND_HALF_UP);
}

function agreesWith(f: Fact, n: WrittenNumber): boolean {
  const v = f.kind === "andel" ? f.exact.times(100) : f.exact.div(ORE_PER[n.unit ?? "mnkr"]);
  return n.signed ? agrees(v, n.value, n.decimals) : agrees(v.abs(), n.value.abs(), n.decimals);
}

/** Our figure written like the text wrote its own: same unit, decimals and sign convention. */
export function like(f: Fact, n: WrittenNumber): string {
  const v = value(f, n);
  const shown = formatDecimal(n.signed ? v : v.abs(), { decimals: n.decimals, plus: n.signed });
  if (f.kind === "andel") return n.percentWord === "%" ? `${shown}%` : `${shown} ${n.percentWord}`;
  return `${shown} ${n.unit}`;
}

const PREFERRED: Measure[] = ["avvikelse", "utveckling", "utfall", "forandring", "skillnad"];

/** The facts a figure can be about, the likeliest first. */
function candidates(
  subjects: Subject[],
  n: WrittenNumber,
  measures: Measure[] | undefined,
  scope: Scope | undefined,
  ctx: SentenceContext,
): Fact[] {
  const kind = n.percentWord ? "andel" : "belopp";
  const rank = (f: Fact) =>
    (ctx.tables?.includes(f.table) ? 0 : 10) +
    (PREFERRED.includes(f.measure) ? PREFERRED.indexOf(f.measure) : 5);
  return ctx.facts
    .filter(
      (f) =>
        subjects.includes(f.subject) &&
        f.kind === kind &&
        (!measures || measures.includes(f.measure)) &&
        (!scope || !f.scope || f.scope === scope),
    )
    .sort((a, b) => rank(a) - rank(b));
}

/** The subject each clause speaks of: its own name, the one before "och", or the whole. */
function subjectsOf(clauses: Clause[], ctx: SentenceContext): (Subject[] | undefined)[] {
  const out: (Subject[] | undefined)[] = [];
  clauses.forEach((c, i) => {
    const own = c.mentions.filter((m) => !m.partOf);
    if (c.narrowed) return out.push(undefined);
    if (own.length) return out.push(undefined); // per figure, below
    if (i > 0 && c.opener !== "varav" && out[i - 1]) return out.push(out[i - 1]);
    if (i > 0 && c.opener !== "varav" && clauses[i - 1].mentions.some((m) => !m.partOf))
      return out.push(clauses[i - 1].mentions.filter((m) => !m.partOf).at(-1)!.subjects);
    const t = c.text.toLowerCase();
    if (/\b(total\w*|sammantag\w*|samlade|ackumulerade|prognostiserade)\b/.test(t))
      return out.push(ctx.subjects.filter((s) => s.key === "org" || s.key === "investeringar"));
    if (
      i === 0 &&
      /^\s*(avvikelsen|prognosen|överskottet|underskottet|resultatet|utfall(?:et)?)\b/i.test(t)
    )
      return out.push(wholeInContext(ctx));
    out.push(undefined);
  });
  return out;
}

function indicatorInContext(ctx: SentenceContext): Subject[] | undefined {
  const s = ctx.facts.filter(
    (f) => ctx.tables?.includes(f.table) && f.table.rows.length === 1 && f.kind === "andel",
  );
  return s.length ? [...new Set(s.map((f) => f.subject))] : undefined;
}

/** "Prognosen är …" under a heading: the heading's tables' whole (their totals, an indicator). */
function wholeInContext(ctx: SentenceContext): Subject[] | undefined {
  if (!ctx.tables?.length) return undefined;
  const wholes = ctx.facts.filter((f) => ctx.tables!.includes(f.table) && !f.subject.row);
  const single = ctx.facts.filter(
    (f) => ctx.tables!.includes(f.table) && f.table.rows.length === 1,
  );
  const s = [...new Set([...wholes, ...single].map((f) => f.subject))];
  return s.length ? s : undefined;
}

/** The names before a figure in its clause ("Regionkontoret redovisar +13,5"), else the first after. */
function nearest(c: Clause, n: WrittenNumber): Subject[] | undefined {
  const own = c.mentions.filter((m) => !m.partOf);
  // "4,5 mnkr av driftbudgetens överskott", "+42,4 mnkr inom Regionkontoret": the name the
  // figure is attached to.
  const end = n.index + (n.text?.length ?? 0);
  const pp = /^\s*(?:inom|på|av|för|hos)\s+(?:\S+\s+){0,2}?$/;
  const attached = own.find((m) => m.start >= end && pp.test(c.text.slice(end, m.start)));
  if (attached) return attached.subjects;
  // Names before a figure in one clause are one thing said twice ("Regionkontoret som förvaltning").
  const before = own.filter((m) => m.end <= n.index).flatMap((m) => m.subjects);
  if (before.length) return before;
  // A name after "på grund av", "eftersom" is the cause's, not the figure's.
  const after = own.find((m) => m.start >= n.index);
  const between = after && c.text.slice(n.index, after.start);
  return between && !/grund av|följd av|anledning av|eftersom|\bdå\b|beror/.test(between)
    ? after.subjects
    : undefined;
}

/** "förtroendevaldas budget" may hold more rows than its name: only its sign is checked. */
const aggregate = (c: Clause) => c.mentions.some((m) => m.partOf);

export function judgeSentence(s: string, place: TextPlace, ctx: SentenceContext): Check[] {
  const clauses = clausesOf(s, ctx.subjects);
  const carried = subjectsOf(clauses, ctx);
  const sentenceScope = scopeIn(s) ?? ctx.scope;
  const checks: Check[] = [...largest(s, clauses, place, ctx, sentenceScope)];
  clauses.forEach((c, i) => {
    if (
      c.narrowed ||
      aggregate(c) ||
      (otherTime(c.text, ctx.year) && !/utveckling|ökning|minskning/i.test(c.text))
    )
      return;
    const scope = scopeIn(c.text) ?? sentenceScope;
    const direction = directionIn(c.text);
    let directed = false;
    for (const n of c.numbers) {
      const named = nearest(c, n) ?? carried[i];
      // A percentage under an indicator's heading is the indicator's, whoever "har" it.
      const subjects =
        n.percentWord && !(named && candidates(named, n, undefined, scope, ctx).length)
          ? indicatorInContext(ctx)
          : named;
      if (!subjects) continue;
      // Without words of its own, a figure is what the sentence's main clause speaks of.
      const measures = measuresFor(c.text, n) ?? measuresFor(clauses[0].text, { ...n, index: 0 });
      const all = candidates(subjects, n, measures, scope, ctx);
      if (!all.length) continue;
      const match = all.find((f) => agreesWith(f, n));
      // "570 tkr av den avsatta investeringsbudgeten": a share, wrong only when more than the whole.
      const share = /^\s*av\s/.test(c.text.slice(n.index + n.text.length));
      const sameSign = all.some((f) => f.exact.isNegative() === n.value.isNegative());
      const larger = all.every((f) => value(f, n).abs().lessThan(n.value.abs()));
      if (!match && share && !larger && (!n.signed || sameSign)) continue;
      if (!match) {
        const f = all[0];
        const id = n.percentWord ? "text-procent-avviker" : "text-belopp-avviker";
        checks.push(
          finding(
            id,
            "fel",
            place,
            `anger ${n.text} för ${f.subject.label}`,
            f,
            `ger ${like(f, n)}`,
          ),
        );
        directed = true;
        continue;
      }
      checks.push(...percentWord(n, match, place));
      if (direction && !directed) {
        const inScope = ctx.facts.filter(
          (f) =>
            f.subject === match.subject &&
            (!f.scope || !(match.scope ?? scope) || f.scope === (match.scope ?? scope)),
        );
        const wrong = contradicts(direction, [match, ...inScope], match.subject);
        if (wrong) checks.push(wrong(place));
        directed = true;
      }
    }
    if (direction && !directed && !c.numbers.length) {
      const subjects = nearest(c, { index: c.text.length } as WrittenNumber) ?? carried[i];
      if (!subjects) return;
      for (const subject of subjects) {
        const facts = ctx.facts.filter(
          (f) => f.subject === subject && (!scope || !f.scope || f.scope === scope),
        );
        const wrong = contradicts(direction, facts, subject);
        if (wrong) return void checks.push(wrong(place));
      }
    }
  });
  return checks;
}

/** "procent" for a difference of two rates, "procentenheter" for a rate. */
function percentWord(n: WrittenNumber, f: Fact, place: TextPlace): Check[] {
  if (!n.percentWord) return [];
  if (f.measure === "skillnad" && n.percentWord !== "procentenheter")
    return [
      finding(
        "text-procentenheter",
        "varning",
        place,
        `skriver "${n.text}" om en skillnad mellan två procentsatser, som anges i procentenheter`,
        f,
        `ger ${like(f, { ...n, percentWord: "procentenheter" })}`,
      ),
    ];
  if (f.measure !== "skillnad" && n.percentWord === "procentenheter")
    return [
      finding(
        "text-procentenheter",
        "varning",
        place,
        `skriver "${n.text}" om en procentsats, som anges i procent`,
        f,
        `ger ${like(f, { ...n, percentWord: "procent" })}`,
      ),
    ];
  return [];
}

/**
 * Whether a direction word says the opposite of the figure it speaks of. Positive deviations are
 * favourable (överskott, bättre); costs and investments below budget and revenue above it are too.
 */
function contradicts(
  d: Direction,
  facts: Fact[],
  subject: Subject,
): ((p: TextPlace) => Check) | undefined {
  const pick = (m: Measure) => facts.filter((f) => f.measure === m && f.subject === subject);
  const one = (fs: Fact[]) => {
    const signs = new Set(fs.map((f) => f.exact.toDecimalPlaces(7).comparedTo(0)));
    return fs.length && signs.size === 1 && !signs.has(0) ? fs[0] : undefined;
  };
  // The cell as the table prints it; a group of rows has no cell of its own, so its sum in mnkr.
  const shown = (f: Fact) =>
    f.rows
      ? `${formatDecimal(f.exact.div(ORE_PER.mnkr), { decimals: 1, plus: true })} mnkr`
      : f.row.cells[f.column].text;
  const report = (f: Fact, right: string) => (p: TextPlace) =>
    finding("text-riktning", "fel", p, `säger "${d.word}"`, f, `visar ${right} (${shown(f)})`);
  if (d.kind === "avvikelse" || d.kind === "motBudget") {
    const f = one(pick("avvikelse"));
    if (!f) return undefined;
    const positive = f.exact.isPositive();
    if (d.kind === "avvikelse")
      return positive === d.positive
        ? undefined
        : report(f, positive ? "ett överskott" : "ett underskott");
    const higherIsGood = subject.flow === "intakt";
    const higher = higherIsGood ? positive : !positive;
    return higher === d.higher
      ? undefined
      : report(f, higher ? "högre än budget" : "lägre än budget");
  }
  if (d.kind === "skillnad") {
    const f = one(pick("skillnad"));
    if (!f || !subject.flow) return undefined;
    const higher = subject.flow === "intakt" ? f.exact.isPositive() : f.exact.isNegative();
    return higher === d.higher
      ? undefined
      : report(f, `en utveckling ${higher ? "högre" : "lägre"} än den budgeterade`);
  }
  if (d.kind === "forandring") {
    const f = one(pick("forandring"));
    if (!f || !subject.flow) return undefined;
    const up = subject.flow === "kostnad" ? f.exact.isNegative() : f.exact.isPositive();
    return up === d.up ? undefined : report(f, up ? "en ökning" : "en minskning");
  }
  const outcome = pick("utfall")[0];
  const target = pick("malvarde")[0];
  if (!outcome || !target || outcome.exact.equals(target.exact)) return undefined;
  const above = outcome.exact.greaterThan(target.exact);
  return above === d.above
    ? undefined
    : (p) =>
        finding(
          "text-riktning",
          "fel",
          p,
          `säger "${d.word}"`,
          outcome,
          `visar ${shown(outcome)}, ${above ? "över" : "under"} målvärdet ${shown(target)}`,
        );
}
