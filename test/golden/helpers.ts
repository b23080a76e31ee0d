import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runReport, RunOptions, RunResult } from "../../src/core/pipeline";
import { ReportTable } from "../../src/core/report/model";
import { readWorkbook } from "../../src/io/xlsx";

export const EXAMPLES = join(__dirname, "..", "..", "examples");

export async function runExample(file: string, options: RunOptions = {}): Promise<RunResult> {
  return runReport(await readWorkbook(readFileSync(join(EXAMPLES, file)), file), options);
}

export function table(run: RunResult, id: string): ReportTable {
  const t = run.report.tables.find((x) => x.id === id);
  if (!t) {
    const missing = run.report.missing.find((m) => m.id === id);
    throw new Error(`tabellen ${id} saknas${missing ? `: ${missing.reason}` : ""}`);
  }
  return t;
}

/** The table as printed: header row first, then every row, each cell the exact string. */
export function printed(run: RunResult, id: string): string[][] {
  const t = table(run, id);
  return [t.columns, ...t.rows];
}

export function checkMessages(run: RunResult, id: string): string[] {
  return run.report.checks.filter((c) => c.id === id).map((c) => c.message);
}
