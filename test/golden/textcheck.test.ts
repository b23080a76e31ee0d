import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RunResult } from "../../src/core/pipeline";
import { renderMarkdown, renderText } from "../../src/cli/render";
import { Dec } from "../../src/core/decimal";
import { BuiltReport } from "../../src/core/report/build";
import { toDocument } from "../../src/core/report/document";
import { TableId } from "../../src/core/report/model";
import { checkText } from "../../src/core/textcheck/textcheck";
import { runExample } from "./helpers";

/** The reference reports themselves, as the controllers wrote them (copied from shared/seeds). */
const SEEDS = join(__dirname, "..", "fixtures", "seeds");
const seedText = (file: string) => readFileSync(join(SEEDS, file), "utf8");

let seed000: RunResult;
let seed002: RunResult;
beforeAll(async () => {
  seed000 = await runExample("uppfoljningsrapport1-2021.xlsx");
  seed002 = await runExample("arsredovisning-2020.xlsx");
});

const found = (run: RunResult, text: string) =>
  checkText(text, run.report).map((c) => `${c.severity} ${c.message}`);
const narrativeText = (run: RunResult) =>
  run.report.narrative
    .map(
      (n) =>
        `${n.section} ${n.title}\n${n.paragraphs.map((p) => p.sentences.map((s) => s.text).join(" ")).join("\n")}`,
    )
    .join("\n\n");

describe("the text check over seed 000's own text", () => {
  it("finds the procent that are procentenheter, and the total that adds rounded rows, nothing else", () => {
    expect(found(seed000, seedText("000_d4c99f57033d8267.txt"))).toEqual([
      'fel Rad 548: "Total -475,5 -486,0 10,6" Texten anger -475,5 för "Total", "Prognos"; 5.1.2 Analys av prognosen ger -475,4.',
      'varning Rad 637: "Utfallet är 15 procent lägre än den budgeterade kostnadsutvecklingen." Texten skriver "15 procent" om en skillnad mellan två procentsatser, som anges i procentenheter; 5.2.2.1 Kostnadsutveckling (kostnaderna, "Skilln. mot budget") ger 15 procentenheter.',
      'varning Rad 690: "Utfallet är 3 procent högre än budgeterade intäktsutvecklingen." Texten skriver "3 procent" om en skillnad mellan två procentsatser, som anges i procentenheter; 5.2.2.2 Intäktsutveckling (intäkterna, "Skillnad mot budget") ger 3 procentenheter.',
    ]);
  });
});

describe("the text check over seed 002's own text", () => {
  const all = () => found(seed002, seedText("002_e1ad9b927b54d130.txt"));

  it("finds 119 695 tkr in 5.1 where the resultaträkning and the text say 130,7 mnkr", () => {
    expect(all()).toContain(
      'fel Rad 502: "Ackumulerad budgetavvikelse\t119 695 tkr\t0 tkr\t119 695 tkr" Texten anger 119 695 tkr för "Ackumulerad budgetavvikelse", "Ack resultat tkr"; 5.1 Ekonomiskt resultat ger 130 700 tkr.',
    );
  });

  it('finds "17 procentenheter lägre" where revenue grew 17,5 procentenheter more than budgeted', () => {
    expect(all()).toContain(
      'fel Rad 557: "Utfallet är 17 procentenheter lägre än den budgeterade intäktsutvecklingen." Texten säger "lägre"; 5.1.4 Intäktsutveckling (intäkterna, "Skillnad mot budget") visar en utveckling högre än den budgeterade (17,5%).',
    );
  });

  it("finds chapter 6's three results and the category table, and stays quiet on the right sentences", () => {
    expect(all().filter((m) => /Rad 6(18|19|20):/.test(m))).toHaveLength(3);
    expect(all().filter((m) => /Investeringstabell/.test(m))).toHaveLength(5);
    // "Årets totala avvikelse mot budget uppgår till 130,7 mnkr", "+42,4 mnkr inom Regionkontoret",
    // "Regionkontoret som förvaltning uppvisar ett överskott om 42,4 mnkr", "plus 1,1 mnkr på
    // arvoden" (a part of Förtroendevalda), "Kostnadsutvecklingen uppgår till 4 procent",
    // "21 procentenheter lägre", "31,4 mnkr lägre än budget" are right and must not be reported.
    expect(all().filter((m) => /Rad (36|50|60|504|506|547|551|591):/.test(m))).toEqual([]);
    expect(all()).toHaveLength(11);
  });
});

