import { createHash } from "crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "fs";
import { createRequire } from "module";
import { join, relative } from "path";
import webpack, { Configuration, Stats } from "webpack";

type ConfigFactory = (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<Configuration>;

const ROOT = join(__dirname, "../..");
const CACHE = join(ROOT, "node_modules", ".cache", "eko-dist");
/** What the bundle is made of: a change to any of these makes a new build. */
const INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "package-lock.json",
  "tsconfig.json",
];

/** The production build the tests check: built once per content of its inputs, shared by test files. */
export async function builtDist(): Promise<string> {
  const dir = join(CACHE, inputsHash());
  if (existsSync(join(dir, "taskpane.html"))) return dir;
  mkdirSync(CACHE, { recursive: true });
  const lock = `${dir}.lock`;
  // Test files run in parallel workers; the first builds, the others wait for its result.
  while (!tryLock(lock)) {
    await new Promise((r) => setTimeout(r, 500));
    if (existsSync(join(dir, "taskpane.html"))) return dir;
  }
  try {
    if (existsSync(join(dir, "taskpane.html"))) return dir;
    const tmp = `${dir}.tmp-${process.pid}`;
    await buildInto(tmp);
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    return dir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    // A lock left by a killed run is stale after ten minutes, longer than any build here.
    if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 600_000) {
      rmSync(lock, { recursive: true, force: true });
    }
    return false;
  }
}

function inputsHash(): string {
  const hash = createHash("sha256");
  const add = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(relative(ROOT, path)).update("\0").update(readFileSync(path)).update("\0");
    }
  };
  for (const input of INPUTS) if (existsSync(join(ROOT, input))) add(join(ROOT, input));
  return hash.digest("hex").slice(0, 16);
}

/** Runs the real production build (webpack.config.js, as `npm run build` does) into outDir. */
async function buildInto(outDir: string): Promise<void> {
  const factory = createRequire(__filename)("../../webpack.config.js") as ConfigFactory;
  const config = await factory({ WEBPACK_BUILD: true, outDir }, { mode: "production" });
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack({ ...config, mode: "production", infrastructureLogging: { level: "error" } }).run(
      (err, result) => (err || !result ? reject(err) : resolve(result)),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
}

/** How long a test may wait for the build: measured 1–2,5 min on two busy cores; generous on purpose. */
export const BUILD_TIMEOUT = 900_000;
