import { findTables } from "../../src/core/mapping/blocks";
import { extractInput } from "../../src/core/mapping/extract";
import { RawValue, Sheet } from "../../src/core/mapping/grid";
import { mapTables } from "../../src/core/mapping/match";
import { runReport } from "../../src/core/pipeline";
import { Check } from "../../src/core/report/model";

/** A sheet from rows, as a workbook reader would give it. */
function sheet(name: string, rows: RawValue[][]): Sheet {
  return { name, values: rows, formats: rows.map((r) => r.map(() => undefined)), tables: [] };
}

const APRIL_2021 = { year: 2021, month: 4 };

/** What the mapping reads from the sheets, before any report table is built. */
function extract(...sheets: Sheet[]) {
  const tables = findTables(sheets);
  const mapped = mapTables(tables);
  const { input, checks } = extractInput(tables, mapped.mappings, APRIL_2021);
  return { input, checks: [...mapped.checks, ...checks], mappings: mapped.mappings };
}

const ids = (checks: Check[], id: string) => checks.filter((c) => c.id === id);

describe("numbers written as text", () => {
  const { input, checks } = extract(
    sheet("Data", [
      ["Uppdrag", "Ack utfall (tkr)", "Ack budget", "Årsbudget", "Prognos"],
      ["A", "1 234 tkr", "(1 234)", "1 234-", "-1,234.50"],
      ["B", "\u22122 000,5", "0,5 mnkr", "1,234,567", " 12 "],
      ["C", "12 %", "tolv", null, null],
    ]),
  );

  it("reads Swedish and English formats, units, parentheses and a trailing minus to the öre", () => {
    expect(
      input.uppdrag!.map((u) => [u.namn, u.ackUtfall, u.ackBudget, u.arsbudget, u.prognos]),
    ).toEqual([
      ["A", 123_400_000, -123_400_000, -123_400_000, -123_450_000],
      ["B", -200_050_000, 50_000_000, 123_456_700_000, 1_200_000],
      ["C", undefined, undefined, undefined, undefined],
    ]);
  });

  it("refuses a percentage or a word where an amount belongs, naming the cell", () => {
    expect(ids(checks, "cell-oläslig").map((c) => c.message)).toEqual([
      'Data!B4: "12 %" är en procentsats, här väntas ett belopp',
      'Data!C4: "tolv" är inget tal',
    ]);
  });
});

describe("layout", () => {
  it("finds a header below a title, settings and a caption, and skips empty rows and columns", () => {
    const run = runReport([
      sheet("Blad1", [
        ["Ekonomisk uppföljning"],
        [],
        ["Period", "2021-04"],
        [],
        ["Belopp i tkr"],
        ["Uppdrag", null, "Prognos", "Årsbudget"],
        ["A", null, -1000, -900],
        [],
        [null, null, null, null],
        ["B", null, -500, -600],
      ]),
    ]);
    expect(run.report.period).toEqual(APRIL_2021);
    const m = run.mappings.find((x) => x.kind === "uppdrag")!;
    expect([m.table, m.unit, m.unitFrom]).toEqual(["Blad1!A6", "tkr", "rubrik ovanför"]);
    expect(run.report.tables.find((t) => t.id === "prognos")!.rows).toEqual([
      ["A", "-1,0", "-0,9", "-0,1"],
      ["B", "-0,5", "-0,6", "0,1"],
      ["Total", "-1,5", "-1,5", "0,0"],
    ]);
  });
});

describe("the same name twice", () => {
  it("joins an uppdrag on two rows of a summary table and warns with both places", () => {
    const { input, checks } = extract(
      sheet("S", [
        ["Uppdrag (tkr)", "Prognos", "Årsbudget"],
        ["Hälsa", -1, -2],
        ["Kultur", -3, -4],
        ["hälsa", -5, -6],
      ]),
    );
    expect(input.uppdrag!.map((u) => u.prognos)).toEqual([-600_000, -300_000]);
    expect(ids(checks, "uppdrag-dubblett").map((c) => c.message)).toEqual([
      'Uppdraget "hälsa" har arsbudget både i S!A2:C2 och S!A4:C4; värdena läggs ihop.',
      'Uppdraget "hälsa" har prognos både i S!A2:C2 och S!A4:C4; värdena läggs ihop.',
    ]);
  });

  it("keeps a project on two rows as two and warns with both places", () => {
    const { input, checks } = extract(
      sheet("I", [
        ["Projekt (tkr)", "Årsbudget", "Utfall"],
        ["Skola", 10, 5],
        ["Skola", 10, 5],
      ]),
    );
    expect(input.investeringar!.map((i) => i.arsbudget)).toEqual([1_000_000, 1_000_000]);
    expect(ids(checks, "namn-dubblett").map((c) => [c.message, c.where])).toEqual([
      [
        'Investeringen "Skola" finns på två rader, I!A2:C2 och I!A3:C3; båda räknas med. Ta bort den ena om den är inklistrad två gånger.',
        ["I!A2:C2", "I!A3:C3"],
      ],
    ]);
  });

  it("sums a ledger's spelling variants as one uppdrag and says so", () => {
    const { input, checks } = extract(
      sheet("Huvudbok", [
        ["Period", "Uppdrag", "Konto", "Utfall", "Budget"],
        [202104, "Hälsa", "4010", -10.5, -20],
        [202104, "HÄLSA", "4010", -1.25, null],
      ]),
    );
    expect(input.uppdrag).toEqual([
      {
        namn: "Hälsa",
        ackUtfall: -1175,
        ackBudget: -2000,
        arsbudget: -2000,
        where: "Huvudbok!A2:E2",
      },
    ]);
    expect(ids(checks, "uppdrag-dubblett")[0].where).toEqual(["Huvudbok!A2:E2", "Huvudbok!A3:E3"]);
  });
});

