import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const example = (f: string) => join(__dirname, "..", "..", "examples", f);

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe("npm run report", () => {
  const dir = mkdtempSync(join(tmpdir(), "eko-cli-"));

  it("prints seed 000's tables in report layout and writes the JSON document", async () => {
    const json = join(dir, "r.json");
    const md = join(dir, "r.md");
    const r = await cli([example("uppfoljningsrapport1-2021.xlsx"), "--json", json, "--markdown", md]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Uppföljningsrapport 1 januari–april 2021 – Regionkontoret");
    expect(r.stdout).toContain("Prognos budgetavvikelse    -475 423 tkr   -485 973 tkr     10 550 tkr");
    const doc = JSON.parse(readFileSync(json, "utf8"));
    expect(Object.keys(doc)).toEqual(["version", "type", "typeName", "period", "periodText", "org", "tables", "missing", "checks", "narrative", "sources"]);
    expect(doc.period).toBe("2021-04");
    const t = doc.tables.find((x: { id: string }) => x.id === "resultatrakning");
    expect(Object.keys(t)).toEqual(["id", "section", "title", "unit", "columns", "rows", "kinds", "sources"]);
    expect(t.rows.at(-1)).toEqual(["Totalt", "-134,0", "-154,7", "20,7", "10,6"]);
    expect(t.sources[0]).toEqual(["Resultat!A3:F3"]);
    expect(doc.checks[0]).toEqual({ id: "avrundning", severity: "info", message: expect.any(String), where: ["prognos:Total:Prognos"] });
    expect(readFileSync(md, "utf8")).toContain("| **Totalt** | **-134,0** | **-154,7** | **20,7** | **10,6** |");
  });

  it("lets --type and --period override the workbook and explains tables it can't build", async () => {
    const r = await cli([example("uppfoljningsrapport1-2021.xlsx"), "--type", "arsredovisning", "--period", "2021", "--json", join(dir, "a.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Årsredovisning år 2021 – Regionkontoret");
    expect(r.stdout).toContain("5.1.5 Resultathantering: ingen tabell med begärda överföringar hittades i arbetsboken");
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
    expect(r.stderr).toBe('Fel: --period: "våren" är ingen period; skriv till exempel 2023 (helår) eller 2021-04 (januari–april)\n');
  });

  it("explains its usage when called wrong", async () => {
    expect((await cli([])).code).toBe(2);
    const r = await cli(["x.xlsx", "--typ", "a"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Användning: npm run report");
  });
});
