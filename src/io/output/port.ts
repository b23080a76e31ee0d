import { Sheet } from "../../core/mapping/grid";
import { WritePlan } from "./place";
import { Bounds, OwnedOutput, SavedState } from "./state";

/** Progress of a long read or write, in words for the user and, when known, a share done (0–1). */
export type Progress = (text: string, done?: number) => void;

export interface WorkbookRead {
  sheets: Sheet[];
  owned: Record<string, OwnedOutput>;
  formulas?: Bounds[];
}

/** A workbook as the task pane sees it: in Excel (Office.js) or a file opened in the browser. */
export interface WorkbookPort {
  readonly mode: "excel" | "fil";
  /** What the pane calls the workbook ("den öppna arbetsboken", the file name). */
  readonly title: string;
  /**
   * Every sheet as it is now, the add-in's own output included, where that output is, and the
   * cells holding a formula (a formula showing "" reads as empty but is the user's cell).
   */
  read(state: SavedState | undefined, progress?: Progress): Promise<WorkbookRead>;
  loadState(): Promise<SavedState | undefined>;
  saveState(state: SavedState): Promise<void>;
  apply(plan: WritePlan, progress?: Progress): Promise<void>;
  /** Shows a place ("Blad!B3", "Blad!A3:E3") to the user: in Excel, selects it. */
  select(where: string): Promise<void>;
}

/** The sheet where the browser keeps the saved state; never read as a source. */
export const STATE_SHEET = "Ekonomirapport_inställningar";
