import { Sheet } from "../../src/core/mapping/grid";
import { runReport } from "../../src/core/pipeline";

/** A sheet from rows, as a workbook reader would give it (no formats, no declared tables). */
function sheet(
  name: string,
  rows: (string | number | null)[][],
  formats: Record<string, string> = {},
): Sheet {
  return {
    name,
    values: rows,
    formats: rows.map((r, i) => r.map((_, c) => formats[`${i},${c}`])),
    tables: [],
  };
}

describe("mapping a workbook it has never seen", () => {
  // Another organisation's layout: other sheet names, headers in another order and wording,
  // tables under one another with a title, mnkr with decimals, an extra column nobody asked for.
  const sheets = [
    sheet("Uppföljning", [
      ["Ekonomisk uppföljning tertial 2"],
      [],
      [
        "Verksamhet (mnkr)",
        "Kommentar",
        "Budget helår",
        "Helårsprognos",
        "Utfall ack",
        "Budget ack",
      ],
      ["Vård och omsorg", "ok", -812.45, -820.1, -540.2, -535.04],
      ["Utbildning", "", -640, -631.37, -410.5, -421.9],
      ["Summa", "", -1452.45, -1451.47, -950.7, -956.94],
      [],
      ["Investeringsprojekt", "Årsbudget", "Prognos helår", "Utfall"],
      ["Skolbyggnad", 12.5, 11, 7.25],
    ]),
  ];

  const run = runReport(sheets, { period: "2024-08", org: "Exempelkommunen" });

  it("picks the report type from the period: August is uppföljningsrapport 2", () => {
    expect(run.report.type).toBe("uppfoljningsrapport2");
  });

  it("maps columns by their Swedish headers and reads mnkr from the header", () => {
    const m = run.mappings.find((x) => x.kind === "uppdrag")!;
    expect(m.unit).toBe("mnkr");
    expect(m.columns).toEqual({ namn: 0, ackUtfall: 4, ackBudget: 5, arsbudget: 2, prognos: 3 });
    expect(m.confidence).toBeGreaterThan(0.8);
  });

  it("builds the prognosis table (5.1.2) from it, total row of the source left out", () => {
    const t = run.report.tables.find((x) => x.id === "prognos")!;
    expect(t.rows).toEqual([
      ["Vård och omsorg", "-820,1", "-812,5", "-7,7"],
      ["Utbildning", "-631,4", "-640,0", "8,6"],
      ["Total", "-1 451,5", "-1 452,5", "1,0"],
    ]);
    expect(run.report.checks.filter((c) => c.id === "kallans-summa-avviker")).toEqual([]);
  });

  it("finds the second table on the same sheet: investments, unit assumed and said", () => {
    const t = run.report.tables.find((x) => x.id === "investeringar")!;
    expect(t.rows[0]).toEqual(["Skolbyggnad", "7", "13", "11", "2"]);
    expect(run.report.checks.find((c) => c.id === "enhet-antagen")?.where).toEqual([
      "Uppföljning!A8",
    ]);
  });

  it("lists what it cannot build, with the reason, instead of inventing it", () => {
    expect(run.report.missing.map((m) => [m.id, m.reason])).toEqual([
      ["personalomsattning", "personalomsättning saknas i arbetsboken"],
      ["sjukfranvaro", "sjukfrånvaro saknas i arbetsboken"],
      ["kostnadsutveckling", "inga kostnader för i år och förra året hittades i arbetsboken"],
      ["intaktsutveckling", "inga intäkter för i år och förra året hittades i arbetsboken"],
    ]);
  });
});

