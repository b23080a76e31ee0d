import { formatAmount } from "../format";
import { Ore } from "../money";
import { Check } from "../report/model";

/**
 * What an account is in the chart of accounts (Kommun-Bas and BAS agree on the classes used
 * here): class 3 revenue, 4–7 costs, 8 financial items (80–83 revenue, 84–88 costs: 84xx is
 * interest paid), 1–2 the balance sheet, outside the result; 11xx–12xx within it are fixed assets,
 * where investments are booked. A konto written as a word ("Intäkter", "Personalkostnader") is
 * read by the word.
 */
export type KontoKlass = "intakt" | "kostnad" | "balans" | "anlaggning";

export function kontoKlass(konto: string | undefined): KontoKlass | undefined {
  const k = (konto ?? "").trim().toLowerCase();
  const digits = /^\d{2}/.exec(k)?.[0];
  if (digits) {
    const d = digits[0];
    if (d === "3") return "intakt";
    if ("4567".includes(d)) return "kostnad";
    if (d === "8") return +digits[1] <= 3 ? "intakt" : +digits[1] <= 8 ? "kostnad" : undefined;
    if (digits === "11" || digits === "12") return "anlaggning";
    if (d === "1" || d === "2") return "balans";
    return undefined;
  }
  if (/^\d$/.test(k)) return kontoKlass(`${k}0`);
  if (/intäkt/.test(k)) return "intakt";
  if (/kostnad/.test(k)) return "kostnad";
  return undefined;
}

/**
 * The two ways ledgers sign amounts: the result's (revenue +, costs −, as the report prints) and
 * the bookkeeping one (debet +: costs +, revenue −), which Raindance and most transaction lists
 * export and Debet/Kredit columns give as debet − kredit.
 */
export type Tecken = "resultat" | "debet";

export const TECKEN_TEXT: Record<Tecken, string> = {
  resultat: "resultatets tecken (intäkter +, kostnader −)",
  debet: "bokföringens tecken (debet +: kostnader +, intäkter −)",
};

/** Raw sums (as the ledger writes them) of the revenue and cost accounts, which decide the sign. */
export interface TeckenEvidence {
  intakter: Ore;
  kostnader: Ore;
  debetKredit: boolean;
}

export interface TeckenDecision {
  tecken: Tecken;
  check: Check;
}

/**
 * Decides the sign convention from the chart of accounts: in the result's convention revenue
 * accounts sum positive and cost accounts negative; in the bookkeeping one the opposite. The
 * mapping's choice wins; Debet/Kredit columns are bookkeeping by construction. The choice and its
 * reason are always said, since a wrong guess turns every figure over.
 */
export function decideTecken(
  ev: TeckenEvidence,
  where: string,
  explicit: Tecken | undefined,
): TeckenDecision {
  const kr = (o: Ore) => formatAmount(o, "kr", { decimals: 2, plus: true }, "kr");
  const evidence = `intäktskontona summerar till ${kr(ev.intakter)} och kostnadskontona till ${kr(ev.kostnader)}`;
  const override = `Ange "sign": "resultat" eller "debet" för källan i mappningen om det är fel.`;
  const say = (tecken: Tecken, severity: Check["severity"], why: string): TeckenDecision => ({
    tecken,
    check: {
      id: "huvudbok-tecken",
      severity,
      message: `${where}: beloppen läses med ${TECKEN_TEXT[tecken]}${tecken === "debet" ? " och vänds till resultatets tecken" : ""}${why}. ${override}`,
      where: [where],
    },
  });
  if (explicit) return say(explicit, "info", " enligt mappningen");
  const votes = [Math.sign(ev.intakter), -Math.sign(ev.kostnader)].filter((v) => v !== 0);
  const resultat = votes.filter((v) => v > 0).length;
  const debet = votes.length - resultat;
  if (ev.debetKredit) {
    return resultat > debet
      ? say(
          "debet",
          "varning",
          ` eftersom beloppen står i kolumnerna Debet och Kredit (debet − kredit), men ${evidence}, som med resultatets tecken; kontrollera kolumnerna`,
        )
      : say(
          "debet",
          "info",
          " eftersom beloppen står i kolumnerna Debet och Kredit (debet − kredit)",
        );
  }
  if (!votes.length)
    return say(
      "resultat",
      "varning",
      ": det går inte att avgöra ur kontoplanen, eftersom inga rader har intäkts- (klass 3) eller kostnadskonton (klass 4–7)",
    );
  if (resultat && debet)
    return say("resultat", "varning", `, men kontoplanen säger emot sig själv: ${evidence}`);
  return say(resultat ? "resultat" : "debet", "info", ` eftersom ${evidence}`);
}
