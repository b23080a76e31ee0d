import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { raindance, unit4, visma } from "./examples/ledgers";
import { seed000 } from "./examples/seed000";
import { seed002 } from "./examples/seed002";
import { seed004 } from "./examples/seed004";
import { manad } from "./examples/manad";
import { ur2 } from "./examples/ur2";
import { writeIfChanged } from "./examples/stable";
import { sampleTemplate } from "./examples/template";
import { writeWorkbook } from "./examples/write";

/** The example workbooks are data written by this script, never edited by hand. */
export const EXAMPLES = {
  "uppfoljningsrapport1-2021.xlsx": seed000,
  "arsredovisning-2020.xlsx": seed002,
  "verksamhetsplan-2025.xlsx": seed004,
  "uppfoljningsrapport2-2023.xlsx": ur2,
  "manadsrapport-2023-10.xlsx": manad,
  "huvudbok-raindance-2023.xlsx": raindance,
  "huvudbok-unit4-2023.xlsx": unit4,
  "huvudbok-visma-2023.xlsx": visma,
};

/** The sample organisation template for `--template`. */
export const TEMPLATE = "mall-uppfoljningsrapport.docx";

async function main(dir: string) {
  mkdirSync(dir, { recursive: true });
  for (const [file, sheets] of Object.entries(EXAMPLES)) {
    const changed = await writeWorkbook(join(dir, file), sheets);
    console.log(`${changed ? "skrev" : "oförändrad:"} ${join(dir, file)}`);
  }
  const template = join(dir, TEMPLATE);
  const changed = writeIfChanged(template, await sampleTemplate());
  console.log(`${changed ? "skrev" : "oförändrad:"} ${template}`);
}

if (require.main === module) {
  main(process.argv[2] ?? join(__dirname, "..", "examples")).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
