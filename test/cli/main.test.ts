import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSourceMap } from "../../src/io/docx";
import { makeTemplate, paragraphs, part } from "../io/docx/helpers";

const example = (f: string) => join(__dirname, "..", "..", "examples", f);

import { cli } from "./run";

describe("npm run report", () => {
  const dir = mkdtempSync(join(tmpdir(), "eko-cli-"));

  it("prints seed 000's tables in report layout and writes the JSON document", async () => {
    const json = join(dir, "r.json");
    const md = join(dir, "r.md");
    const r = await cli([
      example("uppfoljningsrapport1-2021.xlsx"),
      "--json",
      json,
      "--markdown",
      md,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Uppföljningsrapport 1 januari–april 2021 – Regionkontoret");
    expect(r.stdout).toContain(
      "Prognos budgetavvikelse    -475 423 tkr   -485 973 tkr     10 550 tkr",
    );
    const doc = JSON.parse(readFileSync(json, "utf8"));
    expect(Object.keys(doc)).toEqual([
      "version",
      "type",
      "typeName",
      "period",
      "periodText",
      "org",
      "tables",
      "missing",
      "checks",
      "narrative",
      "headings",
      "reconciliation",
      "sources",
    ]);
    expect(doc.period).toBe("2021-04");
    // Every source accounted for, one line each; seed 000's summary has its own total row.
    expect(r.stdout).toContain(
      "Resultat!A2: 5 rader lästa, 4 används, 1 utelämnade (1 summarad); ack. utfall -134 010 010,30 kr = rapportens total",
    );
    expect(doc.reconciliation[0]).toEqual({
      source: "Resultat!A2",
      kind: "uppdrag",
      rowsRead: 5,
      rowsUsed: 4,
      excluded: { summarad: 1 },
      sums: expect.arrayContaining([
        {
          figure: "uppdrag.ackUtfall",
          label: "ack. utfall",
          used: -13401001030,
          report: -13401001030,
        },
      ]),
    });
    const t = doc.tables.find((x: { id: string }) => x.id === "resultatrakning");
    expect(Object.keys(t)).toEqual([
      "id",
      "section",
      "title",
      "unit",
      "columns",
      "columnIds",
      "rows",
      "figures",
      "kinds",
      "sources",
    ]);
    expect(t.rows.at(-1)).toEqual(["Totalt", "-134,0", "-154,7", "20,7", "10,6"]);
    expect(t.sources[0]).toEqual(["Resultat!A3:F3"]);
    expect(doc.checks[0]).toEqual({
      id: "avrundning",
      severity: "info",
      message: expect.any(String),
      where: ["prognos:Total:Prognos"],
    });
    expect(readFileSync(md, "utf8")).toContain(
      "| **Totalt** | **-134,0** | **-154,7** | **20,7** | **10,6** |",
    );
  });

  it("lets --type and --period override the workbook and explains tables it can't build", async () => {
    const r = await cli([
      example("uppfoljningsrapport1-2021.xlsx"),
      "--type",
      "arsredovisning",
      "--period",
      "2021",
      "--json",
      join(dir, "a.json"),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Årsredovisning år 2021 – Regionkontoret");
    expect(r.stdout).toContain(
      "5.1.5 Resultathantering\n\nTabellen kunde inte tas fram: ingen tabell med begärda överföringar hittades i arbetsboken",
    );
    // The table the data cannot make is a check of its own, in the terminal and the JSON.
    const check =
      "5.1.5 Resultathantering kan inte tas fram: ingen tabell med begärda överföringar hittades i arbetsboken. Den lämnas utanför Word-dokumentet.";
    expect(r.stdout).toContain(`  [VARNING] ${check}\n`);
    const doc = JSON.parse(readFileSync(join(dir, "a.json"), "utf8"));
    expect(doc.checks).toContainEqual({
      id: "tabell-saknas",
      severity: "varning",
      message: check,
      where: ["resultathantering"],
    });
  });

  it("refuses a file that is not a workbook with a Swedish message and no stack trace", async () => {
    const bad = join(dir, "inte.xlsx");
    writeFileSync(bad, "det här är ingen arbetsbok");
    const r = await cli([bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Fel: .*inte\.xlsx kan inte läsas som en \.xlsx-fil/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a period that is not one", async () => {
    const r = await cli([example("uppfoljningsrapport1-2021.xlsx"), "--period", "våren"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Fel: --period: "våren" är ingen period; skriv till exempel 2023 (helår) eller 2021-04 (januari–april)\n',
    );
  });

  it("explains its usage when called wrong", async () => {
    expect((await cli([])).code).toBe(2);
    const r = await cli(["x.xlsx", "--typ", "a"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Användning: npm run report");
  });

  it("writes seed 002 as Word (built-in template), its source map beside it, and HTML", async () => {
    const docx = join(dir, "ar.docx");
    const html = join(dir, "ar.html");
    const r = await cli([
      example("arsredovisning-2020.xlsx"),
      "--json",
      join(dir, "ar.json"),
      "--docx",
      docx,
      "--html",
      html,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Word-dokument skrivet till ${docx} (källor i ${docx}.json)`);
    const bytes = new Uint8Array(readFileSync(docx));
    expect(
      paragraphs(part(bytes)).some(
        (p) => p.style === "Heading3" && p.text === "5.1.2 Resultaträkning",
      ),
    ).toBe(true);
    expect(JSON.parse(readFileSync(`${docx}.json`, "utf8"))).toEqual(readSourceMap(bytes));
    expect(readFileSync(html, "utf8")).toContain("<h4>5.1.2 Resultaträkning</h4>");
  });

  it("fills the organisation's template given with --template, and names its misspelt placeholders", async () => {
    const good = join(dir, "mall.docx");
    writeFileSync(good, await makeTemplate(["Avvikelse {belopp:resultatindikator.avvikelse}"]));
    const out = join(dir, "ur1.docx");
    expect(
      (
        await cli([
          example("uppfoljningsrapport1-2021.xlsx"),
          "--json",
          join(dir, "u.json"),
          "--docx",
          out,
          "--template",
          good,
        ])
      ).code,
    ).toBe(0);
    expect(paragraphs(part(new Uint8Array(readFileSync(out))))[0].text).toBe(
      "Avvikelse 20\u00a0694\u00a0tkr",
    );

    const bad = join(dir, "fel.docx");
    writeFileSync(bad, await makeTemplate(["{belopp:resultatindikator.avvikelsen}"]));
    const r = await cli([
      example("uppfoljningsrapport1-2021.xlsx"),
      "--json",
      join(dir, "u.json"),
      "--docx",
      join(dir, "x.docx"),
      "--template",
      bad,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^Fel: mallen har platshållare som inte kan fyllas:\n {2}\{belopp:resultatindikator\.avvikelsen\}: kolumnen "avvikelsen" finns inte/,
    );
  });

  it("wants --docx with --template, and says so when the template file is missing", async () => {
    const r = await cli([example("uppfoljningsrapport1-2021.xlsx"), "--template", "mall.docx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--template kräver --docx UT.docx.");
    const m = await cli([
      example("uppfoljningsrapport1-2021.xlsx"),
      "--json",
      join(dir, "u.json"),
      "--docx",
      join(dir, "y.docx"),
      "--template",
      join(dir, "finns-inte.docx"),
    ]);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain("mallen");
    expect(m.stderr).toContain("finns-inte.docx finns inte eller kan inte läsas");
  });
});