describe("sentences one by one", () => {
  const one = (run: RunResult, text: string) => checkText(text, run.report).map((c) => c.id);

  it("a wrong total deviation, in either unit", () => {
    expect(
      one(seed000, "Regionkontorets totala prognostiserade avvikelse mot budget är +10,6 mnkr."),
    ).toEqual([]);
    expect(
      one(seed000, "Regionkontorets totala prognostiserade avvikelse mot budget är +9,6 mnkr."),
    ).toEqual(["text-belopp-avviker"]);
    expect(one(seed000, "Ekonomisk avvikelse mot budget är totalt +20 694 tkr.")).toEqual([]);
    expect(one(seed000, "Ekonomisk avvikelse mot budget är totalt +21 694 tkr.")).toEqual([
      "text-belopp-avviker",
    ]);
  });

  it("a wrong rate, a wrong direction, a wrong uppdrag figure", () => {
    expect(one(seed000, "Kostnadsutvecklingen uppgår till 18,3 procent.")).toEqual([]);
    expect(one(seed000, "Kostnadsutvecklingen uppgår till 19 procent.")).toEqual([
      "text-procent-avviker",
    ]);
    expect(one(seed000, "Det motsvarar en kostnadsminskning med 28 mnkr.")).toEqual([
      "text-riktning",
    ]);
    expect(
      one(
        seed000,
        "Utfallet är 14,8 procentenheter högre än den budgeterade kostnadsutvecklingen.",
      ),
    ).toEqual(["text-riktning"]);
    expect(
      one(
        seed000,
        "Utfallet är 14,8 procentenheter lägre än den budgeterade kostnadsutvecklingen.",
      ),
    ).toEqual([]);
    expect(
      one(
        seed000,
        "5.2.1 Resultaträkning\nAvvikelsen är totalt hög, varav Regionkontoret redovisar +12,5 mnkr.",
      ),
    ).toEqual(["text-belopp-avviker"]);
    expect(
      one(seed002, "Utfallet för regionkontorets investeringar är 31,4 mnkr högre än budget."),
    ).toEqual(["text-riktning"]);
  });

  it("our own narrative passes our own check, as text and as Markdown", () => {
    expect(found(seed000, narrativeText(seed000))).toEqual([]);
    expect(found(seed002, narrativeText(seed002))).toEqual([]);
    for (const run of [seed000, seed002]) {
      const headers = Object.fromEntries(run.tables.map((t) => [t.id, t.headers]));
      const doc = toDocument(run.report, run.mappings, headers);
      expect(found(run, renderText(doc))).toEqual([]);
      expect(found(run, renderMarkdown(doc))).toEqual([]);
    }
  });
});

/** A report with one uppdrag's figure changed in the given columns, to try other figures. */
function withFigure(
  run: RunResult,
  row: string,
  places: [TableId, number][],
  mnkr: number,
): BuiltReport {
  const cells = { ...run.report.cells };
  for (const [table, column] of places) {
    cells[table] = cells[table].map((r) =>
      r.cells[0].text === row
        ? {
            ...r,
            cells: r.cells.map((c, k) =>
              k === column
                ? {
                    ...c,
                    text: mnkr.toFixed(1).replace(".", ","),
                    exact: new Dec(mnkr).times(100_000_000),
                  }
                : c,
            ),
          }
        : r,
    );
  }
  return { ...run.report, cells };
}

