import { Dec } from "../core/decimal";
import { EkoError } from "../core/errors";
import {
  budgetavvikelse,
  Flode,
  Konvention,
  resultathantering,
  utvecklingIOre,
} from "../core/measures";
import { Ore } from "../core/money";
import { ErrorInput, readAmount, readAndel, readChoice } from "./args";
import { blank, fastScale, scaled, Seen, SLOW, unscaled } from "./fast";
import { Args, CellError, Out } from "./grid";
import { exactScale } from "./scale";

/**
 * The custom functions without Office: cells in, cells out, every figure from the core measures.
 * An argument error in one element fails that element only, so one bad row in a spilled range
 * doesn't hide the other rows' answers; a range shape mismatch fails the whole call (thrown).
 *
 * Each element first tries the plain-number path (fast.ts): numbers scaled to whole units of the
 * scale with float arithmetic that is exact for them, no decimal.js, no strings. Anything else
 * (text, data types, error cells, a float with more decimals than the scale keeps) takes the
 * exact decimal path, which also writes the messages. Both end in the same integer measures.
 */

const TYPER: Record<string, Konvention> = {
  netto: "resultat",
  kostnad: "utgift",
  intäkt: "resultat",
};
const FLODEN: Record<string, Flode> = { kostnad: "kostnad", intäkt: "intakt" };

export function budgetavvikelseCells(utfall: unknown, budget: unknown, typ?: unknown): Out[][] {
  const args = new Args({ utfall, budget, typ });
  const [U, B, T] = [args.arg("utfall"), args.arg("budget"), args.arg("typ")];
  const typer = new Seen((cell, where) => readChoice(cell, where, TYPER));
  const avvikelse = (u: Ore, b: Ore, per: number, konvention?: Konvention) =>
    unscaled(budgetavvikelse(u, b, konvention), per);
  return args.map(
    1,
    (r, c, out, at) => {
      const u = U.at(r, c);
      const b = B.at(r, c);
      const konvention = typer.get(T.at(r, c));
      if (konvention !== SLOW) {
        const per = typeof u === "number" && typeof b === "number" ? fastScale(u, b) : 0;
        if (per)
          return void (out[at] = avvikelse(
            scaled(u as number, per),
            scaled(b as number, per),
            per,
            konvention,
          ));
        // Without both figures there is no deviation; treating a blank as 0 would invent one.
        if (blank(u, b)) return void (out[at] = "");
      }
      const ud = readAmount(u, args.where("utfall", r, c));
      const bd = readAmount(b, args.where("budget", r, c));
      const k = readChoice(T.at(r, c), args.where("typ", r, c), TYPER);
      if (!ud || !bd) return void (out[at] = "");
      const s = exactScale([ud, bd], args.place(r, c));
      out[at] = avvikelse(s.scaled(ud), s.scaled(bd), s.per, k);
    },
    failed(args),
  );
}

/** The five columns of the report's utvecklingstabell, in its order. */
export const KOSTNUTV_KOLUMNER = [
  "skillnad mot förra året",
  "diff mot budget",
  "utveckling",
  "budgeterad utveckling",
  "skillnad mot budget",
] as const;

export function kostnutvCells(
  iAr: unknown,
  forraAret: unknown,
  budget?: unknown,
  typ?: unknown,
): Out[][] {
  const args = new Args({ i_år: iAr, förra_året: forraAret, budget, typ });
  const [I, F, B, T] = [
    args.arg("i_år"),
    args.arg("förra_året"),
    args.arg("budget"),
    args.arg("typ"),
  ];
  const floden = new Seen((cell, where) => readChoice(cell, where, FLODEN));
  // The result's width follows the call, not the data: a budget range with blank rows still spills five columns.
  const width = B.given ? KOSTNUTV_KOLUMNER.length : 1;
  const rad = (
    out: Out[],
    at: number,
    i: Ore,
    f: Ore,
    b: Ore | undefined,
    per: number,
    flode?: Flode,
  ) => {
    const u = utvecklingIOre(i, f, b, flode);
    const takt = rate(u.utveckling, u.namnare);
    if (width === 1) return void (out[at] = takt);
    // A blank budget cell leaves the budget's three figures blank.
    const utanBudget = u.diffMotBudget === undefined;
    out[at] = unscaled(u.skillnadMotForraAret, per);
    out[at + 1] = utanBudget ? "" : unscaled(u.diffMotBudget!, per);
    out[at + 2] = takt;
    out[at + 3] = utanBudget ? "" : rate(u.budgeterad!, u.namnare);
    out[at + 4] = utanBudget ? "" : rate(u.motBudget!, u.namnare);
  };
  return args.map(
    width,
    (r, c, out, at) => {
      const i = I.at(r, c);
      const f = F.at(r, c);
      const b = B.at(r, c);
      const flode = floden.get(T.at(r, c));
      if (flode !== SLOW) {
        const utanBudget = b === null || b === undefined || b === "";
        const per =
          typeof i === "number" && typeof f === "number" && (utanBudget || typeof b === "number")
            ? fastScale(i, f, utanBudget ? 0 : (b as number))
            : 0;
        if (per)
          return rad(
            out,
            at,
            scaled(i as number, per),
            scaled(f as number, per),
            utanBudget ? undefined : scaled(b as number, per),
            per,
            flode,
          );
        if (blank(i, f, b)) return void out.fill("", at, at + width);
      }
      const id = readAmount(i, args.where("i_år", r, c));
      const fd = readAmount(f, args.where("förra_året", r, c));
      const bd = readAmount(b, args.where("budget", r, c));
      const fl = readChoice(T.at(r, c), args.where("typ", r, c), FLODEN);
      if (!id || !fd) return void out.fill("", at, at + width);
      const s = exactScale([id, fd, bd], args.place(r, c));
      rad(out, at, s.scaled(id), s.scaled(fd), bd && s.scaled(bd), s.per, fl);
    },
    failed(args),
  );
}

