import { NarrativeSection } from "../../src/core/narrative/model";
import { parseSwedishNumber } from "../../src/core/parse";
import { RunResult } from "../../src/core/pipeline";
import { runExample } from "./helpers";

let seed000: RunResult;
let seed002: RunResult;
beforeAll(async () => {
  seed000 = await runExample("uppfoljningsrapport1-2021.xlsx");
  seed002 = await runExample("arsredovisning-2020.xlsx");
});

const section = (run: RunResult, id: string): NarrativeSection => {
  const s = run.report.narrative.find((n) => n.id === id);
  if (!s) throw new Error(`ingen text för ${id}`);
  return s;
};
const sentences = (run: RunResult, id: string) =>
  section(run, id).paragraphs.map((p) => p.sentences.map((s) => s.text).join(" "));

/** Law: every number the text takes from a table is that table's printed cell, at its precision. */
function figuresMatchCells(run: RunResult) {
  for (const n of run.report.narrative) {
    for (const s of n.paragraphs.flatMap((p) => p.sentences)) {
      for (const f of s.figures.filter((x) => x.table)) {
        const table = run.report.tables.find((t) => t.id === f.table)!;
        const col = table.columns.indexOf(f.column!);
        // A table without row labels (the development tables) has one row.
        const row = f.row ? table.rows.find((r) => r.includes(f.row!))! : table.rows[0];
        const cell = parseSwedishNumber(row[col]).value;
        const text = parseSwedishNumber(f.text.replace(/ (procent|procentenheter)$/, "%")).value;
        // Unsigned figures come with direction words ("ökning med", "lägre än"): the size is the cell's.
        const expected = /^[+-]/.test(f.text) ? cell : cell.abs();
        expect(`${f.table}:${f.row}:${f.column} ${text.toString()}`).toBe(
          `${f.table}:${f.row}:${f.column} ${expected.toString()}`,
        );
        expect(s.text).toContain(f.text);
      }
    }
  }
}

describe("seed 000, the narrative", () => {
  it("1 Sammanfattning, the economy paragraph", () => {
    expect(sentences(seed000, "sammanfattning")).toEqual([
      "Regionkontorets prognostiserade avvikelse mot budget för helåret är +10,6 mnkr. Det ackumulerade resultatet för januari–april 2021 visar en avvikelse mot budget med +20,7 mnkr.",
    ]);
  });

  it("5.1.2 Analys av prognosen, with the controller's explanations woven in", () => {
    const s = section(seed000, "prognos");
    expect(s.placement).toBe("before");
    expect(sentences(seed000, "prognos").slice(0, 5)).toEqual([
      "Regionkontorets totala prognostiserade avvikelse mot budget är +10,6 mnkr.",
      "Avvikelsen fördelar sig med +5,6 mnkr inom Regionkontoret och +5,0 mnkr inom Utvecklingsmedel. Förtroendevalda och Oförutsett Regionstyrelsen prognostiseras i nivå med budget.",
      "Den prognostiserade avvikelsen för Regionkontoret är +5,6 mnkr och fördelar sig med:",
      "Ordinarie verksamhet: +11,1 mnkr.",
      "+3,0 mnkr på vakanta tjänster.",
    ]);
    expect(s.paragraphs[4].style).toBe("bullet");
    expect(sentences(seed000, "prognos")).toContain("Covidrelaterade kostnader: -5,5 mnkr.");
    // The explanations add up to the table's figures, so no "övriga avvikelser" and no check.
    expect(sentences(seed000, "prognos").join(" ")).not.toContain("övriga avvikelser");
    expect(seed000.report.checks.filter((c) => c.id === "kommentarer-summerar-inte")).toEqual([]);
  });

  it("5.1.3 Prognosförändring sedan föregående rapport (seed: +7 mnkr, 5,0 mnkr utvecklingsmedel)", () => {
    expect(section(seed000, "prognosforandring").section).toBe("5.1.3");
    expect(sentences(seed000, "prognosforandring")).toEqual([
      "Regionkontorets prognos har förändrats med +7,0 mnkr sedan föregående rapport. Förändringen finns främst inom Utvecklingsmedel (+5,0 mnkr) och Regionkontoret (+2,0 mnkr).",
    ]);
  });

  it("5.2.1 Resultaträkning (seed: +20,7 mnkr varav Regionkontoret +13,5 mnkr och Utvecklingsmedlen +4,7 mnkr)", () => {
    expect(sentences(seed000, "resultatrakning")).toEqual([
      "Ekonomisk avvikelse mot budget är totalt +20,7 mnkr varav Regionkontoret redovisar +13,5 mnkr och Utvecklingsmedel +4,7 mnkr.",
    ]);
  });

  it("5.2.2.1 Kostnadsutveckling: procentenheter, not procent, and lägre because costs grew less than budgeted", () => {
    expect(section(seed000, "kostnadsutveckling").placement).toBe("after");
    expect(sentences(seed000, "kostnadsutveckling")).toEqual([
      "Kostnadsutvecklingen uppgår till 18,3 procent, vilket motsvarar en kostnadsökning med 28 369 tkr jämfört med samma period förra året. Utfallet är 14,8 procentenheter lägre än den budgeterade kostnadsutvecklingen (33,1 procent).",
    ]);
  });

  it("5.2.2.2 Intäktsutveckling", () => {
    expect(sentences(seed000, "intaktsutveckling")).toEqual([
      "Intäktsutvecklingen uppgår till 14,8 procent, vilket motsvarar en intäktsökning med 6 826 tkr jämfört med samma period förra året. Utfallet är 3,2 procentenheter högre än den budgeterade intäktsutvecklingen (11,6 procent).",
    ]);
  });

  it("5.3 Investeringar (seed: överskott om 1,1 mnkr kopplat till Kustnära vandringsled)", () => {
    expect(sentences(seed000, "investeringar")).toEqual([
      "Prognosen för investeringarna är ett överskott om 1 100 tkr mot årsbudgeten. Avvikelsen finns inom Kustnära vandringsled (1 100 tkr).",
    ]);
  });

  it("4.4 and 4.5 against their targets", () => {
    expect(sentences(seed000, "personalomsattning")).toEqual([
      "Personalomsättningen är 9,04 procent, under målvärdet 13 procent.",
    ]);
    expect(sentences(seed000, "sjukfranvaro")).toEqual([
      "Sjukfrånvaron är 2,59 procent, under målvärdet 4 procent.",
    ]);
  });

  it("every number taken from a table equals the table's printed cell", () =>
    figuresMatchCells(seed000));
});

