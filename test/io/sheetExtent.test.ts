import { readWorkbook } from "../../src/io/xlsx";
import { workbookEntries, zipOf } from "./stream/zipWriter";

/**
 * The in-memory reader (exceljs) refuses, before exceljs gets the file, a workbook of a few
 * hundred bytes that asks for more cells than memory holds; without the check the merge below
 * kept the CLI busy past two minutes on its way out of memory.
 */
const workbook = (rows: string, merges = "") =>
  zipOf(
    workbookEntries(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`,
    ),
  );
const LABEL = `<c r="A1" t="inlineStr"><is><t>Förtroendevalda</t></is></c>`;

describe("cells a workbook read whole would hold", () => {
  it("a merge over the whole sheet is refused", async () => {
    const bytes = workbook(
      `<row r="1">${LABEL}</row>`,
      `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
    );
    expect(bytes.length).toBeLessThan(2000);
    await expect(readWorkbook(bytes, "liten.xlsx")).rejects.toThrow(
      "liten.xlsx: bladet Huvudbok sammanfogar A1:XFD1048576, och fler än 2 000 000 celler skulle hållas i minnet. Filen läses inte, så att minnet inte tar slut.",
    );
  });

  it("a lone cell at XFD on every row counts the 16 384 cells its row is padded to", async () => {
    const rows = Array.from(
      { length: 200 },
      (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>1</v></c></row>`,
    );
    await expect(readWorkbook(workbook(rows.join("")), "bred.xlsx")).rejects.toThrow(
      "bred.xlsx: bladet Huvudbok når rad 123 med celler ut till kolumn 16 384, och fler än 2 000 000 celler skulle hållas i minnet. Filen läses inte, så att minnet inte tar slut.",
    );
  });

  it("a row beyond Excel's largest sheet is refused", async () => {
    await expect(
      readWorkbook(
        workbook(`<row r="100000000"><c r="A100000000"><v>1</v></c></row>`),
        "lang.xlsx",
      ),
    ).rejects.toThrow(
      "lang.xlsx: bladet Huvudbok har en cell på rad 100 000 000, kolumn 1, utanför Excels största blad (1 048 576 rader, 16 384 kolumner). Filen läses inte.",
    );
  });

  it("an ordinary merge down a column still reads, its label repeated", async () => {
    const sheets = await readWorkbook(
      workbook(
        `<row r="1">${LABEL}</row>`,
        `<mergeCells count="1"><mergeCell ref="A1:A3"/></mergeCells>`,
      ),
      "vanlig.xlsx",
    );
    expect(sheets[0].values).toEqual([
      ["Förtroendevalda"],
      ["Förtroendevalda"],
      ["Förtroendevalda"],
    ]);
  });
});
