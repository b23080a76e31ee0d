import { ReportDocument } from "../../../src/core/report/document";
import { exportDocx, readSourceMap } from "../../../src/io/docx";
import {
  exampleDocument,
  NBSP,
  narrative000,
  paragraphs,
  part,
  tables,
  withNarrative,
  withoutNarrative,
} from "./helpers";

let doc000: ReportDocument;
let doc002: ReportDocument;
let xml000: string;
let xml002: string;
let docx000: Uint8Array;
beforeAll(async () => {
  doc000 = await exampleDocument("uppfoljningsrapport1-2021.xlsx");
  doc002 = await exampleDocument("arsredovisning-2020.xlsx");
  docx000 = await exportDocx(doc000);
  xml000 = part(docx000);
  xml002 = part(await exportDocx(doc002));
});

const headings = (xml: string) =>
  paragraphs(xml)
    .filter((p) => /^Heading\d$/.test(p.style))
    .map((p) => `${p.style} ${p.text}`);
/** The table whose header row starts with `first`, as cells with the plain spaces the JSON has. */
const tableStartingWith = (xml: string, first: string, nth = 0) => {
  const found = tables(xml).filter((t) => t.cells[0][0] === first)[nth];
  if (!found) throw new Error(`ingen tabell börjar med "${first}"`);
  return found;
};
const plain = (cells: string[][]) => cells.map((r) => r.map((c) => c.replace(/\u00a0/g, " ")));

