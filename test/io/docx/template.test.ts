import { EkoError } from "../../../src/core/errors";
import { ReportDocument } from "../../../src/core/report/document";
import { builtinLayout } from "../../../src/core/layout/builtin";
import { Layout } from "../../../src/core/layout/model";
import { REPORT_TYPES } from "../../../src/core/report/model";
import { exportDocx, readSourceMap } from "../../../src/io/docx";
import { slug } from "../../../src/io/docx/placeholders";
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

describe("placeholders by the layout's ids (docs/layout.md)", () => {
  /** Seed 000's layout with every column heading of 5.1.2 and 5.2.1 replaced. */
  function renamed(headings: Record<string, string> = {}): Layout {
    const l: Layout = JSON.parse(JSON.stringify(builtinLayout("uppfoljningsrapport1")));
    for (const t of l.tables.filter((x) => ["prognos", "resultatrakning"].includes(x.id)))
      t.columns = t.columns.map((c, j) => ({ ...c, heading: headings[c.id] ?? `Kolumn ${j + 1}` }));
    return l;
  }
  const BY_ID = [
    "Prognos {belopp:resultatrakning.total.prognos-avvikelse}, Regionkontoret {belopp:resultatrakning.regionkontoret.ack-utfall}.",
    [
      ["Uppdrag", "Prognos", "Avvikelse"],
      [
        "{#rader:prognos}{kolumn:uppdrag}",
        "{kolumn:prognos}",
        "{kolumn:avvikelse}{/rader:prognos}",
      ],
    ],
  ];

  it("seed 000: a column named by its id gives the same figures whatever the headings are", async () => {
    const renamedDoc = await exampleDocument("uppfoljningsrapport1-2021.xlsx", {
      layout: renamed(),
    });
    for (const doc of [doc000, renamedDoc]) {
      const xml = part(await fill(BY_ID, doc));
      // seed 000, 5.2.1 (prognosis deviation 10,6 mnkr, Regionkontoret -93,8) and 5.1.2
      expect(paragraphs(xml)[0].text).toBe("Prognos 10,6, Regionkontoret -93,8.");
      expect(tables(xml)[0].cells.slice(1, 3)).toEqual([
        ["Regionkontoret", "-299,5", "5,6"],
        ["Förtroendevalda", "-40,0", "0,0"],
      ]);
    }
    // A heading still names its column: "Kolumn 4" of the renamed 5.2.1 is its ack-avvikelse.
    const xml = part(await fill(["{belopp:resultatrakning.total.kolumn-4}"], renamedDoc));
    expect(paragraphs(xml)[0].text).toBe("20,7");
  });

  it("no built-in layout has a column id that is another column's heading, so old slug placeholders keep their column", () => {
    const clashes = REPORT_TYPES.flatMap((type) =>
      builtinLayout(type).tables.flatMap((t) =>
        t.columns.flatMap((c, i) =>
          t.columns.some((d, j) => j !== i && slug(d.heading) === c.id)
            ? [`${type} ${t.id}.${c.id}`]
            : [],
        ),
      ),
    );
    expect(clashes).toEqual([]);
  });

  it("refuses a name that is one column's id and another column's heading, and lists the ids", async () => {
    const doc = await exampleDocument("uppfoljningsrapport1-2021.xlsx", {
      layout: renamed({ "ack-budget": "Ack utfall" }),
    });
    const msg = await fill(["{belopp:resultatrakning.total.ack-utfall}"], doc).then(
      () => "fylldes",
      (e: Error) => e.message,
    );
    expect(msg).toContain(
      '{belopp:resultatrakning.total.ack-utfall}: kolumnen "ack-utfall" i tabellen resultatrakning är tvetydig: id för "Kolumn 2" och rubriken "Ack utfall"; ange kolumnens nummer (2 eller 3)',
    );
    const unknown = await fill(["{belopp:resultatrakning.total.utfal}"], doc).then(
      () => "fylldes",
      (e: Error) => e.message,
    );
    expect(unknown).toContain(
      "kolumnernas id: uppdrag, ack-utfall, ack-budget, ack-avvikelse, prognos-avvikelse)",
    );
  });
});

describe("a template that is not a Word document is refused in Word's words", () => {
  const refusal = (template: Uint8Array) =>
    exportDocx(doc000, { template, templateName: "mall.docx" }).then(
      () => "fylldes",
      (e: Error) => e.message,
    );

  it("names a file that is no zip, an old or encrypted .doc, and a template cut short", async () => {
    expect(await refusal(new TextEncoder().encode("{tabell:prognos}"))).toBe(
      "mall.docx kan inte läsas som en .docx-fil: filen är inget Word-dokument (en .docx är en zip-fil). Spara den som Word-dokument (.docx) och försök igen.",
    );
    // An OLE container: a Word 97–2003 document, or a .docx saved with a password.
    const ole = Uint8Array.from([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(504).fill(0),
    ]);
    expect(await refusal(ole)).toBe(
      "mall.docx kan inte läsas som en .docx-fil: den är lösenordsskyddad eller i gammalt .doc-format. Ta bort lösenordet, eller spara den som Word-dokument (.docx), och försök igen.",
    );
    const whole = await makeTemplate(["{tabell:prognos}"]);
    expect(await refusal(whole.subarray(0, whole.length >> 1))).toBe(
      "mall.docx kan inte läsas som en .docx-fil: filen är avkortad (zip-filens innehållsförteckning saknas eller är trasig). Hämta eller spara filen på nytt.",
    );
  });
});
