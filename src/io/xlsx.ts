import ExcelJS from "exceljs";
import { EkoError } from "../core/errors";
import { DeclaredTable, RawValue, Sheet } from "../core/mapping/grid";
import { checkZip, WORKBOOK_IN_MEMORY } from "./limits";
import { checkSheetExtent } from "./sheetExtent";
import { decodeRef } from "./stream/ref";

/**
 * Reads an .xlsx into the core's plain sheets. Each kind of cell gets a rule: formulas give their
 * cached result (a workbook saved without one is refused by cell), rich text its text, error
 * values stay errors for the core to report with the address.
 */
export async function readWorkbook(
  data: ArrayBuffer | Uint8Array,
  name = "arbetsboken",
): Promise<Sheet[]> {
  return (await loadWorkbook(data, name)).worksheets.map(sheetOf);
}

/** The exceljs workbook itself, for the browser task pane that writes the report back into it. */
export async function loadWorkbook(
  data: ArrayBuffer | Uint8Array,
  name = "arbetsboken",
): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // One counted inflation of every entry, the sheets scanned for their extent on the way; then
  // exceljs inflates the same entries again (it takes the zip, not our bytes).
  await checkZip(bytes, name, WORKBOOK_IN_MEMORY, checkSheetExtent);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    throw new EkoError(
      `${name} kan inte läsas som en .xlsx-fil (${(e as Error).message}). Spara den som Excel-arbetsbok (.xlsx) och försök igen.`,
    );
  }
  return wb;
}

export function sheetOf(ws: ExcelJS.Worksheet): Sheet {
  const values: RawValue[][] = [];
  const formats: (string | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const vs: RawValue[] = [];
    const fs: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // exceljs gives every cell of a merge its master's value. Across a row that would turn a
      // caption merged over A1:E1 into five headers; down a column it rightly repeats a label.
      if (cell.type === ExcelJS.ValueType.Merge && cell.master.row === cell.row) return;
      vs[c - 1] = rawValue(cell.value);
      fs[c - 1] = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
    });
    values[r - 1] = Array.from(vs, (v) => v ?? null);
    formats[r - 1] = fs;
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name: ws.name, values, formats, tables: tablesOf(ws) };
}

export function rawValue(v: ExcelJS.CellValue): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date)
    return v;
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined) return { error: "formel utan sparat resultat" };
      if (typeof result === "object" && result !== null && "error" in result)
        return { error: String((result as { error: unknown }).error) };
      return result as RawValue;
    }
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

function tablesOf(ws: ExcelJS.Worksheet): DeclaredTable[] {
  return ws.getTables().map((t) => {
    const model =
      (t as unknown as { table?: { name: string; tableRef?: string; ref?: string } }).table ??
      (t as unknown as { name: string; tableRef?: string; ref?: string });
    const ref = model.tableRef ?? model.ref ?? "";
    const [a, b] = ref.split(":");
    const from = decodeRef(a);
    const to = decodeRef(b ?? a);
    return { name: model.name, top: from.row, left: from.col, bottom: to.row, right: to.col };
  });
}
