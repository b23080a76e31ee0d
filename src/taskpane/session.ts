import { EkoError, ReportField } from "../core/errors";
import { Layout } from "../core/layout/model";
import { compareSections } from "../core/layout/sections";
import { SourceTable } from "../core/mapping/blocks";
import { Sheet } from "../core/mapping/grid";
import { MappingFile, SourceMapping } from "../core/mapping/match";
import { NarrativeSection } from "../core/narrative/model";
import { ReportTable } from "../core/report/model";
import { runReport, RunResult } from "../core/pipeline";
import { ReportDocument, toDocument } from "../core/report/document";
import { Anchor, besideAnchor } from "../io/output/place";
import { cut, OwnedOutput, SavedSource } from "../io/output/state";
import { address } from "../core/mapping/grid";
import { TextLine } from "../core/textcheck/textcheck";
import { OutputBlock, renderBlock, renderTextBlock } from "../io/output/block";
import { BuildBlocks } from "../io/output/write";

export interface Choices {
  type?: string;
  period?: string;
  org?: string;
  mapping?: MappingFile;
  /** The organisation's layout (docs/layout.md), kept in the workbook with the mapping. */
  layout?: Layout;
  /** The file the layout was read from, to name it in the pane. */
  layoutFile?: string;
}

export type Computed =
  | { ok: true; run: RunResult; doc: ReportDocument }
  | { ok: false; message: string; field?: ReportField };

/** The report for the current choices; a user error becomes a message, never a crash. */
export function compute(sheets: Sheet[], choices: Choices, fileName?: string): Computed {
  try {
    const run = runReport(sheets, {
      type: choices.type || undefined,
      period: choices.period || undefined,
      org: choices.org || undefined,
      mapping: choices.mapping,
      layout: choices.layout,
      fileName,
    });
    const headers = Object.fromEntries(run.tables.map((t) => [t.id, t.headers]));
    return { ok: true, run, doc: toDocument(run.report, run.mappings, headers) };
  } catch (e) {
    if (e instanceof EkoError) return { ok: false, message: e.message, field: e.field };
    throw e;
  }
}

/** The mapping as the workbook stores it: headers by name, so a moved column still matches. */
export function toMappingFile(mappings: SourceMapping[], tables: SourceTable[]): MappingFile {
  return {
    version: 1,
    sources: mappings.map((m) => {
      const headers = tables.find((t) => t.id === m.table)?.headers ?? [];
      return {
        kind: m.kind,
        table: m.table,
        unit: m.unit,
        columns: Object.fromEntries(
          Object.entries(m.columns).map(([role, i]) => [role, headers[i] ?? ""]),
        ),
      };
    }),
  };
}

export function savedSources(mappings: SourceMapping[], tables: SourceTable[]): SavedSource[] {
  return mappings.flatMap((m) => {
    const t = tables.find((x) => x.id === m.table);
    return t
      ? [
          {
            table: t.id,
            sheet: t.sheet,
            headerRow: t.headerRow,
            firstCol: t.firstCol,
            headers: t.headers,
          },
        ]
      : [];
  });
}

/**
 * Compares the saved mapping with the workbook as it is now. A table that moved (same headers,
 * new place) is followed and said so; a renamed column or a vanished table is explained, and its
 * entry dropped so the pane suggests a mapping again instead of silently mapping wrongly.
 */
export function reconcile(
  mapping: MappingFile | undefined,
  saved: SavedSource[] | undefined,
  tables: SourceTable[],
): { mapping?: MappingFile; notices: string[] } {
  if (!mapping) return { notices: [] };
  const notices: string[] = [];
  const sources: MappingFile["sources"] = [];
  for (const e of mapping.sources) {
    const was = saved?.find((s) => s.table === e.table);
    let table = tables.find((t) => t.id === e.table);
    if (!table && was) {
      table = tables.find((t) => t.headers.join("|") === was.headers.join("|"));
      if (table)
        notices.push(
          `Tabellen som låg på ${was.table} ligger nu på ${table.id}. Mappningen följer med.`,
        );
    }
    if (!table) {
      notices.push(
        `Tabellen ${e.table} finns inte längre i arbetsboken (flyttad, omdöpt eller borttagen). Välj källtabell igen nedan.`,
      );
      continue;
    }
    const lost = Object.entries(e.columns ?? {}).filter(([, h]) => !table!.headers.includes(h));
    if (lost.length) {
      notices.push(
        `${table.id}: kolumnen ${lost.map(([, h]) => `"${h}"`).join(", ")} finns inte längre (omdöpt?). Förslaget nedan bygger på rubrikerna som de är nu; kontrollera kolumnerna.`,
      );
      continue;
    }
    sources.push({ ...e, table: table.id });
  }
  return { mapping: { version: 1, sources }, notices };
}

export type ReportPart =
  { table: ReportTable; narrative: NarrativeSection[] } | { text: NarrativeSection };

const before = (a: string, b: string) => compareSections(a, b) < 0;

/**
 * The report in reading order: each table with its text, and the text that has no table (the
 * summary, 5.1.3) before the first table numbered after it.
 */
export function reportParts(doc: ReportDocument): ReportPart[] {
  const tableIds = new Set<string>(doc.tables.map((t) => t.id));
  const texts = doc.narrative.filter((n) => !tableIds.has(n.id));
  const parts: ReportPart[] = [];
  for (const table of doc.tables) {
    while (texts.length && before(texts[0].section, table.section)) {
      parts.push({ text: texts.shift()! });
    }
    parts.push({ table, narrative: doc.narrative.filter((n) => n.id === table.id) });
  }
  return [...parts, ...texts.map((text) => ({ text }))];
}

/**
 * The blocks to write: each table with its text beside the table it came from; text without a
 * table goes beside the next table (the planner stacks them).
 */
export function blocksOf(
  doc: ReportDocument,
  run: RunResult,
): { block: OutputBlock; anchor?: Anchor }[] {
  const parts = reportParts(doc);
  const anchors = parts.map((p) => ("table" in p ? besideAnchor(p.table, run.tables) : undefined));
  return parts.map((p, i) => ({
    block: "table" in p ? renderBlock(p.table, p.narrative) : renderTextBlock(p.text),
    anchor: anchors.slice(i).find((a) => a) ?? anchors.find((a) => a),
  }));
}

/**
 * The blocks for the current choices, computed from the sheets the write has just read: what is
 * written is always today's figures, whatever the pane showed when it was opened.
 */
export function freshBlocks(choices: Choices, fileName?: string): BuildBlocks {
  return (sheets) => {
    const computed = compute(sheets, choices, fileName);
    if (!computed.ok) throw new EkoError(computed.message);
    return blocksOf(computed.doc, computed.run);
  };
}

/**
 * The text the add-in wrote into the workbook, as it reads now (the controller may have edited
 * it): every text cell of its own blocks, each placed at its cell so a finding can select it.
 */
export function writtenText(sheets: Sheet[], owned: OwnedOutput[]): TextLine[] {
  return owned.flatMap((o) =>
    cut(
      sheets.find((x) => x.name === o.sheet),
      o,
    ).flatMap((row, r) =>
      row.flatMap((v, c) => {
        if (typeof v !== "string" || !/\p{L}/u.test(v)) return [];
        const place = address(o.sheet, o.top + r, o.left + c);
        return [{ text: v, label: place, where: place }];
      }),
    ),
  );
}