describe("seed 002, the narrative", () => {
  it("1 Sammanfattning (seed: totala avvikelse mot budget till 130,7 mnkr i överskott)", () => {
    expect(sentences(seed002, "sammanfattning")).toEqual([
      "Ekonomiskt sett uppgår Regionkontorets totala avvikelse mot budget till +130,7 mnkr i överskott.",
    ]);
  });

  it("5.1.1–5.1.2: the year's deviation per uppdrag, explanations and the unexplained rest", () => {
    const text = sentences(seed002, "resultatrakning");
    expect(text.slice(0, 3)).toEqual([
      "Årets totala avvikelse mot budget uppgår till +130,7 mnkr, ett överskott som fördelar sig med:",
      "+65,0 mnkr inom Utvecklingsmedel Hälso- och sjukvård.",
      "+42,4 mnkr inom Regionkontoret.",
    ]);
    expect(text).toContain("Avvikelsen för Regionkontoret är +42,4 mnkr och fördelar sig med:");
    expect(text[text.length - 1]).toBe("+2,5 mnkr övriga avvikelser.");
    expect(
      seed002.report.checks
        .filter((c) => c.id === "kommentarer-summerar-inte")
        .map((c) => c.message),
    ).toEqual([
      "Förklaringarna för Regionkontoret summerar till +39,9 mnkr av +42,4 mnkr; +2,5 mnkr redovisas som övriga avvikelser.",
    ]);
  });

  it("5.1.4: revenue fell, but 17,5 procentenheter less than budgeted, so the outcome is högre", () => {
    expect(sentences(seed002, "kostnadsutveckling")).toEqual([
      "Kostnadsutvecklingen uppgår till 4,2 procent, vilket motsvarar en kostnadsökning med 20 440 tkr jämfört med föregående år. Utfallet är 20,8 procentenheter lägre än den budgeterade kostnadsutvecklingen (25,0 procent).",
    ]);
    expect(sentences(seed002, "intaktsutveckling")).toEqual([
      "Intäktsutvecklingen uppgår till -10,1 procent, vilket motsvarar en intäktsminskning med 19 036 tkr jämfört med föregående år. Utfallet är 17,5 procentenheter högre än den budgeterade intäktsutvecklingen (-27,5 procent).",
    ]);
  });

  it("5.1.5 Resultathantering (seed: driftsbudget 4,5 mnkr, investeringsbudget 10,4 mnkr)", () => {
    expect(sentences(seed002, "resultathantering")).toEqual([
      "Regionkontoret föreslår att 4,5 mnkr av driftbudgetens överskott och 10,4 mnkr av investeringsbudgetens överskott förs över till 2021.",
    ]);
  });

  it("5.2 Investeringar (seed: 31,4 mnkr lägre än budget)", () => {
    expect(sentences(seed002, "investeringar")).toEqual([
      "Utfallet för regionkontorets investeringar är 31 413 tkr lägre än budget. De största avvikelserna finns inom FVIS (14 940 tkr), Säkerhet, installation inbrottslarm på förvaltningar (6 097 tkr) och Säkerhet, personlarm HSH, HSV, HSK (6 000 tkr).",
    ]);
  });

  it("every number taken from a table equals the table's printed cell", () =>
    figuresMatchCells(seed002));
});

it("law check: a figure whose text disagrees with its cell is caught", () => {
  const broken = {
    ...seed000,
    report: { ...seed000.report, narrative: structuredClone(seed000.report.narrative) },
  };
  const s = broken.report.narrative.find((n) => n.id === "prognos")!.paragraphs[0].sentences[0];
  s.figures[0].text = "+10,5 mnkr";
  s.text = s.text.replace("+10,6", "+10,5");
  expect(() => figuresMatchCells(broken)).toThrow();
});
