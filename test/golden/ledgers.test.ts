import { RunResult } from "../../src/core/pipeline";
import { reconciliationLine } from "../../src/core/mapping/reconciliation";
import { checkMessages, printed, runExample } from "./helpers";

/**
 * The ledger exports of scripts/examples/ledgers.ts, with no mapping file: each shape maps by
 * itself, and every figure below is worked out by hand from the rows written there (kr with öre,
 * the result's sign: revenue +, costs −).
 */

describe("Raindance export (debet +), uppföljningsrapport 2 2023", () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runExample("huvudbok-raindance-2023.xlsx", { period: "2023-08" });
  });

  it("takes the controller's Uppdrag column over Ansvar and Verksamhet, and turns the sign over", () => {
    // Primärvård: −1 250 000 + 180 000,50 − 12 345,67 (8410, interest: a cost) = −1 082 345,17;
    // Psykiatri −830 000,25 − 95 500 = −925 500,25; Regionservice 520 000 − 410 000 = 110 000.
    // Budget to August: −1 160 000, −900 000, 100 000. 2440 (a balance account) is not in it.
    expect(printed(run, "resultatrakning")).toEqual([
      ["Uppdrag, belopp i mnkr", "Ack. utfall", "Ack. budget", "Ack. budgetavvikelse"],
      ["Primärvård", "-1,1", "-1,2", "0,1"],
      ["Psykiatri", "-0,9", "-0,9", "0,0"],
      ["Regionservice", "0,1", "0,1", "0,0"],
      ["Totalt", "-1,9", "-2,0", "0,1"],
    ]);
    expect(printed(run, "resultatindikator")[1]).toEqual([
      "Ackumulerad budgetavvikelse",
      "-1 898 tkr",
      "-1 960 tkr",
      "62 tkr",
    ]);
    expect(checkMessages(run, "huvudbok-tecken")).toEqual([
      'Huvudbok!A7:N22: beloppen läses med bokföringens tecken (debet +: kostnader +, intäkter −) och vänds till resultatets tecken eftersom intäktskontona summerar till -1 350 000,50 kr och kostnadskontona till +5 187 845,92 kr. Ange "sign": "resultat" eller "debet" för källan i mappningen om det är fel.',
    ]);
  });

  it("counts 84xx interest as a cost and compares with January–August 2022", () => {
    // Costs: −1 250 000 − 12 345,67 − 830 000,25 − 95 500 − 410 000 = −2 597 845,92, last year
    // −1 100 000 − 780 000; the October 2022 row is outside. Revenue 180 000,50 + 520 000.
    expect(printed(run, "kostnadsutveckling")[1]).toEqual([
      "-1 880 tkr",
      "-2 598 tkr",
      "-718 tkr",
      "-2 610 tkr",
      "12 tkr",
      "38,2%",
      "38,8%",
      "0,6%",
    ]);
    expect(printed(run, "intaktsutveckling")[1]).toEqual([
      "650 tkr",
      "700 tkr",
      "50 tkr",
      "650 tkr",
      "50 tkr",
      "7,7%",
      "0,0%",
      "7,7%",
    ]);
  });

  it("accounts for every row: 17 read, the total row, the balance account and October 2022 left out", () => {
    const [r] = run.report.reconciliation!;
    expect(reconciliationLine(r)).toBe(
      "Huvudbok!A6: 17 rader lästa, 14 används, 3 utelämnade (1 balanskonto, 1 summarad, 1 utanför perioden); ack. utfall -1 897 845,42 kr = rapportens total",
    );
    // The export's own grand total agrees with its rows, so it draws no warning.
    expect(checkMessages(run, "kallans-summa-avviker")).toEqual([]);
    expect(run.report.checks.filter((c) => c.severity === "fel")).toEqual([]);
  });
});

