import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Layout } from "../../src/core/layout/model";
import { ReportDocument } from "../../src/core/report/document";
import { paragraphs, part, tables } from "../io/docx/helpers";
import { cli } from "./run";

const example = (f: string) => join(__dirname, "..", "..", "examples", f);

/**
 * The round trip a controller makes: write the layout this run uses, edit it into another edition
 * of the annual report (issue 13: 5.1 Årets budgetavvikelse, 5.1.1 Resultaträkning with Utfall,
 * Budget, Budgetavvikelse, 5.1.2 Resultathantering, 5.2.1 Investeringsbudgetavvikelse in mnkr, no
 * development or staff tables) and pass it back: JSON, terminal, Word and HTML all follow it.
 */
describe("--write-layout and --layout", () => {
  const dir = mkdtempSync(join(tmpdir(), "eko-layout-"));
  const file = (f: string) => join(dir, f);
  let doc: ReportDocument;
  let stdout: string;

  beforeAll(async () => {
    const first = await cli([
      example("arsredovisning-2020.xlsx"),
      "--write-layout",
      file("ar.json"),
      "--json",
      file("a.json"),
    ]);
    expect(first.code).toBe(0);
    const l: Layout = JSON.parse(readFileSync(file("ar.json"), "utf8"));
    expect(l.tables.map((t) => `${t.section} ${t.id}`)).toContain("5.1.2 resultatrakning");
    const t = (id: string) => l.tables.find((x) => x.id === id)!;
    l.name = "Årsredovisning för Regionkontoret";
    l.headings = [
      { section: "5", title: "Ekonomi" },
      { section: "5.2", title: "Investeringar" },
    ];
    const dropped = ["kostnadsutveckling", "intaktsutveckling", "personalomsattning"];
    l.tables = l.tables.filter(
      (x) =>
        ![...dropped, "sjukfranvaro", "verksamhetsmatt", "investeringskategorier"].includes(x.id),
    );
    t("resultatindikator").title = "Årets budgetavvikelse";
    t("resultatrakning").section = "5.1.1";
    t("resultatrakning").columns = [
      { id: "uppdrag", heading: "Uppdrag" },
      { id: "ack-utfall", heading: "Utfall" },
      { id: "ack-budget", heading: "Budget" },
      { id: "ack-avvikelse", heading: "Budgetavvikelse" },
    ];
    t("resultathantering").section = "5.1.2";
    Object.assign(t("investeringar"), {
      section: "5.2.1",
      title: "Investeringsbudgetavvikelse",
      unit: "mnkr",
      decimals: 1,
    });
    t("investeringar").columns[0].heading = "Investeringar (mnkr)";
    writeFileSync(file("ar2.json"), JSON.stringify(l, null, 2));

    const second = await cli([
      example("arsredovisning-2020.xlsx"),
      "--layout",
      file("ar2.json"),
      "--json",
      file("b.json"),
      "--html",
      file("b.html"),
      "--docx",
      file("b.docx"),
    ]);
    expect(second.code).toBe(0);
    stdout = second.stdout;
    doc = JSON.parse(readFileSync(file("b.json"), "utf8"));
  });

  it("the JSON document has the edited tables, numbers, titles, headings and unit", () => {
    expect(doc.typeName).toBe("Årsredovisning för Regionkontoret");
    expect(doc.tables.map((t) => `${t.section} ${t.title}`)).toEqual([
      "5.1 Årets budgetavvikelse",
      "5.1.1 Resultaträkning",
      "5.1.2 Resultathantering",
      "5.2.1 Investeringsbudgetavvikelse",
    ]);
    const rr = doc.tables.find((t) => t.id === "resultatrakning")!;
    expect(rr.columns).toEqual(["Uppdrag", "Utfall", "Budget", "Budgetavvikelse"]);
    expect(rr.rows.at(-1)).toEqual(["Totalt", "130,7", "0,0", "130,7"]);
    const inv = doc.tables.find((t) => t.id === "investeringar")!;
    expect(inv.unit).toBe("mnkr");
    // Seed 002's FVIS: 14 940 tkr under budget, now printed in mnkr with one decimal.
    expect(inv.rows.find((r) => r[0] === "FVIS")).toEqual(["FVIS", "14,5", "29,4", "14,9"]);
    expect(inv.figures![2][3]).toMatchObject({ kind: "belopp", unit: "mnkr", decimals: 1 });
    // A check cites the table where the layout puts it.
    expect(doc.checks.map((c) => c.message).join("\n")).toContain(
      '5.1.1 Resultaträkning, kolumn "Budgetavvikelse": de avrundade raderna summerar till 130,6',
    );
  });

  it("the terminal prints the edited layout", () => {
    expect(stdout).toContain("Årsredovisning för Regionkontoret år 2020 – Regionkontoret");
    expect(stdout).toMatch(/5\.2 Investeringar\n\n5\.2\.1 Investeringsbudgetavvikelse\n/);
    expect(stdout).not.toContain("Kostnadsutveckling");
    expect(stdout).not.toContain("Medarbetare");
  });

  it("the HTML follows it", () => {
    const html = readFileSync(file("b.html"), "utf8");
    expect(html).toContain("<h4>5.1.1 Resultaträkning</h4>");
    expect(html).toContain("<h4>5.2.1 Investeringsbudgetavvikelse</h4>");
    expect(html).toContain("<th>Investeringar (mnkr)</th>");
    expect(html).not.toContain("Verksamhetsmått");
  });

  it("the Word document follows it", () => {
    const xml = part(new Uint8Array(readFileSync(file("b.docx"))));
    const headings = paragraphs(xml)
      .filter((p) => /^Heading/.test(p.style))
      .map((p) => p.text);
    expect(headings).toEqual([
      "1 Sammanfattning",
      "5 Ekonomi",
      "5.1 Årets budgetavvikelse",
      "5.1.1 Resultaträkning",
      "5.1.2 Resultathantering",
      "5.2 Investeringar",
      "5.2.1 Investeringsbudgetavvikelse",
    ]);
    const inv = tables(xml).find((t) => t.cells[0][0] === "Investeringar (mnkr)")!;
    expect(inv.cells.find((r) => r[0] === "FVIS")).toEqual(["FVIS", "14,5", "29,4", "14,9"]);
  });

  it("a layout file with a mistake stops the run with its place in the file", async () => {
    const l = JSON.parse(readFileSync(file("ar2.json"), "utf8"));
    l.tables[1].columns[1].heading = "";
    writeFileSync(file("bad.json"), JSON.stringify(l));
    const r = await cli([example("arsredovisning-2020.xlsx"), "--layout", file("bad.json")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `Fel: ${file("bad.json")}, tables[1].columns[1].heading: ska vara en text som inte är tom\n`,
    );
  });
});
