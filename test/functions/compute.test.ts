import { Dec } from "../../src/core/decimal";
import { formatDecimal, formatPercent } from "../../src/core/format";
import {
  budgetavvikelseCells,
  kostnutvCells,
  resultathanteringCells,
} from "../../src/functions/compute";
import { Out } from "../../src/functions/grid";

/** The figures as the report prints them: amounts as they are, fractions as "18,3%". */
const pct = (cell: Out) =>
  typeof cell === "number" ? formatPercent(new Dec(cell), { decimals: 1 }) : cell;
const row = (cells: Out[][]) => [
  cells[0][0],
  cells[0][1],
  pct(cells[0][2]),
  pct(cells[0][3]),
  pct(cells[0][4]),
];
const message = (cell: Out) =>
  typeof cell === "object" ? `${cell.fel}: ${cell.message}` : `inget fel: ${cell}`;

describe("BUDGETAVVIKELSE", () => {
  it("seed 000, 5.1.1: netto, utfall − budget", () => {
    expect(budgetavvikelseCells([[-475423]], [[-485973]])).toEqual([[10550]]);
  });
  it("seed 000, 5.3: kostnad (investering angiven positiv), budget − utfall", () => {
    expect(budgetavvikelseCells([[48588]], [[73200]], [["kostnad"]])).toEqual([[24612]]);
  });
  it("intäkt is utfall − budget, whatever the case or diacritics", () => {
    expect(budgetavvikelseCells(120, 100, "Intakt")).toEqual([[20]]);
    expect(budgetavvikelseCells(120, 100, "INTÄKT")).toEqual([[20]]);
  });
  it("computes ranges element-wise and spills their shape; a single cell is repeated", () => {
    expect(
      budgetavvikelseCells(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [0.5, 0.5],
          [1, 1],
        ],
      ),
    ).toEqual([
      [0.5, 1.5],
      [2, 3],
    ]);
    expect(budgetavvikelseCells([[10], [20], [30]], [[5]])).toEqual([[5], [15], [25]]);
  });
  it("reads numbers stored as Swedish text", () => {
    expect(budgetavvikelseCells("-1 234,5", "−1 000")).toEqual([[-234.5]]);
    expect(budgetavvikelseCells("(1 234,5)", "1 234-")).toEqual([[-0.5]]);
  });
  it("leaves a blank where utfall or budget is blank, rather than treating it as 0", () => {
    expect(budgetavvikelseCells([[100], [null], [""]], [[50], [50], [50]])).toEqual([
      [50],
      [""],
      [""],
    ]);
  });
  it("is exact for tkr with decimals and for a region's budget in kronor", () => {
    expect(budgetavvikelseCells(0.3, 0.1)).toEqual([[0.2]]);
    expect(budgetavvikelseCells(12.3456, 0.0001)).toEqual([[12.3455]]);
    expect(budgetavvikelseCells(-40_000_000_000.01, -40_000_000_001)).toEqual([[0.99]]);
  });
  it("fails only the bad element, naming the argument and row in Swedish", () => {
    const out = budgetavvikelseCells([[1], ["abc"], [3]], [[1], [1], [1]]);
    expect(out[0][0]).toBe(0);
    expect(message(out[1][0])).toBe('invalidValue: utfall (rad 2): "abc" är inget tal');
    expect(out[2][0]).toBe(2);
    expect(message(budgetavvikelseCells(1, "5 tkr")[0][0])).toBe(
      "invalidValue: budget: skriv beloppet utan enhet (tkr): funktionen räknar i cellernas egen enhet",
    );
    expect(message(budgetavvikelseCells(true, 1)[0][0])).toBe(
      "invalidValue: utfall: SANT är inget tal",
    );
    expect(message(budgetavvikelseCells(1, 1, "brutto")[0][0])).toBe(
      'invalidValue: typ: "brutto" är inget giltigt val, använd "netto", "kostnad" eller "intäkt"',
    );
  });
  it("refuses ranges of different shapes, naming the argument", () => {
    expect(() => budgetavvikelseCells([[1], [2]], [[1], [2], [3]])).toThrow(
      "budget: området har 3 rader × 1 kolumn men utfall har 2 rader × 1 kolumn; områdena måste vara lika stora (eller en enda cell)",
    );
  });
});

