import { Sheet } from "../../src/core/mapping/grid";
import { WritePlan } from "../../src/io/output/place";
import { WorkbookPort } from "../../src/io/output/port";
import { cut, fingerprint, SavedState } from "../../src/io/output/state";

/** A workbook in memory behind the pane's port: what the pane reads, writes and selects. */
export class MemoryPort implements WorkbookPort {
  readonly mode = "excel" as const;
  readonly title = "testboken";
  plans: WritePlan[] = [];
  selected: string[] = [];

  constructor(
    public sheets: Sheet[],
    public state?: SavedState,
  ) {}

  async read(state: SavedState | undefined) {
    // A copy, as Excel and exceljs give: the pane must not see later writes in what it read.
    const sheets = this.sheets.map((s) => ({
      ...s,
      values: s.values.map((r) => [...(r ?? [])]),
      formats: Array.from(s.formats, (r) => [...(r ?? [])]),
    }));
    return { sheets, owned: state?.outputs ?? {} };
  }

  async loadState() {
    return this.state;
  }

  async saveState(state: SavedState) {
    this.state = state;
  }

  async apply(plan: WritePlan) {
    this.plans.push(plan);
    for (const name of plan.newSheets)
      this.sheets.push({ name, values: [], formats: [], tables: [] });
    for (const w of plan.writes) {
      const sheet = this.sheets.find((s) => s.name === w.sheet)!;
      w.block.values.forEach((row, r) =>
        row.forEach((v, c) => ((sheet.values[w.top + r] ??= [])[w.left + c] = v === "" ? null : v)),
      );
      for (let r = 0; r < sheet.values.length; r++)
        sheet.values[r] = Array.from(sheet.values[r] ?? [], (v) => v ?? null);
    }
  }

  async select(where: string) {
    this.selected.push(where);
  }

  /** The user types over a cell of the add-in's output. */
  edit(id: string, text: string) {
    const o = this.state!.outputs![id];
    const sheet = this.sheets.find((s) => s.name === o.sheet)!;
    sheet.values[o.top][o.left] = text;
    return fingerprint(cut(sheet, o)) !== o.fingerprint;
  }
}
