import fc from "fast-check";
import { findTables } from "../../src/core/mapping/blocks";
import { extractInput } from "../../src/core/mapping/extract";
import { RawValue, Sheet } from "../../src/core/mapping/grid";
import { mapTables } from "../../src/core/mapping/match";

/**
 * Model-based: random ledgers whose amounts are known in öre, written the ways exports write
 * them (numbers, Swedish text, trailing minus, parentheses) or damaged (error values, junk,
 * blanks). The uppdrag sums must be exactly the model's sums over the rows that could be read,
 * and every refused cell must be named.
 */

const UPPDRAG = ["Hälsa", "Kultur", "Skola"];
const KONTON = ["3010", "4010", "5410", 6110];

const amount = fc.record({ ore: fc.integer({ min: -1e11, max: 1e11 }), form: fc.nat(6) });
const row = fc.record({
  year: fc.constantFrom(2020, 2021),
  month: fc.integer({ min: 1, max: 12 }),
  periodForm: fc.nat(3),
  uppdrag: fc.nat(UPPDRAG.length),
  konto: fc.constantFrom(...KONTON),
  utfall: amount,
  budget: amount,
});
type Amount = { ore: number; form: number };

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, " ");
const kr = (ore: number) =>
  `${grouped(Math.floor(Math.abs(ore) / 100))},${String(Math.abs(ore) % 100).padStart(2, "0")}`;

/** The cell as written, and the öre it counts for (0 when it cannot be read). */
function written(a: Amount): [RawValue, number] {
  const neg = a.ore < 0;
  switch (a.form) {
    case 0:
      return [a.ore / 100, a.ore];
    case 1:
      return [`${neg ? "-" : ""}${kr(a.ore)}`, a.ore];
    case 2:
      return [neg ? `${kr(a.ore)}-` : kr(a.ore), a.ore];
    case 3:
      return [neg ? `(${kr(a.ore)})` : `${kr(a.ore)} kr`, a.ore];
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

it("sums a damaged ledger to exactly the model's öre, naming every cell it refuses", () => {
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
      const expected = new Map<
        string,
        { ackUtfall: number; ackBudget: number; arsbudget: number }
      >();
      let unreadable = 0;
      const values: RawValue[][] = [["Period", "Uppdrag", "Konto", "Utfall (kr)", "Budget (kr)"]];
      for (const r of rows) {
        const [u, uOre] = written(r.utfall);
        const [b, bOre] = written(r.budget);
        unreadable += [r.utfall, r.budget].filter((a) => a.form === 4 || a.form === 5).length;
        const namn = UPPDRAG[r.uppdrag];
        values.push([period(r.year, r.month, r.periodForm), namn ?? null, r.konto, u, b]);
        if (!namn || r.year !== 2021) continue;
        const e = expected.get(namn) ?? { ackUtfall: 0, ackBudget: 0, arsbudget: 0 };
        expected.set(namn, e);
        e.arsbudget += bOre;
        if (r.month <= 4) {
          e.ackUtfall += uOre;
          e.ackBudget += bOre;
        }
      }
      const sheet: Sheet = { name: "HB", values, formats: values.map(() => []), tables: [] };
      const tables = findTables([sheet]);
      const { mappings } = mapTables(tables);
      const { input, checks } = extractInput(tables, mappings, { year: 2021, month: 4 });

      const got = new Map(
        (input.uppdrag ?? []).map((u) => [
          u.namn,
          { ackUtfall: u.ackUtfall, ackBudget: u.ackBudget, arsbudget: u.arsbudget },
        ]),
      );
      expect(got).toEqual(expected);
      const refused = checks.filter((c) => c.id === "cell-oläslig");
      expect(refused).toHaveLength(unreadable);
      for (const c of refused) expect(c.where[0]).toMatch(/^HB![DE]\d+$/);
    }),
    { numRuns: 200, seed: Number(process.env.FUZZ_SEED ?? 20210430) },
  );
});