describe("built-in template", () => {
  it("seed 000: chapters 1, 4 and 5 with the report's numbering as Word heading levels", () => {
    expect(headings(xml000)).toEqual([
      "Heading1 1 Sammanfattning",
      "Heading1 4 Medarbetare",
      "Heading2 4.4 Personalomsättning",
      "Heading2 4.5 Sjukfrånvaro",
      "Heading1 5 Ekonomi",
      "Heading2 5.1 Prognos",
      "Heading3 5.1.1 Prognosindikator",
      "Heading3 5.1.2 Analys av prognosen",
      "Heading3 5.1.3 Prognosförändring sedan föregående rapport",
      "Heading2 5.2 Ekonomiskt resultat (ackumulerat)",
      "Heading3 5.2.1 Resultaträkning",
      "Heading3 5.2.2 Kostnads- och intäktsutveckling",
      "Heading4 5.2.2.1 Kostnadsutveckling",
      "Heading4 5.2.2.2 Intäktsutveckling",
      "Heading2 5.3 Investeringar",
    ]);
    // The cover: the report's name, the organisation and the period, then the table of contents.
    expect(paragraphs(xml000).slice(0, 3)).toMatchObject([
      { style: "Title", text: "Uppföljningsrapport 1" },
      { style: "Subtitle", text: "Regionkontoret" },
      { style: "Subtitle", text: "Januari–april 2021" },
    ]);
    expect(xml000).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-4&quot;<\/w:instrText>/);
  });

  it("seed 002: chapters 1, 4, 5 and 6, with captions where two tables share a section", () => {
    expect(headings(xml002)).toEqual([
      "Heading1 1 Sammanfattning",
      "Heading1 4 Medarbetare",
      "Heading2 4.1 Personalomsättning",
      "Heading2 4.2 Sjukfrånvaro",
      "Heading1 5 Ekonomi",
      "Heading2 5.1 Ekonomiskt resultat",
      "Heading3 5.1.2 Resultaträkning",
      "Heading3 5.1.4 Kostnads- och intäktsutveckling",
      "Heading3 5.1.5 Resultathantering",
      "Heading2 5.2 Investeringar",
      "Heading1 6 Verksamhetsmått",
    ]);
    const captions = paragraphs(xml002)
      .filter((p) => p.style === "Caption")
      .map((p) => p.text);
    expect(captions).toEqual([
      "Kostnadsutveckling",
      "Intäktsutveckling",
      "Investeringstabell",
      "Investeringar per projekt",
    ]);
  });

  it("seed 000 without narrative (an older JSON file): the tables under the headings they imply", async () => {
    const xml = part(await exportDocx(withoutNarrative(doc000)));
    expect(headings(xml)).toEqual(
      headings(xml000).filter((h) => !/ (1 Sammanfattning|5\.1\.3 )/.test(h)),
    );
    expect(tables(xml)).toHaveLength(doc000.tables.length);
    expect(
      paragraphs(xml).filter((p) => p.style === "" && p.text && p.text !== "[tabell]"),
    ).toEqual([]);
  });

  it("seed 000: the pipeline's narrative stands in its place (5.1.2 before the table, 4.4 after it)", () => {
    const flow = paragraphs(xml000)
      .map((p) => p.text)
      .filter(Boolean);
    const prognos = doc000.narrative.find((n) => n.id === "prognos")!;
    const at = flow.indexOf("5.1.2 Analys av prognosen");
    expect(flow[at + 1]).toBe(prognos.paragraphs[0].sentences.map((s) => s.text).join(" "));
    expect(flow[at + 1 + prognos.paragraphs.length]).toBe("[tabell]");
    const staff = doc000.narrative.find((n) => n.id === "personalomsattning")!;
    expect(flow[flow.indexOf("4.4 Personalomsättning") + 2]).toBe(
      staff.paragraphs[0].sentences.map((s) => s.text).join(" "),
    );
  });

  it("seed 004: the plan's tables under short headings, captioned below as Tabell 4 and 5", async () => {
    const xml = part(await exportDocx(await exampleDocument("verksamhetsplan-2025.xlsx")));
    const flow = paragraphs(xml)
      .filter((p) => !/^(Title|Subtitle|TOCHeading)$/.test(p.style))
      .filter((p) => p.style || p.text === "[tabell]")
      .map((p) => `${p.style} ${p.text}`);
    expect(flow).toEqual([
      "Heading2 Driftbudget",
      " [tabell]",
      "Caption Tabell 4 Driftbudget, redovisas i mnkr",
      "Heading2 Investeringsbudget",
      " [tabell]",
      "Caption Tabell 5 Investeringsbudget, belopp redovisas i mnkr",
    ]);
    expect(plain(tables(xml)[0].cells).at(-1)).toEqual(["Nettobudget", "820"]);
  });

  it("heading styles carry their outline level, so Word's table of contents finds them", () => {
    const styles = part(docx000, "word/styles.xml");
    for (const level of [1, 2, 3, 4]) {
      expect(styles).toMatch(
        new RegExp(
          `w:styleId="Heading${level}"[\\s\\S]*?<w:outlineLvl w:val="${level - 1}"/>[\\s\\S]*?</w:style>`,
        ),
      );
    }
  });

  it("seed 000, 5.2.1: Resultaträkning with the seed's figures, total row bold", () => {
    const t = tableStartingWith(xml000, "Uppdrag, belopp i mnkr", 1);
    expect(t.cells).toEqual([
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
    expect(t.xml[5].every((c) => c.includes("<w:b/>"))).toBe(true);
    expect(t.xml[1].some((c) => c.includes("<w:b/>"))).toBe(false);
  });

  it("seed 000, 5.1.1 and 5.2.2.1: amounts with unit keep non-breaking spaces and are right-aligned", () => {
    const indikator = tableStartingWith(xml000, "Indikator", 2);
    expect(indikator.cells[1]).toEqual([
      "Prognos budgetavvikelse",
      `-475${NBSP}423${NBSP}tkr`,
      `-485${NBSP}973${NBSP}tkr`,
      `10${NBSP}550${NBSP}tkr`,
    ]);
    expect(indikator.xml[1][0]).toContain('<w:jc w:val="left"/>');
    for (const c of indikator.xml[1].slice(1)) expect(c).toContain('<w:jc w:val="right"/>');
    const kostnad = tableStartingWith(xml000, "Ack utfall förra året");
    expect(plain(kostnad.cells)[1]).toEqual([
      "-154 986 tkr",
      "-183 355 tkr",
      "-28 369 tkr",
      "-206 256 tkr",
      "22 901 tkr",
      "18,3%",
      "33,1%",
      "14,8%",
    ]);
    // No figure anywhere may wrap at an ordinary space.
    for (const t of tables(xml000))
      for (const row of t.cells.slice(1))
        for (const c of row) if (/^-?\d/.test(c)) expect(c).not.toContain(" ");
  });

  it("seed 002, 5.1.2 and 5.2: Resultaträkning and Investeringar per projekt as the seed prints them", () => {
    const rr = tableStartingWith(xml002, "Uppdrag, belopp i mnkr");
    expect(rr.cells.map((r) => r[0])).toEqual([
      "Uppdrag, belopp i mnkr",
      "Regionbidrag",
      "Förtroendevalda",
      "Oförutsett Regionstyrelsen",
      "Regionkontoret",
      "Drift av utvecklingsprojekt",
      "Utvecklingsmedel Regional utveckling",
      "Utvecklingsmedel Hälso- och sjukvård",
      "Utvecklingsmedel ePlan",
      "Utvecklingsmedel Regiongemensamt",
      "Totalt",
    ]);
    expect(rr.cells[4]).toEqual(["Regionkontoret", "-230,1", "-272,5", "42,4"]);
    expect(rr.cells[10]).toEqual(["Totalt", "130,7", "0,0", "130,7"]);
    const projekt = tableStartingWith(xml002, "Investeringar (tkr)");
    expect(plain(projekt.cells).at(-1)).toEqual(["Summa", "15 337", "46 750", "31 413"]);
    expect(plain(projekt.cells)[3]).toEqual(["FVIS", "14 460", "29 400", "14 940"]);
  });

  it("seeds 000 and 002: every table of the report document is in the .docx, cell for cell", () => {
    for (const [doc, xml] of [
      [doc000, xml000],
      [doc002, xml002],
    ] as const) {
      expect(tables(xml).map((t) => plain(t.cells))).toEqual(
        doc.tables.map((t) => [t.columns, ...t.rows]),
      );
    }
  });

  it("places the narrative before or after its table and gives text without a table its own heading", async () => {
    const xml = part(await exportDocx(withNarrative(doc000, narrative000())));
    const flow = paragraphs(xml)
      .map((p) => p.text)
      .filter(Boolean);
    const from = flow.indexOf("5.1.2 Analys av prognosen");
    expect(flow.slice(from, from + 9)).toEqual([
      "5.1.2 Analys av prognosen",
      "Regionkontorets totala prognostiserade avvikelse mot budget är +10,6 mnkr.",
      "+3,0 mnkr på vakanta tjänster.",
      "[tabell]",
      "5.1.3 Prognosförändring sedan föregående rapport",
      "Regionkontorets prognos har förändrats med +7 mnkr sedan månadsrapporten i februari.",
      "5.2 Ekonomiskt resultat (ackumulerat)",
      "[tabell]",
      "5.2.1 Resultaträkning",
    ]);
    expect(flow[flow.indexOf("5.2.1 Resultaträkning") + 1]).toBe(
      "Ekonomisk avvikelse mot budget är totalt +20,7 mnkr varav Regionkontoret redovisar +13,5 mnkr.",
    );
    expect(flow[flow.indexOf("5.2.2.1 Kostnadsutveckling") + 2]).toBe(
      "Kostnadsutvecklingen uppgår till 18 procent.",
    );
    const bullet = paragraphs(xml).find((p) => p.text.startsWith("+3,0 mnkr"));
    expect(bullet?.xml).toContain("<w:numPr>");
    expect(
      part(await exportDocx(withNarrative(doc000, narrative000())), "word/numbering.xml"),
    ).toContain('w:val="bullet"');
  });

  it("leaves a table without data out, or shows it with its reason under its heading when the layout requires it", async () => {
    const lacking: ReportDocument = {
      ...doc002,
      narrative: [],
      tables: doc002.tables.filter((t) => t.id !== "resultathantering"),
      missing: [
        {
          id: "resultathantering",
          section: "5.1.5",
          title: "Resultathantering",
          reason: "ingen tabell med begärda överföringar hittades i arbetsboken",
        },
      ],
    };
    // By default a table without data is left out of the document (the checks list it) …
    const left = paragraphs(part(await exportDocx(lacking))).map((p) => p.text);
    expect(left).not.toContain("5.1.5 Resultathantering");
    expect(left.join("\n")).not.toContain("Tabellen kunde inte tas fram");
    // … and printed with its reason when the layout marks it required.
    lacking.missing[0].required = true;
    const flow = paragraphs(part(await exportDocx(lacking))).map((p) => p.text);
    const at = flow.indexOf("5.1.5 Resultathantering");
    expect(flow[at + 1]).toBe(
      "Tabellen kunde inte tas fram: ingen tabell med begärda överföringar hittades i arbetsboken",
    );
    expect(flow.indexOf("5.2 Investeringar")).toBeGreaterThan(at);
  });

  it("carries a source map from each figure to its workbook range (seed 000, 5.2.1)", () => {
    const map = readSourceMap(docx000);
    expect(map).toMatchObject({
      version: 1,
      type: "uppfoljningsrapport1",
      period: "2021-04",
      org: "Regionkontoret",
    });
    expect(map?.figures).toContainEqual({
      table: "resultatrakning",
      row: "Regionkontoret",
      column: "Ack. utfall",
      rowIndex: 0,
      columnIndex: 1,
      text: "-93,8",
      sources: ["Resultat!A3:F3"],
    });
    expect(map?.figures.filter((f) => f.table === "resultatrakning")).toHaveLength(5 * 4);
    // The narrative's figures too: "+5,6 mnkr" in 5.1.2 is Regionkontoret's row of the prognosis table.
    const prognos = doc000.tables.find((t) => t.id === "prognos")!;
    expect(map?.text).toContainEqual(
      expect.objectContaining({
        section: "prognos",
        text: "+5,6 mnkr",
        table: "prognos",
        row: "Regionkontoret",
        sources: prognos.sources[0],
      }),
    );
    expect(map?.text.every((f) => f.sources.length > 0)).toBe(true);
    expect(part(docx000, "[Content_Types].xml")).toContain('PartName="/customXml/itemProps1.xml"');
    expect(part(docx000, "word/_rels/document.xml.rels")).toContain(
      'Target="../customXml/item1.xml"',
    );
    expect(part(docx000, "customXml/_rels/item1.xml.rels")).toContain('Target="itemProps1.xml"');
  });

  it("writes workbook text literally: markup and template braces stay text (seed 000 with a hostile label)", async () => {
    const hostile = "<img src=x onerror=alert(1)> {#x}{/x} & co";
    const t = doc000.tables.find((x) => x.id === "resultatrakning")!;
    const doc = {
      ...doc000,
      org: "{#x}",
      tables: [{ ...t, rows: [[hostile, ...t.rows[0].slice(1)], ...t.rows.slice(1)] }],
    };
    const xml = part(await exportDocx(doc));
    expect(xml).toContain("&lt;img src=x onerror=alert(1)&gt; {#x}{/x} &amp; co");
    expect(tables(xml)[0].cells[1][0]).toBe(hostile);
    expect(paragraphs(xml).find((p) => p.style === "Subtitle")!.text).toContain("{#x}");
  });
});
