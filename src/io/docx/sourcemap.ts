import PizZip from "pizzip";
import { EkoError } from "../../core/errors";
import { ChapterDocument, isFigure, rowName } from "../chapter";

/** One printed figure and the workbook ranges behind it (the row's sources: the report keeps them per row). */
export interface TracedFigure {
  table: string;
  row: string;
  column: string;
  /** Zero-based, for rows or columns whose label repeats. */
  rowIndex: number;
  columnIndex: number;
  text: string;
  sources: string[];
}

/** A number in the narrative: a table cell's figure, or one from the workbook directly (an explanation). */
export interface TracedTextFigure {
  section: string;
  paragraph: number;
  text: string;
  table?: string;
  row?: string;
  column?: string;
  sources: string[];
}

/** Which template placeholder printed which figure, so a re-export finds them again. */
export interface TracedPlaceholder {
  tag: string;
  table: string;
  rowIndex: number;
  columnIndex: number;
}

export interface SourceMap {
  version: 1;
  type: string;
  period: string;
  org: string;
  figures: TracedFigure[];
  text: TracedTextFigure[];
  placeholders: TracedPlaceholder[];
}

export function sourceMap(doc: ChapterDocument, placeholders: TracedPlaceholder[] = []): SourceMap {
  const figures: TracedFigure[] = [];
  for (const t of doc.tables) {
    t.rows.forEach((r, i) =>
      r.forEach((text, c) => {
        if (!isFigure(t, i, c)) return;
        figures.push({
          table: t.id,
          row: rowName(t, i),
          column: t.columns[c] ?? "",
          rowIndex: i,
          columnIndex: c,
          text,
          sources: t.sources[i] ?? [],
        });
      }),
    );
  }
  const rowSources = (table?: string, row?: string) => {
    const t = doc.tables.find((x) => x.id === table);
    if (!t) return [];
    // The development tables have one row and no label column; the narrative names that row "".
    const i = t.rows.length === 1 ? 0 : t.rows.findIndex((_, r) => rowName(t, r) === row);
    return t.sources[i] ?? [];
  };
  const text = (doc.narrative ?? []).flatMap((n) =>
    n.paragraphs.flatMap((p, paragraph) =>
      p.sentences.flatMap((s) =>
        s.figures.map((f) => ({
          section: n.id,
          paragraph,
          text: f.text,
          table: f.table,
          row: f.row,
          column: f.column,
          sources: f.where ?? rowSources(f.table, f.row),
        })),
      ),
    ),
  );
  return {
    version: 1,
    type: doc.type,
    period: doc.period,
    org: doc.org,
    figures,
    text,
    placeholders,
  };
}

/**
 * The source map travels inside the .docx as a custom XML part: Word keeps such parts through
 * editing and saving, and they are invisible in the text. Its root element's namespace is how a
 * later export or the task pane finds it again.
 */
export const SOURCE_MAP_NS = "urn:ekonomirapport:kallor:1";
const ITEM_ID = "{6E1F3B0C-2A45-4C8E-9D3B-5A7E0ABC0001}";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function ownPart(zip: PizZip): string | undefined {
  return zip.file(/^customXml\/item\d+\.xml$/).find((f) => f.asText().includes(SOURCE_MAP_NS))
    ?.name;
}

function freePart(zip: PizZip): string {
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`)) n++;
  return `customXml/item${n}.xml`;
}

export function writeSourceMap(zip: PizZip, map: SourceMap): void {
  const existing = ownPart(zip);
  const item = existing ?? freePart(zip);
  zip.file(
    item,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<kallor xmlns="${SOURCE_MAP_NS}">${escapeXml(JSON.stringify(map))}</kallor>`,
  );
  if (existing) return;

  const props = item.replace("item", "itemProps");
  const name = item.slice("customXml/".length);
  zip.file(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SOURCE_MAP_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/${name}.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="${props.slice("customXml/".length)}"/></Relationships>`,
  );
  addBefore(
    zip,
    "[Content_Types].xml",
    "</Types>",
    `<Override PartName="/${props}" ContentType="${PROPS_TYPE}"/>`,
  );
  if (!/Extension="xml"/i.test(text(zip, "[Content_Types].xml"))) {
    addBefore(
      zip,
      "[Content_Types].xml",
      "</Types>",
      `<Override PartName="/${item}" ContentType="application/xml"/>`,
    );
  }
  addBefore(
    zip,
    "word/_rels/document.xml.rels",
    "</Relationships>",
    `<Relationship Id="rIdEkoKallor${name.replace(/\D/g, "")}" Type="${REL_TYPE}" Target="../${item}"/>`,
  );
}

export function readSourceMap(docx: Uint8Array | ArrayBuffer): SourceMap | undefined {
  const zip = new PizZip(docx);
  const part = ownPart(zip);
  if (!part) return undefined;
  const body = /<kallor[^>]*>([\s\S]*)<\/kallor>/.exec(text(zip, part));
  return body ? (JSON.parse(unescapeXml(body[1])) as SourceMap) : undefined;
}

function text(zip: PizZip, name: string): string {
  const f = zip.file(name);
  if (!f) throw new EkoError(`dokumentet saknar ${name} och är ingen giltig .docx-fil`);
  return f.asText();
}

function addBefore(zip: PizZip, name: string, end: string, xml: string) {
  const s = text(zip, name);
  const at = s.lastIndexOf(end);
  if (at < 0) throw new EkoError(`${name} i dokumentet saknar ${end}`);
  zip.file(name, s.slice(0, at) + xml + s.slice(at));
}
