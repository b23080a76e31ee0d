import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Sheet } from "../../../src/core/mapping/grid";
import { readXlsx } from "../../../src/io/stream/read";
import { readWorkbook } from "../../../src/io/xlsx";
import { bytesAt } from "../../../src/io/zip";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");

/** exceljs leaves no format row for a row without cells; the streaming reader gives []. */
const formatsOf = (s: Sheet) => Array.from(s.formats, (row) => row ?? []);

describe("the streaming reader gives the in-memory reader's cells", () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx"));

  it.each(files)("examples/%s: every sheet, value, format and declared table", async (file) => {
    const bytes = readFileSync(join(EXAMPLES, file));
    const whole = await readWorkbook(bytes, file);
    const streamed = await readXlsx(bytesAt(bytes), bytes.length, file);
    expect(streamed.map((s) => s.name)).toEqual(whole.map((s) => s.name));
    streamed.forEach((s, k) => {
      expect(s.values).toEqual(whole[k].values);
      expect(formatsOf(s)).toEqual(formatsOf(whole[k]));
      expect(s.tables).toEqual(whole[k].tables);
    });
  });
});

describe("every kind of cell", () => {
  it("reads numbers, text, rich text, booleans, errors, dates by style, formulas and merges as exceljs does", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blandat & udda");
    ws.addRow(["Förtroendevalda", 1.5, true, { error: "#N/A" }, new Date(Date.UTC(2021, 3, 30))]);
    ws.getCell("E1").numFmt = "yyyy-mm-dd";
    ws.addRow([
      { richText: [{ text: "Hälso- " }, { text: "och sjukvård", font: { bold: true } }] },
      { formula: "B1*2", result: 3 },
      { formula: "A1", result: "Förtroendevalda" },
      { formula: "1/0", result: { error: "#DIV/0!" } },
      { formula: "E1+1", result: new Date(Date.UTC(2021, 4, 1)) },
    ]);
    ws.getCell("E2").numFmt = "d mmm yyyy";
    ws.getCell("B2").numFmt = "0,0%";
    ws.addRow(['a < b & "c"', { formula: "B2+1" }, false, -0.000001, 12345678901234]);
    ws.getCell("A5").value = "Sammanslagen";
    ws.mergeCells("A5:B7");
    ws.getCell("D9").value = "rad 9";
    const tabell = wb.addWorksheet("Tabell");
    tabell.addTable({
      name: "Utfall",
      ref: "B2",
      columns: [{ name: "Uppdrag" }, { name: "Belopp" }],
      rows: [
        ["Tandvård", 10],
        ["Övrigt", -2.5],
      ],
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const whole = await readWorkbook(bytes, "blandat.xlsx");
    const streamed = await readXlsx(bytesAt(bytes), bytes.length, "blandat.xlsx");
    expect(streamed.map((s) => [s.values, formatsOf(s), s.tables])).toEqual(
      whole.map((s) => [s.values, formatsOf(s), s.tables]),
    );
    expect(streamed[0].values[1]).toEqual([
      "Hälso- och sjukvård",
      3,
      "Förtroendevalda",
      { error: "#DIV/0!" },
      new Date(Date.UTC(2021, 4, 1)),
    ]);
    expect(streamed[0].values[2][1]).toEqual({ error: "formel utan sparat resultat" });
    expect(streamed[0].values[5]).toEqual(["Sammanslagen", "Sammanslagen"]);
    expect(streamed[1].tables).toEqual([{ name: "Utfall", top: 1, left: 1, bottom: 3, right: 2 }]);
  });
});
