import { Dec } from "../core/decimal";
import { EkoError } from "../core/errors";
import {
  budgetavvikelse,
  Flode,
  Konvention,
  resultathantering,
  utveckling,
} from "../core/measures";
import { ErrorInput, readAmount, readAndel, readChoice } from "./args";
import { fastScale, scaled, unscaled } from "./fast";
import { Args, CellError, Out } from "./grid";
import { fromScaled, scaleFor, toScaled } from "./scale";

/**
 * The custom functions without Office: cells in, cells out, every figure from the core measures.
 * An argument error in one element fails that element only, so one bad row in a spilled range
 * doesn't hide the other rows' answers; a range shape mismatch fails the whole call (thrown).
 */

const TYPER: Record<string, Konvention> = {
  netto: "resultat",
  kostnad: "utgift",
  intäkt: "resultat",
};
const FLODEN: Record<string, Flode> = { kostnad: "kostnad", intäkt: "intakt" };

export function budgetavvikelseCells(utfall: unknown, budget: unknown, typ?: unknown): Out[][] {
  const args = new Args({ utfall, budget, typ });
  return args.map((r, c) =>
    guarded(() => {
      const uc = args.cell("utfall", r, c);
      const bc = args.cell("budget", r, c);
      const per = typeof uc === "number" && typeof bc === "number" ? fastScale(uc, bc) : 0;
      if (per) {
        const typ = args.has("typ")
          ? readChoice(args.cell("typ", r, c), args.where("typ", r, c), TYPER)
          : undefined;
        return [
          unscaled(budgetavvikelse(scaled(uc as number, per), scaled(bc as number, per), typ), per),
        ];
      }
      const u = readAmount(args.cell("utfall", r, c), args.where("utfall", r, c));
      const b = readAmount(args.cell("budget", r, c), args.where("budget", r, c));
      const konvention = readChoice(args.cell("typ", r, c), args.where("typ", r, c), TYPER);
      // Without both figures there is no deviation; treating a blank as 0 would invent one.
      if (!u || !b) return [""];
      const scale = scaleFor([u, b], args.place(r, c));
      return [
        fromScaled(budgetavvikelse(toScaled(u, scale), toScaled(b, scale), konvention), scale),
      ];
    }, 1),
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
  // The result's width follows the call, not the data: a budget range with blank rows still spills five columns.
  const width = args.has("budget") ? KOSTNUTV_KOLUMNER.length : 1;
  return args.map((r, c) =>
    guarded(() => {
      const i = readAmount(args.cell("i_år", r, c), args.where("i_år", r, c));
      const f = readAmount(args.cell("förra_året", r, c), args.where("förra_året", r, c));
      const b = readAmount(args.cell("budget", r, c), args.where("budget", r, c));
      const flode = readChoice(args.cell("typ", r, c), args.where("typ", r, c), FLODEN);
      if (!i || !f) return Array<Out>(width).fill("");
      const scale = scaleFor([i, f, b], args.place(r, c));
      const u = utveckling(toScaled(i, scale), toScaled(f, scale), b && toScaled(b, scale), flode);
      const takt = rate(u.utveckling);
      if (width === 1) return [takt];
      const diff = u.diffMotBudget;
      if (diff === undefined) return [fromScaled(u.skillnadMotForraAret, scale), "", takt, "", ""];
      return [
        fromScaled(u.skillnadMotForraAret, scale),
        fromScaled(diff, scale),
        takt,
        rate(u.budgeteradUtveckling),
        rate(u.skillnadMotBudget),
      ];
    }, width),
  );
}

export function resultathanteringCells(
  avvikelse: unknown,
  begart: unknown,
  andel?: unknown,
  tak?: unknown,
): Out[][] {
  const args = new Args({ avvikelse, begärt: begart, andel, tak });
  return args.map((r, c) =>
    guarded(() => {
      const a = readAmount(args.cell("avvikelse", r, c), args.where("avvikelse", r, c));
      const b = readAmount(args.cell("begärt", r, c), args.where("begärt", r, c));
      const share = readAndel(args.cell("andel", r, c), args.where("andel", r, c));
      const cap = readAmount(args.cell("tak", r, c), args.where("tak", r, c));
      // A blank tak is "no cap" and a blank andel "all of it": the rules' defaults, not zero.
      if (!a || !b) return [""];
      const scale = scaleFor([a, b, cap], args.place(r, c));
      const regel = { andel: share, tak: cap && toScaled(cap, scale) };
      return [
        fromScaled(
          resultathantering(toScaled(a, scale), toScaled(b, scale), regel, args.place(r, c)),
          scale,
        ),
      ];
    }, 1),
  );
}

/**
 * A growth rate is undefined when last year was 0: Excel's own #DIV/0!. Excel shows no custom
 * message on #DIV/0! (only on #VALUE! and #N/A), so none is given.
 */
function rate(d: Dec | undefined): number | CellError {
  return d ? d.toNumber() : { fel: "divisionByZero" };
}

/** Error cells in give the same error out; #REF! and #NAME? cannot be returned, so #VALUE!. */
const PASSED_ON: Record<string, CellError["fel"]> = {
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

function guarded(element: () => Out[], width: number): Out[] {
  try {
    return element();
  } catch (e) {
    if (e instanceof ErrorInput) {
      const fel = PASSED_ON[e.code] ?? "invalidValue";
      return Array<Out>(width).fill({ fel, message: e.message });
    }
    if (!(e instanceof EkoError)) throw e;
    return Array<Out>(width).fill({ fel: "invalidValue", message: e.message });
  }
}
