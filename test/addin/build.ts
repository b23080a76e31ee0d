import { mkdtempSync } from "fs";
import { createRequire } from "module";
import { tmpdir } from "os";
import { join } from "path";
import webpack, { Configuration, Stats } from "webpack";

type ConfigFactory = (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<Configuration>;

/**
 * Runs the real production build (webpack.config.js, as `npm run build` does) into a fresh
 * directory and returns it, so tests check what the build emits rather than a stale dist/.
 */
export async function buildInto(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "eko-dist-"));
  const factory = createRequire(__filename)("../../webpack.config.js") as ConfigFactory;
  const config = await factory({ WEBPACK_BUILD: true, outDir }, { mode: "production" });
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack({ ...config, mode: "production", infrastructureLogging: { level: "error" } }).run(
      (err, result) => (err || !result ? reject(err) : resolve(result)),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return outDir;
}
