/**
 * One error type for everything the user can cause. The message is Swedish and meant for a
 * controller; `where` says which cell, table or argument it concerns, so every door (CLI, task
 * pane, custom function) can point at the place instead of printing a stack trace.
 */
export class EkoError extends Error {
  constructor(
    message: string,
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
    this.name = "EkoError";
  }

  /** The message without the place, for callers that show the place separately. */
  get bare(): string {
    return this.where ? this.message.slice(this.where.length + 2) : this.message;
  }
}

export function fail(message: string, where?: string): never {
  throw new EkoError(message, where);
}
