import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { FileWorkbook } from "../../../src/io/browser/fileWorkbook";
import { STATE_SHEET } from "../../../src/io/output/port";
import { contains } from "../../../src/io/output/state";
import { writeReport } from "../../../src/io/output/write";
import { readWorkbook } from "../../../src/io/xlsx";
import { freshBlocks } from "../../../src/taskpane/session";

const EXAMPLE = readFileSync(join(__dirname, "../../../examples/uppfoljningsrapport1-2021.xlsx"));

async function runOnce(book: FileWorkbook) {
  const saved = await book.loadState();
  return writeReport(
    book,
    saved ?? { version: 1 },
    freshBlocks({ period: "2021-04" }),
    { mode: "beside" },
    false,
  );
}

/** Every cell of the saved file: its value, number format and font, by "Blad!rad,kolumn". */
async function cellsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (ws.name === STATE_SHEET) continue;
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) =>
        out.set(
          `${ws.name}!${r - 1},${c - 1}`,
          JSON.stringify([cell.value, cell.numFmt ?? null, cell.font ?? null]),
        ),
      ),
    );
  }
  return out;
}

describe.each([
  ["exceljs", undefined],
  ["the zip writer", -1],
])("a workbook opened in the browser, written by %s", (_, inMemoryUpTo) => {
  const open = (data: Uint8Array | Buffer, name: string) =>
    FileWorkbook.open(data, name, undefined, inMemoryUpTo);

  it("gets the report written in, keeps the state in the file, and is updated in place next time", async () => {
    const book = await open(EXAMPLE, "bok.xlsx");
    expect((await runOnce(book)).status).toBe("skrivet");
    const bytes = await book.save();

    const sheets = await readWorkbook(bytes);
    const resultat = sheets.find((s) => s.name === "Resultat")!;
    expect(resultat.values.flat().filter((v) => v === "5.2.1 Resultaträkning")).toHaveLength(1);
    expect(sheets.map((s) => s.name)).toContain(STATE_SHEET);

    // Reopened: the saved state comes back, and a second run changes nothing at all.
    const reopened = await open(bytes, "bok.xlsx");
    const state = await reopened.loadState();
    expect(state?.outputs?.resultatrakning).toBeDefined();
    const again = await runOnce(reopened);
    if (again.status !== "skrivet") throw new Error("skrevs inte");
    expect(again.plan.writes.map((w) => [w.sheet, w.top, w.left])).toEqual(
      Object.values(state!.outputs!).map((o) => [o.sheet, o.top, o.left]),
    );
    expect(await cellsOf(await reopened.save())).toEqual(await cellsOf(bytes));
  });

  it("scenario 2: no cell the report does not fill changes, value, number format or font", async () => {
    // A controller's sheet formatted ahead: empty cells right of the tables (where the report
    // goes) share one style with figures on another sheet. exceljs loads them with one shared
    // style object, so setting a number format on an output cell changed the other sheet too.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(EXAMPLE as unknown as ArrayBuffer);
    const style = { numFmt: "0.000", font: { italic: true, name: "Calibri", size: 11 } };
    for (let r = 1; r <= 60; r++)
      for (let c = 8; c <= 16; c++) wb.getWorksheet("Resultat")!.getCell(r, c).style = style;
    const mine = wb.getWorksheet("Rapport")!.getCell("D1");
    mine.value = 1.5;
    mine.style = style;
    const file = new Uint8Array(await wb.xlsx.writeBuffer());

    const before = await cellsOf(file);
    const book = await open(file, "bok.xlsx");
    const out = await runOnce(book);
    if (out.status !== "skrivet") throw new Error("skrevs inte");
    const after = await cellsOf(await book.save());
    // Every cell in either file: one the write created outside its blocks is a change too
    // (exceljs lists an untouched cell as empty, so absent and empty are the same).
    const empty = JSON.stringify([null, null, null]);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => {
      const [sheet, rc] = key.split("!");
      const [r, c] = rc.split(",").map(Number);
      const ours = out.plan.writes.some((w) => contains(w, sheet, r, c));
      return !ours && (after.get(key) ?? empty) !== (before.get(key) ?? empty);
    });
    expect(changed).toEqual([]);
    expect(out.plan.writes.length).toBeGreaterThan(0);
  });
});
