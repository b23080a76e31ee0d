import fc from "fast-check";
import { Dec } from "../../src/core/decimal";
import { formatPercent } from "../../src/core/format";
import { budgetavvikelse, resultathantering, utveckling } from "../../src/core/measures";
import { toOre } from "../../src/core/money";

const tkr = (n: number) => toOre(n, "tkr");
const pct = (d: Dec | undefined) => (d ? formatPercent(d, { decimals: 1 }) : "saknas");

describe("budgetavvikelse", () => {
  it("seed 000, 5.1.1: prognos − budget in the result convention", () => {
    expect(budgetavvikelse(tkr(-475423), tkr(-485973))).toBe(tkr(10550));
  });
  it("seed 000, 5.3: budget − prognos for investments", () => {
    expect(budgetavvikelse(tkr(200), tkr(1300), "utgift")).toBe(tkr(1100));
  });
  it("law: the two conventions are each other's negation", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: -1e12, max: 1e12 }),
        (u, b) => {
          expect(budgetavvikelse(u, b, "utgift") + budgetavvikelse(u, b, "resultat")).toBe(0);
        },
      ),
    );
  });
});

describe("utveckling", () => {
  it("seed 000, 5.2.2.1 Kostnadsutveckling", () => {
    const u = utveckling(tkr(-183355), tkr(-154986), tkr(-206256));
    expect(u.skillnadMotForraAret).toBe(tkr(-28369));
    expect(u.diffMotBudget).toBe(tkr(22901));
    expect(pct(u.utveckling)).toBe("18,3%");
    expect(pct(u.budgeteradUtveckling)).toBe("33,1%");
    expect(pct(u.skillnadMotBudget)).toBe("14,8%");
  });
  it("seed 002, 5.1.4 Intäktsutveckling: a fall in revenue, less than budgeted", () => {
    const u = utveckling(tkr(170141), tkr(189177), tkr(137079));
    expect(pct(u.utveckling)).toBe("-10,1%");
    expect(pct(u.budgeteradUtveckling)).toBe("-27,5%");
    expect(pct(u.skillnadMotBudget)).toBe("17,5%");
  });
  it("has no growth rate when last year is zero, rather than dividing by it", () => {
    expect(utveckling(tkr(5), 0, tkr(4)).utveckling).toBeUndefined();
  });
  it("law: for costs, a lower outcome than budget is a positive skillnad mot budget", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 1, max: 1e12 }),
        (forra, iAr, budget) => {
          const u = utveckling(-iAr, -forra, -budget, "kostnad");
          expect(u.skillnadMotBudget!.isPositive() && !u.skillnadMotBudget!.isZero()).toBe(
            iAr < budget,
          );
        },
      ),
    );
  });
  it("law: skillnad mot budget is the deviation over |förra året|, exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.integer({ min: -1e15, max: 1e15 }).filter((f) => f !== 0),
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.constantFrom("kostnad" as const, "intakt" as const),
        (iAr, forra, budget, flode) => {
          const u = utveckling(iAr, forra, budget, flode);
          const sign = flode === "kostnad" ? -1 : 1;
          expect(u.utveckling!.eq(new Dec(iAr - forra).div(Math.abs(forra)).times(sign))).toBe(
            true,
          );
          expect(u.skillnadMotBudget!.eq(new Dec(iAr - budget).div(Math.abs(forra)))).toBe(true);
        },
      ),
    );
  });
});

describe("resultathantering", () => {
  it("seed 002, 5.1.5: a request is granted up to the surplus", () => {
    expect(resultathantering(tkr(2600), tkr(2600))).toBe(tkr(2600));
    expect(resultathantering(tkr(6097), tkr(6100))).toBe(tkr(6097));
  });
  it("gives nothing without a surplus and honours share and cap", () => {
    expect(resultathantering(tkr(-10), tkr(5))).toBe(0);
    expect(resultathantering(tkr(1000), tkr(900), { andel: new Dec("0.75") })).toBe(tkr(750));
    expect(resultathantering(tkr(1000), tkr(900), { tak: tkr(500) })).toBe(tkr(500));
  });
  it("refuses a negative request", () => {
    expect(() => resultathantering(tkr(10), tkr(-1), {}, "begärt")).toThrow(
      "begärt: begärt belopp kan inte vara negativt",
    );
  });
  it("law: a share is cut down to whole öre exactly, as decimal.js cuts the exact product", () => {
    // Shares of up to 7 decimals are split in integers; the product itself can exceed 2^53.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (avv, decimals, k) => {
          const andel = Dec.min(new Dec(k).div(10 ** decimals), 1);
          const exact = new Dec(avv).times(andel).toDecimalPlaces(0, Dec.ROUND_DOWN).toNumber();
          expect(resultathantering(avv, Number.MAX_SAFE_INTEGER, { andel })).toBe(exact);
        },
      ),
    );
  });
  it("law: never more than the surplus or the request, never negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 100 }),
        (avv, begart, andel) => {
          const r = resultathantering(avv, begart, { andel: new Dec(andel).div(100) });
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(Math.max(avv, 0));
          expect(r).toBeLessThanOrEqual(begart);
        },
      ),
    );
  });
});
