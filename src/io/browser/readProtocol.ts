import { Sheet } from "../../core/mapping/grid";
import { Bounds } from "../output/state";
import { MappingFile } from "../../core/mapping/match";
import { LIMITS, WORKBOOK_STREAMED } from "../limits";
import { readXlsx } from "../stream/read";
import { bytesAt } from "../zip";

/** The page asks the worker to read a workbook, or only its named sheets. */
export interface ReadRequest {
  id: number;
  bytes: ArrayBuffer;
  name: string;
  only?: string[];
  /** The saved mapping, so the worker recognises the ledger the user mapped. */
  mapping?: MappingFile;
}

/** What the worker sends back: progress any number of times, then sheets or an error. */
export type ReadReply =
  | { id: number; progress: number }
  | ({ id: number } & SheetsRead)
  | { id: number; error: string; user: boolean };

/**
 * The sheets, and the cells that hold a formula (a formula showing "" reads as empty but is the
 * user's). A large ledger comes column by column (`SourceTable.stored` in `Sheet.streamed`).
 */
export interface SheetsRead {
  sheets: Sheet[];
  formulas: Bounds[];
}

/** Reads a workbook's bytes into sheets, reporting the share read (0–1) as it goes. */
export type SheetReader = (
  data: Uint8Array,
  name: string,
  progress?: (share: number) => void,
  only?: string[],
  mapping?: MappingFile,
) => Promise<SheetsRead>;

/** The reader as the worker and the page without a worker run it. */
export async function readSheets(
  data: Uint8Array,
  name: string,
  progress?: (share: number) => void,
  only?: string[],
  mapping?: MappingFile,
): Promise<SheetsRead> {
  const formulas: Bounds[] = [];
  const sheets = await readXlsx(bytesAt(data), data.length, name, {
    limits: WORKBOOK_STREAMED,
    progress,
    only,
    mapping,
    storeLedgersAbove: LIMITS.storeLedgerAbove,
    onFormula: (sheet, r, c) => formulas.push({ sheet, top: r, left: c, bottom: r, right: c }),
  });
  return { sheets, formulas };
}

/** The stored ledgers' arrays, handed over to the page rather than copied. */
export function transferables(read: SheetsRead): ArrayBuffer[] {
  return read.sheets.flatMap((s) =>
    (s.streamed ?? []).flatMap((t) =>
      t.stored ? [...t.stored.kinds, ...t.stored.numbers].map((a) => a.buffer as ArrayBuffer) : [],
    ),
  );
}
