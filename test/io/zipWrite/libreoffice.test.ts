import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeLedger } from "../../../scripts/bench/ledger";
import { FileWorkbook } from "../../../src/io/browser/fileWorkbook";
import { readSheets } from "../../../src/io/browser/readProtocol";
import { PlannedWrite } from "../../../src/io/output/place";
import { writeReport } from "../../../src/io/output/write";
import { WorkbookEdits, writeIntoZip } from "../../../src/io/zipWrite";
import { freshBlocks } from "../../../src/taskpane/session";
import { describeIfInstalled } from "../../needs";

/**
 * Workbooks written at zip level open in a real spreadsheet program: LibreOffice Calc converts
 * them to CSV (every sheet, values as stored) and the cells are where the plan put them, the
 * ledger's beside them as they were. CI installs Calc (.ci/run); elsewhere without it the suite
 * is skipped.
 */
const calc =
  spawnSync("soffice", ["--version"], { timeout: 60_000 }).status === 0 &&
  existsSync("/usr/lib/libreoffice/program/libsclo.so");
const suite = describeIfInstalled(
  calc,
  "LibreOffice-provet av zip-skrivaren",
  "LibreOffice Calc (apt-get install libreoffice-calc-nogui)",
);

/** Every sheet of each file as CSV, UTF-8, values as stored (LibreOffice's CSV filter options). */
function toCsv(dir: string, files: string[]): void {
  const convert = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profil")}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      dir,
      ...files.map((f) => join(dir, f)),
    ],
    { timeout: 120_000, encoding: "utf8" },
  );
  if (convert.status !== 0)
    throw new Error(`soffice kunde inte konvertera (status ${convert.status}): ${convert.stderr}`);
}

/** RFC 4180: fields separated by commas, quoted with doubled quotes inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[i++];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === "," || ch === "\n") {
      row.push(field);
      field = "";
      if (ch === "\n") {
        rows.push(row);
        row = [];
      }
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const csvOf = (dir: string, file: string, sheet: string) =>
  parseCsv(readFileSync(join(dir, `${file.replace(/\.xlsx$/, "")}-${sheet}.csv`), "utf8"));

suite("LibreOffice opens what the zip writer wrote", () => {
  const dir = mkdtempSync(join(tmpdir(), "eko-calc-"));
  let writes: PlannedWrite[];
  beforeAll(async () => {
    if (!calc)
      throw new Error(
        "LibreOffice Calc saknas; i CI installerar .ci/run libreoffice-calc-nogui, och testet får inte hoppas över där",
      );
    await writeLedger(join(dir, "huvudbok.xlsx"), 2000);
    const book = await FileWorkbook.open(
      readFileSync(join(dir, "huvudbok.xlsx")),
      "huvudbok.xlsx",
      undefined,
      -1,
    );
    const out = await writeReport(
      book,
      { version: 1 },
      freshBlocks({ period: "2023-04" }),
      { mode: "beside" },
      false,
    );
    if (out.status !== "skrivet") throw new Error("skrevs inte");
    writes = out.plan.writes;
    writeFileSync(join(dir, "med-rapport.xlsx"), await book.save());

    // A file LibreOffice wrote itself, with a data descriptor after every part's data.
    const fixture = readFileSync(join(__dirname, "../../fixtures/libreoffice/huvudbok.xlsx"));
    const edits = new WorkbookEdits();
    edits.set("huvudbok", 0, 5, { value: "Anteckning", format: "@", bold: true });
    edits.set("Rapport", 1, 1, { value: -1234.5, format: "#,##0.0" });
    writeFileSync(
      join(dir, "libreoffice.xlsx"),
      await writeIntoZip(new Uint8Array(fixture), "libreoffice.xlsx", edits),
    );
    toCsv(dir, ["huvudbok.xlsx", "med-rapport.xlsx", "libreoffice.xlsx"]);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("shows every written cell where the plan put it, and the ledger's cells as they were", () => {
    const before = csvOf(dir, "huvudbok.xlsx", "Huvudbok");
    const after = csvOf(dir, "med-rapport.xlsx", "Huvudbok");
    expect(after.map((r) => r.slice(0, 5))).toEqual(before.map((r) => r.slice(0, 5)));
    expect(before.length).toBe(2001);
    let cells = 0;
    for (const w of writes)
      w.block.values.forEach((row, r) =>
        row.forEach((v, c) => {
          // Calc writes a percentage as shown even among values as stored.
          const percent = /^0(\.(0+))?%$/.exec(w.block.formats[r][c]);
          const shown =
            percent && typeof v === "number"
              ? `${(v * 100).toFixed(percent[2]?.length ?? 0)}%`
              : String(v);
          expect(after[w.top + r][w.left + c]).toBe(shown);
          cells++;
        }),
      );
    expect(cells).toBeGreaterThan(100);
    expect(after[0][6]).toBe("1 Sammanfattning");
  });

  it("keeps the state on a sheet of its own, readable as text", () => {
    const state = csvOf(dir, "med-rapport.xlsx", "Ekonomirapport_inställningar");
    expect(JSON.parse(state[0][0]).outputs.resultatrakning.sheet).toBe("Huvudbok");
  });

  it("writes into a file LibreOffice wrote (data descriptors), which LibreOffice, exceljs and our reader then open", async () => {
    expect(csvOf(dir, "libreoffice.xlsx", "huvudbok")[0]).toEqual([
      "Period",
      "Uppdrag",
      "Konto",
      "Utfall (kr)",
      "",
      "Anteckning",
    ]);
    expect(csvOf(dir, "libreoffice.xlsx", "Rapport")[1]).toEqual(["", "-1234.5"]);
    const bytes = readFileSync(join(dir, "libreoffice.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const cell = wb.getWorksheet("huvudbok")!.getCell("F1");
    expect([cell.value, cell.numFmt, cell.font?.bold]).toEqual(["Anteckning", "@", true]);
    expect(wb.getWorksheet("Rapport")!.getCell("B2").numFmt).toBe("#,##0.0");
    const read = await readSheets(new Uint8Array(bytes), "libreoffice.xlsx");
    expect(read.sheets.map((s) => s.values)).toEqual([
      [
        ["Period", "Uppdrag", "Konto", "Utfall (kr)", null, "Anteckning"],
        [202104, "Förtroendevalda", 4010, -1234.5],
        [202104, "Hälso- och sjukvård", 3010, 2000],
      ],
      [[], [null, -1234.5]],
    ]);
  });
});
