import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RunResult } from "../../src/core/pipeline";
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
      'fel Rad 548: texten anger -475,5 för "Total", "Prognos" men 5.1.2 Analys av prognosen ger -475,4.',
      'varning Rad 637: "15 procent" ska vara procentenheter: skillnaden mellan två procentsatser (utfallets och budgetens utveckling) anges i procentenheter, inte procent.',
      'varning Rad 690: "3 procent" ska vara procentenheter: skillnaden mellan två procentsatser (utfallets och budgetens utveckling) anges i procentenheter, inte procent.',
    ]);
  });
});

describe("the text check over seed 002's own text", () => {
  const all = () => found(seed002, seedText("002_e1ad9b927b54d130.txt"));

  it("finds 119 695 tkr in 5.1 where the resultaträkning and the text say 130,7 mnkr", () => {
    expect(all()).toContain(
      'fel Rad 502: texten anger 119 695 tkr för "Ackumulerad budgetavvikelse", "Ack resultat tkr" men 5.1 Ekonomiskt resultat ger 130 700 tkr.',
    );
  });

  it('finds "17 procentenheter lägre" where revenue grew 17,5 procentenheter more than budgeted', () => {
    expect(all()).toContain(
      'fel Rad 557: texten säger "17 procentenheter lägre" men utfallet är 17,5 procentenheter högre än den budgeterade intäktsutvecklingen (5.1.4 Intäktsutveckling).',
    );
  });

  it("finds chapter 6's three results and the category table, and stays quiet on the right sentences", () => {
    expect(all().filter((m) => /Rad 6(18|19|20):/.test(m))).toHaveLength(3);
    expect(all().filter((m) => /Investeringstabell/.test(m))).toHaveLength(5);
    // "Årets totala avvikelse mot budget uppgår till 130,7 mnkr", "+42,4 mnkr inom Regionkontoret",
    // "Kostnadsutvecklingen uppgår till 4 procent", "21 procentenheter lägre", "31,4 mnkr lägre än budget"
    // are right and must not be reported.
    expect(all().filter((m) => /Rad (36|50|504|506|547|551|591):/.test(m))).toEqual([]);
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

  it("our own narrative passes our own check", () => {
    expect(found(seed000, narrativeText(seed000))).toEqual([]);
    expect(found(seed002, narrativeText(seed002))).toEqual([]);
  });
});
