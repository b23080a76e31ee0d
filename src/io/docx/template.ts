import Docxtemplater from "docxtemplater";
import InspectModule from "docxtemplater/js/inspect-module.js";
import PizZip from "pizzip";
import { EkoError } from "../../core/errors";
import { ChapterDocument } from "../chapter";
import { checkZip, TEMPLATE } from "../limits";
import { bodyXml } from "./fragment";
import { cellText, column, Parsed, parseTag, Tag } from "./placeholders";
import { TracedPlaceholder } from "./sourcemap";
import { narrativeParagraph, reportTable } from "./table";

/** Tables and text replace their whole paragraph: docxtemplater's raw XML tags, with our names instead of "@". */
const RAW = /^\s*((?:tabell|text):.*)$/i;

const rawPlaceholders = (): Docxtemplater.DXT.Module => ({
  optionsTransformer(options, doc) {
    for (const m of (doc as unknown as { modules: Docxtemplater.DXT.Module[] }).modules) {
      if (m.name === "RawXmlModule") m.prefix = RAW;
    }
    return options;
  },
});

type TagTree = { [tag: string]: TagTree };

interface Filled {
  zip: PizZip;
  placeholders: TracedPlaceholder[];
}

/** Row scope inside {#rader:…}: which table and row the {kolumn:…} tags read. */
interface RowScope {
  ekoRow: { table: Tag & { kind: "rader" }; index: number };
}

/**
 * Fills the organisation's template. Every placeholder is checked before anything is written,
 * and one message names all that cannot be filled: a misspelt name must never leave a blank in a
 * report that goes to the board.
 */
export async function fillTemplate(
  doc: ChapterDocument,
  template: Uint8Array | ArrayBuffer,
  name = "mallen",
): Promise<Filled> {
  const bytes = template instanceof Uint8Array ? template : new Uint8Array(template);
  let zip: PizZip;
  // Counted before pizzip, which inflates whatever the zip holds (a 636 kB template gave 2,6 GB).
  await checkZip(bytes, name, TEMPLATE);
  try {
    zip = new PizZip(template);
  } catch {
    throw new EkoError(`${name} kan inte läsas som en .docx-fil`);
  }
  const parsed = new Map<string, Parsed>();
  const parse = (raw: string) => parsed.get(raw) ?? parsed.set(raw, parseTag(doc, raw)).get(raw)!;
  const xml = new Map<string, string>();

  // Lists every tag in the body, headers and footers, with loop contents nested under the loop.
  const inspect = new InspectModule();
  let dt: Docxtemplater;
  try {
    dt = new Docxtemplater(zip, {
      paragraphLoop: true,
      // Errors reach the user as one Swedish EkoError; docxtemplater's own console log would repeat them in English.
      errorLogging: false,
      linebreaks: true,
      modules: [rawPlaceholders(), inspect],
      parser: (raw) => ({ get: (scope: unknown) => value(parse(raw), raw, scope, xml) }),
      nullGetter: () => "",
    });
  } catch (e) {
    throw new EkoError(`mallen har fel i platshållarna:\n${syntaxErrors(e).join("\n")}`);
  }

  const problems: string[] = [];
  const placeholders: TracedPlaceholder[] = [];
  const check = (tree: TagTree, loop?: Tag & { kind: "rader" }) => {
    for (const [raw, inner] of Object.entries(tree)) {
      const p = parse(raw);
      if ("error" in p) problems.push(`{${raw}}: ${p.error}`);
      else if (p.tag.kind === "kolumn") {
        const c = loop ? column(loop.table, p.tag.name) : `står utanför {#rader:…}`;
        if (typeof c === "string") problems.push(`{${raw}}: ${c}`);
      } else if (p.tag.kind === "belopp") {
        placeholders.push({
          tag: raw,
          table: p.tag.table.id,
          rowIndex: p.tag.row,
          columnIndex: p.tag.column,
        });
      }
      check(inner, "tag" in p && p.tag.kind === "rader" ? p.tag : loop);
    }
  };
  check(inspect.getAllTags() as TagTree);
  if (problems.length) {
    throw new EkoError(
      `mallen har platshållare som inte kan fyllas:\n${[...new Set(problems)].map((p) => `  ${p}`).join("\n")}`,
    );
  }

  for (const [raw, p] of parsed) {
    if (!("tag" in p)) continue;
    if (p.tag.kind === "tabell") xml.set(raw, await bodyXml([reportTable(p.tag.table)]));
    if (p.tag.kind === "text")
      xml.set(
        raw,
        await bodyXml(
          p.tag.sections.flatMap((n) => n.paragraphs.map((q) => narrativeParagraph(q))),
        ),
      );
  }
  try {
    dt.render();
  } catch (e) {
    throw new EkoError(`mallen kunde inte fyllas:\n${syntaxErrors(e).join("\n")}`);
  }
  return { zip: dt.getZip() as PizZip, placeholders };
}

function value(p: Parsed, raw: string, scope: unknown, xml: Map<string, string>): unknown {
  if ("error" in p) return undefined;
  const t = p.tag;
  switch (t.kind) {
    case "falt":
      return t.value;
    case "belopp":
      return cellText(t.table, t.row, t.column);
    case "tabell":
    case "text":
      return xml.get(raw) ?? "";
    case "rader":
      return t.table.rows.map((_, index): RowScope => ({ ekoRow: { table: t, index } }));
    case "kolumn": {
      const row = (scope as Partial<RowScope> | undefined)?.ekoRow;
      if (!row) return undefined;
      const c = column(row.table.table, t.name);
      return typeof c === "number" ? cellText(row.table.table, row.index, c) : undefined;
    }
  }
}

const SYNTAX: Record<string, string> = {
  unopened_tag: "saknar sin öppnande klammer {",
  unclosed_tag: "saknar sin avslutande klammer }",
  unclosed_loop: "öppnar en upprepning som aldrig stängs med {/…}",
  unopened_loop: "stänger en upprepning som aldrig öppnats",
  closing_tag_does_not_match_opening_tag: "stänger en annan upprepning än den som är öppen",
  raw_xml_tag_should_be_only_text_in_paragraph:
    "måste stå ensam i sitt stycke (en tabell eller text ersätter hela stycket)",
  raw_tag_outerxml_invalid: "måste stå i ett eget stycke, inte i en upprepning på en rad",
  duplicate_open_tag: "har två öppnande klamrar",
  duplicate_close_tag: "har två avslutande klamrar",
};

interface TemplateError {
  message?: string;
  properties?: { id?: string; xtag?: string; explanation?: string; errors?: TemplateError[] };
}

/** docxtemplater reports template mistakes in English; the controller gets them in Swedish with the tag. */
function syntaxErrors(e: unknown): string[] {
  const err = e as TemplateError;
  if (!err?.properties) throw e;
  const list = err.properties.errors ?? [err];
  return list.map((x) => {
    const p = x.properties ?? {};
    const tag = p.xtag ? `{${p.xtag.replace(/^[{]|[}]$/g, "")}}` : "mallen";
    return `  ${tag}: ${(p.id && SYNTAX[p.id]) ?? p.explanation ?? x.message ?? "okänt fel"}`;
  });
}
