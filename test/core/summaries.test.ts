import { findTables } from "../../src/core/mapping/blocks";
import { extractInput } from "../../src/core/mapping/extract";
import { RawValue, Sheet } from "../../src/core/mapping/grid";
import { mapTables } from "../../src/core/mapping/match";
import { Period } from "../../src/core/report/model";

/** Summaries as controllers type them: blank rows, subtotals, amounts as text, notes beside. */

function sheet(name: string, rows: RawValue[][]): Sheet {
  return { name, values: rows, formats: rows.map((r) => r.map(() => undefined)), tables: [] };
}

function extract(s: Sheet, period: Period = { year: 2023, month: 8 }) {
  const tables = findTables([s]);
  const mapped = mapTables(tables);
  const { input, checks } = extractInput(tables, mapped.mappings, period);
  return { tables, input, checks: [...mapped.checks, ...checks], mappings: mapped.mappings };
}

describe("a typed summary with a blank row, a group heading and subtotals", () => {
  const run = extract(
    sheet("Sammanställning", [
      ["Resultat per uppdrag, tkr"],
      ["Uppdrag", "Ack. utfall", "Ack. budget"],
      ["Hälso- och sjukvård", null, null],
      ["Vård", "-1 000,5", "-1 100"],
      ["Tandvård", "-200", "-250"],
      ["Summa Hälso- och sjukvård", "-1 200,5", "-1 350"],
      [null, null, null],
      ["Regional utveckling", null, null],
      ["Kollektivtrafik", "-300", "-280"],
      ["Totalt", "-1 400", "-1 630"],
    ]),
  );

  it("keeps the rows after the blank row and the heading in the table", () => {
    expect(run.input.uppdrag!.map((u) => [u.namn, u.ackUtfall, u.ackBudget])).toEqual([
      ["Vård", -100_050_000, -110_000_000],
      ["Tandvård", -20_000_000, -25_000_000],
      ["Kollektivtrafik", -30_000_000, -28_000_000],
    ]);
  });

  it("records every row left out with its reason and range", () => {
    expect(run.tables[0].skipped).toEqual([
      { index: 0, where: "Sammanställning!A3:C3", reason: "rubrik" },
      { index: 3, where: "Sammanställning!A6:C6", reason: "summarad" },
      { index: 4, where: "Sammanställning!A7:C7", reason: "tom" },
      { index: 5, where: "Sammanställning!A8:C8", reason: "rubrik" },
      { index: 7, where: "Sammanställning!A10:C10", reason: "summarad" },
    ]);
  });

  it("flags the stale grand total at its cell, and only that one", () => {
    expect(
      run.checks.filter((c) => c.id === "kallans-summa-avviker").map((c) => c.message),
    ).toEqual([
      "Sammanställning!B10: summaraden anger -1 400 tkr men raderna ovanför summerar till -1 500,5 tkr. Rapporten räknar med raderna; summaraden används inte.",
    ]);
  });
});

describe("number text that could be read two ways", () => {
  const amounts = (rows: RawValue[][]) => {
    const run = extract(
      sheet("Blad", [["Uppdrag", "Ack utfall (tkr)", "Ack budget (tkr)"], ...rows]),
    );
    return {
      values: run.input.uppdrag!.map((u) => [u.namn, u.ackUtfall, u.ackBudget]),
      warnings: run.checks.filter((c) => c.id === "tal-tvetydigt").map((c) => c.message),
    };
  };

  it("is decided by the table's other number texts: decimal comma, so a dot groups thousands", () => {
    expect(
      amounts([
        ["A", "12 345,6", "101,877"],
        ["B", "-1.480", "-2 000,25"],
      ]),
    ).toEqual({
      values: [
        ["A", 1_234_560_000, 10_187_700],
        ["B", -148_000_000, -200_025_000],
      ],
      warnings: [],
    });
  });

  it("is decided by the table's other number texts: English, so a comma groups thousands", () => {
    expect(
      amounts([
        ["A", "1,234.5", "101,877"],
        ["B", "-1.480", "-2,000.25"],
      ]).values,
    ).toEqual([
      ["A", 123_450_000, 10_187_700_000],
      ["B", -148_000, -200_025_000],
    ]);
  });

  it("is read with its mark as the decimal mark and warned about with its cell when nothing decides", () => {
    expect(amounts([["A", "101,877", -5]])).toEqual({
      values: [["A", 10_187_700, -500_000]],
      warnings: [
        'Blad!B2: "101,877" kan vara 101,877 eller 101 877, och tabellens övriga tal avgör inte vilket; det läses som 101,877. Skriv 101 877 (mellanslag mellan tusentalen) eller 101,877 (decimalkomma) så blir det entydigt.',
      ],
    });
  });
});

describe("two columns with the same header", () => {
  it("takes the first and warns naming both cells", () => {
    const run = extract(
      sheet("Blad", [
        ["Uppdrag", "Ack. utfall", "Ack. budget", "Ack. utfall"],
        ["A", -10, -12, -11],
      ]),
    );
    expect(run.mappings[0].columns.ackUtfall).toBe(1);
    expect(run.checks.filter((c) => c.id === "kolumn-dubblett").map((c) => c.message)).toEqual([
      'Blad!D1: kolumnen "Ack. utfall" har samma rubrik som Blad!B1; Blad!B1 används. Byt rubrik på den ena, eller välj kolumn i mappningen (eller i aktivitetsfönstret).',
    ]);
  });
});

describe("notes and extra columns never make a table disappear", () => {
  const table: RawValue[][] = [
    ["Resultat per uppdrag, tkr", null, null, null, null, null, "Obs! preliminära siffror"],
    ["Uppdrag", "Ack utfall", "Ack budget", "Årsbudget", "Prognos"],
    ["A", -10, -12, -30, -29, null, "kolla med Eva"],
    ["B", -20, -19, -50, -52],
  ];

  it("a note beside the caption and beside a row", () => {
    const run = extract(sheet("Blad", table));
    expect(run.tables.map((t) => [t.id, t.caption])).toEqual([
      ["Blad!A2", "Resultat per uppdrag, tkr"],
    ]);
    expect(run.input.uppdrag!.map((u) => [u.namn, u.ackUtfall, u.prognos])).toEqual([
      ["A", -1_000_000, -2_900_000],
      ["B", -2_000_000, -5_200_000],
    ]);
  });

  it("ten extra columns: the table is read and the unused columns are named", () => {
    const extra = [
      "Konto",
      "Konto text",
      "Ansvar",
      "Ansvar text",
      "Aktivitet",
      "Projekt",
      "Motpart",
      "Objekt",
      "Fri 1",
      "Fri 2",
    ];
    const run = extract(
      sheet("Blad", [
        [...table[1], ...extra],
        [...table[2].slice(0, 5), ...extra.map(() => "x")],
      ]),
    );
    expect(run.input.uppdrag!.map((u) => [u.namn, u.ackBudget])).toEqual([["A", -1_200_000]]);
    expect(run.checks.filter((c) => c.id === "kolumner-oanvanda").map((c) => c.message)).toEqual([
      'Blad!A1: läses som resultat per uppdrag; 10 kolumner används inte ("Konto", "Konto text", "Ansvar", "Ansvar text", "Aktivitet", "Projekt", "Motpart", "Objekt", "Fri 1", "Fri 2"). Välj kolumn i mappningen (eller i aktivitetsfönstret) om någon av dem ska användas.',
    ]);
  });
});
