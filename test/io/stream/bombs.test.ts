import { exportDocx } from "../../../src/io/docx";
import { readXlsx } from "../../../src/io/stream/read";
import { Unpacker } from "../../../src/io/stream/inflate";
import { bytesAt, zipDirectory } from "../../../src/io/zip";
import { ReportDocument } from "../../../src/core/report/document";
import { deflatedZeros } from "./bombFiles";
import { workbookEntries, zipOf } from "./zipWriter";

const MB = 1024 * 1024;

/** 80 MB of zeros: about 80 kB deflated. The five bombs of the issue, whole, are test/cli/bombs.test.ts. */
const zeros = deflatedZeros(80);

const SHEET = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Förtroendevalda</t></is></c></row></sheetData></worksheet>`;

/** A real one-sheet workbook whose sheet part is swapped for the bomb. */
function bombWorkbook(declared: number) {
  return zipOf(
    workbookEntries(SHEET).map((e) =>
      e.name === "xl/worksheets/sheet1.xml" ? { ...e, deflated: zeros, size: declared } : e,
    ),
  );
}

describe("what is read of a zip", () => {
  it("a local entry missing from the central directory is never read: the listed workbook reads as if it were not there", async () => {
    const bytes = zipOf([
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(0), deflated: zeros, unlisted: true },
      ...workbookEntries(SHEET),
    ]);
    const sheets = await readXlsx(bytesAt(bytes), bytes.length, "dold.xlsx");
    expect(sheets.map((s) => [s.name, s.values])).toEqual([["Huvudbok", [["Förtroendevalda"]]]]);
  });

  it("stops inflating as soon as an entry gives more than the size it declares, not at the end of the entry", async () => {
    const bytes = bombWorkbook(1000);
    const zip = new Unpacker(
      bytesAt(bytes),
      zipDirectory(bytesAt(bytes), bytes.length, "b"),
      "b.xlsx",
      { entry: 1024 * MB, total: 1024 * MB, advice: "" },
    );
    let delivered = 0;
    await expect(
      zip.stream(zip.entry("xl/worksheets/sheet1.xml")!, (c) => (delivered += c.length)),
    ).rejects.toThrow(
      "b.xlsx packas upp till mer än zip-filen uppger: delen xl/worksheets/sheet1.xml ger mer än de 1 000 byte som står i dess innehållsförteckning. Filen läses inte, så att minnet inte tar slut.",
    );
    expect(delivered).toBeLessThanOrEqual(1000);
  });

  it("a part whose declared size is over its limit is refused before anything is inflated", async () => {
    const bytes = bombWorkbook(80 * MB);
    const zip = new Unpacker(
      bytesAt(bytes),
      zipDirectory(bytesAt(bytes), bytes.length, "b"),
      "b.xlsx",
      { entry: 1 * MB, total: 4 * MB, advice: "" },
    );
    let delivered = 0;
    await expect(
      zip.stream(zip.entry("xl/worksheets/sheet1.xml")!, (c) => (delivered += c.length)),
    ).rejects.toThrow(
      "delen xl/worksheets/sheet1.xml i b.xlsx packas upp till 80 MB; gränsen för en del är 1 MB.",
    );
    expect(delivered).toBe(0);
  });

  it("a streamed sheet of 80 MB without a tag in it is refused at the scanner's 16 MB, holding no more", async () => {
    const bytes = bombWorkbook(80 * MB);
    await expect(readXlsx(bytesAt(bytes), bytes.length, "nollor.xlsx")).rejects.toThrow(
      "nollor.xlsx kan inte läsas som en .xlsx-fil: delen xl/worksheets/sheet1.xml har en tagg eller text som är längre än 16 MB.",
    );
  });

  it("the browser's Word export refuses the same template bomb, naming the file the pane was given", async () => {
    const template = zipOf([
      { name: "word/document.xml", data: Buffer.alloc(0), deflated: zeros, size: 10 },
    ]);
    await expect(
      exportDocx({} as ReportDocument, {
        template: new Uint8Array(template),
        templateName: "mall.docx",
      }),
    ).rejects.toThrow(
      /^mall\.docx packas upp till mer än zip-filen uppger: delen word\/document\.xml ger mer än de 10 byte/,
    );
  });
});