describe("the issue's sentences (issue 14)", () => {
  const says = (report: BuiltReport, text: string) => checkText(text, report).map((c) => c.message);

  it("Förtroendevalda redovisar +7,4 mnkr where the prognosis table says +6,4", () => {
    const report = withFigure(
      seed000,
      "Förtroendevalda",
      [
        ["prognos", 3],
        ["resultatrakning", 4],
      ],
      6.4,
    );
    expect(says(report, "Förtroendevalda redovisar ett överskott på +7,4 mnkr.")).toEqual([
      'Rad 1: "Förtroendevalda redovisar ett överskott på +7,4 mnkr." Texten anger +7,4 mnkr för Förtroendevalda; 5.1.2 Analys av prognosen (Förtroendevalda, "Prognos budgetavvikelse") ger +6,4 mnkr.',
    ]);
    expect(says(report, "Förtroendevalda redovisar ett överskott på +6,4 mnkr.")).toEqual([]);
  });

  it("prognostiseras till +5,0 mnkr where the table says 5,1", () => {
    const report = withFigure(
      seed000,
      "Utvecklingsmedel",
      [
        ["prognos", 3],
        ["resultatrakning", 4],
      ],
      5.1,
    );
    expect(says(report, "Utvecklingsmedlen prognostiseras till +5,0 mnkr.")).toEqual([
      'Rad 1: "Utvecklingsmedlen prognostiseras till +5,0 mnkr." Texten anger +5,0 mnkr för Utvecklingsmedel; 5.1.2 Analys av prognosen (Utvecklingsmedel, "Prognos budgetavvikelse") ger +5,1 mnkr.',
    ]);
    expect(says(report, "Utvecklingsmedlen prognostiseras till +5,1 mnkr.")).toEqual([]);
  });

  it('"underskott" written for a surplus of 45,4 mnkr', () => {
    const report = withFigure(seed000, "Regionkontoret", [["resultatrakning", 3]], 45.4);
    expect(
      says(report, "Regionkontoret redovisar ett ackumulerat underskott på 45,4 mnkr."),
    ).toEqual([
      'Rad 1: "Regionkontoret redovisar ett ackumulerat underskott på 45,4 mnkr." Texten säger "underskott"; 5.2.1 Resultaträkning (Regionkontoret, "Ack. budgetavvikelse") visar ett överskott (45,4).',
    ]);
  });

  it("the largest deviation attributed to the wrong uppdrag", () => {
    expect(
      says(
        seed002.report,
        "5.1.2 Resultaträkning\nDen största avvikelsen utgörs av Regionkontoret.",
      ),
    ).toEqual([
      'Rad 2: "Den största avvikelsen utgörs av Regionkontoret." Texten säger att Regionkontoret har en av de största avvikelserna (42,4); 5.1.2 Resultaträkning (Utvecklingsmedel Hälso- och sjukvård, "Ack budg avv") har en större: 65,0.',
    ]);
    expect(
      says(
        seed002.report,
        "5.1.2 Resultaträkning\nDen största avvikelsen utgörs av Utvecklingsmedel Hälso- och sjukvård.",
      ),
    ).toEqual([]);
  });

  it("över målvärdet for an indicator under it", () => {
    expect(says(seed000.report, "Personalomsättningen ligger fortsatt över målvärdet.")).toEqual([
      'Rad 1: "Personalomsättningen ligger fortsatt över målvärdet." Texten säger "över målvärdet"; 4.4 Personalomsättning (Personalomsättning, "Utfall") visar 9,04%, under målvärdet 13%.',
    ]);
    expect(says(seed000.report, "Personalomsättningen ligger fortsatt under målvärdet.")).toEqual(
      [],
    );
  });

  it("figures of another scope stay unflagged: a part, last year, a budget line", () => {
    expect(
      says(
        seed000.report,
        "Överskottet fördelar sig med +11,1 mnkr på Regionkontorets ordinarie verksamhet.",
      ),
    ).toEqual([]);
    expect(
      says(
        seed000.report,
        "För covidrelaterade kostnader redovisar Regionkontoret ett underskott i prognosen med -5,5 mnkr.",
      ),
    ).toEqual([]);
    expect(
      says(
        seed000.report,
        "Den är minimalt högre jämfört med samma period föregående år om 2,48 procent.",
      ),
    ).toEqual([]);
    expect(
      says(
        seed002.report,
        "Kostnader för förtäring har ett utfall på plus 3,4 mnkr lägre jämfört med budget på 6,8 mnkr.",
      ),
    ).toEqual([]);
  });
});