describe("a ledger's own total rows", () => {
  const { input, checks } = extract(
    sheet("Huvudbok", [
      ["Period", "Uppdrag", "Konto", "Utfall", "Budget"],
      [202104, "Hälsa", "4010", -100.25, -200],
      [202103, "Hälsa", "3010", 50, 40],
      [null, "Summa Hälsa", null, -50.25, -160],
      [202104, "Kultur", "5410", -10, -10],
      [null, "Summa Kultur", null, -11, -10],
      ["Totalt", null, null, -60.25, -170],
    ]),
  );

  it("leaves subtotals and the grand total out of the sums", () => {
    expect(input.uppdrag!.map((u) => [u.namn, u.ackUtfall, u.ackBudget])).toEqual([
      ["Hälsa", -5025, -16000],
      ["Kultur", -1000, -1000],
    ]);
  });

  it("checks each against the rows since the previous total, or all rows, and names the cell that disagrees", () => {
    expect(ids(checks, "kallans-summa-avviker").map((c) => c.message)).toEqual([
      "Huvudbok!D6: summaraden anger -11 kr men raderna ovanför summerar till -10 kr. Rapporten räknar med raderna; summaraden används inte.",
    ]);
  });
});

describe("ledger cells that cannot be read", () => {
  const { input, checks } = extract(
    sheet("Huvudbok", [
      ["Period", "Uppdrag", "Konto", "Utfall", "Budget"],
      [202104, "Hälsa", "4010", { error: "#N/A" }, -20],
      [202104, "Hälsa", "4010", -5, { error: "#DIV/0!" }],
      [202104, null, "4010", -7, null],
      ["våren", "Hälsa", "4010", -9, null],
    ]),
  );

  it("names each error value's cell and still counts the row's other amount", () => {
    expect(ids(checks, "cell-oläslig").map((c) => c.where[0])).toEqual([
      "Huvudbok!D2",
      "Huvudbok!E3",
      "Huvudbok!A5",
    ]);
    expect(ids(checks, "cell-oläslig")[1].message).toBe(
      "Huvudbok!E3: felvärdet #DIV/0! är inte ett belopp; cellen räknas inte med. Rätta cellen och kör igen.",
    );
    expect(input.uppdrag![0]).toMatchObject({ ackUtfall: -500, ackBudget: -2000 });
  });

  it("counts and names the rows it cannot place instead of dropping them", () => {
    expect(ids(checks, "huvudbok-rad-utan-plats").map((c) => c.message)).toEqual([
      "1 rad i huvudboken saknar uppdrag och räknas inte (Huvudbok!B4). Fyll i cellerna och kör igen.",
      "1 rad i huvudboken saknar en läsbar period och räknas inte (Huvudbok!A5). Fyll i cellerna och kör igen.",
    ]);
  });
});

describe("periods written every way ledgers write them", () => {
  it("reads 202104, 2021-04, april 2021, a date, a date serial and an ISO date as April 2021", () => {
    const forms: RawValue[] = [
      202104,
      "202104",
      "2021-04",
      "april 2021",
      "Apr 2021",
      new Date(Date.UTC(2021, 3, 1)),
      44287,
      "2021-04-30",
    ];
    const { input, checks } = extract(
      sheet("HB", [
        ["Period", "Uppdrag", "Konto", "Utfall"],
        ...forms.map((p) => [p, "Hälsa", "4010", -1]),
      ]),
    );
    expect(checks.filter((c) => c.severity === "fel")).toEqual([]);
    expect(input.uppdrag![0].ackUtfall).toBe(-100 * forms.length);
    expect(input.utveckling).toEqual([
      {
        flode: "kostnad",
        iAr: -100 * forms.length,
        forraAret: 0,
        // No budget column: the budget is left to other sources, not taken as zero.
        budget: undefined,
        where: "HB!A2:D9",
      },
    ]);
  });
});

describe("units that differ between tables", () => {
  it("joins an uppdrag's figures from a tkr table and an mnkr table exactly", () => {
    const { input } = extract(
      sheet("Prognos", [
        ["Uppdrag", "Prognos (tkr)", "Årsbudget (tkr)"],
        ["Hälsa", -1234.5, "-2 mnkr"],
      ]),
      sheet("Utfall", [
        ["Belopp i mnkr"],
        ["Uppdrag", "Ack utfall", "Ack budget"],
        ["Hälsa", -0.4, -0.45],
      ]),
    );
    expect(input.uppdrag).toEqual([
      {
        namn: "Hälsa",
        prognos: -123_450_000,
        arsbudget: -200_000_000,
        ackUtfall: -40_000_000,
        ackBudget: -45_000_000,
        where: "Prognos!A2:C2, Utfall!A3:C3",
      },
    ]);
  });
});

describe("a row with only one side of a deviation", () => {
  it("leaves the total's deviation blank instead of comparing three outcomes with four budgets, and names the row", () => {
    const run = runReport(
      [
        sheet("R", [
          ["Uppdrag (mnkr)", "Ack utfall", "Ack budget"],
          ["A", -10, -12],
          ["B", null, -5],
        ]),
      ],
      { period: "2021-04" },
    );
    const t = run.report.tables.find((x) => x.id === "resultatrakning")!;
    expect(t.rows.at(-1)).toEqual(["Totalt", "-10,0", "-17,0", ""]);
    expect(ids(run.report.checks, "avvikelse-ensidig").map((c) => c.message)).toContain(
      "5.2.1 Resultaträkning: B saknar ack. utfall (R!A3:C3). Totalens avvikelse mellan ack. utfall och ack. budget lämnas tom, eftersom den annars skulle räkna raden bara på ena sidan. Fyll i cellen och kör igen.",
    );
  });
});
