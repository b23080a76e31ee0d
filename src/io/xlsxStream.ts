import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { Sheet } from "../core/mapping/grid";
import { MappingFile } from "../core/mapping/match";
import { inflateNode } from "./inflateNode";
import { LIMITS } from "./limits";
import { readXlsx } from "./stream/read";
import { readWorkbook } from "./xlsx";
import { ReadAt, zipDirectory } from "./zip";

/**
 * Reads a workbook file the way its size calls for: whole, as the task pane and the tests see
 * workbooks, while it unpacks to at most `LIMITS.streamAbove`; streaming beyond that.
 */
export async function readWorkbookFile(
  path: string,
  name = path,
  mapping?: MappingFile,
): Promise<Sheet[]> {
  const file = openFile(path);
  try {
    const dir = zipDirectory(file.read, file.size, name);
    if (dir.unpacked <= LIMITS.streamAbove) return await readWorkbook(readFileSync(path), name);
    return await readXlsx(file.read, file.size, name, {
      mapping,
      sumLedgers: true,
      inflate: inflateNode,
    });
  } finally {
    file.close();
  }
}

/**
 * Reads a workbook from disk without exceljs (src/io/stream/): a ledger sheet is summed as it is
 * read, every other sheet held, up to `heldCells` cells in all.
 */
export async function readWorkbookStreaming(
  path: string,
  name = path,
  mapping?: MappingFile,
  heldCells: number = LIMITS.heldCells,
): Promise<Sheet[]> {
  const file = openFile(path);
  try {
    return await readXlsx(file.read, file.size, name, {
      mapping,
      heldCells,
      sumLedgers: true,
      inflate: inflateNode,
    });
  } finally {
    file.close();
  }
}

/** One open file read at offsets, so a sheet's compressed bytes are read a slice at a time. */
function openFile(path: string): { read: ReadAt; size: number; close: () => void } {
  const fd = openSync(path, "r");
  return {
    size: statSync(path).size,
    read: (offset, length) => {
      const buf = Buffer.allocUnsafe(length);
      return buf.subarray(0, readSync(fd, buf, 0, length, offset));
    },
    close: () => closeSync(fd),
  };
}
