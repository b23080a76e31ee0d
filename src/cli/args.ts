import { parseArgs } from "node:util";

export const OPTIONS = {
  type: { type: "string" },
  period: { type: "string" },
  org: { type: "string" },
  mapping: { type: "string" },
  layout: { type: "string" },
  "write-layout": { type: "string" },
  json: { type: "string" },
  markdown: { type: "string" },
  docx: { type: "string" },
  template: { type: "string" },
  html: { type: "string" },
  "check-text": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export type CliArgs = ReturnType<typeof parse>;

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
}

/** Thrown for a command line that cannot be understood; the message is the Swedish reason. */
export class UsageError extends Error {}

/** The command line, or a UsageError in Swedish: node's own parseArgs messages are English. */
export function parseCommandLine(argv: string[]): CliArgs {
  try {
    return parse(argv);
  } catch (e) {
    throw new UsageError(swedish(e as Error & { code?: string }));
  }
}

function swedish(e: Error & { code?: string }): string {
  const flag = /'(-[^' ]+)/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `okänd flagga ${flag}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take/.test(e.message)
        ? `${flag} tar inget värde`
        : `${flag} behöver ett värde, t.ex. ${flag} ${example(flag)}`;
    default:
      return `kommandoraden kunde inte tolkas (${e.message})`;
  }
}

function example(flag: string): string {
  const examples: Record<string, string> = {
    "--type": "uppfoljningsrapport1",
    "--period": "2021-04",
    "--org": "Regionstyrelsen",
    "--check-text": "TEXT.txt",
  };
  return examples[flag] ?? "FIL";
}