describe("KOSTNUTV", () => {
  it("seed 000, 5.2.2.1: with two arguments, the development as a fraction", () => {
    const [[u]] = kostnutvCells([[-183355]], [[-154986]]);
    expect(u).toBeCloseTo(0.18304, 5);
    expect(pct(u)).toBe("18,3%");
  });
  it("seed 000, 5.2.2.1 Kostnadsutveckling: with a budget, one row of five", () => {
    const out = kostnutvCells([[-183355]], [[-154986]], [[-206256]]);
    expect(out[0]).toHaveLength(5);
    expect(out[0][2]).toBeCloseTo(0.183, 3);
    expect(out[0][3]).toBeCloseTo(0.3308, 4);
    expect(out[0][4]).toBeCloseTo(0.1478, 4);
    expect(row(out)).toEqual([-28369, 22901, "18,3%", "33,1%", "14,8%"]);
  });
  it("seed 000, 5.2.2.2 Intäktsutveckling", () => {
    expect(row(kostnutvCells(53040, 46214, 51552))).toEqual([6826, 1488, "14,8%", "11,6%", "3,2%"]);
  });
  it("seed 002, 5.1.4: kostnader and intäkter in one call, spilling two rows of five", () => {
    const out = kostnutvCells([[-504844], [170141]], [[-484404], [189177]], [[-605616], [137079]]);
    expect(out.map((r) => r.slice(2).map(pct))).toEqual([
      ["4,2%", "25,0%", "20,8%"],
      ["-10,1%", "-27,5%", "17,5%"],
    ]);
  });
  it("typ decides where the sign cannot: a cost that fell to 0 this year", () => {
    expect(pct(kostnutvCells(0, -100, null, "kostnad")[0][0])).toBe("-100,0%");
    expect(pct(kostnutvCells(0, -100)[0][0])).toBe("100,0%");
  });
  it("keeps five columns when a budget cell is blank, leaving the budget figures empty", () => {
    const out = kostnutvCells([[-183355], [-10]], [[-154986], [-8]], [[-206256], [null]]);
    expect(out[1]).toEqual([-2, "", 0.25, "", ""]);
  });
  it("is #DIV/0! when förra året is 0 (Excel shows no message there), and blank when it is blank", () => {
    expect(kostnutvCells(5, 0)[0][0]).toEqual({ fel: "divisionByZero" });
    expect(kostnutvCells(5, null)).toEqual([[""]]);
    expect(kostnutvCells(5, "", 4)).toEqual([["", "", "", "", ""]]);
  });
  it("names the argument of a bad value across all five cells", () => {
    const out = kostnutvCells(1, 1, "x");
    expect(out[0].map(message)).toEqual(Array(5).fill('invalidValue: budget: "x" är inget tal'));
  });
});

describe("RESULTATHANTERING", () => {
  it("seed 002, 5.1.5 drift: FVIS 2 600 and RUS 1 900 tkr, together 4,5 mnkr", () => {
    const out = resultathanteringCells([[2600], [1900]], [[2600], [1900]]);
    expect(out).toEqual([[2600], [1900]]);
    expect(formatDecimal(new Dec(2600 + 1900).div(1000), { decimals: 1 })).toBe("4,5");
  });
  it("seed 002, 5.1.5 investering: itemised requests, one capped to the surplus, 10,4 mnkr in all", () => {
    expect(resultathanteringCells(1019, [[370], [570]])).toEqual([[370], [570]]);
    const out = resultathanteringCells(
      [[1019], [6097], [2000], [357], [1000]],
      [[370 + 570], [6100], [2000], [357], [1000]],
    );
    expect(out).toEqual([[940], [6097], [2000], [357], [1000]]);
    const total = out.reduce((s, [v]) => s + (v as number), 0);
    expect(total).toBe(10394);
    expect(formatDecimal(new Dec(total).div(1000), { decimals: 1 })).toBe("10,4");
  });
  it("applies a share of the surplus, as a number or as Swedish percent text", () => {
    expect(resultathanteringCells(1019, 940, 0.75)).toEqual([[764.25]]);
    expect(resultathanteringCells(1019, 940, "75 %")).toEqual([[764.25]]);
    expect(resultathanteringCells(1019, 500, "75%")).toEqual([[500]]);
  });
  it("applies a cap; a blank cap or share is the default, not zero", () => {
    expect(resultathanteringCells(6097, 6100, null, 5000)).toEqual([[5000]]);
    expect(resultathanteringCells(6097, 6100, "", "")).toEqual([[6097]]);
    expect(resultathanteringCells(6097, 6100, 0.5, 5000)).toEqual([[3048.5]]);
  });
  it("carries nothing over without a surplus", () => {
    expect(resultathanteringCells(-200, 100)).toEqual([[0]]);
  });
  it("refuses a negative request and a share above 100 %, in Swedish", () => {
    expect(message(resultathanteringCells(1019, -370)[0][0])).toBe(
      "invalidValue: begärt belopp kan inte vara negativt",
    );
    expect(message(resultathanteringCells([[1019], [1019]], [[370], [-570]])[1][0])).toBe(
      "invalidValue: rad 2: begärt belopp kan inte vara negativt",
    );
    expect(message(resultathanteringCells(1019, 370, 75)[0][0])).toBe(
      "invalidValue: andelen ska vara mellan 0 och 100 %",
    );
    expect(message(resultathanteringCells(1019, 370, "75 tkr")[0][0])).toBe(
      'invalidValue: andel: "75 tkr" är ett belopp, inte en andel',
    );
  });
});
