import { OutputBlock } from "./block";
import { Anchor, planWrite, WritePlan } from "./place";
import { Progress, WorkbookPort } from "./port";
import { Bounds, SavedState, Target } from "./state";

export type WriteOutcome =
  | { status: "skrivet"; plan: WritePlan; state: SavedState }
  /** Own output was edited by the user since the last run; nothing was written. */
  | { status: "fråga"; edited: { id: string; where: Bounds }[] };

/**
 * Writes the report tables into the workbook: reads it fresh (the user may have typed since the
 * preview), plans around every foreign cell, stops to ask when the user edited earlier output,
 * then writes and remembers what it wrote.
 */
export async function writeReport(
  port: WorkbookPort,
  state: SavedState,
  blocks: { block: OutputBlock; anchor?: Anchor }[],
  target: Target,
  replaceEdited: boolean,
  progress?: Progress,
): Promise<WriteOutcome> {
  progress?.("Läser arbetsboken inför skrivningen …", 0);
  const { sheets, owned } = await port.read(state, progress);
  const plan = planWrite(sheets, owned, blocks, target, moved(state.target, target));
  if (plan.edited.length && !replaceEdited) return { status: "fråga", edited: plan.edited };
  progress?.("Skriver tabellerna …", 0.5);
  await port.apply(plan, progress);
  const next: SavedState = { ...state, target, outputs: plan.outputs };
  await port.saveState(next);
  progress?.("Klart", 1);
  return { status: "skrivet", plan, state: next };
}

/** Whether the user chose another place for the tables than where they were written last time. */
export function moved(before: Target | undefined, now: Target): boolean {
  if (!before) return false;
  return (
    before.mode !== now.mode ||
    (now.mode === "sheet" && before.mode === "sheet" && before.sheet !== now.sheet)
  );
}
