import { SourceTable } from "../../core/mapping/blocks";
import { columnIndex, RawValue, Sheet } from "../../core/mapping/grid";
import { rowCount } from "../../core/mapping/storedRows";
import { ReportTable } from "../../core/report/model";
import { OutputBlock } from "./block";
import { Bounds, contains, cut, fingerprint, OwnedOutput, Target } from "./state";

export interface Anchor {
  sheet: string;
  row: number;
  col: number;
}

export interface PlannedWrite extends Bounds {
  block: OutputBlock;
}

export interface WritePlan {
  writes: PlannedWrite[];
  /** Cells of the add-in's previous output that the new output no longer covers. */
  clears: Bounds[];
  /** Sheets to create first (a report sheet the user named that does not exist yet). */
  newSheets: string[];
  /** The own output after this write, to save as state. */
  outputs: Record<string, OwnedOutput>;
  /** Own output the user has changed since the last run: replacing it needs a yes. */
  edited: { id: string; where: Bounds }[];
}

/** "'Min flik'!A3:E3" → the sheet and the 0-based row/column of its first cell. */
export function parseAddress(where: string): Anchor | undefined {
  // A name whose sheet was deleted reads "=#REF!$H$3:$L$9": that is no place.
  if (where.startsWith("#REF!")) return undefined;
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/.exec(where);
  if (!m) return undefined;
  return {
    sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2],
    row: +m[4] - 1,
    col: columnIndex(m[3]),
  };
}

/**
 * Where a report table goes when written beside its source: right of the source table with one
 * empty column between, level with its caption (or header) row.
 */
export function besideAnchor(table: ReportTable, sources: SourceTable[]): Anchor | undefined {
  for (const where of table.sources.flat()) {
    const a = parseAddress(where);
    const src =
      a &&
      sources.find(
        (s) =>
          s.sheet === a.sheet &&
          a.row >= s.headerRow &&
          a.row <= s.headerRow + rowCount(s) &&
          a.col >= s.firstCol &&
          a.col < s.firstCol + s.headers.length,
      );
    if (src)
      return {
        sheet: src.sheet,
        row: Math.max(0, src.headerRow - (src.caption ? 1 : 0)),
        col: src.firstCol + src.headers.length + 1,
      };
  }
  return undefined;
}

const sizeAt = (a: Anchor, b: OutputBlock): Bounds => ({
  sheet: a.sheet,
  top: a.row,
  left: a.col,
  bottom: a.row + b.values.length - 1,
  right: a.col + Math.max(...b.values.map((r) => r.length)) - 1,
});

const overlaps = (a: Bounds, b: Bounds) =>
  a.sheet === b.sheet &&
  a.top <= b.bottom &&
  b.top <= a.bottom &&
  a.left <= b.right &&
  b.left <= a.right;

const within = (a: Bounds, b: Bounds) =>
  contains(b, a.sheet, a.top, a.left) && contains(b, a.sheet, a.bottom, a.right);

/** A cell with anything in it, even spaces, is the user's; only a truly empty one is free. */
const holds = (v: RawValue | undefined) => v !== null && v !== undefined && v !== "";

/**
 * Decides where every block goes without touching a cell the add-in did not write: its own
 * earlier output is updated in place (and cleared where the new block is smaller); a block that
 * would cover someone else's cell moves down past it. Pure, so Excel and the browser share it.
 */
