import { main } from "../../src/cli/main";

/** Runs the CLI in-process and collects what it prints and its exit code. */
export async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const out = jest
    .spyOn(process.stdout, "write")
    .mockImplementation((s) => ((stdout += String(s)), true));
  const err = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
