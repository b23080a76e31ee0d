import { RawValue, Sheet } from "../../src/core/mapping/grid";
import { runReport, RunOptions } from "../../src/core/pipeline";

/** Headers that name their period, read against the report's period (issue 11). */

function sheet(name: string, rows: RawValue[][]): Sheet {
  return { name, values: rows, formats: rows.map((r) => r.map(() => undefined)), tables: [] };
}

function run(rows: RawValue[][], options: RunOptions) {
  const r = runReport([sheet("Blad", rows)], { org: "Test", ...options });
  const columns = (kind: string) =>
    r.mappings.find((m) => m.kind === kind)?.columns ?? ({} as Record<string, number>);
  const messages = (id: string) =>
    r.report.checks.filter((c) => c.id === id).map((c) => `${c.severity}: ${c.message}`);
  return { r, columns, messages };
}

describe("an uppföljningsrapport 2 with headers as controllers type them", () => {
  const { columns, messages } = run(
    [
      [
        "Uppdrag",
        "Utfall jan–aug 2022",
        "Utfall jan–aug 2023",
        "Budget jan–aug 2023",
        "Budget helår 2023",
        "Prognos aug",
        "Prognos apr",
      ],
      ["Vård", -90, -100, -110, -160, -150, -155],
    ],
    { period: "2023-08" },
  );

  it("takes this year's outcome, the accumulated and annual budget and the prognoses by their period", () => {
    expect(columns("uppdrag")).toEqual({
      namn: 0,
      ackUtfall: 2,
      ackBudget: 3,
      arsbudget: 4,
      prognos: 5,
      foregaendePrognos: 6,
    });
  });

  it("says that last year's outcome is not used in the table per uppdrag", () => {
    expect(messages("kolumn-anvands-inte")).toEqual([
      'info: Blad!B1: kolumnen "Utfall jan–aug 2022" är förra årets utfall för januari–augusti 2023; tabellen Blad!A1 har ingen användning för den.',
    ]);
  });
});

describe("a månadsrapport for October with month-labelled prognoses", () => {
  const { columns, messages } = run(
    [
      [
        "Uppdrag",
        "Ack utfall",
        "Ack budget",
        "Årsbudget",
        "Prognos aug",
        "Prognos sep",
        "Prognos okt",
      ],
      ["Vård", -100, -110, -160, -150, -152, -149],
    ],
    { period: "2023-10" },
  );

  it("takes October's column as the prognosis and September's as the previous one", () => {
    expect(columns("uppdrag").prognos).toBe(6);
    expect(columns("uppdrag").foregaendePrognos).toBe(5);
  });

  it("says that August's column is an older prognosis", () => {
    expect(messages("kolumn-anvands-inte")).toEqual([
      'info: Blad!E1: kolumnen "Prognos aug" är en äldre prognos än "Prognos sep" (Blad!F1), som används som föregående prognos.',
    ]);
  });
});

describe("a column for another period than the report's", () => {
  it("is a check (fel) naming the column, never a silent pick", () => {
    const { r, columns, messages } = run(
      [
        [
          "Uppdrag",
          "Utfall jan–apr 2021",
          "Budget jan–apr 2021",
          "Budget helår 2021",
          "Prognos nov",
        ],
        ["Vård", -100, -110, -300, -290],
      ],
      { period: "2021-08" },
    );
    expect(columns("uppdrag")).toEqual({ namn: 0, arsbudget: 3 });
    expect(messages("kolumn-fel-period")).toEqual([
      'fel: Blad!B1: kolumnen "Utfall jan–apr 2021" gäller januari–april 2021, men rapporten gäller januari–augusti 2021; den används inte. Byt rubrik eller välj kolumn i mappningen (eller i aktivitetsfönstret) om den ändå ska användas.',
      'fel: Blad!C1: kolumnen "Budget jan–apr 2021" gäller januari–april 2021, men rapporten gäller januari–augusti 2021; den används inte. Byt rubrik eller välj kolumn i mappningen (eller i aktivitetsfönstret) om den ändå ska användas.',
      'fel: Blad!E1: kolumnen "Prognos nov" gäller november, men rapporten gäller januari–augusti 2021; den används inte. Byt rubrik eller välj kolumn i mappningen (eller i aktivitetsfönstret) om den ändå ska användas.',
    ]);
    expect(r.report.missing.find((m) => m.id === "resultatrakning")?.reason).toBe(
      "tabellen per uppdrag saknar ackumulerat utfall",
    );
  });

  it("a part-year column in a whole-year report is one too", () => {
    const { messages } = run(
      [
        ["Uppdrag", "Utfall jan–aug 2023", "Budget 2023"],
        ["Vård", -100, -160],
      ],
      { period: "2023" },
    );
    expect(messages("kolumn-fel-period")).toEqual([
      'fel: Blad!B1: kolumnen "Utfall jan–aug 2023" gäller januari–augusti 2023, men rapporten gäller år 2023; den används inte. Byt rubrik eller välj kolumn i mappningen (eller i aktivitetsfönstret) om den ändå ska användas.',
    ]);
  });
});

