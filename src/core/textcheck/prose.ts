import { Subject } from "./facts";
import { numbersIn, WrittenNumber } from "./numbers";

/** A place in a sentence where it names a subject, in any inflection. */
export interface Mention {
  subjects: Subject[];
  start: number;
  end: number;
  /**
   * The name only qualifies something smaller: "Regionkontorets ordinarie verksamhet",
   * "förtroendevaldas budget" (which may hold more than the row of that name).
   */
  partOf: boolean;
}

/** A stretch of a sentence between "och", "samt", "varav", commas: one figure's neighbourhood. */
export interface Clause {
  text: string;
  start: number;
  /** The word that opened it: "varav" makes what follows a part of what came before. */
  opener: string;
  numbers: WrittenNumber[];
  mentions: Mention[];
  /** A phrase that narrows the figure to something no table has ("för covidrelaterade kostnader"). */
  narrowed: boolean;
}

/** Nouns a genitive may govern and still mean the whole: "Regionkontorets totala avvikelse". */
const MEASURE_NOUN =
  /^(total\w*|sammant\w*|samlade|ekonomisk\w*|prognos\w*|ackumuler\w*|avvikelse\w*|budgetavvikelse\w*|resultat\w*|överskott\w*|underskott\w*|utfall\w*|investering\w*|kostnadsutveckling\w*|intäktsutveckling\w*)$/;

/** What may follow "på", "i", "inom" … without narrowing the figure: time, budget, the figure. */
const HARMLESS =
  /^(budget\w*|årsbudget\w*|prognos\w*|helår\w*|året|årets|perioden|periodens|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\S*|kvartal\w*|tertial\w*|överskott|underskott|nuläget|slutet|förhållande|jämförelse|totalt|sammantaget|tkr|mnkr|kr|plus|minus|[+\-\u2212]?\d[\d ,]*|ett|en|grund|följd|anledning|att)$/;

// "Hälso- och sjukvårdens" is one word with a shared tail.
const WORD = /[\p{L}\d][\p{L}\d]*-\s+(?:och|eller)\s+[\p{L}]+|[\p{L}\d][\p{L}\d-]*/gu;

/** "utvecklingsmedel" is named "Utvecklingsmedlen", "regionkontoret" "Regionkontorets". */
function inflects(token: string, word: string): boolean {
  if (token === word || stemOf(token, word)) return true;
  // A compound written with or without its joining s: "driftbudgetens" is "Driftsbudget".
  const [t, w] = [token, word].map((x) => x.replace(/s/g, ""));
  return (
    w.length >= 9 && (t !== token || w !== word) && t.startsWith(w) && t.length - w.length <= 3
  );
}

function stemOf(token: string, word: string): boolean {
  const stem = word.replace(/(el|er|en|et|e|a|or|ar)$/, "");
  return stem.length >= 5 && token.startsWith(stem) && token.length - word.length <= 4;
}

/** The words of a sentence with their places. */
export function tokens(text: string): { w: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    w: m[0].toLowerCase().replace(/\s+/g, " "),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

export function mentionsIn(text: string, subjects: Subject[]): Mention[] {
  const toks = tokens(text);
  const found: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    let best: { len: number; subjects: Subject[]; last: string } | undefined;
    for (const s of subjects) {
      for (const name of s.names) {
        if (!name.length || i + name.length > toks.length) continue;
        if (!name.every((w, k) => inflects(toks[i + k].w, w))) continue;
        if (!best || name.length > best.len)
          best = { len: name.length, subjects: [s], last: name[name.length - 1] };
        else if (name.length === best.len && !best.subjects.includes(s)) best.subjects.push(s);
      }
    }
    if (!best) continue;
    const last = toks[i + best.len - 1];
    const next = toks[i + best.len];
    const genitive =
      best.len === 1 && /s$/.test(last.w) && last.w !== best.last && !/s$/.test(best.last);
    const partOf =
      genitive &&
      !!next &&
      text.slice(last.end, next.start).trim() === "" &&
      (!MEASURE_NOUN.test(next.w) || /^budget/.test(next.w));
    found.push({ subjects: best.subjects, start: toks[i].start, end: last.end, partOf });
    i += best.len - 1;
  }
  return found;
}

const BOUNDARY = /(?:,\s(?!\d)|;\s|\s(?:och|samt|varav|vilket|medan|men)\s|\s[–—]\s)/gi;

/**
 * Splits a sentence into clauses. A boundary inside a name ("Säkerhet, personlarm HSH", "Hälso-
 * och sjukvård") is none.
 */
export function clausesOf(text: string, subjects: Subject[]): Clause[] {
  const mentions = mentionsIn(text, subjects);
  const inside = (i: number) => mentions.some((m) => i > m.start && i < m.end);
  const cuts: { at: number; opener: string; next: number }[] = [];
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index!;
    if (inside(at) || /-\s*$/.test(text.slice(0, at + 1))) continue;
    cuts.push({
      at,
      opener: m[0]
        .replace(/[,;–—]/g, "")
        .trim()
        .toLowerCase(),
      next: at + m[0].length,
    });
  }
  const clauses: Clause[] = [];
  let start = 0;
  let opener = "";
  for (const c of [...cuts, { at: text.length, opener: "", next: text.length }]) {
    const body = text.slice(start, c.at);
    clauses.push({
      text: body,
      start,
      opener,
      numbers: numbersIn(body).filter((n) => n.unit || n.percentWord),
      mentions: mentions
        .filter((m) => m.start >= start && m.end <= c.at)
        .map((m) => ({ ...m, start: m.start - start, end: m.end - start })),
      narrowed: false,
    });
    start = c.next;
    opener = c.opener;
  }
  for (const c of clauses) c.narrowed = narrowed(c);
  return clauses;
}

/**
 * "+1,1 mnkr på arvoden", "för covidrelaterade kostnader", "kostnader för förtäring": a
 * preposition whose object is neither a known name nor time, budget or the figure itself
 * narrows the figure to something the tables don't have.
 */
function narrowed(c: Clause): boolean {
  // "+39,9 mnkr av +42,4 mnkr": the first is a part of the second.
  if (/\d\s*(?:mnkr|tkr|kr)?\s+av\s+[+\-\u2212]?\d/.test(c.text)) return true;
  const toks = tokens(c.text);
  // A phrase well after the last figure ("… inte har kunnat fortgå i den takt") is about
  // something else; what narrows a figure stands before it or right after it.
  const last = Math.max(...c.numbers.map((n) => n.index + n.text.length), 0);
  const reach = toks.findIndex((t) => t.start >= last) + 3;
  for (let i = 0; i < toks.length - 1; i++) {
    if (c.numbers.length && reach > 2 && i > reach) break;
    if (!/^(för|inom|på|av|till|i|avser|gäller|kopplat|kopplad)$/.test(toks[i].w)) continue;
    if (c.mentions.some((m) => m.start <= toks[i].start && toks[i].end <= m.end)) continue;
    // "beror främst på vakanser": a cause, not a part.
    if (/^(beror|främst|bland|annat|även)$/.test(toks[i - 1]?.w ?? "")) continue;
    const next = toks[i + 1];
    if (
      HARMLESS.test(next.w) ||
      c.numbers.some((n) => n.index <= next.start && next.start < n.index + n.text.length + 2)
    )
      continue;
    const end = toks[i + 4]?.start ?? c.text.length;
    const named = c.mentions.some((m) => m.start >= next.start && m.start < end && !m.partOf);
    if (!named) return true;
  }
  return c.mentions.some((m) => m.partOf) && !c.mentions.some((m) => !m.partOf);
}
