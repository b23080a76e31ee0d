import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { exportDocx } from "../../../src/io/docx";
import { readXlsx } from "../../../src/io/stream/read";
import { Unpacker } from "../../../src/io/stream/inflate";
import { bytesAt, zipDirectory } from "../../../src/io/zip";
import { ReportDocument } from "../../../src/core/report/document";
import { cli } from "../../cli/run";
import { workbookEntries, zipOf } from "./zipWriter";

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "eko-bomb-"));

/** 80 MB of zeros deflated once: about 80 kB on disk, a thousand to one. */
const zeros = deflateRawSync(Buffer.alloc(80 * MB), { level: 9 });

const SHEET = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Förtroendevalda</t></is></c></row></sheetData></worksheet>`;

/** A real one-sheet workbook whose sheet part is swapped for the bomb. */
function bombWorkbook(declared: number, options: { count?: number } = {}) {
  return zipOf(
    workbookEntries(SHEET).map((e) =>
      e.name === "xl/worksheets/sheet1.xml" ? { ...e, deflated: zeros, size: declared } : e,
    ),
    options,
  );
}

const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** No stack trace: a refusal is one Swedish line for the controller. */
function refusedCleanly(r: { code: number; stderr: string }, message: RegExp) {
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/Oväntat fel/);
}

describe("zip bombs, built small in code, refused by the CLI with exit 1 and a Swedish message", () => {
  it("honest: a sheet that says it unpacks to 2 GB is refused before anything is inflated", async () => {
    const bomb = bombWorkbook(0x7fffffff);
    expect(bomb.length).toBeLessThan(200_000);
    refusedCleanly(
      await cli([file("arlig.xlsx", bomb)]),
      /^Fel: .*arlig\.xlsx packas upp till 2 048 MB \(största delen xl\/worksheets\/sheet1\.xml, 2 048 MB\); gränsen är 1 536 MB\. Filen läses inte, så att minnet inte tar slut\./,
    );
  });

  it("lying size: a sheet that says 1 kB and inflates to 80 MB is stopped by the count at 48 MB", async () => {
    refusedCleanly(
      await cli([file("ljuger.xlsx", bombWorkbook(1000))]),
      /^Fel: .*ljuger\.xlsx packas upp till mer än 48 MB \(delen xl\/worksheets\/sheet1\.xml gav mer än \d+ MB\); gränsen är 48 MB\. Filen läses inte, så att minnet inte tar slut\./,
    );
  });

  it("short count: a directory that lists one entry more than its end record says is refused", async () => {
    const entries = workbookEntries(SHEET).length;
    refusedCleanly(
      await cli([file("kort.xlsx", bombWorkbook(1000, { count: entries - 1 }))]),
      new RegExp(
        `^Fel: .*kort\\.xlsx kan inte läsas som en \\.xlsx-fil: zip-filens innehållsförteckning säger ${entries - 1} delar men räknar upp ${entries}\\.`,
      ),
    );
  });

  it("template: a .docx template that inflates past 64 MB is refused, naming the template", async () => {
    const template = zipOf([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "word/document.xml", data: Buffer.alloc(0), deflated: zeros, size: 2000 },
    ]);
    const mall = file("mall.docx", template);
    const r = await cli([
      join(__dirname, "..", "..", "..", "examples", "uppfoljningsrapport1-2021.xlsx"),
      "--json",
      join(dir, "ur1.json"),
      "--docx",
      join(dir, "ur1.docx"),
      "--template",
      mall,
    ]);
    refusedCleanly(
      r,
      /Fel: .*mall\.docx packas upp till mer än 64 MB \(delen word\/document\.xml gav mer än \d+ MB\); gränsen är 64 MB\. Filen läses inte, så att minnet inte tar slut\. Använd en mall/,
    );
  });
});

describe("what is read of a zip", () => {
  it("a local entry missing from the central directory is never read: the listed workbook reads as if it were not there", async () => {
    const bytes = zipOf([
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(0), deflated: zeros, unlisted: true },
      ...workbookEntries(SHEET),
    ]);
    const sheets = await readXlsx(bytesAt(bytes), bytes.length, "dold.xlsx");
    expect(sheets.map((s) => [s.name, s.values])).toEqual([["Huvudbok", [["Förtroendevalda"]]]]);
  });

  it("stops inflating as soon as an entry passes its limit, not at the end of the entry", async () => {
    const bytes = bombWorkbook(1000);
    const zip = new Unpacker(
      bytesAt(bytes),
      zipDirectory(bytesAt(bytes), bytes.length, "b"),
      "b.xlsx",
      {
        entry: 1 * MB,
        total: 4 * MB,
        advice: "",
      },
    );
    let delivered = 0;
    await expect(
      zip.stream(zip.entry("xl/worksheets/sheet1.xml")!, (c) => (delivered += c.length)),
    ).rejects.toThrow(
      "delen xl/worksheets/sheet1.xml i b.xlsx packas upp till mer än 1 MB; gränsen för en del är 1 MB.",
    );
    expect(delivered).toBeLessThanOrEqual(1 * MB);
  });

  it("a streamed sheet of 80 MB without a tag in it is refused at the scanner's 16 MB, holding no more", async () => {
    const bytes = bombWorkbook(1000);
    await expect(readXlsx(bytesAt(bytes), bytes.length, "nollor.xlsx")).rejects.toThrow(
      "nollor.xlsx kan inte läsas som en .xlsx-fil: delen xl/worksheets/sheet1.xml har en tagg eller text som är längre än 16 MB.",
    );
  });

  it("the browser's Word export refuses the same template bomb", async () => {
    const template = zipOf([
      { name: "word/document.xml", data: Buffer.alloc(0), deflated: zeros, size: 10 },
    ]);
    await expect(
      exportDocx({} as ReportDocument, { template: new Uint8Array(template) }),
    ).rejects.toThrow(/^mallen packas upp till mer än 64 MB/);
  });
});
