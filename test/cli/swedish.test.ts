import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { part } from "../io/docx/helpers";
import { cli } from "./run";

/** The CLI speaks Swedish to the end (issue 17): usage errors, missing files, nothing usable. */
const dir = mkdtempSync(join(tmpdir(), "eko-cli-sv-"));
const example = join(__dirname, "..", "..", "examples", "uppfoljningsrapport1-2021.xlsx");

async function workbook(file: string, rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Blad1");
  rows.forEach((r) => ws.addRow(r));
  const path = join(dir, file);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("the command line in Swedish", () => {
  it("names an unknown flag and shows the usage, exit 2", async () => {
    const r = await cli([example, "--perid", "2021-04"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Fel: okänd flagga --perid\.\n\nAnvändning: npm run report/);
    expect(r.stderr).not.toMatch(/Unknown option/);
  });

  it("says a flag needs a value, with an example", async () => {
    const r = await cli([example, "--period"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Fel: --period behöver ett värde, t\.ex\. --period 2021-04\.\n/);
  });

  it("prints the usage for --help, exit 0", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Användning: npm run report -- FIL\.xlsx/);
  });

  it("says a missing mapping file does not exist, not that it is bad JSON", async () => {
    const missing = join(dir, "mappning.json");
    const r = await cli([example, "--mapping", missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Fel: mappningsfilen ${missing} finns inte\n`);
  });

  it("exits 1 on an empty workbook", async () => {
    const r = await cli([await workbook("tom.xlsx", []), "--period", "2021"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "Fel: arbetsboken har inga tabeller med rubriker som rapporten kan läsa (--mapping M.json, se docs/mapping.md).\n",
    );
  });

  it("exits 1 on a workbook with nothing the report can use, naming what it read", async () => {
    const file = await workbook("telefon.xlsx", [
      ["Namn", "Telefon"],
      ["Anna", "070-123"],
    ]);
    const r = await cli([file, "--period", "2021"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "Fel: ingen tabell i arbetsboken kunde kopplas till rapportens tabeller. Tabeller som lästes: Blad1!A1 (Namn, Telefon).",
    );
  });

  it("names the file in every cell reference when given several workbooks", async () => {
    const a = join(dir, "ur1.xlsx");
    copyFileSync(example, a);
    const b = await workbook("personal.xlsx", [
      ["Indikator", "Utfall", "Målvärde"],
      ["Sjukfrånvaro", "abc", "5%"],
    ]);
    const json = join(dir, "tva.json");
    const r = await cli([a, b, "--json", json]);
    expect(r.code).toBe(0);
    const refs = (readFileSync(json, "utf8") + r.stdout).match(/[^\s"(]*![A-Z]+\d+/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((ref) => !/^'\[(ur1|personal)\.xlsx\]/.test(ref))).toEqual([]);
    expect(r.stdout).toContain("'[personal.xlsx]Blad1'!");
  });

  it("still finds a mapped table by its one-workbook name when several are given", async () => {
    const a = join(dir, "ur1b.xlsx");
    copyFileSync(example, a);
    const b = await workbook("annat.xlsx", [
      ["Namn", "Telefon"],
      ["Anna", "070-123"],
    ]);
    const mapping = join(dir, "m.json");
    writeFileSync(
      mapping,
      JSON.stringify({ version: 1, sources: [{ kind: "uppdrag", table: "Blad1!A1" }] }),
    );
    const r = await cli([a, b, "--mapping", mapping, "--json", join(dir, "m-out.json")]);
    expect(r.stdout + r.stderr).not.toContain('pekar på tabellen "Blad1!A1", som inte finns');
    expect(r.stdout).toContain("'[annat.xlsx]Blad1'!A1");
  });
});

describe("the README's --template example", () => {
  it("fills examples/mall-uppfoljningsrapport.docx from the seed 000 workbook (5.1.2 total -475,4 mnkr)", async () => {
    const docx = join(dir, "ur1.docx");
    const r = await cli([
      example,
      "--json",
      join(dir, "mall.json"),
      "--docx",
      docx,
      "--template",
      join(__dirname, "..", "..", "examples", "mall-uppfoljningsrapport.docx"),
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const text = part(readFileSync(docx));
    const has = (s: string) => text.includes(s);
    expect(has("Prognosen för helåret är 10\u00a0550\u00a0tkr mot budget")).toBe(true);
    expect(has("-475,4")).toBe(true);
    expect(/\{(tabell|text|belopp|rubrik):/.test(text)).toBe(false);
  });
});