describe("Unit4 export (result sign, codes with names), uppföljningsrapport 1 2023", () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runExample("huvudbok-unit4-2023.xlsx", { period: "2023-04" });
  });

  it("prints Ansvar by its name column and keeps the result's sign", () => {
    // 1100: −640 000 + 95 250,75 − 4 100 = −548 849,25; 1200: −512 300,40 − 48 000; 2100: 15 000.
    expect(printed(run, "resultatrakning")).toEqual([
      ["Uppdrag, belopp i mnkr", "Ack. utfall", "Ack. budget", "Ack. budgetavvikelse"],
      ["Vårdcentral Norr", "-0,5", "-0,6", "0,0"],
      ["Vårdcentral Syd", "-0,6", "-0,6", "0,0"],
      ["Folktandvården", "0,0", "0,0", "0,0"],
      ["Totalt", "-1,1", "-1,1", "0,0"],
    ]);
    expect(printed(run, "resultatindikator")[1]).toEqual([
      "Ackumulerad budgetavvikelse",
      "-1 094 tkr",
      "-1 129 tkr",
      "35 tkr",
    ]);
    expect(checkMessages(run, "huvudbok-tecken")[0]).toContain(
      "beloppen läses med resultatets tecken (intäkter +, kostnader −) eftersom intäktskontona summerar till +685 250,75 kr och kostnadskontona till -2 389 400,40 kr",
    );
  });

  it("feeds the investment table from 1210/1220 rows per project, as spend", () => {
    // P100: 750 000 + 250 000 of a 2 000 000 budget; P200: 120 000 of 400 000.
    expect(printed(run, "investeringar")).toEqual([
      // The tertial report's layout names the columns; without a prognosis its Årsprognos column
      // is left out and the deviation is against the outcome.
      ["Investering (tkr)", "Utfall april", "Årsbudget", "Avvikelse mot årsbudget"],
      ["Ny vårdcentral Syd", "1 000", "2 000", "1 000"],
      ["Tandvårdsutrustning", "120", "400", "280"],
      ["Summa", "1 120", "2 400", "1 280"],
    ]);
  });

  it("accounts for every row and the investments' sum", () => {
    const [r] = run.report.reconciliation!;
    expect(reconciliationLine(r)).toBe(
      "Transaktioner!A3: 15 rader lästa, 13 används, 2 utelämnade (1 balanskonto, 1 utanför perioden); ack. utfall -1 094 149,65 kr = rapportens total",
    );
    expect(r.sums.find((s) => s.figure === "investeringar.utfall")).toEqual({
      figure: "investeringar.utfall",
      label: "investeringarnas utfall",
      used: 112000000,
      report: 112000000,
    });
  });
});

describe("Visma export (Debet/Kredit, code list), uppföljningsrapport 2 2023", () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runExample("huvudbok-visma-2023.xlsx", { period: "2023-08" });
  });

  it("reads debet − kredit, maps cost centres through the code list, takes the budget by name", () => {
    // Äldreomsorg (10 and 11): −420 000 − 180 500,50 + 62 000 − 420 000 = −958 500,50;
    // Gemensam administration (30): −2 450 − 88 000 + 8 000; IFO (20): −310 000 + 45 000.
    expect(printed(run, "resultatrakning")).toEqual([
      ["Uppdrag, belopp i mnkr", "Ack. utfall", "Ack. budget", "Ack. budgetavvikelse"],
      ["Äldreomsorg", "-1,0", "-1,0", "0,0"],
      ["Gemensam administration", "-0,1", "-0,1", "0,0"],
      ["Individ- och familjeomsorg", "-0,3", "-0,3", "0,0"],
      ["Totalt", "-1,3", "-1,3", "0,0"],
    ]);
    expect(printed(run, "resultatindikator")[1]).toEqual([
      "Ackumulerad budgetavvikelse",
      "-1 306 tkr",
      "-1 340 tkr",
      "34 tkr",
    ]);
    expect(checkMessages(run, "huvudbok-tecken")[0]).toContain(
      "och vänds till resultatets tecken eftersom beloppen står i kolumnerna Debet och Kredit (debet − kredit)",
    );
    // A ledger without a budget column leaves the budget to the budget sheet: no doubled sums.
    expect(checkMessages(run, "uppdrag-dubblett")).toEqual([]);
  });

  it("reconciles both sources, one line each", () => {
    expect(run.report.reconciliation!.map(reconciliationLine)).toEqual([
      "Transaktioner!A2: 13 rader lästa, 11 används, 2 utelämnade (1 balanskonto, 1 utanför perioden); ack. utfall -1 305 950,50 kr = rapportens total",
      "Budget!A1: 3 rader lästa, 3 används, 0 utelämnade; ack. budget -1 340 000,00 kr = rapportens total",
    ]);
  });
});
