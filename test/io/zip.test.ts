import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exportDocx } from "../../src/io/docx";
import { ReportDocument } from "../../src/core/report/document";
import { readXlsx } from "../../src/io/stream/read";
import { readWorkbook } from "../../src/io/xlsx";
import { bytesAt, zipDirectory } from "../../src/io/zip";
import { Entry, workbookEntries, zipOf } from "./stream/zipWriter";

/**
 * How a zip's layout is checked against its central directory (src/io/zip.ts): the listed
 * entries must cover the bytes before the directory, so a local entry the directory leaves out
 * is refused, never silently skipped. Nothing here is inflated to find it.
 */
const SHEET = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Förtroendevalda</t></is></c></row></sheetData></worksheet>`;
const hidden: Entry = {
  name: "xl/worksheets/sheet1.xml",
  data: Buffer.from("<worksheet/>"),
  unlisted: true,
};
const HIDDEN =
  "dold.xlsx innehåller en del (xl/worksheets/sheet1.xml) som inte finns i zip-filens innehållsförteckning. Filen läses inte: en sådan fil kan ge ett annat innehåll i andra program, eller vara gjord för att fylla minnet. Spara filen på nytt och försök igen.";

const directory = (bytes: Buffer, name = "dold.xlsx") =>
  zipDirectory(bytesAt(bytes), bytes.length, name);
const sheetsOf = async (bytes: Buffer) =>
  (await readXlsx(bytesAt(bytes), bytes.length, "x.xlsx")).map((s) => [s.name, s.values]);

describe("a local entry the central directory does not list", () => {
  it("is refused before the first listed entry, naming the file and the hidden part", () => {
    expect(() => directory(zipOf([hidden, ...workbookEntries(SHEET)]))).toThrow(HIDDEN);
  });

  it("is refused between two listed entries and after the last", () => {
    const [first, ...rest] = workbookEntries(SHEET);
    expect(() => directory(zipOf([first, hidden, ...rest]))).toThrow(HIDDEN);
    expect(() => directory(zipOf([...workbookEntries(SHEET), hidden]))).toThrow(HIDDEN);
  });

  it("is refused by every reader: in memory (exceljs), streamed, and as a Word template", async () => {
    const bytes = zipOf([...workbookEntries(SHEET), hidden]);
    await expect(readWorkbook(bytes, "dold.xlsx")).rejects.toThrow(HIDDEN);
    await expect(readXlsx(bytesAt(bytes), bytes.length, "dold.xlsx")).rejects.toThrow(HIDDEN);
    const template = zipOf([
      { name: "word/document.xml", data: Buffer.from("<w:document/>") },
      { ...hidden, name: "word/document.xml" },
    ]);
    await expect(
      exportDocx({} as ReportDocument, { template, templateName: "mall.docx" }),
    ).rejects.toThrow(
      /^mall\.docx innehåller en del \(word\/document\.xml\) som inte finns i zip-filens innehållsförteckning\. Filen läses inte/,
    );
  });

  it("two directory records for the same local entry (overlapping entries) are refused", () => {
    const bytes = zipOf(workbookEntries(SHEET));
    // The last central record's local header offset (byte 42) set to the first entry's, 0.
    const last = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0, last + 42);
    expect(() => directory(bytes, "dubbel.xlsx")).toThrow(
      /^dubbel\.xlsx har två delar som överlappar i zip-filen \(\[Content_Types\]\.xml och xl\/worksheets\/sheet1\.xml\)\. Filen läses inte/,
    );
  });
});

describe("layouts that are not refused", () => {
  it("data descriptors after the data, with and without their signature, are part of their entry", async () => {
    // A descriptor's CRC of 0x04034b50 reads as a local header signature: found only if the
    // descriptor were taken for a gap between entries.
    const entries = workbookEntries(SHEET).map((e, i) => ({
      ...e,
      descriptor: { signed: i % 2 === 0, crc: 0x04034b50 },
    }));
    expect(await sheetsOf(zipOf(entries))).toEqual([["Huvudbok", [["Förtroendevalda"]]]]);
  });

  it("bytes between entries that hold no local header are never read, and the workbook reads", async () => {
    const entries = workbookEntries(SHEET).map((e, i) =>
      i ? { ...e, before: Buffer.from("PK\x05 0") } : e,
    );
    expect(await sheetsOf(zipOf(entries))).toEqual([["Huvudbok", [["Förtroendevalda"]]]]);
  });

  it("bytes before the first local header (a self-extracting stub) make the file no workbook", () => {
    const bytes = zipOf(
      workbookEntries(SHEET).map((e, i) => (i ? e : { ...e, before: Buffer.from("MZ") })),
    );
    expect(() => directory(bytes, "stub.xlsx")).toThrow(
      /^stub\.xlsx kan inte läsas som en \.xlsx-fil: filen är ingen Excel-arbetsbok/,
    );
  });

  it("zips as exceljs and LibreOffice write them list every entry they hold", async () => {
    const fixtures = join(__dirname, "..", "fixtures", "libreoffice");
    const calc = readFileSync(join(fixtures, "huvudbok.xlsx"));
    expect((await readWorkbook(calc, "huvudbok.xlsx"))[0].values[1]).toEqual([
      202104,
      "Förtroendevalda",
      4010,
      -1234.5,
    ]);
    expect(directory(readFileSync(join(fixtures, "mall.docx")), "mall.docx").entries).toBe(9);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Huvudbok").addRow(["Förtroendevalda", 1.5]);
    expect((await readWorkbook(await wb.xlsx.writeBuffer(), "exceljs.xlsx"))[0].values).toEqual([
      ["Förtroendevalda", 1.5],
    ]);
  });
});
