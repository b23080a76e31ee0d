import { Layout } from "../../core/layout/model";
import { MappingFile } from "../../core/mapping/match";
import { RawValue, Sheet } from "../../core/mapping/grid";

/** A rectangle on a sheet, 0-based and inclusive, as the core's grid counts. */
export interface Bounds {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One block the add-in wrote: where it is now, and what it held when written. */
export interface OwnedOutput extends Bounds {
  /** Hash of the block's cells as written; a different hash now means the user edited it. */
  fingerprint: string;
}

/** Where a mapped source table was when the mapping was saved, to notice it moving or changing. */
export interface SavedSource {
  table: string;
  sheet: string;
  headerRow: number;
  firstCol: number;
  headers: string[];
}

export type Target = { mode: "beside" } | { mode: "sheet"; sheet: string };

/**
 * What the workbook remembers between runs, so next month's report is one click: the choices,
 * the mapping as explicit headers, and the add-in's own output (so it is updated, never copied).
 */
export interface SavedState {
  version: 1;
  type?: string;
  period?: string;
  org?: string;
  target?: Target;
  mapping?: MappingFile;
  /** The layout chosen for this workbook's report, so next month's report uses it without asking. */
  layout?: Layout;
  /** The file that layout was read from, so the pane can name it. */
  layoutFile?: string;
  sources?: SavedSource[];
  outputs?: Record<string, OwnedOutput>;
}

export function parseState(text: string | null | undefined): SavedState | undefined {
  if (!text) return undefined;
  try {
    const s = JSON.parse(text) as SavedState;
    return s && s.version === 1 ? s : undefined;
  } catch {
    // A damaged setting is treated as none: the user maps again rather than being stuck.
    return undefined;
  }
}

export function contains(b: Bounds, sheet: string, row: number, col: number): boolean {
  return b.sheet === sheet && row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

/** How a cell compares: numbers to 10 decimals, text trimmed, empty as "". */
function cellKey(v: RawValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(Math.round(v * 1e10) / 1e10);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") return v.error;
  return String(v).trim();
}

/** FNV-1a over the cells, row by row: enough to tell "as written" from "edited since". */
export function fingerprint(values: RawValue[][]): string {
  let h = 0x811c9dc5;
  const text = values.map((r) => r.map(cellKey).join("\u0001")).join("\u0002");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function cut(sheet: Sheet | undefined, b: Bounds): RawValue[][] {
  return Array.from({ length: b.bottom - b.top + 1 }, (_, r) =>
    Array.from(
      { length: b.right - b.left + 1 },
      (_, c) => sheet?.values[b.top + r]?.[b.left + c] ?? null,
    ),
  );
}

/**
 * The sheets without the add-in's own output, so a written report table is never read back as a
 * source table (it would be mapped again and counted twice).
 */
export function withoutOwnOutput(sheets: Sheet[], outputs: OwnedOutput[]): Sheet[] {
  if (!outputs.length) return sheets;
  return sheets.map((s) => {
    const mine = outputs.filter((o) => o.sheet === s.name);
    if (!mine.length) return s;
    const blank = <T>(grid: T[][], empty: T) =>
      grid.map((row, r) =>
        Array.from(row, (v, c) => (mine.some((o) => contains(o, s.name, r, c)) ? empty : v)),
      );
    return { ...s, values: blank(s.values, null), formats: blank(s.formats, undefined) };
  });
}
