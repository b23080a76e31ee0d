import { RunResult } from "../../src/core/pipeline";
import { printed, runExample } from "./helpers";

/**
 * examples/manadsrapport-2023-10.xlsx (scripts/examples/manad.ts): a månadsrapport for October
 * 2023 whose prognosis columns are labelled by month, September's first. October's is the
 * prognosis; September's the previous one. Figures chosen by hand (tkr).
 */
let run: RunResult;
beforeAll(async () => {
  run = await runExample("manadsrapport-2023-10.xlsx");
});

it("October 2023, 5.1.2: the prognosis is the column Prognos okt, not Prognos sep", () => {
  // Hälso- och sjukvård: -499 100 − (-498 000) = -1 100 tkr; total -647 900 − (-646 500) = -1 400.
  expect(printed(run, "prognos")).toEqual([
    ["Uppdrag, belopp i mnkr", "Prognos", "Årsbudget", "Prognos budgetavvikelse"],
    ["Hälso- och sjukvård", "-499,1", "-498,0", "-1,1"],
    ["Regional utveckling", "-105,7", "-105,0", "-0,7"],
    ["Regiongemensamt", "-43,1", "-43,5", "0,4"],
    ["Total", "-647,9", "-646,5", "-1,4"],
  ]);
  expect(printed(run, "prognosindikator")[1]).toEqual([
    "Prognos budgetavvikelse",
    "-647 900 tkr",
    "-646 500 tkr",
    "-1 400 tkr",
  ]);
});

it("October 2023, 5.1.3: the prognosis improved by 2,7 mnkr since September", () => {
  // -647 900 − (-650 600) = +2 700 tkr; Hälso- och sjukvård -499 100 − (-501 200) = +2 100.
  const text = run.report.narrative
    .find((s) => s.id === "prognosforandring")!
    .paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  expect(text).toEqual([
    "Regionstyrelsens prognos har förändrats med +2,7 mnkr sedan föregående rapport.",
    "Förändringen finns främst inom Hälso- och sjukvård (+2,1 mnkr) och Regional utveckling (+0,6 mnkr).",
  ]);
  expect(run.report.checks.filter((c) => c.severity === "fel")).toEqual([]);
});
