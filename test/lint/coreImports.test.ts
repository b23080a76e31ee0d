import { spawnSync } from "child_process";
import { join } from "path";

/**
 * The core's import ban (eslint.config.mjs) must hold at any folder depth: a file two levels
 * down in src/core may not reach the doors either.
 */
const ROOT = join(__dirname, "../..");

// ESLint runs as its own process: its .mjs configuration needs a real dynamic import, which jest's
// CommonJS sandbox does not give it.
async function lintAt(file: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules/eslint/bin/eslint.js"),
      "--format",
      "json",
      "--stdin",
      "--stdin-filename",
      file,
    ],
    { cwd: ROOT, input: code, encoding: "utf8" },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { message: string }[] }[];
  return result.messages.map((m) => m.message);
}

describe("src/core imports", () => {
  it.each([
    ["src/core/x.ts", 'import { a } from "../io/xlsx";\nexport const b = a;\n'],
    ["src/core/mapping/x.ts", 'import { a } from "../../io/xlsx";\nexport const b = a;\n'],
    [
      "src/core/mapping/deep/x.ts",
      'import { a } from "../../../taskpane/App";\nexport const b = a;\n',
    ],
    ["src/core/mapping/deep/x.ts", 'import { a } from "../../../cli/main";\nexport const b = a;\n'],
  ])(
    "%s may not import a door: %s",
    async (file, code) => {
      expect(await lintAt(file, code)).toEqual([
        expect.stringContaining("Kärnan beror inte på sina dörrar"),
      ]);
    },
    60_000,
  );

  it("may import its own modules at any depth", async () => {
    expect(
      await lintAt(
        "src/core/mapping/x.ts",
        'import { fail } from "../errors";\nexport const f = fail;\n',
      ),
    ).toEqual([]);
  }, 60_000);
});
