import { renderBlock } from "../../../src/io/output/block";
import { planWrite } from "../../../src/io/output/place";
import { Bounds, fingerprint } from "../../../src/io/output/state";
import { ReportTable } from "../../../src/core/report/model";

const table: ReportTable = {
  id: "prognosindikator",
  section: "5.1.1",
  title: "Prognosindikator",
  unit: "tkr",
  columns: ["Indikator", "Årsprognos", "Andel"],
  rows: [
    ["Prognos budgetavvikelse", "-475 423 tkr", "18,3%"],
    ["2021", "20,7", "13%"],
  ],
  // The typed figures are what the cells are written from; the printed text is never parsed.
  figures: [
    [
      null,
      { kind: "belopp", exact: "-47542312345", unit: "tkr", decimals: 0, withUnit: true },
      { kind: "andel", exact: "0.18345", decimals: 1 },
    ],
    [
      null,
      { kind: "belopp", exact: "2072000000", unit: "mnkr", decimals: 1 },
      { kind: "andel", exact: "0.13", decimals: 0 },
    ],
  ],
  kinds: ["data", "total"],
  sources: [[], []],
};

describe("renderBlock", () => {
  it("writes the printed figures as numbers with formats that print them the same way", () => {
    const b = renderBlock(table);
    expect(b.values).toEqual([
      ["5.1.1 Prognosindikator", "", ""],
      // The unit printed in the cells moves into the header.
      ["Indikator", "Årsprognos tkr", "Andel"],
      ["Prognos budgetavvikelse", -475423, 0.183],
      // A label in the first column stays text even when it looks like a number.
      ["2021", 20.7, 0.13],
    ]);
    expect(b.formats[2]).toEqual(["@", "#,##0", "0.0%"]);
    expect(b.formats[3]).toEqual(["@", "#,##0.0", "0%"]);
    expect(b.bold).toEqual([0, 1, 3]);
    // The title's empty cells keep Excel's default format.
    expect(b.formats[0]).toEqual(["@", "General", "General"]);
  });

  it("scenario 7: a first column of figures (kostnadsutveckling) is numbers, never text", () => {
    // Seed 000, 5.2.2: "Ack utfall förra året" is the first column.
    const b = renderBlock({
      ...table,
      id: "kostnadsutveckling",
      columns: ["Ack utfall förra året", "Ack utfall i år", "Kostn. utv. mot föreg. år"],
      rows: [["-154 986 tkr", "-183 355 tkr", "18,3%"]],
      figures: [
        [
          { kind: "belopp", exact: "-15498600000", unit: "tkr", decimals: 0, withUnit: true },
          { kind: "belopp", exact: "-18335500000", unit: "tkr", decimals: 0, withUnit: true },
          { kind: "andel", exact: "0.183", decimals: 1 },
        ],
      ],
      kinds: ["data"],
      sources: [[]],
    });
    expect(b.values[2]).toEqual([-154986, -183355, 0.183]);
    expect(b.formats[2]).toEqual(["#,##0", "#,##0", "0.0%"]);
  });
});

describe("planWrite", () => {
  it('scenario 3: a cell of spaces or a formula showing "" is the user\'s', () => {
    const empty: (string | null)[][] = [
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ];
    const spaces = empty.map((r) => [...r]);
    spaces[1][1] = "   ";
    const plan = (values: (string | null)[][], formulas: Bounds[] = []) =>
      planWrite(
        [{ name: "Blad", values, formats: [], tables: [] }],
        {},
        [{ block: renderBlock(table), anchor: { sheet: "Blad", row: 0, col: 0 } }],
        { mode: "beside" },
        formulas,
      ).writes[0].top;
    expect(plan(empty)).toBe(0);
    expect(plan(spaces)).toBe(3);
    const formula = { sheet: "Blad", top: 2, left: 2, bottom: 2, right: 2 };
    expect(plan(empty, [formula])).toBe(4);
  });

  const sheet = (values: (string | null)[][]) => ({
    name: "Blad",
    values,
    formats: [],
    tables: [],
  });
  const block = renderBlock(table);

  it("moves a block down past a foreign cell and never plans over it", () => {
    const plan = planWrite(
      [
        sheet([
          [null, null, null, null],
          [null, null, "x", null],
        ]),
      ],
      {},
      [{ block, anchor: { sheet: "Blad", row: 0, col: 1 } }],
      { mode: "beside" },
    );
    expect(plan.writes[0]).toMatchObject({ top: 3, left: 1 });
  });

  it("updates its own block in place and clears what the new block no longer covers", () => {
    const owned = {
      prognosindikator: {
        sheet: "Blad",
        top: 0,
        left: 0,
        bottom: 5,
        right: 2,
        fingerprint: fingerprint(Array.from({ length: 6 }, () => [null, null, null])),
      },
    };
    const plan = planWrite(
      [sheet([])],
      owned,
      [{ block, anchor: { sheet: "Blad", row: 10, col: 10 } }],
      { mode: "beside" },
    );
    expect(plan.writes[0]).toMatchObject({ top: 0, left: 0, bottom: 3, right: 2 });
    expect(plan.clears).toEqual([{ sheet: "Blad", top: 4, bottom: 5, left: 0, right: 2 }]);
    expect(plan.edited).toEqual([]);
  });
});
