import { Sheet } from "../../core/mapping/grid";
import { OutputBlock } from "./block";
import { Anchor, planWrite, WritePlan } from "./place";
import { Progress, WorkbookPort } from "./port";
import { Bounds, SavedState, Target, withoutOwnOutput } from "./state";

export type WriteOutcome =
  | { status: "skrivet"; plan: WritePlan; state: SavedState; sheets: Sheet[] }
  /** Own output was edited by the user since the last run; nothing was written. */
  | { status: "fråga"; edited: { id: string; where: Bounds }[] };

/** The report's blocks computed from sheets (without the add-in's own output). */
export type BuildBlocks = (sheets: Sheet[]) => { block: OutputBlock; anchor?: Anchor }[];

/**
 * Writes the report tables into the workbook. The figures are computed here from a fresh read,
 * never from what the pane read earlier: with the shared runtime the pane's page lives on while
 * the user edits the ledger, so its copy can be days old. Then it plans around every foreign
 * cell, stops to ask when the user edited earlier output, writes, and remembers what it wrote.
 */
export async function writeReport(
  port: WorkbookPort,
  state: SavedState,
  build: BuildBlocks,
  target: Target,
  replaceEdited: boolean,
  progress?: Progress,
): Promise<WriteOutcome> {
  progress?.("Läser arbetsboken inför skrivningen …", 0);
  const { sheets, owned, formulas } = await port.read(state, progress);
  const clean = withoutOwnOutput(sheets, Object.values(owned));
  const plan = planWrite(
    sheets,
    owned,
    build(clean),
    target,
    formulas ?? [],
    moved(state.target, target),
  );
  if (plan.edited.length && !replaceEdited) return { status: "fråga", edited: plan.edited };
  progress?.("Skriver tabellerna …", 0.5);
  await port.apply(plan, progress);
  const next: SavedState = { ...state, target, outputs: plan.outputs };
  await port.saveState(next);
  progress?.("Klart", 1);
  return { status: "skrivet", plan, state: next, sheets: clean };
}

/** Whether the user chose another place for the tables than where they were written last time. */
export function moved(before: Target | undefined, now: Target): boolean {
  if (!before) return false;
  return (
    before.mode !== now.mode ||
    (now.mode === "sheet" && before.mode === "sheet" && before.sheet !== now.sheet)
  );
}
