import { columnIndex } from "../../core/mapping/grid";

/** "B12" (or "$B$12") as 0-based row and column; anything else is A1. */
export function decodeRef(ref: string | undefined): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec((ref ?? "").toUpperCase());
  if (!m) return { row: 0, col: 0 };
  return { row: +m[2] - 1, col: columnIndex(m[1]) };
}
