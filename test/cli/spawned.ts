import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the CLI's process, in bytes (test/cli/peakMemory.cjs). */
  peak: number;
  /** Wall time, for a printed measurement only; tests assert no times. */
  ms: number;
}

/**
 * Runs the CLI as a user does, in its own Node process (`npm run report` runs the same file with
 * tsx), so its exit code, its output and its peak memory are its own and not jest's.
 */
export function spawnCli(args: string[]): Spawned {
  const start = Date.now();
  const r = spawnSync(
    process.execPath,
    [
      "--require",
      join(__dirname, "peakMemory.cjs"),
      "--import",
      "tsx",
      join(ROOT, "src/cli/main.ts"),
      ...args,
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe", "pipe"],
      // A guard against a hang on a loaded machine, not a measurement.
      timeout: 180_000,
      maxBuffer: 1 << 24,
    },
  );
  if (r.error) throw r.error;
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    peak: Number(r.output[3] ?? NaN),
    ms: Date.now() - start,
  };
}
