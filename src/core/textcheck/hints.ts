import { Measure, Scope } from "./facts";
import { WrittenNumber } from "./numbers";

/**
 * What the words around a figure say it is. Controllers name the measure ("avvikelse",
 * "kostnadsökning", "målvärdet") and the scope ("prognosen", "ackumulerat") in many ways; a
 * figure whose measure we have no fact for (a change since the last report) is left alone.
 */
export function measuresFor(clause: string, n: WrittenNumber): Measure[] | undefined {
  const before = clause.slice(0, n.index).toLowerCase();
  const c = clause.toLowerCase();
  if (/budget(?:en)?\s+(?:på|om)\s*$/.test(before)) return ["budget"];
  if (/målvärde(?:t)?\s*(?:på|om)?\s*$/.test(before)) return ["malvarde"];
  if (/budgeterade\s+\S*utveckling\w*\s*\(\s*$/.test(before)) return ["budgetutveckling"];
  if (/än\s+(?:den\s+)?budgeterade?\s+\S*utveckling/.test(c)) return ["skillnad"];
  if (/sedan\s+(?:föregående|förra|senaste)\s+(?:rapport|prognos|månad)|prognosförändring/.test(c))
    return [];
  if (
    /ökning|minskning|ökat|minskat|ökade|minskade|förändr|jämfört med (?:samma period )?(?:föregående|förra)/.test(
      c,
    )
  )
    return ["forandring", "utveckling"];
  if (/utveckling/.test(c) && n.percentWord) return ["utveckling"];
  if (/målvärde/.test(c)) return ["utfall", "malvarde"];
  if (/förs över|föras över|flytta över|överför/.test(c)) return ["overforing", "avvikelse"];
  if (
    /avvik|överskott|underskott|mot\s+(?:års)?budget|än\s+(?:års)?budget|bättre|sämre|i nivå med/.test(
      c,
    )
  )
    return ["avvikelse"];
  if (/utfall|resultat/.test(c)) return ["utfall"];
  return undefined;
}

export function scopeIn(text: string): Scope | undefined {
  const t = text.toLowerCase();
  const prognos = /prognos|prognostiser|helår|årets slut|vid årsskiftet/.test(t);
  const ack = /ackumuler|hittills|periodens|perioden|januari|ack\./.test(t);
  return prognos === ack ? undefined : prognos ? "prognos" : "ack";
}

/** Last year, an earlier year: figures of another time, never compared. */
export function otherTime(clause: string, year: number): boolean {
  const years = [...clause.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  // A later year is where a figure goes (a transfer to the next budget), not its time.
  return years.some((y) => y < year) || /i fjol|föregående år|förra året/i.test(clause);
}

export type Direction =
  | { kind: "avvikelse"; positive: boolean; word: string }
  | { kind: "skillnad"; higher: boolean; word: string }
  | { kind: "motBudget"; higher: boolean; word: string }
  | { kind: "forandring"; up: boolean; word: string }
  | { kind: "malvarde"; above: boolean; word: string };

/** The direction words of a clause, as the sign of the figure they speak of. */
export function directionIn(clause: string): Direction | undefined {
  const c = clause.toLowerCase();
  const target = /(?<!\p{L})(över|under|överstiger|understiger)\s+(?:\S+\s+)?målvärde\w*/u.exec(c);
  if (target) return { kind: "malvarde", above: /^över/.test(target[1]), word: target[0] };
  const rate = /(?<!\p{L})(högre|lägre)\s+än\s+(?:den\s+)?budgeterade?\s+\S*utveckling/u.exec(c);
  if (rate) return { kind: "skillnad", higher: rate[1] === "högre", word: rate[1] };
  const budget =
    /(?<!\p{L})(högre|lägre)\s+(?:\S+\s+){0,3}?(?:än|jämfört med)\s+(?:\S+\s+)?(?:års)?budget(?:en|erat)?\b/u.exec(
      c,
    );
  if (budget) return { kind: "motBudget", higher: budget[1] === "högre", word: budget[1] };
  const surplus = /(?<!\p{L})(överskott|underskott)\w*/u.exec(c);
  if (surplus) return { kind: "avvikelse", positive: surplus[1] === "överskott", word: surplus[1] };
  const sign = /(?<!\p{L})(positiv|negativ)\w*\s+(?:\S+\s+)?(?:budget)?avvikelse/u.exec(c);
  if (sign) return { kind: "avvikelse", positive: sign[1] === "positiv", word: sign[0] };
  const better = /(?<!\p{L})(bättre|sämre)\s+än\s+(?:\S+\s+)?(?:års)?budget/u.exec(c);
  if (better) return { kind: "avvikelse", positive: better[1] === "bättre", word: better[1] };
  const change = /(ökning|ökat|ökade|ökar|minskning|minskat|minskade|minskar)/.exec(c);
  if (change) return { kind: "forandring", up: /^ök/.test(change[1]), word: change[1] };
  return undefined;
}