describe("Budget alone in a whole-year report", () => {
  it("is the annual and the accumulated budget", () => {
    const { r, columns } = run(
      [
        ["Uppdrag", "Utfall 2023 (tkr)", "Budget (tkr)"],
        ["Vård", -100, -160],
        ["Tandvård", -50, -40],
      ],
      { period: "2023" },
    );
    expect(columns("uppdrag")).toEqual({ namn: 0, ackUtfall: 1, arsbudget: 2 });
    const t = r.report.tables.find((x) => x.id === "resultatrakning")!;
    expect(t.rows.at(-1)).toEqual(["Totalt", "-0,2", "-0,2", "0,1"]);
  });
});

describe("the data's period against the report's", () => {
  const rows: RawValue[][] = [
    ["Period", "2021-04"],
    [null, null],
    ["Resultat per uppdrag januari–april, belopp i tkr"],
    ["Uppdrag", "Ack. utfall", "Ack. budget", "Årsbudget", "Årsprognos"],
    ["Vård", -100, -110, -330, -320],
  ];

  it("--period 2021-08 on a January–April workbook is a check naming the Period row and the caption", () => {
    expect(run(rows, { period: "2021-08" }).messages("dataperiod-avviker")).toEqual([
      "fel: Blad!B1: arbetsboken anger perioden januari–april 2021, men rapporten gäller januari–augusti 2021 (vald period). Siffrorna i arbetsboken kan gälla en annan period än rapporten; kontrollera perioden.",
      'fel: Blad!A4: rubriken ovanför tabellen, "Resultat per uppdrag januari–april, belopp i tkr", gäller januari–april, men rapporten gäller januari–augusti 2021. Kontrollera att siffrorna är för rätt period.',
    ]);
  });

  it("--type arsredovisning --period 2021 says so too, and that the accumulated budget is not the annual", () => {
    expect(
      run(rows, { period: "2021", type: "arsredovisning" }).messages("dataperiod-avviker"),
    ).toEqual([
      "fel: Blad!B1: arbetsboken anger perioden januari–april 2021, men rapporten gäller år 2021 (vald period). Siffrorna i arbetsboken kan gälla en annan period än rapporten; kontrollera perioden.",
      'fel: Blad!A4: rubriken ovanför tabellen, "Resultat per uppdrag januari–april, belopp i tkr", gäller januari–april, men rapporten gäller år 2021. Kontrollera att siffrorna är för rätt period.',
      "fel: Rapporten gäller år 2021, men den ackumulerade budgeten (-110 tkr) skiljer sig från årsbudgeten (-330 tkr), till exempel på Blad!A5:E5: siffrorna gäller en del av året. Kontrollera perioden.",
    ]);
  });

  it("the workbook's own period gives no such check", () => {
    expect(run(rows, {}).messages("dataperiod-avviker")).toEqual([]);
  });
});

describe("a ledger whose last period is before the report's", () => {
  it("is a check (fel) naming the period column and the last period found", () => {
    const r = runReport(
      [
        sheet("HB", [
          ["Period", "Uppdrag", "Konto", "Utfall", "Budget"],
          [202101, "Vård", 4010, -100, -110],
          [202104, "Vård", 4010, -100, -110],
        ]),
      ],
      { org: "Test", period: "2021", type: "arsredovisning" },
    );
    expect(
      r.report.checks.filter((c) => c.id === "dataperiod-avviker").map((c) => c.message),
    ).toEqual([
      'HB!A1, kolumnen "Period": den senaste perioden i data är april 2021, men rapporten gäller år 2021; månaderna efter saknas. Kontrollera perioden eller underlaget.',
    ]);
  });
});

describe("the narrative states no figure the tables don't have", () => {
  it("an investment sheet without a forecast column gets no forecast sentence", () => {
    const r = runReport(
      [
        sheet("Inv", [
          ["Projekt (tkr)", "Utfall", "Årsbudget"],
          ["Ny scen", 1200, 20000],
          ["Bibliotek", 0, 2000],
        ]),
      ],
      { org: "Kulturnämnden", period: "2023-04" },
    );
    const text = r.report.narrative
      .find((s) => s.id === "investeringar")!
      .paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    expect(text[0]).toBe(
      "Investeringarnas utfall för januari–april 2023 är 20 800 tkr lägre än årsbudgeten; underlaget har ingen prognos för investeringarna.",
    );
    expect(text.join(" ")).not.toMatch(/[Pp]rognosen/);
  });
});

describe("a table that can't be used", () => {
  it("says what it looked at, what was missing and how to choose", () => {
    const { messages } = run(
      [
        ["Kostnadsställe", "Ack utfall", "Ack budget", "Årsbudget"],
        ["4010", -100, -110, -300],
      ],
      { period: "2021-04" },
    );
    expect(messages("tabell-saknar-kolumn")).toEqual([
      'varning: Blad!A1:D2 liknar resultat per uppdrag (kolumnerna "Ack utfall", "Ack budget", "Årsbudget" känns igen) men saknar kolumn för Uppdrag; tabellen används inte. Ge kolumnen en rubrik som "Uppdrag", eller välj den i mappningen (--mapping) eller i aktivitetsfönstret.',
    ]);
  });
});
