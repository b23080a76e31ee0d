import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  EXAMPLE,
  honestBomb,
  lyingSizeBomb,
  SHORT_COUNT_LISTED,
  shortCountBomb,
  templateBomb,
  unlistedEntryBomb,
  unlistedTemplateBomb,
} from "../io/stream/bombFiles";
import { Spawned, spawnCli } from "./spawned";

/**
 * Issue 12's five zip bombs given to the CLI as a user runs it, in its own process: each is
 * refused with exit 1 and one Swedish line naming the file and the limit or the defect (the
 * unlisted entry, found without inflating it), and the process's peak memory stays under 1 GB.
 * Each bomb unpacks to 1,4 GB (the honest one to 2 GB), more than the process could hold; the
 * files are 1–2 MB, built here.
 */
const GB = 1024 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "eko-bomb-cli-"));

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** One Swedish line for the controller: exit 1, no stack trace, not the "unexpected" fallback. */
function refusedCleanly(r: Spawned, message: RegExp) {
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/Oväntat fel/);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.peak).toBeLessThan(GB);
}

describe("zip bombs given to the CLI", () => {
  it("honest: a sheet that says it unpacks to 2 GB is refused before anything is inflated", async () => {
    const bomb = honestBomb();
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    refusedCleanly(
      spawnCli([file("arlig.xlsx", bomb)]),
      /^Fel: .*arlig\.xlsx packas upp till 2 048 MB \(största delen xl\/worksheets\/sheet1\.xml, 2 048 MB\); gränsen är 1 536 MB\. Filen läses inte, så att minnet inte tar slut\./,
    );
  });

  it("lying size: a sheet that says 1 kB and inflates to 1,4 GB is stopped by the count at 1 kB", async () => {
    refusedCleanly(
      spawnCli([file("ljuger.xlsx", lyingSizeBomb())]),
      /^Fel: .*ljuger\.xlsx packas upp till mer än zip-filen uppger: delen xl\/worksheets\/sheet1\.xml ger mer än de 1 000 byte som står i dess innehållsförteckning\. Filen läses inte, så att minnet inte tar slut\./,
    );
  });

  it("short count: a directory listing a 1,4 GB part beyond the count in its end record is refused", async () => {
    refusedCleanly(
      spawnCli([file("kort.xlsx", shortCountBomb())]),
      new RegExp(
        `^Fel: .*kort\\.xlsx kan inte läsas som en \\.xlsx-fil: zip-filens innehållsförteckning säger ${SHORT_COUNT_LISTED - 1} delar men räknar upp ${SHORT_COUNT_LISTED}\\. Filen läses inte`,
      ),
    );
  });

  it("unlisted entry: a 1,4 GB local entry left out of the directory is refused, naming the hidden part", async () => {
    refusedCleanly(
      spawnCli([file("olistad.xlsx", unlistedEntryBomb())]),
      /^Fel: .*olistad\.xlsx innehåller en del \(xl\/worksheets\/sheet1\.xml\) som inte finns i zip-filens innehållsförteckning\. Filen läses inte:/,
    );
  });

  it("template: a --template .docx that says 2 kB and inflates to 1,4 GB is refused, naming the template", async () => {
    refusedCleanly(
      spawnCli([
        EXAMPLE,
        "--json",
        join(dir, "ur1.json"),
        "--docx",
        join(dir, "ur1.docx"),
        "--template",
        file("mall.docx", templateBomb()),
      ]),
      /^Fel: .*mall\.docx packas upp till mer än zip-filen uppger: delen word\/document\.xml ger mer än de 2 000 byte som står i dess innehållsförteckning\. Filen läses inte, så att minnet inte tar slut\./,
    );
  });

  it("unlisted template: a --template .docx with a 1,4 GB document left out of its directory is refused, naming the template", async () => {
    refusedCleanly(
      spawnCli([
        EXAMPLE,
        "--json",
        join(dir, "ur1.json"),
        "--docx",
        join(dir, "ur1.docx"),
        "--template",
        file("olistad-mall.docx", unlistedTemplateBomb()),
      ]),
      /^Fel: .*olistad-mall\.docx innehåller en del \(word\/document\.xml\) som inte finns i zip-filens innehållsförteckning\. Filen läses inte:/,
    );
  });
});
