import { fail } from "../errors";
import { TABLE_IDS, TableId } from "../report/model";
import { Unit } from "../units";
import { FIELDS } from "./fields";
import {
  ColumnLayout,
  Heading,
  Layout,
  Placement,
  TableLayout,
  TEXT_IDS,
  TextId,
  TextPlace,
} from "./model";
import { TABLE_SCHEMA } from "./schema";

type Obj = Record<string, unknown>;

/**
 * Reads a layout document (docs/layout.md) and says in Swedish what is wrong and where in the
 * file, e.g. "min-layout.json, tables[3].columns[1].heading: ska vara en text". Unknown keys are
 * errors too, so a misspelt "titel" is not silently ignored.
 */
export function parseLayout(value: unknown, file = "layouten"): Layout {
  const at = (path: string, message: string): never => fail(message, `${file}, ${path}`);
  const root = object(value, "", at);
  known(root, "", ["version", "name", "headings", "texts", "tables"], at);
  if (root.version !== 1) at("version", "ska vara 1");
  const headings = list(root.headings ?? [], "headings", at).map((h, i) =>
    heading(h, `headings[${i}]`, at, ["section", "title"]),
  );
  const texts = list(root.texts ?? [], "texts", at).map((t, i) => text(t, `texts[${i}]`, at));
  unique(texts, "texts", at);
  const tables = list(root.tables, "tables", at).map((t, i) => table(t, `tables[${i}]`, at));
  unique(tables, "tables", at);
  return { version: 1, name: string(root.name, "name", at), headings, texts, tables };
}

/**
 * A layout file's text, as the CLI reads it from disk and the task pane from the file the user
 * chose: not JSON is said as such, anything else as parseLayout says it, both naming the file.
 */
export function layoutFromJson(text: string, file: string): Layout {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(`layoutfilen ${file} kan inte läsas som JSON (${(e as Error).message})`);
  }
  return parseLayout(value, file);
}

type At = (path: string, message: string) => never;

function object(v: unknown, path: string, at: At): Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    return at(path || "dokumentet", "ska vara ett objekt { … }");
  return v as Obj;
}

function list(v: unknown, path: string, at: At): unknown[] {
  return Array.isArray(v) ? v : at(path, "ska vara en lista [ … ]");
}

function string(v: unknown, path: string, at: At): string {
  return typeof v === "string" && v.trim() !== ""
    ? v
    : at(path, "ska vara en text som inte är tom");
}

function known(o: Obj, path: string, keys: string[], at: At) {
  for (const k of Object.keys(o))
    if (!keys.includes(k))
      at(path ? `${path}.${k}` : k, `okänt fält; tillåtna är ${keys.join(", ")}`);
}

function oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[], at: At): T {
  return allowed.includes(v as T) ? (v as T) : at(path, `ska vara ett av ${allowed.join(", ")}`);
}

function decimals(v: unknown, path: string, at: At): number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 6
    ? (v as number)
    : at(path, "ska vara ett heltal 0–6");
}

function unique(items: { id: string }[], path: string, at: At) {
  items.forEach((x, i) => {
    if (items.findIndex((y) => y.id === x.id) < i)
      at(`${path}[${i}].id`, `"${x.id}" står två gånger`);
  });
}

function heading(v: unknown, path: string, at: At, keys: string[]): Heading {
  const o = object(v, path, at);
  known(o, path, keys, at);
  return {
    section: string(o.section, `${path}.section`, at),
    title: string(o.title, `${path}.title`, at),
  };
}

function text(v: unknown, path: string, at: At): TextPlace {
  const h = heading(v, path, at, ["id", "section", "title"]);
  const id: TextId = oneOf((v as Obj).id, `${path}.id`, TEXT_IDS, at);
  return { id, ...h };
}

function table(v: unknown, path: string, at: At): TableLayout {
  const o = object(v, path, at);
  const keys = [
    "id",
    "section",
    "title",
    "unit",
    "decimals",
    "columns",
    "total",
    "text",
    "required",
  ];
  known(o, path, keys, at);
  const id: TableId = oneOf(o.id, `${path}.id`, TABLE_IDS, at);
  const schema = TABLE_SCHEMA[id];
  const out: TableLayout = {
    id,
    ...heading({ section: o.section, title: o.title }, path, at, ["section", "title"]),
    decimals: decimals(o.decimals, `${path}.decimals`, at),
    columns: list(o.columns, `${path}.columns`, at).map((c, i) =>
      column(c, `${path}.columns[${i}]`, schema.columns, at),
    ),
    text:
      o.text === undefined
        ? "after"
        : oneOf<Placement>(o.text, `${path}.text`, ["before", "after", "none"], at),
  };
  unique(out.columns, `${path}.columns`, at);
  if (schema.amounts) out.unit = oneOf<Unit>(o.unit, `${path}.unit`, ["kr", "tkr", "mnkr"], at);
  else if (o.unit !== undefined)
    at(`${path}.unit`, `tabellen ${id} har inga belopp och därför ingen enhet`);
  if (schema.label && !out.columns.some((c) => c.id === schema.label))
    at(`${path}.columns`, `kolumnen "${schema.label}" som namnger raderna behövs`);
  if (o.total !== undefined) {
    if (!schema.total) at(`${path}.total`, `tabellen ${id} har ingen summarad`);
    out.total = string(o.total, `${path}.total`, at);
  }
  if (o.required !== undefined) {
    if (typeof o.required !== "boolean") at(`${path}.required`, "ska vara true eller false");
    out.required = o.required as boolean;
  }
  return out;
}

function column(v: unknown, path: string, ids: readonly string[], at: At): ColumnLayout {
  const o = object(v, path, at);
  known(o, path, ["id", "heading", "decimals"], at);
  const c: ColumnLayout = {
    id: oneOf(o.id, `${path}.id`, ids, at),
    heading: string(o.heading, `${path}.heading`, at),
  };
  for (const m of c.heading.matchAll(/\{([^}]*)\}/g))
    if (!(m[1] in FIELDS))
      at(
        `${path}.heading`,
        `okänt fält {${m[1]}}; tillåtna är ${Object.keys(FIELDS)
          .map((f) => `{${f}}`)
          .join(", ")}`,
      );
  if (o.decimals !== undefined) c.decimals = decimals(o.decimals, `${path}.decimals`, at);
  return c;
}
