import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../scripts/examples/write";
import { EXAMPLES as SOURCES, TEMPLATE } from "../../scripts/make-examples";
import { sampleTemplate } from "../../scripts/examples/template";
import { EXAMPLES } from "./helpers";

/** The committed example workbooks are what the script writes: nobody edited them by hand. */
it.each(Object.keys(SOURCES))(
  "examples/%s is what scripts/make-examples.ts writes",
  async (file) => {
    const dir = mkdtempSync(join(tmpdir(), "eko-"));
    await writeWorkbook(join(dir, file), SOURCES[file as keyof typeof SOURCES]);
    // Byte for byte: the script dates every zip entry, so the same sheets give the same file.
    expect(readFileSync(join(EXAMPLES, file)).equals(readFileSync(join(dir, file)))).toBe(true);
  },
);

it(`examples/${TEMPLATE} is what scripts/make-examples.ts writes`, async () => {
  expect(readFileSync(join(EXAMPLES, TEMPLATE)).equals(await sampleTemplate())).toBe(true);
});
