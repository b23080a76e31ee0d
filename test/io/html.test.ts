import { ReportDocument } from "../../src/core/report/document";
import { renderHtml, renderTableHtml } from "../../src/io/html";
import { exampleDocument, NBSP, narrative000, withNarrative } from "./docx/helpers";

let doc000: ReportDocument;
let doc002: ReportDocument;
beforeAll(async () => {
  doc000 = await exampleDocument("uppfoljningsrapport1-2021.xlsx");
  doc002 = await exampleDocument("arsredovisning-2020.xlsx");
});

const table = (doc: ReportDocument, id: string) => doc.tables.find((t) => t.id === id)!;

describe("HTML rendering", () => {
  it("seed 000, 5.2.1: a plain table with a header row, figures as printed, the total in bold", () => {
    const html = renderTableHtml(table(doc000, "resultatrakning"));
    expect(html).toMatch(
      /^<table><thead><tr><th>Uppdrag, belopp i mnkr<\/th><th align="right">Ack. utfall<\/th>/,
    );
    expect(html).toContain(
      '<tr><td>Regionkontoret</td><td align="right">-93,8</td><td align="right">-107,3</td><td align="right">13,5</td><td align="right">5,6</td></tr>',
    );
    expect(html).toContain(
      '<tr><td><strong>Totalt</strong></td><td align="right"><strong>-134,0</strong></td>',
    );
    expect(html).toMatch(/<\/tbody><\/table>$/);
  });

  it("carries no styling a web system would keep after a paste", () => {
    const html = renderHtml(doc002);
    expect(html).not.toMatch(/\s(style|class|id|bgcolor|width|border)=/i);
    expect(html).not.toMatch(/<(style|script|link|font|col)\b/i);
  });

  it("seed 000, 5.1.1 and seed 002, 5.2: figures with unit and thousands keep non-breaking spaces", () => {
    expect(renderTableHtml(table(doc000, "prognosindikator"))).toContain(
      `<td align="right">-475${NBSP}423${NBSP}tkr</td>`,
    );
    expect(renderTableHtml(table(doc002, "investeringar"))).toContain(
      `<strong>15${NBSP}337</strong>`,
    );
  });

  it("seed 002: numbered headings under the title, in report order", () => {
    const headings = [...renderHtml(doc002).matchAll(/<h(\d)>([^<]*)<\/h\d>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(headings.slice(0, 7)).toEqual([
      "1 Årsredovisning år 2020 – Regionkontoret",
      "2 1 Sammanfattning",
      "2 4 Medarbetare",
      "3 4.1 Personalomsättning",
      "3 4.2 Sjukfrånvaro",
      "2 5 Ekonomi",
      "3 5.1 Ekonomiskt resultat",
    ]);
    expect(headings.at(-1)).toBe("2 6 Verksamhetsmått");
  });

  it("seed 000: narrative as paragraphs and a list, before and after its table", () => {
    const html = renderHtml(withNarrative(doc000, narrative000()));
    expect(html).toContain(
      "<h4>5.1.2 Analys av prognosen</h4>\n<p>Regionkontorets totala prognostiserade avvikelse mot budget är +10,6 mnkr.</p>\n<ul><li>+3,0 mnkr på vakanta tjänster.</li></ul>\n<table>",
    );
    expect(html).toContain(
      "<h4>5.1.3 Prognosförändring sedan föregående rapport</h4>\n<p>Regionkontorets prognos har förändrats med +7 mnkr",
    );
  });

  it("escapes workbook text: markup and template braces appear literally", () => {
    const t = table(doc000, "prognos");
    const hostile = "<img src=x onerror=alert(1)> {#x} \"'&";
    const html = renderHtml({
      ...doc000,
      org: "<b>Org</b>",
      tables: [{ ...t, rows: [[hostile, ...t.rows[0].slice(1)]], kinds: ["data"] }],
    });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("<td>&#60;img src=x onerror=alert(1)&#62; {#x} &#34;&#39;&#38;</td>");
    expect(html).toContain(
      "<title>Uppföljningsrapport 1 januari–april 2021 – &#60;b&#62;Org&#60;/b&#62;</title>",
    );
  });
});
