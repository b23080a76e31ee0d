import { builtinFormat } from "../stream/numfmt";
import { CellEdit, xmlText } from "./edits";

/** Built-in number formats by code (ids 0–49, ECMA-376 part 1, 18.8.30), as the readers know them. */
const BUILTIN = new Map(
  Array.from({ length: 50 }, (_, id) => [builtinFormat(id), id] as const).filter(
    (e): e is [string, number] => e[0] !== undefined,
  ),
);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The workbook's styles part, to which written cells' styles are added: a cell keeps everything
 * of the style it had (fill, border, alignment, italics) and gets its number format and its
 * weight, as the exceljs path gives it. Existing entries are never changed, so no other cell
 * changes; new fonts, number formats and cell formats (xf) are appended, and one already there
 * with the very same XML is used again, so a report written every month does not grow the part.
 * The part is small (held whole within LIMITS.heldPart) and machine-written, so its lists are
 * read as text, whatever namespace prefix they use.
 */
export class StyleBook {
  private readonly p: string;
  private readonly fonts: string[];
  private readonly xfs: string[];
  private readonly numFmts: { id: number; code: string }[];
  private readonly fontsAdded: string[] = [];
  private readonly xfsAdded: string[] = [];
  private readonly numFmtsAdded: { id: number; code: string }[] = [];
  private readonly made = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.p = /<([A-Za-z_][\w.-]*:)?styleSheet\b/.exec(xml)?.[1] ?? "";
    this.fonts = this.children("fonts", "font");
    this.xfs = this.children("cellXfs", "xf");
    this.numFmts = this.children("numFmts", "numFmt").map((n) => ({
      id: Number(attr(n, "numFmtId")),
      code: unescape(attr(n, "formatCode") ?? ""),
    }));
  }

  /** The style index for a written cell whose cell had style `base`. */
  styleOf = (base: number, edit: CellEdit): number => {
    const key = `${base}\u0000${edit.format}\u0000${edit.bold}`;
    let index = this.made.get(key);
    if (index === undefined) {
      const xf = this.xfs[base] ?? this.xfs[0] ?? `<${this.p}xf/>`;
      const font = this.font(Number(attr(xf, "fontId") ?? 0), !!edit.bold);
      const next = setAttrs(xf, {
        numFmtId: String(this.numFmt(edit.format ?? "General")),
        fontId: String(font),
        applyNumberFormat: "1",
        applyFont: "1",
      });
      index = this.xfs.indexOf(next);
      if (index < 0) index = this.xfs.length + this.added(this.xfsAdded, next);
      this.made.set(key, index);
    }
    return index;
  };

  /** The part with what was added, or undefined when nothing was. */
  result(): string | undefined {
    if (!this.xfsAdded.length) return undefined;
    const formats = this.numFmtsAdded.map(
      (n) => `<${this.p}numFmt numFmtId="${n.id}" formatCode="${xmlText(n.code)}"/>`,
    );
    let xml = this.append(this.xml, "numFmts", this.numFmts.length, formats);
    xml = this.append(xml, "fonts", this.fonts.length, this.fontsAdded);
    return this.append(xml, "cellXfs", this.xfs.length, this.xfsAdded);
  }

  private added(list: string[], item: string): number {
    const at = list.indexOf(item);
    return at >= 0 ? at : list.push(item) - 1;
  }

  /** The font `base` with its weight set: `<b/>` removed or added (CT_Font's children come in any order). */
  private font(base: number, bold: boolean): number {
    const p = esc(this.p);
    const f = this.fonts[base] ?? this.fonts[0] ?? `<${this.p}font/>`;
    let next = f.replace(new RegExp(`<${p}b(\\s[^>]*)?/>|<${p}b(\\s[^>]*)?>\\s*</${p}b>`, "g"), "");
    if (bold)
      next =
        /\/>$/.test(next) && !next.includes("</")
          ? next.replace(/\s*\/>$/, `><${this.p}b/></${this.p}font>`)
          : next.replace(new RegExp(`^(<${p}font\\b[^>]*>)`), `$1<${this.p}b/>`);
    const at = this.fonts.indexOf(next);
    return at >= 0 ? at : this.fonts.length + this.added(this.fontsAdded, next);
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN.get(code);
    if (builtin !== undefined) return builtin;
    const known = [...this.numFmts, ...this.numFmtsAdded].find((n) => n.code === code);
    if (known) return known.id;
    const id = Math.max(163, ...[...this.numFmts, ...this.numFmtsAdded].map((n) => n.id)) + 1;
    this.numFmtsAdded.push({ id, code });
    return id;
  }

  /** The child elements of the first `<list>`, each as its XML. */
  private children(list: string, child: string): string[] {
    const p = esc(this.p);
    const m = new RegExp(`<${p}${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${list}>)`).exec(this.xml);
    if (!m?.[1]) return [];
    return (
      m[1].match(new RegExp(`<${p}${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${child}>)`, "g")) ?? []
    );
  }

  /**
   * `items` appended to `<list>` and its count set; a list the part lacks is made, in its place in
   * CT_Stylesheet's order (18.8.39), after the last of the lists that come before it.
   */
  private append(xml: string, list: string, had: number, items: string[]): string {
    if (!items.length) return xml;
    const p = esc(this.p);
    const count = String(had + items.length);
    const close = `</${this.p}${list}>`;
    const m = new RegExp(`<${p}${list}\\b[^>]*?(/?)>`).exec(xml);
    if (m) {
      const start = setAttrs(m[0], { count });
      if (m[1])
        return splice(
          xml,
          m.index,
          m[0].length,
          start.replace(/\s*\/>$/, ">") + items.join("") + close,
        );
      const end = xml.indexOf(close, m.index);
      return splice(
        xml,
        m.index,
        end - m.index,
        start + xml.slice(m.index + m[0].length, end) + items.join(""),
      );
    }
    const made = `<${this.p}${list} count="${count}">${items.join("")}${close}`;
    let at = new RegExp(`<${p}styleSheet\\b[^>]*>`).exec(xml)!;
    for (const before of ORDER.slice(0, ORDER.indexOf(list)))
      at = new RegExp(`</${p}${before}>|<${p}${before}\\b[^>]*/>`).exec(xml) ?? at;
    return splice(xml, at.index + at[0].length, 0, made);
  }
}

/** The lists of CT_Stylesheet this writer may add to, in the order the schema gives them. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"];

const splice = (s: string, at: number, remove: number, insert: string) =>
  s.slice(0, at) + insert + s.slice(at + remove);

/** A styles part for a workbook that has none: Excel's defaults, one font, one cell format. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

function attr(xml: string, name: string): string | undefined {
  return new RegExp(`^<[^>]*?\\s${name}="([^"]*)"`).exec(xml)?.[1];
}

/** The element's start tag with these attributes set (replaced where present, else added). */
function setAttrs(xml: string, values: Record<string, string>): string {
  const tag = /^<[^>]*?(?=\/?>)/.exec(xml)![0];
  let next = tag;
  for (const [k, v] of Object.entries(values)) {
    const re = new RegExp(`\\s${k}="[^"]*"`);
    next = re.test(next) ? next.replace(re, ` ${k}="${v}"`) : `${next} ${k}="${v}"`;
  }
  return next + xml.slice(tag.length);
}

function unescape(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x?[0-9a-fA-F]+);/g, (_, e: string) =>
    e === "lt"
      ? "<"
      : e === "gt"
        ? ">"
        : e === "quot"
          ? '"'
          : e === "apos"
            ? "'"
            : e === "amp"
              ? "&"
              : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : +e.slice(1)),
  );
}
