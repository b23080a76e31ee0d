import { RunResult } from "../../src/core/pipeline";
import { checkMessages, printed, runExample, table } from "./helpers";

/** Seed 000: Uppföljningsrapport 1, januari–april 2021, Regionkontoret. */
let run: RunResult;
beforeAll(async () => {
  run = await runExample("uppfoljningsrapport1-2021.xlsx");
});

it("seed 000: type, period and organisation come from the workbook's own settings rows", () => {
  expect(run.report.type).toBe("uppfoljningsrapport1");
  expect(run.report.periodText).toBe("januari–april 2021");
  expect(run.report.org).toBe("Regionkontoret");
  expect(run.report.missing).toEqual([]);
});

it("seed 000, 4.4 Personalomsättning", () => {
  expect(printed(run, "personalomsattning")).toEqual([
    ["Indikator", "Utfall", "Målvärde"],
    ["Personalomsättning", "9,04%", "13%"],
  ]);
  expect(table(run, "personalomsattning").section).toBe("4.4");
});

it("seed 000, 4.5 Sjukfrånvaro", () => {
  expect(printed(run, "sjukfranvaro")).toEqual([
    ["Indikator", "Utfall", "Målvärde"],
    ["Sjukfrånvaro", "2,59%", "4%"],
  ]);
});

it("seed 000, 5.1.1 Prognosindikator", () => {
  expect(printed(run, "prognosindikator")).toEqual([
    ["Indikator", "Årsprognos tkr", "Årsbudget tkr", "Avvikelse tkr"],
    ["Prognos budgetavvikelse", "-475 423 tkr", "-485 973 tkr", "10 550 tkr"],
  ]);
  expect(table(run, "prognosindikator").section).toBe("5.1.1");
});

it("seed 000, 5.1.2 prognosis per uppdrag; the total is the exact total rounded", () => {
  expect(printed(run, "prognos")).toEqual([
    ["Uppdrag, belopp i mnkr", "Prognos", "Årsbudget", "Prognos budgetavvikelse"],
    ["Regionkontoret", "-299,5", "-305,0", "5,6"],
    ["Förtroendevalda", "-40,0", "-40,0", "0,0"],
    ["Oförutsett Regionstyrelsen", "-4,4", "-4,4", "0,0"],
    ["Utvecklingsmedel", "-131,6", "-136,6", "5,0"],
    // The seed prints -475,5, the sum of its rounded rows; its own 5.1.1 gives -475 423 tkr,
    // which rounds to -475,4. We print the rounded exact total and say why in a check.
    ["Total", "-475,4", "-486,0", "10,6"],
  ]);
  expect(checkMessages(run, "avrundning")).toContain(
    '5.1.2 Analys av prognosen, kolumn "Prognos": de avrundade raderna summerar till -475,5, totalen visar -475,4. ' +
      "Totalen är den exakta summan avrundad; skillnaden är avrundning, inget fel.",
  );
});

it("seed 000, 5.2 Ekonomiskt resultat (ackumulerat)", () => {
  expect(printed(run, "resultatindikator")).toEqual([
    ["Indikator", "Ack resultat tkr", "Ack budget tkr", "Ack avvikelse tkr"],
    ["Ackumulerad budgetavvikelse", "-134 010 tkr", "-154 704 tkr", "20 694 tkr"],
  ]);
});

it("seed 000, 5.2.1 Resultaträkning", () => {
  expect(printed(run, "resultatrakning")).toEqual([
    [
      "Uppdrag, belopp i mnkr",
      "Ack. utfall",
      "Ack. budget",
      "Ack. budgetavvikelse",
      "Prognos budgetavvikelse",
    ],
    ["Regionkontoret", "-93,8", "-107,3", "13,5", "5,6"],
    ["Förtroendevalda", "-12,4", "-13,3", "0,9", "0,0"],
    ["Oförutsett Regionstyrelsen", "0,1", "-1,5", "1,6", "0,0"],
    ["Utvecklingsmedel", "-27,9", "-32,6", "4,7", "5,0"],
    ["Totalt", "-134,0", "-154,7", "20,7", "10,6"],
  ]);
  expect(table(run, "resultatrakning").kinds).toEqual(["data", "data", "data", "data", "total"]);
});

it("seed 000, 5.2.2.1 Kostnadsutveckling", () => {
  expect(printed(run, "kostnadsutveckling")).toEqual([
    [
      "Ack utfall förra året",
      "Ack utfall i år",
      "Skillnad mot förra året",
      "Ack budget årets",
      "Diff. mot budget",
      "Kostn. utv. mot föreg. år",
      "Budg. kostn. utv.",
      "Skilln. mot budget",
    ],
    [
      "-154 986 tkr",
      "-183 355 tkr",
      "-28 369 tkr",
      "-206 256 tkr",
      "22 901 tkr",
      "18,3%",
      "33,1%",
      "14,8%",
    ],
  ]);
});

it("seed 000, 5.2.2.2 Intäktsutveckling", () => {
  expect(printed(run, "intaktsutveckling")).toEqual([
    [
      "Ack utfall förra året",
      "Ack utfall i år",
      "Skillnad mot förra året",
      "Ack budget årets",
      "Diff. mot budget",
      "Intäktsutv. mot föreg. år",
      "Budg. intäktsutv.",
      "Skillnad mot budget",
    ],
    ["46 214 tkr", "53 040 tkr", "6 826 tkr", "51 552 tkr", "1 488 tkr", "14,8%", "11,6%", "3,2%"],
  ]);
});

it("seed 000, 5.3 Investeringar: indicator", () => {
  expect(printed(run, "investeringsindikator")).toEqual([
    ["Indikator", "Årsprognos", "Årsbudget", "Avvikelse"],
    ["Prognos Investeringsbudgetavvikelse", "20 797 tkr", "21 897 tkr", "1 100 tkr"],
  ]);
});

it("seed 000, 5.3 Investeringar per projekt", () => {
  expect(printed(run, "investeringar")).toEqual([
    // The seed's header says "Utfall februari" in an April report; ours names the period's month.
    ["Investering (tkr)", "Utfall april", "Årsbudget", "Årsprognos", "Avvikelse mot årsbudget"],
    ["Möbler och utrustning Regionkontoret", "387", "1 440", "1 440", "0"],
    ["Framtidens vårdinformationssystem, FVIS", "0", "3 000", "3 000", "0"],
    ["Kustnära vandringsled", "0", "1 300", "200", "1 100"],
    ["Säkerhet, personlarm HSH, HSV, HSK", "278", "14 100", "14 100", "0"],
    // The seed leaves this deviation blank; it is 0.
    ["Säkerhet, övrigt", "1", "1 057", "1 057", "0"],
    ["Laddstolpar", "0", "1 000", "1 000", "0"],
    ["Summa", "666", "21 897", "20 797", "1 100"],
  ]);
});

it("seed 000: the workbook's own total row agrees with its rows, so no source-total warning", () => {
  expect(checkMessages(run, "kallans-summa-avviker")).toEqual([]);
  expect(run.report.checks.filter((c) => c.severity === "fel")).toEqual([]);
});
