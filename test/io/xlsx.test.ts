import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/io/xlsx";

async function workbook(build: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Blad 1"));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("readWorkbook", () => {
  it("reads each kind of cell deliberately", async () => {
    const data = await workbook((ws) => {
      ws.getCell("A1").value = 12.5;
      ws.getCell("B1").value = "-1 234,5";
      ws.getCell("C1").value = { formula: "A1*2", result: 25 };
      ws.getCell("D1").value = { formula: "A1*3" } as ExcelJS.CellFormulaValue;
      ws.getCell("E1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("F1").value = { richText: [{ text: "Ack. " }, { text: "utfall" }] };
      ws.getCell("G1").value = 0.0904;
      ws.getCell("G1").numFmt = "0.00%";
    });
    const [sheet] = await readWorkbook(data);
    expect(sheet.name).toBe("Blad 1");
    expect(sheet.values[0]).toEqual([
      12.5,
      "-1 234,5",
      25,
      { error: "formel utan sparat resultat" },
      { error: "#N/A" },
      "Ack. utfall",
      0.0904,
    ]);
    expect(sheet.formats[0][6]).toBe("0.00%");
    expect(sheet.formats[0][0]).toBeUndefined();
  });

  it("finds Excel tables with their range", async () => {
    const data = await workbook((ws) => {
      ws.addTable({
        name: "Prognos",
        ref: "B3",
        headerRow: true,
        columns: [{ name: "Uppdrag" }, { name: "Prognos" }],
        rows: [
          ["A", 1],
          ["B", 2],
        ],
      });
    });
    const [sheet] = await readWorkbook(data);
    expect(sheet.tables).toEqual([{ name: "Prognos", top: 2, left: 1, bottom: 4, right: 2 }]);
  });

  it("refuses what is not an .xlsx with a Swedish message", async () => {
    await expect(readWorkbook(Buffer.from("PK nope"), "budget.xlsx")).rejects.toThrow(
      /^budget\.xlsx kan inte läsas som en \.xlsx-fil/,
    );
  });
});
