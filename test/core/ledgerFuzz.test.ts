import fc from "fast-check";
import { findTables } from "../../src/core/mapping/blocks";
import { extractInput } from "../../src/core/mapping/extract";
import { RawValue, Sheet } from "../../src/core/mapping/grid";
import { mapTables } from "../../src/core/mapping/match";

/**
 * Model-based: random ledgers whose amounts are known in öre, in each sign convention (the
 * result's, debet +, Debet/Kredit columns), written the ways exports write them (numbers, Swedish
 * text, trailing minus, parentheses) or damaged (error values, junk, blanks), with balance
 * accounts and 84xx interest among the rows. Laws: the uppdrag sums are exactly the model's sums,
 * in the result's sign, over the rows that could be read; every refused cell is named; and the
 * reconciliation holds: rows read = used + left out, each reason counted as the model counts it,
 * and the used rows' sum is the report's total.
 */

const UPPDRAG = ["Hälsa", "Kultur", "Skola"];
/** Konto → its place in the result: +1 revenue, −1 cost, 0 balance sheet. */
const KONTON: [string | number, number][] = [
  ["3010", 1],
  ["4010", -1],
  ["5410", -1],
  [6110, -1],
  ["8310", 1],
  ["8410", -1],
  ["1510", 0],
  [2440, 0],
];
type Convention = "resultat" | "debet" | "debetKredit";

const amount = fc.record({ ore: fc.integer({ min: 0, max: 1e11 }), form: fc.nat(6) });
const row = fc.record({
  year: fc.constantFrom(2020, 2021),
  month: fc.integer({ min: 1, max: 12 }),
  periodForm: fc.nat(3),
  uppdrag: fc.nat(UPPDRAG.length),
  konto: fc.nat(KONTON.length - 1),
  // One row in ten goes against its account (a credit note, a correction).
  reversed: fc.nat(9).map((n) => n === 0),
  utfall: amount,
  budget: amount,
});

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, " ");
const kr = (ore: number) =>
  `${grouped(Math.floor(Math.abs(ore) / 100))},${String(Math.abs(ore) % 100).padStart(2, "0")}`;

/** The cell as written, and the öre it counts for (0 when it cannot be read). */
function written(ore: number, form: number): [RawValue, number] {
  const neg = ore < 0;
  switch (form) {
    case 0:
      return [ore / 100, ore];
    case 1:
      return [`${neg ? "-" : ""}${kr(ore)}`, ore];
    case 2:
      return [neg ? `${kr(ore)}-` : kr(ore), ore];
    case 3:
      return [neg ? `(${kr(ore)})` : `${kr(ore)} kr`, ore];
    case 4:
      return [{ error: "#N/A" }, 0];
    case 5:
      return ["saknas", 0];
    default:
      return [null, 0];
  }
}

function period(year: number, month: number, form: number): RawValue {
  const mm = String(month).padStart(2, "0");
  return [
    year * 100 + month,
    `${year}-${mm}`,
    new Date(Date.UTC(year, month - 1, 15)),
    `${year}${mm}`,
  ][form];
}

/** The model's sign decision, as docs/mapping.md states it. */
function modelTecken(convention: Convention, intakt: number[], kostnad: number[]): 1 | -1 {
  if (convention === "debetKredit") return -1;
  const i = intakt[0] || kostnad[0] ? 0 : 1;
  const votes = [Math.sign(intakt[i]), -Math.sign(kostnad[i])].filter((v) => v);
  const resultat = votes.filter((v) => v > 0).length;
  return resultat && resultat < votes.length ? 1 : resultat || !votes.length ? 1 : -1;
}