describe("bad cells", () => {
  it("a text that is not a number is a check naming the cell, and the row still counts the rest", () => {
    const run = runReport(
      [
        sheet("Data", [
          ["Uppdrag, tkr", "Prognos", "Årsbudget"],
          ["A", "-1 234,5", -2000],
          ["B", "okänt", -500],
          ["C", { error: "#N/A" } as never, -10],
        ]),
      ],
      { period: "2021-04" },
    );
    const errors = run.report.checks.filter((c) => c.severity === "fel");
    expect(errors.map((c) => c.where[0])).toEqual(["Data!B3", "Data!B4"]);
    expect(errors[0].message).toBe('Data!B3: "okänt" är inget tal');
    expect(errors[1].message).toBe(
      "Data!B4: felvärdet #N/A är inte ett belopp; cellen räknas inte med. Rätta cellen och kör igen.",
    );
    // The budgets still count; the deviation would compare one prognosis with three budgets, so it stays blank and says why.
    expect(run.report.tables.find((t) => t.id === "prognosindikator")!.rows[0]).toEqual([
      "Prognos budgetavvikelse",
      "-1 235 tkr",
      "-2 510 tkr",
      "",
    ]);
    expect(run.report.checks.find((c) => c.id === "avvikelse-ensidig")!.where).toEqual([
      "Data!A3:C3",
      "Data!A4:C4",
    ]);
  });

  it("a source total row that disagrees with its rows is a warning", () => {
    const run = runReport(
      [
        sheet("Data", [
          ["Uppdrag", "Prognos (tkr)", "Årsbudget"],
          ["A", -100, -90],
          ["B", -50, -60],
          ["Totalt", -160, -150],
        ]),
      ],
      { period: "2021-04" },
    );
    expect(
      run.report.checks.filter((c) => c.id === "kallans-summa-avviker").map((c) => c.message),
    ).toEqual([
      "Data!B4: summaraden anger -160 tkr men raderna ovanför summerar till -150 tkr. Rapporten räknar med raderna; summaraden används inte.",
    ]);
  });
});

describe("explicit mapping", () => {
  const sheets = [
    sheet("S", [
      ["Namn", "Siffra A", "Siffra B"],
      ["X", -5, -7],
    ]),
  ];

  it("maps columns whose headers say nothing, and wins over the guess", () => {
    const run = runReport(sheets, {
      period: "2021-04",
      mapping: {
        sources: [
          {
            kind: "uppdrag",
            table: "S!A1",
            unit: "mnkr",
            columns: { namn: "Namn", prognos: "Siffra A", arsbudget: "Siffra B" },
          },
        ],
      },
    });
    expect(run.report.tables.find((t) => t.id === "prognos")!.rows[0]).toEqual([
      "X",
      "-5,0",
      "-7,0",
      "2,0",
    ]);
  });

  it("names a column that does not exist", () => {
    const run = runReport(sheets, {
      period: "2021-04",
      mapping: {
        sources: [{ kind: "uppdrag", table: "S!A1", columns: { namn: "Namn", prognos: "Saknas" } }],
      },
    });
    expect(run.report.checks.find((c) => c.id === "mappning-kolumn-saknas")!.message).toBe(
      'Mappningen anger kolumnen "Saknas" för prognos men S!A1 har ingen sådan rubrik.',
    );
  });
});

describe("ledger (huvudbok)", () => {
  const rows: (string | number)[][] = [["Period", "Uppdrag", "Konto", "Utfall", "Budget"]];
  // Jan–Dec 2021 and 2020 for two uppdrag; revenue on 3xxx, costs on 4xxx–7xxx; kr with öre.
  for (const year of [2020, 2021]) {
    for (let m = 1; m <= 12; m++) {
      const p = year * 100 + m;
      rows.push([p, "Hälsa", "4010", -1000.05 * m, -1100]);
      rows.push([p, "Hälsa", "3010", 200.1, 250]);
      rows.push([p, "Kultur", "5410", -333.33, -300]);
    }
  }
  const run = runReport([sheet("Huvudbok", rows)], { period: "2021-04" });

  it("aggregates the year to date exactly, per uppdrag, in kr with öre", () => {
    const u = run.report.tables.find((t) => t.id === "resultatindikator")!;
    // Hälsa: -1000,05 × (1+2+3+4) + 4 × 200,10 = -9 199,70; Kultur: 4 × -333,33 = -1 333,32
    // Budget: 4 × (-1 100 + 250) + 4 × -300 = -4 600. Printed in tkr.
    expect(u.rows[0]).toEqual(["Ackumulerad budgetavvikelse", "-11 tkr", "-5 tkr", "-6 tkr"]);
  });

  it("splits costs and revenue by account class and compares with the same months last year", () => {
    const k = run.report.tables.find((t) => t.id === "kostnadsutveckling")!;
    expect(k.rows[0].slice(5)).toEqual(["0,0%", "-50,6%", "-50,6%"]);
    const i = run.report.tables.find((t) => t.id === "intaktsutveckling")!;
    expect(i.rows[0].slice(0, 2)).toEqual(["1 tkr", "1 tkr"]);
  });

  it("says how many rows fall outside the period", () => {
    expect(run.report.checks.find((c) => c.id === "huvudbok-utanfor-period")!.message).toMatch(
      /^24 rader/,
    );
  });
});
