import fc from "fast-check";
import { Dec } from "../../src/core/decimal";
import { formatAmount, formatDecimal, formatPercent, NBSP } from "../../src/core/format";
import { toOre } from "../../src/core/money";
import { parseSwedishNumber } from "../../src/core/parse";

describe("formatAmount", () => {
  it("prints seed 000, 5.1.1 Prognosindikator as the report does", () => {
    expect(formatAmount(toOre(-475423, "tkr"), "tkr", { decimals: 0 }, "tkr")).toBe("-475 423 tkr");
    expect(formatAmount(toOre(10550, "tkr"), "mnkr", { decimals: 1, plus: true }, "mnkr")).toBe(
      "+10,6 mnkr",
    );
  });

  it("rounds half away from zero, also for negatives", () => {
    expect(formatDecimal(new Dec("2.45"), { decimals: 1 })).toBe("2,5");
    expect(formatDecimal(new Dec("-2.45"), { decimals: 1 })).toBe("-2,5");
    expect(formatDecimal(new Dec("0.5"), { decimals: 0 })).toBe("1");
  });

  it("never prints -0,0 nor +0,0", () => {
    expect(formatDecimal(new Dec("-0.04"), { decimals: 1 })).toBe("0,0");
    expect(formatDecimal(new Dec("0.04"), { decimals: 1, plus: true })).toBe("0,0");
  });

  it("groups thousands with the separator asked for", () => {
    expect(formatDecimal(new Dec("1440"), { decimals: 0 })).toBe("1 440");
    expect(formatDecimal(new Dec("-1234567.891"), { decimals: 2, group: NBSP })).toBe(
      "-1\u00a0234\u00a0567,89",
    );
  });

  it("trims zeros for plan tables (seed 004, Tabell 5)", () => {
    expect(formatDecimal(new Dec("10"), { decimals: 1, trimZeros: true })).toBe("10");
    expect(formatDecimal(new Dec("0.6"), { decimals: 1, trimZeros: true })).toBe("0,6");
  });

  it("prints percentages with % or the word", () => {
    expect(formatPercent(new Dec("0.183"), { decimals: 1 })).toBe("18,3%");
    expect(formatPercent(new Dec("0.0904"), { decimals: 2 })).toBe("9,04%");
    expect(formatPercent(new Dec("0.148"), { decimals: 1 }, "procentenheter")).toBe(
      "14,8 procentenheter",
    );
  });
});

describe("parseSwedishNumber", () => {
  const value = (s: string) => parseSwedishNumber(s).value.toString();

  it.each([
    ["-475 423 tkr", "-475423"],
    ["+10,6 mnkr", "10.6"],
    ["\u2212485\u00a0973", "-485973"],
    ["1\u202f234,5", "1234.5"],
    ["0,0", "0"],
    ["1 234-", "-1234"],
    ["(1 234)", "-1234"],
    ["1,234,567.89", "1234567.89"],
    ["1.234.567,89", "1234567.89"],
    ["12.5", "12.5"],
  ])("reads %s", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("reads the unit and percentages", () => {
    expect(parseSwedishNumber("-475 423 tkr").unit).toBe("tkr");
    expect(parseSwedishNumber("10,6 Mnkr").unit).toBe("mnkr");
    const p = parseSwedishNumber("18,3%");
    expect(p.percent).toBe(true);
    expect(p.value.toString()).toBe("0.183");
    expect(parseSwedishNumber("9,04 procent").value.toString()).toBe("0.0904");
  });

  it.each(["", "abc", "1,2,3", "12 tkr tkr", "--5", "1.2.3,4,5", "#N/A"])(
    "refuses %p with the place named, never 0",
    (text) => {
      expect(() => parseSwedishNumber(text, "Blad1!B2")).toThrow(/Blad1!B2: .* är inget tal/);
    },
  );

  it("law: parse(format(x)) = round(x) for any öre amount, in every unit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.constantFrom("kr", "tkr", "mnkr"),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (ore, unit: "kr" | "tkr" | "mnkr", decimals, plus) => {
          const printed = formatAmount(ore, unit, { decimals, plus }, unit);
          const back = parseSwedishNumber(printed);
          const exact = new Dec(ore).div({ kr: 100, tkr: 1e5, mnkr: 1e8 }[unit]);
          expect(back.unit).toBe(unit);
          expect(back.value.equals(exact.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP))).toBe(true);
        },
      ),
    );
  });
});
