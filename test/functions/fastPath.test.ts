import fc from "fast-check";
import {
  budgetavvikelseCells,
  kostnutvCells,
  resultathanteringCells,
} from "../../src/functions/compute";

/**
 * Scenario 8: plain numbers take the float path (src/functions/fast.ts), anything else the exact
 * decimal path. A formatted number (a cell value object carrying the same float) always takes the
 * exact path, so the law is: the same floats give the same cells either way.
 */
const exactPath = (grid: unknown[][]) =>
  grid.map((row) =>
    row.map((v) => (typeof v === "number" ? { type: "FormattedNumber", basicValue: v } : v)),
  );

/** Figures as controllers type them, as formulas leave them, and near the scales' limits. */
const amount = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }).map((ore) => ore / 100),
  fc
    .tuple(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 9 }))
    .map(([n, d]) => n / 10 ** d),
  fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(1.03, 1 / 3, 0.1, 1.25, 7))
    .map(([n, f]) => (n / 100) * f),
  fc.double({ min: -1e14, max: 1e14, noNaN: true }),
  fc.constantFrom(45_035_996.27370496, 45_035_996_273.70496, -45_035_996.2737049, 0, -0, null),
);
const column = (n: number) => fc.array(amount, { minLength: n, maxLength: n });

function sameBothWays(run: (...grids: unknown[][][]) => unknown, grids: unknown[][][]) {
  expect(run(...grids)).toEqual(run(...grids.map(exactPath)));
}

const col = (xs: unknown[]) => xs.map((x) => [x]);

describe("the float path gives exactly the exact path's cells", () => {
  it("BUDGETAVVIKELSE", () => {
    fc.assert(
      fc.property(column(8), column(8), (u, b) =>
        sameBothWays(budgetavvikelseCells, [col(u), col(b)]),
      ),
      { numRuns: 300 },
    );
  });
  it("KOSTNUTV with and without a budget, both flows", () => {
    fc.assert(
      fc.property(
        column(8),
        column(8),
        column(8),
        fc.constantFrom("kostnad", "intäkt", null),
        (i, f, b, typ) => {
          sameBothWays((...g) => kostnutvCells(g[0], g[1], g[2], typ), [col(i), col(f), col(b)]);
          sameBothWays((...g) => kostnutvCells(g[0], g[1], null, typ), [col(i), col(f)]);
        },
      ),
      { numRuns: 300 },
    );
  });
  it("RESULTATHANTERING with a share and a cap", () => {
    fc.assert(
      fc.property(
        column(8).map((xs) => xs.map((x) => (x === null ? x : Math.abs(x)))),
        column(8).map((xs) => xs.map((x) => (x === null ? x : Math.abs(x)))),
        fc.constantFrom(null, 0.75, 0.333, 1 / 3, 0.12345678, 1, 0),
        column(8),
        (a, b, andel, tak) =>
          sameBothWays(
            (...g) => resultathanteringCells(g[0], g[1], andel, g[2]),
            [col(a), col(b), col(tak)],
          ),
      ),
      { numRuns: 300 },
    );
  });
});
