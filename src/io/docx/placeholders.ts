import { NarrativeSection } from "../../core/narrative/model";
import { ReportTable, TABLE_IDS } from "../../core/report/model";
import { ChapterDocument } from "../chapter";

/**
 * The placeholders an organisation's template may hold (README "Export till Word"):
 *
 *   {tabell:<tabell>}                  the whole table, alone in its paragraph
 *   {text:<avsnitt>}                   the text of a table or of sammanfattning/prognosforandring
 *   {belopp:<tabell>.<rad>.<kolumn>}   one printed figure; {belopp:<tabell>.<kolumn>} for the
 *                                      only row of an indicator, or the total row
 *   {#rader:<tabell>} … {/rader:<tabell>}   repeats a template row per report row, inside it
 *   {kolumn:<kolumn>}                  the current row's cell
 *   {rubrik:<tabell>} {rapport} {period} {organisation}
 *
 * A table is named by its id, a column by its id in the layout (`ack-avvikelse`, which stays
 * when headings are renamed) or by its heading. A heading or row label is written in lower case
 * with every run of other characters than a–z and digits as one "-" (å, ä → a, ö → o):
 * "Ack. budgetavvikelse" is `ack-budgetavvikelse`. Whole words or the end of a compound are enough
 * when only one label has them (`avvikelse` in the indicator), a number counts from 1, and `total`
 * names the total row.
 */
export type Tag =
  | { kind: "tabell"; table: ReportTable }
  | { kind: "text"; sections: NarrativeSection[] }
  | { kind: "belopp"; table: ReportTable; row: number; column: number }
  | { kind: "rader"; table: ReportTable }
  | { kind: "kolumn"; name: string }
  | { kind: "falt"; value: string };

export type Parsed = { tag: Tag } | { error: string };

export function slug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const NARRATIVE_ONLY = ["sammanfattning", "prognosforandring"];

/** Finds a label by exact name, by number from 1, or by the one label that contains all its words. */
function pick(
  labels: string[],
  name: string,
  what: string,
  where: string,
  also = "",
): number | string {
  const wanted = slug(name);
  const slugs = labels.map(slug);
  const exact = slugs.indexOf(wanted);
  if (exact >= 0) return exact;
  if (/^\d+$/.test(wanted) && +wanted >= 1 && +wanted <= labels.length) return +wanted - 1;
  const words = wanted.split("-");
  // A word matches a whole word of the label or the end of a compound ("avvikelse" in "budgetavvikelse"),
  // never a prefix: a misspelt "utfal" must not quietly become "utfall".
  const has = (label: string, w: string) => label.split("-").some((t) => t.endsWith(w));
  const partial = slugs.flatMap((s, i) => (words.every((w) => has(s, w)) ? [i] : []));
  if (partial.length === 1) return partial[0];
  const list = slugs.filter(Boolean).join(", ");
  if (partial.length > 1)
    return `${what} "${name}" i ${where} är tvetydig: ${partial.map((i) => slugs[i]).join(", ")}`;
  return `${what} "${name}" finns inte i ${where} (${list}${also})`;
}

/**
 * A column by its stable id in the layout (docs/layout.md: `ack-avvikelse`), which holds when the
 * organisation renames the heading, or as before by its heading. Should an id be the very name of
 * another column's heading, the template says which by number rather than one being guessed.
 */
export function column(t: ReportTable, name: string): number | string {
  const ids = t.columnIds ?? [];
  const wanted = slug(name);
  const byId = ids.indexOf(wanted);
  const byHeading = t.columns.map(slug).indexOf(wanted);
  if (byId >= 0 && byHeading >= 0 && byId !== byHeading)
    return `kolumnen "${name}" i tabellen ${t.id} är tvetydig: id för "${t.columns[byId]}" och rubriken "${t.columns[byHeading]}"; ange kolumnens nummer (${byId + 1} eller ${byHeading + 1})`;
  if (byId >= 0) return byId;
  const also = ids.length ? `; kolumnernas id: ${ids.join(", ")}` : "";
  return pick(t.columns, name, "kolumnen", `tabellen ${t.id}`, also);
}

