import { exportDocx } from "../../../src/io/docx";
import { readXlsx } from "../../../src/io/stream/read";
import { Unpacker } from "../../../src/io/stream/inflate";
import { bytesAt, WORKBOOK, zipDirectory } from "../../../src/io/zip";
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
  it("a local entry missing from the central directory is refused before anything is inflated, not read past", async () => {
    const bytes = zipOf([
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(0), deflated: zeros, unlisted: true },
      ...workbookEntries(SHEET),
    ]);
    await expect(readXlsx(bytesAt(bytes), bytes.length, "dold.xlsx")).rejects.toThrow(
      /^dold\.xlsx innehåller en del \(xl\/worksheets\/sheet1\.xml\) som inte finns i zip-filens innehållsförteckning\. Filen läses inte/,
    );
  });

  it("stops inflating as soon as an entry gives more than the size it declares, not at the end of the entry", async () => {
    const bytes = bombWorkbook(1000);
    const zip = new Unpacker(
      bytesAt(bytes),
      zipDirectory(bytesAt(bytes), bytes.length, "b"),
      "b.xlsx",
      { entry: 1024 * MB, total: 1024 * MB, advice: "", kind: WORKBOOK },
    );
    let delivered = 0;
    await expect(
      zip.stream(zip.entry("xl/worksheets/sheet1.xml")!, (c) => (delivered += c.length)),
    ).rejects.toThrow(
      "b.xlsx packas upp till mer än zip-filen uppger: delen xl/worksheets/sheet1.xml ger mer än de 1 000 byte som står i dess innehållsförteckning. Filen läses inte, så att minnet inte tar slut.",
    );
    expect(delivered).toBeLessThanOrEqual(1000);
  });

  it("checkAll inflates only the entries not inflated yet, so a scan before it is not counted twice", async () => {
    const bytes = zipOf(workbookEntries(SHEET));
    const dir = zipDirectory(bytesAt(bytes), bytes.length, "b");
    // The whole workbook's size as the limit: one entry inflated twice would pass it.
    const zip = new Unpacker(bytesAt(bytes), dir, "b.xlsx", {
      entry: dir.unpacked,
      total: dir.unpacked,
      advice: "",
      kind: WORKBOOK,
    });
    await zip.stream(zip.entry("xl/worksheets/sheet1.xml")!, () => {});
    await expect(zip.checkAll()).resolves.toBeUndefined();
    await expect(zip.stream(zip.entry("xl/worksheets/sheet1.xml")!, () => {})).rejects.toThrow(
      /^b\.xlsx packas upp till mer än/,
    );
  });

  it("a part whose declared size is over its limit is refused before anything is inflated", async () => {
    const bytes = bombWorkbook(80 * MB);
    const zip = new Unpacker(
      bytesAt(bytes),
      zipDirectory(bytesAt(bytes), bytes.length, "b"),
      "b.xlsx",
      { entry: 1 * MB, total: 4 * MB, advice: "", kind: WORKBOOK },
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

describe("what a few hundred bytes of sheet may ask the streaming reader to hold", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const read = (sheetData: string, after = "", heldCells?: number) => {
    const bytes = zipOf(
      workbookEntries(
        `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`,
      ),
    );
    expect(bytes.length).toBeLessThan(2000);
    return readXlsx(bytesAt(bytes), bytes.length, "liten.xlsx", { heldCells });
  };

  it("a row below Excel's last (1 048 576) is refused, not padded out with a hundred million empty rows", async () => {
    await expect(read(`<row r="100000000"><c r="A100000000"><v>1</v></c></row>`)).rejects.toThrow(
      "liten.xlsx: bladet Huvudbok har en cell på rad 100 000 000, kolumn 1, utanför Excels största blad (1 048 576 rader, 16 384 kolumner). Filen läses inte.",
    );
    await expect(read(`<row r="1048577"/>`)).rejects.toThrow(/rad 1 048 577, kolumn 1, utanför/);
  });

  it("a column beyond XFD is refused before its row is padded out to it", async () => {
    await expect(read(`<row r="1"><c r="XFE1"><v>1</v></c></row>`)).rejects.toThrow(
      /liten\.xlsx: bladet Huvudbok har en cell på rad 1, kolumn 16 385, utanför Excels största blad/,
    );
  });

  it("a lone cell at XFD on every row counts the 16 384 cells its row holds", async () => {
    const rows = Array.from({ length: 10 }, (_, r) => `<row><c r="XFD${r + 1}"><v>1</v></c></row>`);
    await expect(read(rows.join(""), "", 100_000)).rejects.toThrow(
      "liten.xlsx: bladet Huvudbok har fler än 100 000 celler utanför en huvudbok (rad 7). Filen läses inte, så att minnet inte tar slut.",
    );
  });

  it("a merge over the whole sheet is refused before a cell of it is filled", async () => {
    await expect(
      read(
        `<row r="1"><c r="A1"><v>1</v></c></row>`,
        `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
      ),
    ).rejects.toThrow(
      "liten.xlsx: bladet Huvudbok sammanfogar A1:XFD1048576, och fler än 2 000 000 celler utanför en huvudbok skulle hållas i minnet. Filen läses inte, så att minnet inte tar slut.",
    );
  });

  it("a merge down a column still repeats its label (the count leaves ordinary merges alone)", async () => {
    const [sheet] = await read(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Förtroendevalda</t></is></c></row>`,
      `<mergeCells count="1"><mergeCell ref="A1:A3"/></mergeCells>`,
    );
    expect(sheet.values).toEqual([["Förtroendevalda"], ["Förtroendevalda"], ["Förtroendevalda"]]);
  });
});
