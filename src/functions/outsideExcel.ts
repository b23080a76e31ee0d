/**
 * The page loads the functions bundle also when it is opened in a plain browser (the task pane's
 * file mode), where office.js is missing or offline and so is CustomFunctions. The registrations
 * the metadata plugin appends would then throw; nothing calls the functions there, so they may
 * register with nothing. In Excel office.js has defined CustomFunctions before this runs.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined")
  scope.CustomFunctions = { associate: () => undefined };

export {};