function row(t: ReportTable, name: string | undefined): number | string {
  const total = t.kinds.lastIndexOf("total");
  if (name === undefined) {
    if (t.rows.length === 1) return 0;
    if (total >= 0) return total;
    return `tabellen ${t.id} har ${t.rows.length} rader: ange raden, t.ex. {belopp:${t.id}.${slug(t.rows[0][0] ?? "1")}.${t.columnIds?.at(-1) ?? slug(t.columns.at(-1) ?? "1")}}`;
  }
  if (/^(total|totalt|summa)$/.test(slug(name)) && total >= 0) return total;
  return pick(
    t.rows.map((r) => r[0] ?? ""),
    name,
    "raden",
    `tabellen ${t.id}`,
  );
}

function table(doc: ChapterDocument, id: string): ReportTable | string {
  const t = doc.tables.find((x) => x.id === id);
  if (t) return t;
  const missing = doc.missing.find((m) => m.id === id);
  if (missing) return `tabellen ${id} finns inte i rapporten: ${missing.reason}`;
  if ((TABLE_IDS as readonly string[]).includes(id))
    return `tabellen ${id} ingår inte i ${doc.typeName.toLowerCase()}`;
  return `okänd tabell "${id}" (tabellerna heter ${doc.tables.map((x) => x.id).join(", ")})`;
}

/** Reads one placeholder (without braces and loop sign); an error says what is wrong in Swedish. */
export function parseTag(doc: ChapterDocument, raw: string): Parsed {
  const m = /^\s*([a-zåäö]+)(?::(.*))?$/i.exec(raw);
  const kind = m?.[1].toLowerCase();
  const arg = m?.[2]?.trim() ?? "";
  const fields: Record<string, string> = {
    rapport: doc.typeName,
    period: doc.periodText,
    organisation: doc.org,
  };
  if (kind && kind in fields && m?.[2] === undefined)
    return { tag: { kind: "falt", value: fields[kind] } };
  const withTable = (id: string, make: (t: ReportTable) => Parsed): Parsed => {
    const t = table(doc, id);
    return typeof t === "string" ? { error: t } : make(t);
  };
  switch (kind) {
    case "tabell":
      return withTable(arg, (t) => ({ tag: { kind: "tabell", table: t } }));
    case "rader":
      return withTable(arg, (t) => ({ tag: { kind: "rader", table: t } }));
    case "rubrik":
      return withTable(arg, (t) => ({ tag: { kind: "falt", value: `${t.section} ${t.title}` } }));
    case "kolumn":
      return arg ? { tag: { kind: "kolumn", name: arg } } : { error: "kolumn saknar namn" };
    case "text": {
      const sections = (doc.narrative ?? []).filter((n) => n.id === arg);
      if (sections.length || NARRATIVE_ONLY.includes(arg) || doc.tables.some((t) => t.id === arg))
        return { tag: { kind: "text", sections } };
      return {
        error: `okänt textavsnitt "${arg}" (avsnitten heter ${[...doc.tables.map((t) => t.id), ...NARRATIVE_ONLY].join(", ")})`,
      };
    }
    case "belopp": {
      const parts = arg.split(".");
      if (parts.length < 2 || parts.length > 3)
        return {
          error: `belopp anges som {belopp:tabell.rad.kolumn} eller {belopp:tabell.kolumn}`,
        };
      return withTable(parts[0], (t) => {
        const r = row(t, parts.length === 3 ? parts[1] : undefined);
        const c = column(t, parts.at(-1) as string);
        if (typeof r === "string") return { error: r };
        if (typeof c === "string") return { error: c };
        return { tag: { kind: "belopp", table: t, row: r, column: c } };
      });
    }
  }
  return { error: "okänd platshållare" };
}

/** The figure a belopp tag prints, with the non-breaking spaces of the table cells. */
export { cellText } from "../chapter";
