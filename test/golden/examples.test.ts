import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../../src/io/xlsx";
import { writeWorkbook } from "../../scripts/examples/write";
import { EXAMPLES as SOURCES } from "../../scripts/make-examples";
import { EXAMPLES } from "./helpers";

/** The committed example workbooks are what the script writes: nobody edited them by hand. */
it.each(Object.keys(SOURCES))(
  "examples/%s is what scripts/make-examples.ts writes",
  async (file) => {
    const dir = mkdtempSync(join(tmpdir(), "eko-"));
    await writeWorkbook(join(dir, file), SOURCES[file as keyof typeof SOURCES]);
    const fresh = await readWorkbook(readFileSync(join(dir, file)));
    const committed = await readWorkbook(readFileSync(join(EXAMPLES, file)));
    expect(committed).toEqual(fresh);
  },
);
