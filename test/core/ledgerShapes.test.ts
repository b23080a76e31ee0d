import { RawValue, Sheet } from "../../src/core/mapping/grid";
import { runReport, RunOptions } from "../../src/core/pipeline";

/**
 * Ledger exports that cannot be read as they are, or only on a guess: each says what it saw and
 * what is missing, with the place, in Swedish; none is silently wrong.
 */

const sheet = (name: string, values: RawValue[][]): Sheet => ({
  name,
  values,
  formats: [],
  tables: [],
});

const run = (sheets: Sheet[], options: RunOptions) => runReport(sheets, options).report;
const messages = (r: ReturnType<typeof run>, id: string) =>
  r.checks.filter((c) => c.id === id).map((c) => c.message);
const uppdrag = (r: ReturnType<typeof run>) =>
  r.tables.find((t) => t.id === "resultatindikator")?.rows[0];

/** Raindance-like: parameter rows, a title, then two code columns and no Uppdrag column. */
const twoCodes = sheet("Huvudbok", [
  ["Klient", 10],
  ["Period", "202101 - 202112"],
  [],
  ["Huvudbok per period"],
  [],
  [
    "Period",
    "Konto",
    "Konto text",
    "Ansvar",
    "Ansvar text",
    "Verksamhet",
    "Verksamhet text",
    "Aktivitet",
    "Projekt",
    "Motpart",
    "Belopp",
    "Budget",
  ],
  [202101, "4010", "Löner", "110", "VC Norr", "310", "Primärvård", "0", null, null, 1000, 1200],
  [202102, "4010", "Löner", "210", "VC Syd", "310", "Primärvård", "0", null, null, 500.5, 400],
  [202103, "3010", "Avgifter", "210", "VC Syd", "320", "Tandvård", "0", null, null, -300, -200],
]);

it("names both candidate columns when two code columns could carry the rows", () => {
  const r = run([twoCodes], { period: "2021-04" });
  expect(messages(r, "huvudbok-kolumn-saknas")).toEqual([
    'Huvudbok!A6:L9 ser ut som en huvudbok men saknar kolumn för uppdrag (kandidater: Ansvar, Verksamhet). Välj en i mappningen (--mapping, "columns": { "uppdrag": "Ansvar" }), lägg till en kolumn "Uppdrag" eller en kodlista med kolumnerna "Ansvar" och "Uppdrag".',
  ]);
  expect(r.checks.find((c) => c.id === "huvudbok-kolumn-saknas")!.severity).toBe("fel");
  expect(r.tables.find((t) => t.id === "resultatrakning")).toBeUndefined();
});

it("takes the column the mapping names, printed by its name column, and the sign it states", () => {
  const r = run([twoCodes], {
    period: "2021-04",
    mapping: {
      sources: [
        {
          kind: "huvudbok",
          table: "Huvudbok!A6",
          columns: { uppdrag: "Verksamhet" },
          sign: "debet",
        },
      ],
    },
  });
  const t = r.tables.find((x) => x.id === "resultatrakning")!;
  // Primärvård: −(1 000 + 500,50) kr; Tandvård: +300 kr; budget −1 600 and +200.
  expect(t.rows.map((row) => row[0])).toEqual(["Primärvård", "Tandvård", "Totalt"]);
  expect(uppdrag(r)).toEqual(["Ackumulerad budgetavvikelse", "-1 tkr", "-1 tkr", "0 tkr"]);
  expect(messages(r, "huvudbok-tecken")).toEqual([
    'Huvudbok!A7:L9: beloppen läses med bokföringens tecken (debet +: kostnader +, intäkter −) och vänds till resultatets tecken enligt mappningen. Ange "sign": "resultat" eller "debet" för källan i mappningen om det är fel.',
  ]);
});

it("says which cell holds a code the code list lacks, and counts the row", () => {
  const ledger = sheet("HB", [
    ["Period", "Konto", "Kst", "Belopp"],
    [202101, "4010", 10, -100],
    [202102, "4010", 99, -250.25],
  ]);
  const list = sheet("Koder", [
    ["Kst", "Uppdrag"],
    [10, "Äldreomsorg"],
  ]);
  const result = runReport([ledger, list], { period: "2021-04" });
  expect(messages(result.report, "huvudbok-rad-utan-plats")).toEqual([
    "1 rad i huvudboken saknar ett uppdrag i kodlistan Koder!A1 och räknas inte (HB!C3). Fyll i cellerna och kör igen.",
  ]);
  expect(result.report.reconciliation![0]).toMatchObject({
    source: "HB!A1",
    rowsRead: 2,
    rowsUsed: 1,
    excluded: { utanUppdrag: 1 },
  });
});

