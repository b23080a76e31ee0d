import { EkoError } from "../../core/errors";
import { address } from "../../core/mapping/grid";
import { sheetNameProblem } from "../output/sheetName";
import { contains } from "../output/state";
import { checkUnpacked, LIMITS, WORKBOOK_STREAMED } from "../limits";
import { Unpacker } from "../stream/inflate";
import { relationships, workbookPart } from "../stream/parts";
import { bytesAt, unreadable, zipDirectory } from "../zip";
import { SheetEdits, WorkbookEdits } from "./edits";
import {
  addOverrides,
  addRelationships,
  addSheets,
  freshIds,
  NEW_SHEET,
  NewSheet,
  STYLES_TYPE,
  WORKSHEET_TYPE,
} from "./package";
import { SheetMerge, StyleOf } from "./sheetMerge";
import { EMPTY_STYLES, StyleBook } from "./styles";
import { deflated, Deflater, Packed, ZipOut } from "./zipOut";

export { WorkbookEdits } from "./edits";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Writes cells and sheets into an .xlsx without loading it whole: the browser pane's way to put
 * a report into a workbook too large for exceljs (LIMITS.unpackedInMemory). Every zip entry the
 * edits do not touch is copied compressed, as it is; a sheet that gets cells is streamed through
 * `SheetMerge` (only its edited rows parsed) and deflated again; new sheets are new parts; the
 * workbook part, its relationships, the content types and the styles get only what is added.
 * Nothing else of the file is read or changed, so whatever exceljs would not have kept (charts,
 * pivot tables, macros' parts, extensions) stays. docProps/app.xml keeps its old list of sheet
 * titles: it is a summary for file browsers, which Excel rewrites on its next save and which
 * neither Excel nor LibreOffice reads the sheets from.
 *
 * Inflated bytes are counted against the streaming reader's limits (`WORKBOOK_STREAMED`, small
 * parts held whole within `heldPart`), so a file the reader accepted is the file written here.
 */