export function resultathanteringCells(
  avvikelse: unknown,
  begart: unknown,
  andel?: unknown,
  tak?: unknown,
): Out[][] {
  const args = new Args({ avvikelse, begärt: begart, andel, tak });
  const [A, B, S, T] = [
    args.arg("avvikelse"),
    args.arg("begärt"),
    args.arg("andel"),
    args.arg("tak"),
  ];
  const andelar = new Seen(readAndel);
  // A blank tak is "no cap" and a blank andel "all of it": the rules' defaults, not zero.
  const overforing = (a: Ore, b: Ore, share: Dec | undefined, cap: Ore | undefined, per: number) =>
    unscaled(resultathantering(a, b, { andel: share, tak: cap }), per);
  return args.map(
    1,
    (r, c, out, at) => {
      const a = A.at(r, c);
      const b = B.at(r, c);
      const share = andelar.get(S.at(r, c));
      const t = T.at(r, c);
      if (share !== SLOW) {
        const utanTak = t === null || t === undefined || t === "";
        const per =
          typeof a === "number" && typeof b === "number" && (utanTak || typeof t === "number")
            ? fastScale(a, b, utanTak ? 0 : (t as number))
            : 0;
        if (per) {
          const cap = utanTak ? undefined : scaled(t as number, per);
          return void (out[at] = overforing(
            scaled(a as number, per),
            scaled(b as number, per),
            share,
            cap,
            per,
          ));
        }
        if (blank(a, b, t)) return void (out[at] = "");
      }
      const ad = readAmount(a, args.where("avvikelse", r, c));
      const bd = readAmount(b, args.where("begärt", r, c));
      const sd = readAndel(S.at(r, c), args.where("andel", r, c));
      const td = readAmount(t, args.where("tak", r, c));
      if (!ad || !bd) return void (out[at] = "");
      const s = exactScale([ad, bd, td], args.place(r, c));
      out[at] = overforing(s.scaled(ad), s.scaled(bd), sd, td && s.scaled(td), s.per);
    },
    failed(args),
  );
}

/**
 * A growth rate is undefined when last year was 0: Excel's own #DIV/0!. Excel shows no custom
 * message on #DIV/0! (only on #VALUE! and #N/A), so none is given. A quotient of two integers
 * below 2^53 in floats is the double nearest the exact rate, what decimal.js would round to.
 */
function rate(taljare: Ore, namnare: Ore): number | CellError {
  return namnare === 0 ? { fel: "divisionByZero" } : taljare / namnare;
}

/** Error cells in give the same error out; #REF! and #NAME? cannot be returned, so #VALUE!. */
const PASSED_ON: Record<string, CellError["fel"]> = {
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

/** A measure's own refusal (a negative request) names the element it concerns, as reads do. */
function failed(args: Args) {
  return (e: unknown, r: number, c: number): CellError => {
    if (e instanceof ErrorInput)
      return { fel: PASSED_ON[e.code] ?? "invalidValue", message: e.message };
    if (!(e instanceof EkoError)) throw e;
    const place = e.where === undefined ? args.place(r, c) : undefined;
    return { fel: "invalidValue", message: place ? `${place}: ${e.message}` : e.message };
  };
}
