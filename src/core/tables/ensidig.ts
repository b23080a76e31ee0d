import { Ore } from "../money";
import { Check } from "../report/model";

interface Named {
  namn: string;
  where: string;
}

/**
 * A total's deviation compares like with like. A row with an outcome but no budget (or the
 * reverse) would count on one side only, and total outcome − total budget would print a
 * deviation that no row adds up to. Such rows are named, and the caller leaves the total's
 * deviation blank. Returns undefined when every row has both sides or neither.
 */
export function oneSided<R extends Named>(
  rows: R[],
  a: (r: R) => Ore | undefined,
  b: (r: R) => Ore | undefined,
  table: string,
  sides: [string, string],
): Check | undefined {
  const lopsided = rows.filter((r) => (a(r) === undefined) !== (b(r) === undefined));
  if (!lopsided.length) return undefined;
  const named = lopsided
    .map((r) => `${r.namn} saknar ${a(r) === undefined ? sides[0] : sides[1]} (${r.where})`)
    .join(", ");
  return {
    id: "avvikelse-ensidig",
    severity: "varning",
    message: `${table}: ${named}. Totalens avvikelse mellan ${sides[0]} och ${sides[1]} lämnas tom, eftersom den annars skulle räkna raden bara på ena sidan. Fyll i cellen och kör igen.`,
    where: lopsided.map((r) => r.where),
  };
}
