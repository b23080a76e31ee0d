/// <reference types="office-js" />
import { Sheet } from "../../core/mapping/grid";
import { Progress } from "../output/port";
import { formatOf, rawValue } from "./cells";

/**
 * Excel on the web refuses a request or a response over 5 MB (ResponsePayloadSizeLimitExceeded).
 * A read is sized by bytes, not cells: a ledger of long texts carries ten times the bytes of one
 * of numbers. 2 MB per sync leaves room for JSON escaping and the envelope.
 */
export const PAYLOAD_BYTES = 2_000_000;
/** The first guess for a cell's values and format as JSON; measured reads replace it. */
const FIRST_GUESS = 40;

export interface UsedArea {
  sheet: Excel.Worksheet;
  into: Sheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface Slice {
  area: UsedArea;
  row: number;
  rows: number;
}

/**
 * Reads the used areas in as few syncs as fit the payload limit. The bytes per cell are measured
 * on every response and the next slices sized by the largest seen; if Excel still refuses, the
 * estimate is quadrupled and the same slices read again in smaller pieces.
 */
export async function readCells(
  context: Excel.RequestContext,
  areas: UsedArea[],
  progress?: Progress,
) {
  const total = areas.reduce((n, a) => n + a.rows * a.cols, 0);
  const next = areas.map((a) => a.row);
  let perCell = FIRST_GUESS;
  let done = 0;
  for (;;) {
    const batch: Slice[] = [];
    let budget = PAYLOAD_BYTES;
    areas.forEach((area, i) => {
      const left = area.row + area.rows - next[i];
      if (left <= 0 || budget < area.cols * perCell) return;
      const rows = Math.min(left, Math.max(1, Math.floor(budget / (area.cols * perCell))));
      batch.push({ area, row: next[i], rows });
      budget -= rows * area.cols * perCell;
    });
    if (!batch.length) {
      // Every area too wide for what is left of the budget: read the first one alone.
      const i = areas.findIndex((a, k) => next[k] < a.row + a.rows);
      if (i < 0) return;
      batch.push({ area: areas[i], row: next[i], rows: 1 });
    }
    const ranges = batch.map((s) =>
      s.area.sheet
        .getRangeByIndexes(s.row, s.area.col, s.rows, s.area.cols)
        .load("values,numberFormat"),
    );
    try {
      await context.sync();
    } catch (e) {
      if ((e as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded" || perCell > 1e6)
        throw e;
      perCell *= 4;
      continue;
    }
    let bytes = 0;
    batch.forEach((s, k) => {
      const { values, numberFormat } = ranges[k];
      bytes += JSON.stringify(values).length + JSON.stringify(numberFormat).length;
      place(s, values, numberFormat);
      next[areas.indexOf(s.area)] = s.row + s.rows;
    });
    const cells = batch.reduce((n, s) => n + s.rows * s.area.cols, 0);
    perCell = Math.max(perCell, bytes / cells);
    done += cells;
    progress?.(
      `Läser celler: ${done.toLocaleString("sv-SE")} av ${total.toLocaleString("sv-SE")}`,
      total ? done / total : 1,
    );
  }
}

function place(s: Slice, values: unknown[][], formats: unknown[][]) {
  const sheet = s.area.into;
  for (let r = 0; r < s.rows; r++) {
    const vs = (sheet.values[s.row + r] ??= []);
    const fs = (sheet.formats[s.row + r] ??= []);
    for (let c = 0; c < s.area.cols; c++) {
      const f = formatOf(formats[r]?.[c]);
      vs[s.area.col + c] = rawValue(values[r]?.[c], f);
      fs[s.area.col + c] = f;
    }
  }
}
