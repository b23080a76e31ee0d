import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { deflateRawSync } from "node:zlib";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { runReport } from "../../src/core/pipeline";
import { readWorkbook } from "../../src/io/xlsx";
import { readWorkbookStreaming } from "../../src/io/xlsxStream";
import { bytesAt, zipDirectory } from "../../src/io/zip";

const example = readFileSync(
  join(__dirname, "..", "..", "examples", "uppfoljningsrapport1-2021.xlsx"),
);
const dir = mkdtempSync(join(tmpdir(), "eko-bad-"));

describe("files that are not a readable workbook", () => {
  it("says an OLE container is password-protected or an old .xls", async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(4096),
    ]);
    await expect(readWorkbook(ole, "budget.xlsx")).rejects.toThrow(
      "budget.xlsx kan inte läsas som en .xlsx-fil: den är lösenordsskyddad eller i gammalt .xls-format. Ta bort lösenordet, eller spara den som Excel-arbetsbok (.xlsx), och försök igen.",
    );
  });

  it("says a text file is no workbook", async () => {
    await expect(
      readWorkbook(Buffer.from("Period;Uppdrag;Utfall\n202104;Hälsa;-1\n"), "export.csv"),
    ).rejects.toThrow(
      /^export\.csv kan inte läsas som en \.xlsx-fil: filen är ingen Excel-arbetsbok/,
    );
  });

  it("says a zip cut short is truncated", async () => {
    await expect(
      readWorkbook(example.subarray(0, Math.floor(example.length * 0.7)), "halv.xlsx"),
    ).rejects.toThrow(/^halv\.xlsx kan inte läsas som en \.xlsx-fil: filen är avkortad/);
  });
});

describe("size limits, checked before anything is unpacked", () => {
  it("reads the zip directory's sizes without inflating", () => {
    const zip = new PizZip(example);
    const inflated = Object.values(zip.files).reduce(
      (s, f) => s + (f.dir ? 0 : f.asUint8Array().length),
      0,
    );
    const d = zipDirectory(bytesAt(example), example.length, "x");
    expect([d.entries, d.unpacked]).toEqual([Object.keys(zip.files).length, inflated]);
  });

  it("refuses a sheet that declares 2 GB", async () => {
    const patched = Buffer.from(example);
    const cd = patched.lastIndexOf(Buffer.from("xl/worksheets/sheet1.xml")) - 46;
    expect(patched.readUInt32LE(cd)).toBe(0x02014b50);
    patched.writeUInt32LE(0x7fffffff, cd + 24);
    await expect(readWorkbook(patched, "stor.xlsx")).rejects.toThrow(
      /^stor\.xlsx packas upp till 2 048 MB \(största delen xl\/worksheets\/sheet1\.xml, 2 048 MB\); gränsen är 48 MB\./,
    );
  });

  it("refuses a zip bomb: 64 MB of zeros packed into 64 kB (a thousand to one)", async () => {
    const bomb = zipOf(
      "xl/worksheets/sheet1.xml",
      deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }),
      64 * 1024 * 1024,
    );
    expect(bomb.length).toBeLessThan(100_000);
    await expect(readWorkbook(bomb, "bomb.xlsx")).rejects.toThrow(
      /^bomb\.xlsx packas upp till 64 MB .*gränsen är 48 MB/,
    );
  });
});

/** A one-entry zip as any zip tool writes it (APPNOTE 4.3.7, 4.3.12, 4.3.16); the CRC is not checked before unpacking. */
function zipOf(name: string, deflated: Buffer, size: number): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length + deflated.length, 16);
  return Buffer.concat([local, n, deflated, central, n, end]);
}