export async function writeIntoZip(
  data: Uint8Array,
  file: string,
  edits: WorkbookEdits,
): Promise<Uint8Array> {
  const read = bytesAt(data);
  const dir = zipDirectory(read, data.length, file);
  checkUnpacked(dir, file, LIMITS.unpackedStreamed);
  const zip = new Unpacker(read, dir, file, WORKBOOK_STREAMED);
  const held = Math.min(LIMITS.heldPart, WORKBOOK_STREAMED.entry);
  const broken = (part: string) => (why: string) =>
    unreadable(file, `delen ${part} ${why}. Hämta eller spara filen på nytt.`);
  const text = async (part: string) => {
    const e = zip.entry(part);
    return e && decoder.decode(await zip.bytes(e, held));
  };

  const workbook = await workbookPart(zip, held);
  if (!workbook)
    throw unreadable(
      file,
      "arbetsboksdelen (xl/workbook.xml) saknas. Spara filen på nytt i Excel.",
    );
  const wbDir = workbook.path.slice(0, workbook.path.lastIndexOf("/") + 1);
  const relsPath = `${wbDir}_rels/${workbook.path.slice(wbDir.length)}.rels`;
  const rels = (await text(relsPath)) ?? "";
  const stylesPath = [...(await relationships(zip, workbook.path, held)).values()].find((r) =>
    r.type.endsWith("/styles"),
  )?.target;
  const stylesXml = stylesPath && (await text(stylesPath));
  const styles = new StyleBook(stylesXml ?? EMPTY_STYLES);

  for (const name of edits.sheets.keys())
    if (!workbook.sheets.some((s) => s.name === name)) edits.addSheet(name);
  const replaced = new Map<string, Packed>();
  for (const sheet of workbook.sheets) {
    const cells = edits.sheets.get(sheet.name);
    if (!cells) continue;
    const entry = zip.entry(sheet.path);
    if (!entry)
      throw unreadable(
        file,
        `bladet ${sheet.name} saknar sin del (${sheet.path}). Spara filen på nytt i Excel.`,
      );
    const mayReplace = (row: number, col: number) => {
      if (!edits.owned.some((o) => contains(o, sheet.name, row, col)))
        throw new EkoError(
          `${file}: cellen ${address(sheet.name, row, col)} har ett värde som inte är rapportens, och rapporten skulle skriva över det. ` +
            "Ingenting skrevs. Välj att skriva rapporten på ett eget blad, eller flytta värdet, och försök igen.",
        );
    };
    replaced.set(
      entry.name,
      await merged(cells, styles.styleOf, broken(entry.name), mayReplace, (push) =>
        zip.stream(entry, push),
      ),
    );
  }

  const added: { name: string; packed: Packed }[] = [];
  const sheets: NewSheet[] = [];
  const newRels: { id: string; type: string; target: string }[] = [];
  const types: { part: string; type: string }[] = [];
  const fresh = edits.added.filter((s) => !workbook.sheets.some((w) => w.name === s.name));
  // exceljs refuses these itself; written here they would give a file Excel has to repair.
  for (const s of fresh) {
    const problem = sheetNameProblem(s.name);
    if (problem) throw new EkoError(`${file}: ${problem}`);
    const same = workbook.sheets.find((w) => w.name.toLowerCase() === s.name.toLowerCase());
    if (same)
      throw new EkoError(
        `${file}: det finns redan ett blad som heter "${same.name}", och Excel skiljer inte på stora och små bokstäver i bladnamn. Välj ett annat namn än "${s.name}".`,
      );
  }
  const ids = freshIds(rels, fresh.length + 1);
  let n = 1;
  for (const [k, s] of fresh.entries()) {
    while (zip.entry(`${wbDir}worksheets/sheet${n}.xml`)) n++;
    const part = `${wbDir}worksheets/sheet${n++}.xml`;
    const cells = edits.sheets.get(s.name) ?? new Map();
    const packed = await merged(cells, styles.styleOf, broken(part), undefined, async (push) => {
      await push(encoder.encode(NEW_SHEET));
    });
    added.push({ name: part, packed });
    sheets.push({ name: s.name, relId: ids[k], veryHidden: s.veryHidden });
    newRels.push({ id: ids[k], type: "worksheet", target: part.slice(wbDir.length) });
    types.push({ part, type: WORKSHEET_TYPE });
  }

  const stylesOut = styles.result();
  if (stylesOut !== undefined) {
    const bytes = await deflated(encoder.encode(stylesOut));
    const entry = stylesPath && zip.entry(stylesPath);
    if (entry) replaced.set(entry.name, bytes);
    else {
      const part = `${wbDir}styles.xml`;
      added.push({ name: part, packed: bytes });
      newRels.push({ id: ids[fresh.length], type: "styles", target: "styles.xml" });
      types.push({ part, type: STYLES_TYPE });
    }
  }
  const small = async (path: string, change: (xml: string) => string) => {
    const e = zip.entry(path);
    const xml = await text(path);
    if (!e || xml === undefined)
      throw unreadable(file, `delen ${path} saknas. Spara filen på nytt i Excel.`);
    let next: string;
    try {
      next = change(xml);
    } catch {
      throw broken(path)("saknar sin lista");
    }
    if (next !== xml) replaced.set(e.name, await deflated(encoder.encode(next)));
  };
  if (sheets.length) await small(workbook.path, (xml) => addSheets(xml, sheets));
  if (newRels.length) await small(relsPath, (xml) => addRelationships(xml, newRels));
  if (types.length) await small("[Content_Types].xml", (xml) => addOverrides(xml, types));

  const out = new ZipOut(file);
  for (const e of dir.list) {
    const r = replaced.get(e.name);
    if (r) out.add(e.name, 8, r);
    else out.copy(read, e, file);
  }
  for (const a of added) out.add(a.name, 8, a.packed);
  return out.finish();
}

/** A sheet's XML from `source` with the edits merged in, deflated as it goes. */
async function merged(
  cells: SheetEdits,
  styleOf: StyleOf,
  broken: (why: string) => Error,
  mayReplace: ((row: number, col: number) => void) | undefined,
  source: (push: (chunk: Uint8Array) => Promise<void> | undefined) => Promise<void>,
): Promise<Packed> {
  const deflater = new Deflater();
  const merge = new SheetMerge(cells, styleOf, (b) => deflater.write(b), broken, mayReplace);
  await source((chunk) => merge.push(chunk));
  await merge.end();
  return deflater.finish();
}
