import fc from "fast-check";
import { findTables } from "../../src/core/mapping/blocks";
import { extractInput } from "../../src/core/mapping/extract";
import { RawValue, Sheet } from "../../src/core/mapping/grid";
import { mapTables } from "../../src/core/mapping/match";

/**
 * Law: a typed summary read with blank rows, group headings and correct subtotals inserted, and
 * its amounts written as Swedish text, gives exactly the figures of the plain table, and no
 * stated total is flagged.
 */
const sheet = (rows: RawValue[][]): Sheet => ({
  name: "Blad",
  values: rows,
  formats: rows.map((r) => r.map(() => undefined)),
  tables: [],
});

function read(rows: RawValue[][]) {
  const tables = findTables([sheet(rows)]);
  const mapped = mapTables(tables);
  const { input, checks } = extractInput(tables, mapped.mappings, { year: 2023, month: 8 });
  return { uppdrag: input.uppdrag, checks };
}

const sv = (öre: number) => {
  const kr = (Math.abs(öre) / 100).toFixed(2).replace(".", ",");
  const [i, d] = kr.split(",");
  return `${öre < 0 ? "-" : ""}${i.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${d}`;
};

it("blank rows, headings and subtotals inserted leave the figures as they were", () => {
  const amount = fc.integer({ min: -5_000_000_00, max: 5_000_000_00 });
  const group = fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(fc.array(group, { minLength: 1, maxLength: 3 }), (groups) => {
      const header = ["Uppdrag", "Ack utfall (kr)", "Ack budget (kr)"];
      let n = 0;
      const plain: RawValue[][] = [header];
      const typed: RawValue[][] = [header];
      groups.forEach((g, gi) => {
        typed.push([`Grupp ${gi + 1}`, null, null]);
        g.forEach(([u, b]) => {
          n++;
          plain.push([`U${n}`, u / 100, b / 100]);
          typed.push([`U${n}`, sv(u), sv(b)]);
        });
        const su = g.reduce((s, [u]) => s + u, 0);
        const sb = g.reduce((s, [, b]) => s + b, 0);
        typed.push([`Summa grupp ${gi + 1}`, sv(su), sv(sb)]);
        typed.push([null, null, null]);
      });
      const a = read(plain);
      const b = read(typed);
      expect(b.uppdrag).toEqual(a.uppdrag!.map((u) => ({ ...u, where: expect.any(String) })));
      expect(b.checks.filter((c) => c.severity !== "info")).toEqual([]);
    }),
    { numRuns: 100 },
  );
});
