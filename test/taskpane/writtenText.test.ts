import { RunResult } from "../../src/core/pipeline";
import { checkLines } from "../../src/core/textcheck/textcheck";
import { writtenText } from "../../src/taskpane/session";
import { runExample } from "../golden/helpers";

let seed000: RunResult;
beforeAll(async () => {
  seed000 = await runExample("uppfoljningsrapport1-2021.xlsx");
});

describe("the text the add-in wrote, as the controller edited it in the workbook", () => {
  // A block the add-in wrote at Rapport!B2:D4: its heading, an edited sentence, a table row.
  const sheet = {
    name: "Rapport",
    values: [
      [null, null, null, null],
      [null, "5.1.2 Analys av prognosen", null, null],
      [null, "Förtroendevalda redovisar ett överskott på +0,4 mnkr.", null, null],
      [null, "Regionkontoret", -299.5, 5.6],
    ],
    formats: [],
    tables: [],
  };
  const owned = [{ sheet: "Rapport", top: 1, left: 1, bottom: 3, right: 3, fingerprint: "x" }];

  it("is read cell by cell, each line placed at its cell", () => {
    expect(writtenText([sheet], owned).map((l) => `${l.where} ${l.text}`)).toEqual([
      "Rapport!B2 5.1.2 Analys av prognosen",
      "Rapport!B3 Förtroendevalda redovisar ett överskott på +0,4 mnkr.",
      "Rapport!B4 Regionkontoret",
    ]);
  });

  it("is checked against the report's figures, the finding naming the workbook cell", () => {
    const checks = checkLines(writtenText([sheet], owned), seed000.report);
    expect(checks.map((c) => c.message)).toEqual([
      'Rapport!B3: "Förtroendevalda redovisar ett överskott på +0,4 mnkr." Texten anger +0,4 mnkr för Förtroendevalda; 5.1.2 Analys av prognosen (Förtroendevalda, "Prognos budgetavvikelse") ger 0,0 mnkr.',
    ]);
    expect(checks[0].where).toEqual([
      "Rapport!B3",
      "prognos:Förtroendevalda:Prognos budgetavvikelse",
    ]);
  });
});