it("refuses a year from a ledger whose outcome ends in April, naming the last period", () => {
  const ledger = sheet("HB", [
    ["Period", "Uppdrag", "Konto", "Utfall", "Budget"],
    [202101, "Hälsa", "4010", -100, -120],
    [202104, "Hälsa", "4010", -100, -120],
    [202112, "Hälsa", "4010", null, -120],
  ]);
  const r = run([ledger], { period: "2021" });
  expect(messages(r, "huvudbok-period-saknas")).toEqual([
    "Huvudboken räcker inte till rapportens period, år 2021: den sista perioden med utfall är april 2021 (202104, HB!A3:E3). Utfallet jämförs då med en budget för längre tid. Välj en period som huvudboken täcker (--period) eller exportera hela perioden.",
  ]);
  expect(run([ledger], { period: "2021-04" }).checks.map((c) => c.id)).not.toContain(
    "huvudbok-period-saknas",
  );
});

it("warns when the chart of accounts contradicts itself, and when it says nothing", () => {
  const mixed = sheet("HB", [
    ["Period", "Uppdrag", "Konto", "Belopp"],
    [202101, "Hälsa", "3010", 500],
    [202101, "Hälsa", "4010", 700],
  ]);
  const [mixedCheck] = run([mixed], { period: "2021-04" }).checks.filter(
    (c) => c.id === "huvudbok-tecken",
  );
  expect(mixedCheck.severity).toBe("varning");
  expect(mixedCheck.message).toContain(
    "men kontoplanen säger emot sig själv: intäktskontona summerar till +500,00 kr och kostnadskontona till +700,00 kr",
  );
  const words = sheet("HB", [
    ["Period", "Uppdrag", "Konto", "Belopp"],
    [202101, "Hälsa", "9990", 500],
  ]);
  const [wordsCheck] = run([words], { period: "2021-04" }).checks.filter(
    (c) => c.id === "huvudbok-tecken",
  );
  expect(wordsCheck.severity).toBe("varning");
  expect(wordsCheck.message).toContain("det går inte att avgöra ur kontoplanen");
});

it("never takes a running balance (Saldo) for the amount, and counts an 84xx interest cost as a cost", () => {
  const ledger = sheet("HB", [
    ["Datum", "Ver.nr", "Konto", "Ansvar", "Saldo", "Belopp", "Text"],
    [new Date(Date.UTC(2021, 0, 10)), 1, "8410", "Hälsa", -999, -40, "Ränta"],
    [new Date(Date.UTC(2021, 1, 10)), 2, "3010", "Hälsa", -888, 100, "Avgift"],
    [new Date(Date.UTC(2021, 2, 10)), 3, "4010", "Hälsa", -777, -60, "Lön"],
  ]);
  const r = runReport([ledger], { period: "2021-04" }).report;
  // −40 + 100 − 60 from Belopp; the Saldo column would have given −2 664.
  expect(r.reconciliation![0].sums[0]).toEqual({
    figure: "uppdrag.ackUtfall",
    label: "ack. utfall",
    used: 0,
    report: 0,
  });
  // Interest −40 and wages −60: the cost accounts are −100 kr, not −60 with the interest as revenue.
  expect(messages(r, "huvudbok-tecken")[0]).toContain(
    "intäktskontona summerar till +100,00 kr och kostnadskontona till -100,00 kr",
  );
});

it("refuses a mapped ledger with no amount column instead of reading zeros", () => {
  const ledger = sheet("HB", [
    ["Period", "Uppdrag", "Konto", "Text"],
    [202101, "Hälsa", "4010", "Lön"],
  ]);
  const r = run([ledger], {
    period: "2021-04",
    mapping: { sources: [{ kind: "huvudbok", table: "HB!A1", columns: { uppdrag: "Uppdrag" } }] },
  });
  expect(messages(r, "mappning-ofullstandig")).toEqual([
    "HB!A1: ange kolumn för Utfall (eller Debet och Kredit) i mappningen.",
  ]);
});
