import { DeclaredTable } from "../../core/mapping/grid";
import { decodeRef } from "./ref";
import { builtinFormat, isDateFormat } from "./numfmt";
import { Unpacker } from "./inflate";
import { unreadable } from "../zip";
import { decode, Tag, XmlHandler, XmlScanner } from "./xml";

/** Runs one part through the scanner; a missing part is `false`. */
export async function scanPart(
  zip: Unpacker,
  path: string,
  handler: XmlHandler,
  progress?: (compressedRead: number) => void,
  entryLimit?: number,
): Promise<boolean> {
  const entry = zip.entry(path);
  if (!entry) return false;
  const scanner = new XmlScanner(handler, (why) =>
    unreadable(zip.name, `delen ${path} ${why}. Hämta eller spara filen på nytt.`),
  );
  await zip.stream(entry, (c) => scanner.push(c), progress, entryLimit);
  scanner.end();
  return true;
}

/** A handler that only looks at start tags. */
const onOpen = (f: (name: string, tag: Tag) => void): XmlHandler => ({
  open: f,
  close() {},
  text() {},
});

export interface Relationship {
  target: string;
  type: string;
}

/** A part's relationships by id, targets resolved to package paths (OPC, ECMA-376 part 2, 9.3). */
export async function relationships(
  zip: Unpacker,
  part: string,
  limit: number,
): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf("/");
  const dir = part.slice(0, slash + 1);
  const rels = new Map<string, Relationship>();
  await scanPart(
    zip,
    `${dir}_rels/${part.slice(slash + 1)}.rels`,
    onOpen((name, tag) => {
      if (name !== "Relationship" || tag.attr("TargetMode") === "External") return;
      const id = tag.attr("Id");
      const target = tag.attr("Target");
      if (id && target)
        rels.set(id, { target: resolve(dir, target), type: tag.attr("Type") ?? "" });
    }),
    undefined,
    limit,
  );
  return rels;
}

function resolve(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

export interface WorkbookPart {
  path: string;
  sheets: { name: string; path: string }[];
  date1904: boolean;
}

/** The workbook part (found through the package's relationships) and its worksheets in order. */
export async function workbookPart(
  zip: Unpacker,
  limit: number,
): Promise<WorkbookPart | undefined> {
  const root = [...(await relationships(zip, "", limit)).values()].find((r) =>
    r.type.endsWith("/officeDocument"),
  );
  const path = root?.target ?? "xl/workbook.xml";
  const listed: { name: string; id: string }[] = [];
  let date1904 = false;
  const found = await scanPart(
    zip,
    path,
    onOpen((name, tag) => {
      if (name === "sheet") listed.push({ name: tag.attr("name") ?? "", id: tag.attr("id") ?? "" });
      else if (name === "workbookPr") {
        const v = tag.attr("date1904");
        date1904 = v === "1" || v === "true";
      }
    }),
    undefined,
    limit,
  );
  if (!found) return undefined;
  const rels = await relationships(zip, path, limit);
  const sheets = listed.flatMap((s) => {
    const r = rels.get(s.id);
    return r && r.type.endsWith("/worksheet") ? [{ name: s.name, path: r.target }] : [];
  });
  return { path, sheets, date1904 };
}

export interface Styles {
  /** Number format per cell style (xf) index, where it is not General. */
  formats: (string | undefined)[];
  dates: boolean[];
}

/** cellXfs in order, each with its number format: custom ones from numFmts, else the built-in. */
export async function styles(
  zip: Unpacker,
  workbook: WorkbookPart,
  limit: number,
): Promise<Styles> {
  const part = [...(await relationships(zip, workbook.path, limit)).values()].find((r) =>
    r.type.endsWith("/styles"),
  );
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inXfs = false;
  await scanPart(
    zip,
    part?.target ?? "xl/styles.xml",
    {
      open(name, tag) {
        if (name === "numFmt")
          custom.set(Number(tag.attr("numFmtId")), tag.attr("formatCode") ?? "");
        else if (name === "cellXfs") inXfs = true;
        else if (name === "xf" && inXfs) ids.push(Number(tag.attr("numFmtId") ?? 0));
      },
      close(name) {
        if (name === "cellXfs") inXfs = false;
      },
      text() {},
    },
    undefined,
    limit,
  );
  // As exceljs: format id 0 (General) gives no format at all.
  const formats = ids.map((id) => (id ? (custom.get(id) ?? builtinFormat(id)) : undefined));
  return { formats, dates: formats.map(isDateFormat) };
}

/**
 * The shared strings, each the text of its runs joined (rich text read as plain text, as the
 * in-memory reader does); phonetic guides (rPh) are not part of the text.
 */
export async function sharedStrings(
  zip: Unpacker,
  workbook: WorkbookPart,
  limit: number,
): Promise<string[]> {
  const part = [...(await relationships(zip, workbook.path, limit)).values()].find((r) =>
    r.type.endsWith("/sharedStrings"),
  );
  const strings: string[] = [];
  let current = "";
  let inT = false;
  let phonetic = 0;
  await scanPart(
    zip,
    part?.target ?? "xl/sharedStrings.xml",
    {
      open(name, _tag, self) {
        if (name === "si") current = "";
        else if (name === "t") inT = !self;
        else if (name === "rPh") phonetic += self ? 0 : 1;
      },
      close(name) {
        if (name === "t") inT = false;
        else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
        else if (name === "si") strings.push(current);
      },
      text(buf, start, end, cdata) {
        if (inT && !phonetic) current += decode(buf, start, end, cdata);
      },
    },
    undefined,
    limit,
  );
  return strings;
}

/** The Excel tables a sheet declares (tableParts), by name and range, as exceljs gives them. */
export async function tables(
  zip: Unpacker,
  sheetPath: string,
  ids: string[],
  limit: number,
): Promise<DeclaredTable[]> {
  if (!ids.length) return [];
  const rels = await relationships(zip, sheetPath, limit);
  const out: DeclaredTable[] = [];
  for (const id of ids) {
    const r = rels.get(id);
    if (!r) continue;
    await scanPart(
      zip,
      r.target,
      onOpen((name, tag) => {
        if (name !== "table") return;
        const [a, b] = (tag.attr("ref") ?? "").split(":");
        const from = decodeRef(a);
        const to = decodeRef(b ?? a);
        out.push({
          name: tag.attr("name") ?? "",
          top: from.row,
          left: from.col,
          bottom: to.row,
          right: to.col,
        });
      }),
      undefined,
      limit,
    );
  }
  return out;
}
