import { xmlText } from "./edits";

const REL_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];
export const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const WORKSHEET_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** A sheet as new as the file gets it: no cells yet; the cells come through `SheetMerge`. */
export const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  `xmlns:r="${REL_NS[0]}"><dimension ref="A1"/><sheetData/></worksheet>`;

const prefixOf = (xml: string, root: string) =>
  new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}\\b`).exec(xml)?.[1] ?? "";

/** Inserts `items` before the closing tag of `<list>` (which must be there), or into `<list/>`. */
function appendTo(xml: string, list: string, items: string[]): string {
  const close = xml.lastIndexOf(`</${list}>`);
  if (close >= 0) return xml.slice(0, close) + items.join("") + xml.slice(close);
  const empty = new RegExp(`<${list.replace(/[.:]/g, "\\$&")}\\b([^>]*?)\\s*/>`).exec(xml);
  if (!empty) throw new Error(`${list} saknas`);
  return (
    xml.slice(0, empty.index) +
    `<${list}${empty[1]}>${items.join("")}</${list}>` +
    xml.slice(empty.index + empty[0].length)
  );
}

export interface NewSheet {
  name: string;
  relId: string;
  veryHidden: boolean;
}

/**
 * The workbook part with sheets added at the end of its sheet list; everything else (defined
 * names, views, calculation settings, extensions) stays as it was. A sheet's id is one past the
 * largest, as Excel numbers them.
 */
export function addSheets(xml: string, sheets: NewSheet[]): string {
  if (!sheets.length) return xml;
  const p = prefixOf(xml, "workbook");
  const ids = [...xml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*?\ssheetId="(\d+)"/g)].map((m) => +m[1]);
  let id = Math.max(0, ...ids);
  const ns = new RegExp(`xmlns:([\\w.-]+)="(?:${REL_NS.join("|")})"`).exec(xml);
  // Without a prefix for the relationships namespace in the part, each new sheet declares one.
  const r = ns ? ns[1] : "r";
  const declare = ns ? "" : ` xmlns:r="${REL_NS[0]}"`;
  return appendTo(
    xml,
    `${p}sheets`,
    sheets.map(
      (s) =>
        `<${p}sheet${declare} name="${xmlText(s.name)}" sheetId="${++id}"` +
        `${s.veryHidden ? ' state="veryHidden"' : ""} ${r}:id="${s.relId}"/>`,
    ),
  );
}

/** Ids not yet used in a relationships part: rId1, rId2, … past the ones there. */
export function freshIds(rels: string, n: number): string[] {
  const used = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  const out: string[] = [];
  for (let k = 1; out.length < n; k++) if (!used.has(`rId${k}`)) out.push(`rId${k}`);
  return out;
}

export function addRelationships(
  rels: string,
  items: { id: string; type: string; target: string }[],
): string {
  if (!items.length) return rels;
  const p = prefixOf(rels, "Relationships");
  return appendTo(
    rels,
    `${p}Relationships`,
    items.map(
      (i) =>
        `<${p}Relationship Id="${i.id}" Type="${REL_TYPE}/${i.type}" Target="${xmlText(i.target)}"/>`,
    ),
  );
}

/** [Content_Types].xml with an Override for each new part (OPC, ECMA-376 part 2, 10.1.2.3). */
export function addOverrides(types: string, parts: { part: string; type: string }[]): string {
  if (!parts.length) return types;
  const p = prefixOf(types, "Types");
  return appendTo(
    types,
    `${p}Types`,
    parts.map((o) => `<${p}Override PartName="/${xmlText(o.part)}" ContentType="${o.type}"/>`),
  );
}
