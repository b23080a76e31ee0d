import { readFileSync } from "fs";
import { join } from "path";
import { Sheet } from "../../../src/core/mapping/grid";
import { WorkbookPort } from "../../../src/io/output/port";
import { SavedState, Target, withoutOwnOutput } from "../../../src/io/output/state";
import { writeReport } from "../../../src/io/output/write";
import { readWorkbook } from "../../../src/io/xlsx";
import { compute, freshBlocks } from "../../../src/taskpane/session";
import { Cell, FakeExcel } from "./fakeExcel";

export const EXAMPLE = join(__dirname, "../../../examples/uppfoljningsrapport1-2021.xlsx");
export const PERIOD = "2021-04";

/** The example workbook loaded into the fake Excel, as a controller would have it open. */
export async function excelWithExample(): Promise<{ fake: FakeExcel; fromFile: Sheet[] }> {
  const fromFile = await readWorkbook(readFileSync(EXAMPLE));
  const fake = new FakeExcel();
  for (const s of fromFile) {
    const sheet = fake.addSheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell: Cell =
          v instanceof Date
            ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000
            : typeof v === "object"
              ? v.error
              : v;
        sheet.cells.set(`${r},${c}`, { v: cell, f: s.formats[r]?.[c] ?? "General" });
      }),
    );
    sheet.tables.push(...s.tables);
  }
  fake.install();
  return { fake, fromFile };
}

/** What the pane does when it opens: load the state, read, leave its own output out, compute. */
export async function paneLoad(port: WorkbookPort) {
  const saved = await port.loadState();
  const { sheets, owned } = await port.read(saved);
  const computed = compute(withoutOwnOutput(sheets, Object.values(owned)), { period: PERIOD });
  if (!computed.ok) throw new Error(computed.message);
  return { saved, doc: computed.doc };
}

/** "Skriv" in the pane: the state it has, figures computed afresh in the write. */
export async function write(
  port: WorkbookPort,
  target: Target = { mode: "beside" },
  replaceEdited = false,
) {
  const saved: SavedState = (await port.loadState()) ?? { version: 1, period: PERIOD };
  return writeReport(port, saved, freshBlocks({ period: PERIOD }), target, replaceEdited);
}

/** The value in a written block: the row starting with `label`, the column headed `column`. */
export function writtenCell(
  fake: FakeExcel,
  where: { sheet: string; top: number; left: number; bottom: number; right: number },
  label: string,
  column: string,
): Cell {
  let header = -1;
  let row = -1;
  for (let r = where.top; r <= where.bottom; r++) {
    for (let c = where.left; c <= where.right; c++)
      if (String(fake.get(where.sheet, r, c)).startsWith(column) && header < 0) header = c;
    if (fake.get(where.sheet, r, where.left) === label) row = r;
  }
  if (header < 0 || row < 0) throw new Error(`${label}/${column} finns inte i blocket`);
  return fake.get(where.sheet, row, header);
}