it("sums a damaged ledger in any sign convention to exactly the model's öre, and reconciles", () => {
  fc.assert(
    fc.property(
      fc.constantFrom<Convention>("resultat", "debet", "debetKredit"),
      fc.array(row, { minLength: 1, maxLength: 40 }),
      (convention, rows) => {
        const bookkeeping = convention !== "resultat";
        const amounts = convention === "debetKredit" ? ["Debet", "Kredit"] : ["Belopp"];
        const header = ["Period", "Uppdrag", "Konto", ...amounts, "Budget (kr)"];
        const values: RawValue[][] = [header];
        const raw: { r: (typeof rows)[number]; u: number; b: number; place: number }[] = [];
        let unreadable = 0;
        const evidence = { intakt: [0, 0], kostnad: [0, 0] };
        for (const r of rows) {
          const [konto, place] = KONTON[r.konto];
          const resultSign = (place || 1) * (r.reversed ? -1 : 1);
          const sign = bookkeeping ? -resultSign : resultSign;
          const [u, uOre] = written(sign * r.utfall.ore, r.utfall.form);
          const [b, bOre] = written(sign * r.budget.ore, r.budget.form);
          unreadable += [r.utfall, r.budget].filter((a) => a.form === 4 || a.form === 5).length;
          const cells =
            convention === "debetKredit"
              ? sign * r.utfall.ore >= 0
                ? [written(Math.abs(sign * r.utfall.ore), r.utfall.form)[0], null]
                : [null, written(Math.abs(sign * r.utfall.ore), r.utfall.form)[0]]
              : [u];
          values.push([
            period(r.year, r.month, r.periodForm),
            UPPDRAG[r.uppdrag] ?? null,
            konto,
            ...cells,
            b,
          ]);
          raw.push({ r, u: uOre, b: bOre, place });
          if (place === 0 || !UPPDRAG[r.uppdrag]) continue;
          const e = evidence[place > 0 ? "intakt" : "kostnad"];
          e[0] += uOre;
          e[1] += bOre;
        }
        const f = modelTecken(convention, evidence.intakt, evidence.kostnad);

        const expected = new Map<
          string,
          { ackUtfall: number; ackBudget: number; arsbudget: number }
        >();
        const count = { balanskonto: 0, utanUppdrag: 0, utanforPeriod: 0, used: 0 };
        let ackUtfall = 0;
        for (const { r, u, b, place } of raw) {
          if (place === 0) {
            count.balanskonto++;
            continue;
          }
          const namn = UPPDRAG[r.uppdrag];
          if (!namn) {
            count.utanUppdrag++;
            continue;
          }
          const inYear = r.year === 2021;
          const toDate = r.month <= 4;
          if (inYear && toDate) count.used++;
          else if (inYear && b !== 0) count.used++;
          else if (!inYear && toDate) count.used++;
          else count.utanforPeriod++;
          if (!inYear) continue;
          const e = expected.get(namn) ?? { ackUtfall: 0, ackBudget: 0, arsbudget: 0 };
          expected.set(namn, e);
          e.arsbudget += f * b;
          if (toDate) {
            e.ackUtfall += f * u;
            e.ackBudget += f * b;
            ackUtfall += f * u;
          }
        }

        const sheet: Sheet = { name: "HB", values, formats: values.map(() => []), tables: [] };
        const tables = findTables([sheet]);
        const { mappings } = mapTables(tables);
        const { input, checks, reconciliation } = extractInput(tables, mappings, {
          year: 2021,
          month: 4,
        });

        const got = new Map(
          (input.uppdrag ?? []).map((u) => [
            u.namn,
            { ackUtfall: u.ackUtfall, ackBudget: u.ackBudget, arsbudget: u.arsbudget },
          ]),
        );
        expect(got).toEqual(expected);
        const refused = checks.filter((c) => c.id === "cell-oläslig");
        expect(refused).toHaveLength(unreadable);
        for (const c of refused) expect(c.where[0]).toMatch(/^HB![DEF]\d+$/);

        expect(checks.filter((c) => c.id === "avstamning-avviker")).toEqual([]);
        const [rec] = reconciliation;
        expect(rec.rowsRead).toBe(rows.length);
        expect(rec.rowsUsed).toBe(count.used);
        expect(rec.excluded.balanskonto ?? 0).toBe(count.balanskonto);
        expect(rec.excluded.utanUppdrag ?? 0).toBe(count.utanUppdrag);
        expect(rec.excluded.utanforPeriod ?? 0).toBe(count.utanforPeriod);
        const main = rec.sums.find((s) => s.figure === "uppdrag.ackUtfall")!;
        expect([main.used, main.report]).toEqual([ackUtfall, ackUtfall]);
        expect(checks.find((c) => c.id === "huvudbok-tecken")!.message).toContain(
          f > 0 ? "resultatets tecken (intäkter +" : "bokföringens tecken",
        );
      },
    ),
    { numRuns: 200, seed: Number(process.env.FUZZ_SEED ?? 20210430) },
  );
});
