import { EkoError } from "../../../src/core/errors";
import { ReportDocument } from "../../../src/core/report/document";
import { exportDocx, readSourceMap } from "../../../src/io/docx";
import {
  exampleDocument,
  NBSP,
  narrative000,
  makeTemplate,
  paragraphs,
  part,
  tables,
  withNarrative,
} from "./helpers";

let doc000: ReportDocument;
beforeAll(async () => {
  doc000 = await exampleDocument("uppfoljningsrapport1-2021.xlsx");
});

const LOOP = [
  ["Uppdrag", "Prognos", "Avvikelse"],
  ["{#rader:prognos}{kolumn:1}", "{kolumn:prognos}", "{kolumn:budgetavvikelse}{/rader:prognos}"],
];

async function fill(
  body: (string | string[][])[],
  doc: ReportDocument = doc000,
): Promise<Uint8Array> {
  return exportDocx(doc, { template: await makeTemplate(body) });
}

async function failure(body: (string | string[][])[]): Promise<string> {
  try {
    await fill(body);
  } catch (e) {
    expect(e).toBeInstanceOf(EkoError);
    return (e as Error).message;
  }
  throw new Error("mallen fylldes trots felet");
}

describe("the organisation's template", () => {
  it("seed 000: fills figures, tables, row loops and header while keeping style, header, footer and logo", async () => {
    const out = await fill([
      "{rubrik:resultatrakning}",
      "{tabell:resultatrakning}",
      "Ackumulerad avvikelse {belopp:resultatindikator.avvikelse}, prognos {belopp:resultatrakning.total.prognos}, Regionkontoret {belopp:resultatrakning.regionkontoret.ack-utfall}.",
      LOOP,
    ]);
    const xml = part(out);
    const texts = paragraphs(xml);
    expect(texts[0]).toMatchObject({ style: "OrgBrodtext", text: "5.2.1 Resultaträkning" });
    // seed 000, 5.2 and 5.2.1
    expect(texts[2]).toMatchObject({
      style: "OrgBrodtext",
      text: `Ackumulerad avvikelse 20${NBSP}694${NBSP}tkr, prognos 10,6, Regionkontoret -93,8.`,
    });
    const [rr, loop] = tables(xml);
    expect(rr.cells.at(-1)).toEqual(["Totalt", "-134,0", "-154,7", "20,7", "10,6"]);
    expect(rr.xml.at(-1)?.every((c) => c.includes("<w:b/>"))).toBe(true);
    // seed 000, 5.1.2: one template row per report row
    expect(loop.cells).toEqual([
      ["Uppdrag", "Prognos", "Avvikelse"],
      ["Regionkontoret", "-299,5", "5,6"],
      ["Förtroendevalda", "-40,0", "0,0"],
      ["Oförutsett Regionstyrelsen", "-4,4", "0,0"],
      ["Utvecklingsmedel", "-131,6", "5,0"],
      ["Total", "-475,4", "10,6"],
    ]);
    expect(part(out, "word/header1.xml")).toContain(
      "Regionkontoret – Uppföljningsrapport 1 januari–april 2021",
    );
    expect(part(out, "word/header1.xml")).toContain("<w:drawing>");
    expect(Object.keys(new (await import("pizzip")).default(out).files)).toContain(
      "word/media/image1.png",
    );
    expect(part(out, "word/footer1.xml")).toContain("Region Exempel · Mallens sidfot");
    expect(part(out, "word/styles.xml")).toMatch(/w:styleId="OrgBrodtext"[\s\S]*?Georgia/);
  });

  it("puts the narrative where {text:…} stands, and nothing when the section has no text", async () => {
    const out = await exportDocx(withNarrative(doc000, narrative000()), {
      template: await makeTemplate(["{text:prognos}", "{text:investeringar}", "Slut"]),
    });
    expect(paragraphs(part(out)).map((p) => p.text)).toEqual([
      "Regionkontorets totala prognostiserade avvikelse mot budget är +10,6 mnkr.",
      "•\t+3,0 mnkr på vakanta tjänster.",
      "Slut",
    ]);
  });

  it("records which placeholder printed which figure in the source map", async () => {
    const map = readSourceMap(await fill(["{belopp:resultatrakning.regionkontoret.ack-utfall}"]));
    expect(map?.placeholders).toEqual([
      {
        tag: "belopp:resultatrakning.regionkontoret.ack-utfall",
        table: "resultatrakning",
        rowIndex: 0,
        columnIndex: 1,
      },
    ]);
    expect(map?.figures).toContainEqual(
      expect.objectContaining({
        table: "resultatrakning",
        rowIndex: 0,
        columnIndex: 1,
        sources: ["Resultat!A3:F3"],
      }),
    );
  });

  it("re-exporting a filled document replaces its source map instead of adding a second", async () => {
    const first = await fill(["Organisation: {organisation}"]);
    const again = await exportDocx(doc000, { template: first });
    expect(
      Object.keys(new (await import("pizzip")).default(again).files).filter((f) =>
        /^customXml\/item\d+\.xml$/.test(f),
      ),
    ).toEqual(["customXml/item1.xml"]);
  });

  it("names every misspelt or unknown placeholder in one Swedish message", async () => {
    const msg = await failure([
      "{tabel:resultatrakning}",
      "{tabell:resultatrakningen}",
      "{belopp:resultatrakning.regionkontoret.utfal}",
      "{belopp:resultatindikator.avvikelse}",
    ]);
    expect(msg).toMatch(/^mallen har platshållare som inte kan fyllas:/);
    expect(msg).toContain("{tabel:resultatrakning}: okänd platshållare");
    expect(msg).toContain('{tabell:resultatrakningen}: okänd tabell "resultatrakningen"');
    expect(msg).toContain(
      '{belopp:resultatrakning.regionkontoret.utfal}: kolumnen "utfal" finns inte i tabellen resultatrakning',
    );
    expect(msg).not.toContain("resultatindikator.avvikelse");
  });

  it("refuses an ambiguous column, a table the report type lacks and a column outside a row loop", async () => {
    const msg = await failure([
      "{belopp:resultatrakning.total.avvikelse}",
      "{tabell:resultathantering}",
      "{kolumn:1}",
    ]);
    expect(msg).toContain(
      'kolumnen "avvikelse" i tabellen resultatrakning är tvetydig: ack-budgetavvikelse, prognos-budgetavvikelse',
    );
    expect(msg).toContain(
      "{tabell:resultathantering}: tabellen resultathantering ingår inte i uppföljningsrapport 1",
    );
    expect(msg).toContain("{kolumn:1}: står utanför {#rader:…}");
  });

  it("explains template syntax errors in Swedish, naming the tag", async () => {
    expect(await failure(["{tabell:resultatrakning"])).toMatch(
      /^mallen har fel i platshållarna:\n.*\{tabell:resultatrakning\}: saknar sin avslutande klammer \}/,
    );
    expect(await failure(["Se {tabell:resultatrakning} nedan"])).toContain(
      "{tabell:resultatrakning}: måste stå ensam i sitt stycke",
    );
    expect(await failure(["{#rader:prognos}{kolumn:1}"])).toContain(
      "öppnar en upprepning som aldrig stängs",
    );
  });

  it("does not interpret template syntax in workbook text (seed 000 with braces and markup in a label)", async () => {
    const t = doc000.tables.find((x) => x.id === "prognos")!;
    const hostile = "{#x}<img src=x onerror=alert(1)>{/x}";
    const doc = {
      ...doc000,
      org: "{organisation}",
      tables: [
        ...doc000.tables.filter((x) => x !== t),
        { ...t, rows: [[hostile, ...t.rows[0].slice(1)], ...t.rows.slice(1)] },
      ],
    };
    const xml = part(await fill(["{organisation}", "{tabell:prognos}", LOOP], doc));
    expect(paragraphs(xml)[0].text).toBe("{organisation}");
    const [whole, loop] = tables(xml);
    expect(whole.cells[1][0]).toBe(hostile);
    expect(loop.cells[1][0]).toBe(hostile);
    expect(xml).toContain("{#x}&lt;img src=x onerror=alert(1)&gt;{/x}");
  });
});
