import { Period } from "../report/model";
import { MONTHS, periodText } from "../report/period";

/**
 * Column headers as controllers type them name their period: "Utfall jan–aug 2023", "Budget
 * helår 2023", "Prognos okt", "Utfall T2 2022". Such a header is read against the report's period
 * so that the right column is taken, and a column for another period is said, never picked.
 */
export interface HeaderPeriod {
  /** First and last month named (1–12); one month named gives from === to. */
  from?: number;
  to?: number;
  year?: number;
  /** "helår", "årsbudget", "helårsprognos". */
  wholeYear: boolean;
}

/** What a period-labelled column is, whatever the kind of table calls it. */
export type Slot =
  "utfall" | "utfallForraAret" | "budgetAck" | "budgetAr" | "prognos" | "prognosForegaende";

export type HeaderClass =
  | { slot: Slot; month?: number }
  /** A column for a period the report does not cover: `period` says which, for the message. */
  | { wrong: string; why?: string };

const MONTH = new RegExp(
  `(?<![a-zåäö])(${[...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), "sept"].join("|")})(?![a-zåäö])`,
  "g",
);
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/;
const TERTIAL = /(?<![a-zåäö])(?:t|tertial ?)([123])(?![a-zåäö\d])/;
const WHOLE_YEAR = /helår|årsbudget|årsprognos|årsutfall|helt år/;
const DERIVED = /avvik|avv$|diff|skilln|utv |utv$|förändr|procent|%/;
const LAST_YEAR_WORDS = /förra|föregående år|föreg år|fg år|fjol/;

const monthOf = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3))) + 1;

/** The period a normalised header names, or undefined when it names none. */
export function headerPeriod(h: string): HeaderPeriod | undefined {
  const found = [...h.matchAll(MONTH)];
  const year = YEAR.exec(h);
  const tertial = TERTIAL.exec(h);
  const wholeYear = WHOLE_YEAR.test(h);
  if (!found.length && !year && !tertial && !wholeYear) return undefined;
  const out: HeaderPeriod = { wholeYear, year: year ? +year[1] : undefined };
  if (tertial) Object.assign(out, { from: 1, to: +tertial[1] * 4 });
  if (found.length) {
    // "jan–aug" and "t.o.m. aug" are accumulated from January, and so is "aug" alone, since a
    // summary per uppdrag is accumulated; "maj–aug" is a part of the year.
    out.to = monthOf(found[found.length - 1][1]);
    out.from = found.length > 1 ? monthOf(found[0][1]) : 1;
  }
  return out;
}

/** "januari–augusti 2023", "oktober", "helår 2023": the period a header names, for messages. */
export function describe(hp: HeaderPeriod): string {
  const year = hp.year ? ` ${hp.year}` : "";
  if (hp.to === undefined) return hp.wholeYear ? `helår${year}` : `år${year}`;
  const to = MONTHS[hp.to - 1];
  return (hp.from === hp.to ? to : `${MONTHS[(hp.from ?? 1) - 1]}–${to}`) + year;
}

/**
 * What a period-labelled header is in a report for `p`: this year's accumulated outcome or
 * budget, last year's outcome, the annual budget, this report's prognosis or the previous one,
 * or a column for another period. Undefined for headers naming no period or no measure.
 */
export function classifyHeader(h: string, p: Period): HeaderClass | undefined {
  const hp = headerPeriod(h);
  if (!hp || DERIVED.test(h)) return undefined;
  const measure = /prognos/.test(h)
    ? "prognos"
    : /budget/.test(h)
      ? "budget"
      : /utfall|resultat/.test(h)
        ? "utfall"
        : undefined;
  if (!measure) return undefined;
  const wrong = (why?: string): HeaderClass => ({ wrong: describe(hp), why });
  const year = hp.year ?? p.year;
  const months = hp.to !== undefined;
  const annual = p.month === 12;

  if (measure === "prognos") {
    // A prognosis is made in a month: "Prognos okt" is October's, not January–October.
    hp.from = hp.to;
    if (hp.wholeYear || !months) return year === p.year ? { slot: "prognos" } : wrong();
    if (year !== p.year) return wrong();
    if (hp.to === p.month) return { slot: "prognos" };
    return hp.to! < p.month ? { slot: "prognosForegaende", month: hp.to } : wrong();
  }
  if (measure === "budget") {
    if (hp.wholeYear || (!months && !/ack/.test(h)) || (annual && hp.from === 1 && hp.to === 12))
      return year === p.year ? { slot: "budgetAr" } : wrong();
    if (year !== p.year) return wrong();
    return !months || (hp.from === 1 && hp.to === p.month) ? { slot: "budgetAck" } : wrong();
  }
  // Utfall: this year's accumulated outcome, or last year's for the same months.
  const lastYear = year === p.year - 1 || LAST_YEAR_WORDS.test(h);
  if (year !== p.year && !lastYear) return wrong();
  if (hp.wholeYear || !months) {
    if (annual || !lastYear) return { slot: lastYear ? "utfallForraAret" : "utfall" };
    return wrong(
      `anger inte vilka månader; skriv till exempel "Utfall jan–${MONTHS[p.month - 1].slice(0, 3)} ${year}"`,
    );
  }
  if (hp.from !== 1 || hp.to !== p.month) return wrong();
  return { slot: lastYear ? "utfallForraAret" : "utfall" };
}

/** "Resultat!C3: kolumnen "Utfall jan–apr 2021" gäller januari–april 2021, rapporten januari–augusti 2021." */
export function wrongPeriodMessage(
  where: string,
  header: string,
  c: { wrong: string; why?: string },
  p: Period,
): string {
  const why = c.why ?? `gäller ${c.wrong}, men rapporten gäller ${periodText(p)}`;
  return `${where}: kolumnen "${header}" ${why}; den används inte. Byt rubrik eller välj kolumn i mappningen (eller i aktivitetsfönstret) om den ändå ska användas.`;
}
