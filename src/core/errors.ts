/**
 * One error type for everything the user can cause. The message is Swedish and meant for a
 * controller; `where` says which cell, table or argument it concerns, so every door (CLI, task
 * pane, custom function) can point at the place instead of printing a stack trace.
 */
export class EkoError extends Error {
  constructor(
    message: string,
    readonly where?: string,
    /** The report choice it concerns, so a door can point at its own field or flag. */
    readonly field?: ReportField,
  ) {
    super(where ? `${where}: ${message}` : message);
    this.name = "EkoError";
  }
}

export type ReportField = "type" | "period" | "org";

export function fail(message: string, where?: string, field?: ReportField): never {
  throw new EkoError(message, where, field);
}
