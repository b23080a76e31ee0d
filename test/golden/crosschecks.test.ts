import { Dec } from "../../src/core/decimal";
import { indicatorChecks, prognosisVsAccumulated } from "../../src/core/crosschecks";
import { runReport } from "../../src/core/pipeline";
import { runExample } from "./helpers";

it("seed 000, 5.1.1/5.2/5.3: each indicator equals its table's total, and a broken one is caught", async () => {
  const run = await runExample("uppfoljningsrapport1-2021.xlsx");
  expect(indicatorChecks(run.report)).toEqual([]);
  const cells = { ...run.report.cells };
  const row = cells.prognosindikator[0];
  cells.prognosindikator = [
    {
      ...row,
      cells: row.cells.map((c, i) => (i === 3 ? { ...c, exact: new Dec(1_054_900_000) } : c)),
    },
  ];
  expect(indicatorChecks({ ...run.report, cells }).map((c) => c.message)).toEqual([
    '5.1.1 Prognosindikator, "Avvikelse tkr", är 10 549 000 kr men totalen i 5.1.2 Analys av prognosen är 10 550 000 kr (skillnad 1 000 kr); de ska vara samma siffra.',
  ]);
  // 40 öre off prints alike in tkr and mnkr: the message still shows the difference.
  const total = run.report.cells.prognos.find((r) => r.kind === "total")!;
  const deviation = total.cells[3].exact!;
  cells.prognosindikator = [
    {
      ...row,
      cells: row.cells.map((c, i) => (i === 3 ? { ...c, exact: deviation.plus(40) } : c)),
    },
  ];
  expect(indicatorChecks({ ...run.report, cells }).map((c) => c.message)).toEqual([
    '5.1.1 Prognosindikator, "Avvikelse tkr", är 10 550 000,40 kr men totalen i 5.1.2 Analys av prognosen är 10 550 000,00 kr (skillnad 0,40 kr); de ska vara samma siffra.',
  ]);
});

it("seed 000, 5.2.1: a surplus so far that the prognosis expects to shrink is pointed out", async () => {
  const run = await runExample("uppfoljningsrapport1-2021.xlsx");
  expect(prognosisVsAccumulated(run.report).map((c) => `${c.severity} ${c.where[0]}`)).toEqual([
    "info resultatrakning:Regionkontoret:Ack. budgetavvikelse",
    "info resultatrakning:Förtroendevalda:Ack. budgetavvikelse",
    "info resultatrakning:Oförutsett Regionstyrelsen:Ack. budgetavvikelse",
  ]);
});

it("a surplus so far that the prognosis turns into a deficit is a warning", () => {
  const sheet = {
    name: "S",
    values: [
      ["Uppdrag (tkr)", "Ack. utfall", "Ack. budget", "Årsbudget", "Prognos"],
      ["Vård", -90, -100, -300, -310],
    ],
    formats: [],
    tables: [],
  };
  // Deviations that print as 0,0 mnkr turn nothing around a reader can see.
  const run = runReport([sheet], { period: "2021-04" });
  expect(run.report.checks.filter((c) => c.id === "prognos-mot-ackumulerat")).toEqual([]);
  const big = { ...sheet, values: [sheet.values[0], ["Vård", -9_000, -10_000, -30_000, -31_000]] };
  expect(
    runReport([big], { period: "2021-04" })
      .report.checks.filter((c) => c.id === "prognos-mot-ackumulerat")
      .map((c) => c.message),
  ).toEqual([
    "Vård: den ackumulerade avvikelsen är 1,0 mnkr men prognosen för helåret -1,0 mnkr, åt andra hållet; förklara vändningen i texten.",
  ]);
});