describe("merged cells", () => {
  it("reads a caption merged across the table as one caption, not as headers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Resultat");
    ws.getCell("A1").value = "Resultat per uppdrag, belopp i tkr";
    ws.mergeCells("A1:C1");
    ws.addRow(["Uppdrag", "Prognos", "Årsbudget"]);
    ws.addRow(["Vård", -100, -90]);
    ws.getCell("A4").value = "Skola";
    ws.mergeCells("A4:A5");
    ws.getCell("B4").value = -10;
    ws.getCell("B5").value = -20;
    ws.getCell("C4").value = -40;
    const sheets = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheets[0].values.slice(0, 2)).toEqual([
      ["Resultat per uppdrag, belopp i tkr"],
      ["Uppdrag", "Prognos", "Årsbudget"],
    ]);
    // Down a column the merged label repeats, so the second Skola row keeps its name.
    expect(sheets[0].values[4]).toEqual(["Skola", -20]);
    const run = runReport(sheets, { period: "2021-04" });
    expect(run.mappings.find((m) => m.kind === "uppdrag")).toMatchObject({
      table: "Resultat!A2",
      unit: "tkr",
      unitFrom: "rubrik ovanför",
    });
  });
});

describe("a ledger read streaming", () => {
  /** Settings and a caption above the header, a blank row, subtotals and an error value inside. */
  async function ledgerFile(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Huvudbok 2021");
    ws.addRow(["Period", "2021-04"]);
    ws.addRow([]);
    ws.addRow(["Export från ekonomisystemet, kr"]);
    ws.addRow(["Period", "Uppdrag", "Konto", "Utfall", "Budget"]);
    for (let i = 0; i < 120; i++) {
      if (i === 60) ws.addRow([]);
      const period = (i % 2 ? 2020 : 2021) * 100 + (i % 12) + 1;
      ws.addRow([
        period,
        `Uppdrag ${i % 3}`,
        i % 4 ? "4010" : "3010",
        i % 4 ? -(i * 101.01) : i * 7.5,
        i % 5 ? null : -1000,
      ]);
    }
    ws.addRow([null, "Summa", null, 1, null]);
    ws.addRow([202104, "Uppdrag 1", "4010", { error: "#N/A" }, -5]);
    const file = join(dir, "huvudbok.xlsx");
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    return file;
  }

  it("gives the same report as reading the workbook whole, holding only the rows above the header", async () => {
    const file = await ledgerFile();
    const streamed = await readWorkbookStreaming(file, "huvudbok.xlsx");
    expect(streamed[0].values).toEqual([
      ["Period", "2021-04"],
      [],
      ["Export från ekonomisystemet, kr"],
    ]);
    expect(
      streamed[0].streamed?.map((t) => [t.id, t.rows.length, t.ledger?.aggregator.rows]),
    ).toEqual([["'Huvudbok 2021'!A4", 0, 121]]);

    const whole = runReport(await readWorkbook(readFileSync(file), "huvudbok.xlsx"));
    const viaStream = runReport(streamed);
    expect(viaStream.report.tables).toEqual(whole.report.tables);
    expect(viaStream.report.checks).toEqual(whole.report.checks);
    expect(viaStream.report.checks.map((c) => c.where[0])).toEqual(
      expect.arrayContaining(["'Huvudbok 2021'!D127", "'Huvudbok 2021'!D126"]),
    );
  });

  it("refuses a truncated file with the same message as the whole read", async () => {
    const file = join(dir, "kort.xlsx");
    writeFileSync(file, example.subarray(0, 5000));
    await expect(readWorkbookStreaming(file, "kort.xlsx")).rejects.toThrow(
      /^kort\.xlsx kan inte läsas som en \.xlsx-fil: filen är avkortad/,
    );
  });
});

describe("cells held while streaming", () => {
  it("refuses a sheet that is no ledger once it holds more cells than the limit, naming sheet and row", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Anteckningar");
    for (let r = 0; r < 30; r++) ws.addRow(["rad", r, "text", r * 2]);
    const file = join(dir, "manga-celler.xlsx");
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    await expect(readWorkbookStreaming(file, "manga-celler.xlsx", undefined, 100)).rejects.toThrow(
      "manga-celler.xlsx: bladet Anteckningar har fler än 100 celler utanför en huvudbok (rad 26). Filen läses inte, så att minnet inte tar slut.",
    );
  });
});
