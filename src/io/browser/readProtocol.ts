import { Sheet } from "../../core/mapping/grid";

/** The page asks the worker to read a workbook, or only its named sheets. */
export interface ReadRequest {
  id: number;
  bytes: ArrayBuffer;
  name: string;
  only?: string[];
}

/** What the worker sends back: progress any number of times, then sheets or an error. */
export type ReadReply =
  | { id: number; progress: number }
  | { id: number; sheets: Sheet[] }
  | { id: number; error: string; user: boolean };

/** Reads a workbook's bytes into sheets, reporting the share read (0–1) as it goes. */
export type SheetReader = (
  data: Uint8Array,
  name: string,
  progress?: (share: number) => void,
  only?: string[],
) => Promise<Sheet[]>;
