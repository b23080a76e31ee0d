import { statSync } from "node:fs";
import { basename } from "node:path";
import { EkoError } from "../core/errors";
import { address, Sheet } from "../core/mapping/grid";
import { MappingFile } from "../core/mapping/match";
import { readWorkbookFile } from "../io/xlsxStream";

/**
 * Every sheet of every workbook given. With more than one workbook each sheet is named the way
 * Excel names a sheet in another workbook, "[fil.xlsx]Blad", so that every cell reference in a
 * message says which file it is in.
 */
export async function readWorkbooks(files: string[], mapping?: MappingFile): Promise<Sheet[]> {
  const sheets: Sheet[] = [];
  for (const file of files) {
    try {
      statSync(file);
    } catch {
      throw new EkoError(`filen ${file} finns inte eller kan inte läsas`);
    }
    // Large workbooks (a ledger export) are read streaming; see src/io/limits.ts.
    const own = await readWorkbookFile(file, file, mapping);
    if (files.length > 1) own.forEach((s) => nameByFile(s, basename(file)));
    sheets.push(...own);
  }
  return sheets;
}

function nameByFile(sheet: Sheet, file: string) {
  const old = sheet.name;
  sheet.name = `[${file}]${old}`;
  // A ledger streamed while reading already carries its sheet and id; its reader keeps the object.
  for (const t of sheet.streamed ?? []) {
    if (t.id === address(old, t.headerRow, t.firstCol))
      t.id = address(sheet.name, t.headerRow, t.firstCol);
    t.sheet = sheet.name;
  }
}
