import { columnName } from "../../../src/core/mapping/grid";
import { Batch, FakeContext } from "./fakeProxies";

/**
 * A small Excel for the adapter tests, as strict as Excel where the add-in could go wrong:
 * - every request is queued and runs only at `context.sync()`, in order; the first failing one
 *   rejects the sync with an OfficeExtension.Error-like error (`code`, `debugInfo`), and what ran
 *   before it stays done, as in Excel (a batch is not a transaction);
 * - a property read before load + sync throws PropertyNotLoaded;
 * - a values or numberFormat array must have the range's shape (InvalidArgument);
 * - sheet names follow Excel's rules (InvalidArgument; a name in use is ItemAlreadyExists);
 * - a protected sheet refuses writes (AccessDenied), a protected structure refuses new sheets;
 * - a cell can hold a formula that shows "" or text of spaces, and name formulas are written as
 *   Excel writes them (quoted sheet names, columns past Z, `#REF!` once the sheet is deleted).
 */
export type Cell = string | number | boolean;

export interface FakeCell {
  v: Cell;
  f: string;
  formula?: string;
  bold?: boolean;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  tables: { name: string; top: number; left: number; bottom: number; right: number }[];
  protected: boolean;
}

/** What office.js rejects a sync with: an OfficeExtension.Error has a code and debugInfo. */
export class OfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

/** Excel's rules for a sheet name (what the Rename box refuses). */
export function sheetNameError(name: string): string | undefined {
  if (!name.trim()) return "The name is empty.";
  if (name.length > 31) return "The name is longer than 31 characters.";
  if (/[:\\/?*[\]]/.test(name)) return "The name contains : \\ / ? * [ or ].";
  if (name.startsWith("'") || name.endsWith("'")) return "The name begins or ends with '.";
  if (name.toLowerCase() === "history") return "History is reserved by Excel.";
  return undefined;
}

/** A sheet name as Excel writes it in a formula: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u00c0-\u024f][\w.\u00c0-\u024f]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Office.PlatformType's values (office.js sets the enum to these strings). */
export type Platform = "PC" | "OfficeOnline" | "Mac" | "iOS" | "Android" | "Universal";

/**
 * Requirement sets the fake knows, and the platforms that have them, from Microsoft's
 * requirement-set pages (OpenBrowserWindowApi 1.1: Excel on Windows, Mac and iPad, not on the
 * web). A set not listed is refused, so code can't lean on one the fake never heard of.
 */
const REQUIREMENT_SETS: Record<string, { version: string; on: Platform[] }> = {
  OpenBrowserWindowApi: { version: "1.1", on: ["PC", "Mac", "iOS"] },
};

export const a1 = (row: number, col: number) => `$${columnName(col)}$${row + 1}`;

export class FakeExcel {
  sheets: FakeSheet[] = [];
  /** Workbook-level names and their formulas ("=Resultat!$H$3:$L$9"). */
  names = new Map<string, string>();
  customXml: { id: string; xml: string }[] = [];
  settings = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  structureProtected = false;
  syncs = 0;
  /** Bytes carried per sync (values and formats as JSON), to see chunks stay under the limit. */
  syncBytes: number[] = [];
  /** Pages the add-in asked Office to open in the user's browser. */
  opened: string[] = [];
  /** Where Excel runs, as Office.context.diagnostics.platform says it. */
  platform: Platform = "PC";
  batch = new Batch(this);
  private nextId = 1;

  addSheet(name: string, rows: Cell[][] = [], top = 0, left = 0): FakeSheet {
    const s: FakeSheet = { name, cells: new Map(), tables: [], protected: false };
    rows.forEach((row, r) =>
      row.forEach((v, c) => v !== "" && s.cells.set(`${top + r},${left + c}`, { v, f: "General" })),
    );
    this.sheets.push(s);
    return s;
  }

  /** Deletes a sheet as the user does: names on it keep their cells but point at #REF!. */
  deleteSheet(name: string) {
    const s = this.sheet(name);
    this.sheets = this.sheets.filter((x) => x !== s);
    const prefix = `=${quoteSheet(name)}!`;
    for (const [n, f] of this.names)
      if (f.startsWith(prefix)) this.names.set(n, `=#REF!${f.slice(prefix.length)}`);
  }

  get(sheet: string, row: number, col: number): Cell {
    return this.sheet(sheet).cells.get(`${row},${col}`)?.v ?? "";
  }

  set(sheet: string, row: number, col: number, v: Cell) {
    this.sheet(sheet).cells.set(`${row},${col}`, { v, f: "General" });
  }

  /** A formula cell, showing `shown` (often "" from =OM(A1="";"";…)). */
  setFormula(sheet: string, row: number, col: number, formula: string, shown: Cell) {
    this.sheet(sheet).cells.set(`${row},${col}`, { v: shown, f: "General", formula });
  }

  format(sheet: string, row: number, col: number): string {
    return this.sheet(sheet).cells.get(`${row},${col}`)?.f ?? "General";
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s)
      throw new OfficeError("ItemNotFound", `The requested resource doesn't exist (${name}).`);
    return s;
  }

  /** Every cell of every sheet as text, to compare a workbook before and after a run. */
  snapshot(): Map<string, string> {
    const out = new Map<string, string>();
    for (const s of this.sheets)
      for (const [k, c] of s.cells) out.set(`${s.name}!${k}`, JSON.stringify(c));
    return out;
  }

  newId(): string {
    return `{${String(this.nextId++).padStart(8, "0")}-0000-0000-0000-000000000000}`;
  }

  /** Installs global Excel and Office as the adapter sees them. */
  install() {
    const g = globalThis as unknown as Record<string, unknown>;
    g.Excel = {
      run: async <T>(cb: (context: unknown) => Promise<T>) => {
        this.batch = new Batch(this);
        return cb(new FakeContext(this, this.batch));
      },
      SpecialCellType: { formulas: "Formulas" },
    };
    const platform = () => this.platform;
    g.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      PlatformType: {
        PC: "PC",
        OfficeOnline: "OfficeOnline",
        Mac: "Mac",
        iOS: "iOS",
        Android: "Android",
        Universal: "Universal",
      },
      context: {
        diagnostics: {
          host: "Excel",
          version: "16.0",
          // A getter: a test sets the platform after install.
          get platform() {
            return platform();
          },
        },
        requirements: {
          isSetSupported: (name: string, version = "1.1") => {
            const set = REQUIREMENT_SETS[name];
            return (
              !!set && set.on.includes(this.platform) && Number(version) <= Number(set.version)
            );
          },
        },
        document: {
          settings: {
            get: (k: string) => this.settings.get(k) ?? null,
            set: (k: string, v: unknown) => void this.settings.set(k, v),
            saveAsync: (cb: (r: { status: string }) => void) => {
              this.saved = new Map(this.settings);
              cb({ status: "succeeded" });
            },
          },
        },
        ui: {
          openBrowserWindow: (url: string) => {
            // "The full URL ... (http or https). Other protocols like mailto aren't supported."
            if (!REQUIREMENT_SETS.OpenBrowserWindowApi.on.includes(this.platform))
              throw new OfficeError("NotSupported", "openBrowserWindow is not supported here.");
            if (!/^https?:\/\//.test(url))
              throw new OfficeError("InvalidArgument", `Not an http(s) URL: ${url}`);
            this.opened.push(url);
          },
        },
      },
    };
  }
}
