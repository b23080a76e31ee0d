import { RunResult } from "../../src/core/pipeline";
import { checkMessages, printed, runExample } from "./helpers";

/**
 * examples/uppfoljningsrapport2-2023.xlsx (scripts/examples/ur2.ts): an uppföljningsrapport 2 for
 * January–August 2023 typed the way controllers type it — period-labelled headers, a group heading
 * over each group, a subtotal per group, a blank row between them, every amount as Swedish text.
 * Figures chosen by hand; each expected string below is worked out from them in the comment.
 */
let run: RunResult;
beforeAll(async () => {
  run = await runExample("uppfoljningsrapport2-2023.xlsx");
});

it("UR2 2023: every table of the report is built, nothing is missing but the staff tables", () => {
  expect(run.report.type).toBe("uppfoljningsrapport2");
  expect(run.report.periodText).toBe("januari–augusti 2023");
  expect(run.report.missing.map((m) => m.id)).toEqual(["personalomsattning", "sjukfranvaro"]);
});

it("UR2 2023, 5.2.1: the rows under the blank row are there, group headings and subtotals are not", () => {
  // Bibliotek -12 345,6 − (-13 000) = 654,4 tkr; prognos aug -19 100 − helår -19 800 = 700 tkr.
  // Naturbruk: -9 300 − (-9 450) = 150 tkr, 0,15 mnkr rounds half away from zero to 0,2.
  expect(printed(run, "resultatrakning")).toEqual([
    [
      "Uppdrag, belopp i mnkr",
      "Ack. utfall",
      "Ack. budget",
      "Ack. budgetavvikelse",
      "Prognos budgetavvikelse",
    ],
    ["Bibliotek", "-12,3", "-13,0", "0,7", "0,7"],
    ["Museer", "-8,2", "-8,4", "0,2", "0,1"],
    ["Folkhögskolor", "-25,5", "-24,9", "-0,6", "-0,7"],
    ["Naturbruk", "-6,1", "-6,3", "0,2", "0,2"],
    ["Totalt", "-52,1", "-52,6", "0,5", "0,3"],
  ]);
});

it("UR2 2023, 5.1.1 and 5.2: the prognosis is August's column, the budget the annual one", () => {
  expect(printed(run, "prognosindikator")[1]).toEqual([
    "Prognos budgetavvikelse",
    "-79 000 tkr",
    "-79 250 tkr",
    "250 tkr",
  ]);
  expect(printed(run, "resultatindikator")[1]).toEqual([
    "Ackumulerad budgetavvikelse",
    "-52 139 tkr",
    "-52 600 tkr",
    "461 tkr",
  ]);
});

it("UR2 2023, 5.2.2.1: last year's outcome is the column labelled jan–aug 2022", () => {
  // -64 850,3 − (-61 200) = -3 650,3 tkr; 3 650,3 / 61 200 = 5,96 %; budget 3 900 / 61 200 = 6,37 %.
  expect(printed(run, "kostnadsutveckling")[1]).toEqual([
    "-61 200 tkr",
    "-64 850 tkr",
    "-3 650 tkr",
    "-65 100 tkr",
    "250 tkr",
    "6,0%",
    "6,4%",
    "0,4%",
  ]);
});

it("UR2 2023, 5.1.3: the prognosis change is August's against April's", () => {
  // -79 000 − (-79 450) = +450 tkr; Bibliotek -19 100 − (-19 500) = +400 tkr.
  const text = run.report.narrative
    .find((s) => s.id === "prognosforandring")!
    .paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  expect(text).toEqual([
    "Kultur och utbildnings prognos har förändrats med +0,5 mnkr sedan föregående rapport.",
    "Förändringen finns främst inom Bibliotek (+0,4 mnkr), Folkhögskolor (-0,2 mnkr) och Naturbruk (+0,2 mnkr).",
  ]);
});

it("UR2 2023: the subtotals and the total agree with their rows, and every row left out is recorded", () => {
  expect(checkMessages(run, "kallans-summa-avviker")).toEqual([]);
  expect(checkMessages(run, "kolumn-fel-period")).toEqual([]);
  expect(checkMessages(run, "kolumn-anvands-inte")).toEqual([
    'Sammanställning!G2: kolumnen "Utfall jan–aug 2022" är förra årets utfall för januari–augusti 2023; tabellen Sammanställning!A2 har ingen användning för den.',
  ]);
  const summary = run.tables.find((t) => t.id === "Sammanställning!A2")!;
  expect(summary.skipped!.map((s) => `${s.where} ${s.reason}`)).toEqual([
    "Sammanställning!A3:G3 rubrik",
    "Sammanställning!A6:G6 summarad",
    "Sammanställning!A7:G7 tom",
    "Sammanställning!A8:G8 rubrik",
    "Sammanställning!A11:G11 summarad",
    "Sammanställning!A12:G12 summarad",
  ]);
});
