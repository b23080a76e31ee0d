import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { FileWorkbook } from "../../../src/io/browser/fileWorkbook";
import { Target } from "../../../src/io/output/state";
import { writeReport } from "../../../src/io/output/write";
import { readWorkbook } from "../../../src/io/xlsx";
import { freshBlocks } from "../../../src/taskpane/session";

const EXAMPLE = readFileSync(join(__dirname, "../../../examples/uppfoljningsrapport1-2021.xlsx"));

/** The example workbook with the report written in, by exceljs (`inMemoryUpTo` undefined) or at zip level (-1). */
async function written(target: Target, inMemoryUpTo?: number) {
  const book = await FileWorkbook.open(EXAMPLE, "bok.xlsx", undefined, inMemoryUpTo);
  const out = await writeReport(
    book,
    { version: 1 },
    freshBlocks({ period: "2021-04" }),
    target,
    false,
  );
  if (out.status !== "skrivet") throw new Error("skrevs inte");
  return { bytes: await book.save(), plan: out.plan };
}

/** Every cell as exceljs reads it back: value, number format, and whether it is bold. */
async function styled(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets)
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        out[`${ws.name}!${r},${c}`] = [cell.value, cell.numFmt ?? "General", !!cell.font?.bold];
      }),
    );
  return { cells: out, sheets: wb.worksheets.map((ws) => [ws.name, ws.state]) };
}

describe.each<[string, Target]>([
  ["beside its sources", { mode: "beside" }],
  ["on a sheet of its own", { mode: "sheet", sheet: "Rapport 2021" }],
])("the report written %s", (_, target) => {
  let excel: Awaited<ReturnType<typeof written>>;
  let zip: Awaited<ReturnType<typeof written>>;
  beforeAll(async () => {
    excel = await written(target);
    zip = await written(target, -1);
  });

  it("reads back the same through the project's reader from either path: values and number formats, sheet by sheet", async () => {
    expect(zip.plan.writes).toEqual(excel.plan.writes);
    const a = await readWorkbook(excel.bytes);
    const b = await readWorkbook(zip.bytes);
    expect(b.map((s) => s.name)).toEqual(a.map((s) => s.name));
    for (const [k, s] of b.entries()) {
      expect(s.values).toEqual(a[k].values);
      expect(s.formats).toEqual(a[k].formats);
    }
  });

  it("reads back the same through exceljs: every cell's value, format and weight, and the state sheet very hidden", async () => {
    const a = await styled(excel.bytes);
    const b = await styled(zip.bytes);
    expect(b.sheets).toEqual(a.sheets);
    expect(b.sheets.at(-1)?.[1]).toBe("veryHidden");
    expect(Object.keys(b.cells).length).toBeGreaterThan(100);
    expect(b.cells).toEqual(a.cells);
    const bold = Object.values(b.cells).filter((c) => (c as unknown[])[2]);
    expect(bold.length).toBeGreaterThan(5);
  });
});