export function planWrite(
  sheets: Sheet[],
  owned: Record<string, OwnedOutput>,
  blocks: { block: OutputBlock; anchor?: Anchor }[],
  target: Target,
  formulas: Bounds[] = [],
  /** The user chose another place than last time: earlier output moves there, its old place is cleared. */
  move = false,
): WritePlan {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  // A ledger held column by column has no cells in `values`; its area is the user's all the same.
  const stored: Bounds[] = sheets.flatMap((s) =>
    (s.streamed ?? []).map((t) => ({
      sheet: s.name,
      top: t.headerRow + 1,
      left: t.firstCol,
      bottom: t.headerRow + rowCount(t),
      right: t.firstCol + t.headers.length - 1,
    })),
  );
  const planned: Bounds[] = [];
  const plan: WritePlan = {
    writes: [],
    clears: [],
    newSheets: [],
    outputs: Object.fromEntries(Object.entries(owned).filter(([, o]) => byName.has(o.sheet))),
    edited: [],
  };
  if (target.mode === "sheet" && !byName.has(target.sheet)) plan.newSheets.push(target.sheet);

  /**
   * The last row in `b` holding a cell the block may not cover (another planned block, or a
   * non-empty cell that is not this table's own earlier output), or -1 when `b` is free.
   */
  const blockedBelow = (b: Bounds, mine?: Bounds): number => {
    let last = -1;
    for (const p of planned) if (overlaps(p, b)) last = Math.max(last, p.bottom);
    for (const t of stored) if (overlaps(t, b)) last = Math.max(last, Math.min(t.bottom, b.bottom));
    for (const f of formulas)
      if (overlaps(f, b) && !(mine && within(f, mine)))
        last = Math.max(last, Math.min(f.bottom, b.bottom));
    const values = byName.get(b.sheet)?.values ?? [];
    for (let r = b.top; r <= Math.min(b.bottom, values.length - 1); r++) {
      for (let c = b.left; c <= b.right; c++) {
        if (holds(values[r]?.[c]) && !(mine && contains(mine, b.sheet, r, c)))
          last = Math.max(last, r);
      }
    }
    return last;
  };

  let stackRow = 0;
  for (const { block, anchor } of blocks) {
    // Output on a sheet the user deleted is gone: the block is written afresh.
    const previous = byName.has(owned[block.id]?.sheet) ? owned[block.id] : undefined;
    const prevSheet = previous && byName.get(previous.sheet);
    let at: Bounds | undefined;
    if (previous && prevSheet) {
      if (fingerprint(cut(prevSheet, previous)) !== previous.fingerprint)
        plan.edited.push({ id: block.id, where: previous });
      const inPlace = sizeAt(
        { sheet: previous.sheet, row: previous.top, col: previous.left },
        block,
      );
      if (!move && blockedBelow(inPlace, previous) < 0) at = inPlace;
    }
    if (!at) {
      const start: Anchor =
        target.mode === "sheet"
          ? { sheet: target.sheet, row: stackRow, col: 0 }
          : (anchor ?? { sheet: previous?.sheet ?? sheets[0]?.name ?? "Rapport", row: 0, col: 0 });
      at = sizeAt(start, block);
      for (let below = blockedBelow(at, previous); below >= 0; below = blockedBelow(at, previous)) {
        at = sizeAt({ sheet: at.sheet, row: below + 2, col: at.left }, block);
      }
    }
    if (target.mode === "sheet" && at.sheet === target.sheet)
      stackRow = Math.max(stackRow, at.bottom + 3);
    planned.push(at);
    plan.writes.push({ ...at, block });
    if (previous) plan.clears.push(...outside(previous, at));
    plan.outputs[block.id] = { ...at, fingerprint: fingerprint(block.values) };
  }
  return plan;
}

/** The parts of `old` not covered by `now`, as up to four rectangles. */
function outside(old: Bounds, now: Bounds): Bounds[] {
  if (!overlaps(old, now)) return [old];
  const parts: Bounds[] = [];
  const s = old.sheet;
  if (old.top < now.top)
    parts.push({ sheet: s, top: old.top, bottom: now.top - 1, left: old.left, right: old.right });
  if (old.bottom > now.bottom)
    parts.push({
      sheet: s,
      top: now.bottom + 1,
      bottom: old.bottom,
      left: old.left,
      right: old.right,
    });
  const top = Math.max(old.top, now.top);
  const bottom = Math.min(old.bottom, now.bottom);
  if (old.left < now.left)
    parts.push({ sheet: s, top, bottom, left: old.left, right: now.left - 1 });
  if (old.right > now.right)
    parts.push({ sheet: s, top, bottom, left: now.right + 1, right: old.right });
  return parts;
}

/** "=Resultat!$G$2:$K$9" (a named range's formula) or "Resultat!G2" → bounds. */
export function parseRange(where: string): Bounds | undefined {
  const text = where.replace(/^=/, "");
  const from = parseAddress(text);
  if (!from) return undefined;
  const end = /:\$?([A-Z]+)\$?(\d+)$/.exec(text);
  const to = end ? parseAddress(`x!${end[1]}${end[2]}`) : from;
  return to && { sheet: from.sheet, top: from.row, left: from.col, bottom: to.row, right: to.col };
}
