import ExcelJS from "exceljs";
import { stableZip, writeIfChanged } from "./stable";

/** A block on a sheet: optional caption lines, a header row, data rows; numbers keep their format. */
export interface Block {
  caption?: string[];
  headers: string[];
  rows: (string | number | Date | null)[][];
  /** Number format per column index, e.g. { 1: "0.00%" }. */
  formats?: Record<number, string>;
  /** Write as an Excel table (ListObject) with this name. */
  tableName?: string;
}

export interface SheetSpec {
  name: string;
  /** Key–value rows at the top ("Period", "2021-04"). */
  settings?: [string, string][];
  /** A blank row between the settings and the first block (default); false puts them right above. */
  settingsGap?: boolean;
  blocks: Block[];
}

const AMOUNT = "#,##0.00;-#,##0.00";

/**
 * Writes sheets of blocks, one under another with a blank row between, starting at column A.
 * The bytes depend only on the sheets; returns whether the file changed.
 */
export async function writeWorkbook(path: string, sheets: SheetSpec[]): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Ekonomirapport examples";
  wb.created = new Date(Date.UTC(2021, 4, 10));
  wb.modified = wb.created;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    let r = 1;
    for (const [k, v] of spec.settings ?? []) {
      ws.getCell(r, 1).value = k;
      ws.getCell(r, 2).value = v;
      r++;
    }
    if (spec.settings && spec.settingsGap !== false) r++;
    for (const b of spec.blocks) {
      for (const line of b.caption ?? []) ws.getCell(r++, 1).value = line;
      if (b.tableName) {
        ws.addTable({
          name: b.tableName,
          ref: `A${r}`,
          headerRow: true,
          columns: b.headers.map((name) => ({ name })),
          rows: b.rows.map((row) => row.map((v) => v ?? "")),
        });
      } else {
        b.headers.forEach((h, c) => (ws.getCell(r, c + 1).value = h));
        b.rows.forEach((row, i) => row.forEach((v, c) => (ws.getCell(r + 1 + i, c + 1).value = v)));
      }
      b.rows.forEach((row, i) =>
        row.forEach((v, c) => {
          if (typeof v === "number") ws.getCell(r + 1 + i, c + 1).numFmt = b.formats?.[c] ?? AMOUNT;
          if (v instanceof Date) ws.getCell(r + 1 + i, c + 1).numFmt = "yyyy-mm-dd";
        }),
      );
      r += b.rows.length + 2;
    }
    ws.columns.forEach((col) => (col.width = 24));
  }
  return writeIfChanged(path, stableZip(Buffer.from(await wb.xlsx.writeBuffer())));
}
