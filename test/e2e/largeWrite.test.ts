import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { Browser } from "playwright-core";
import { writeLedger } from "../../scripts/bench/ledger";
import { readSheets } from "../../src/io/browser/readProtocol";
import { STATE_SHEET } from "../../src/io/output/port";
import { bytesAt, dataStart, zipDirectory } from "../../src/io/zip";
import { builtDist } from "../addin/build";
import { describeInChromium, launchChromium } from "./chromium";
import { serve } from "./serve";

const ROWS = 100_000;
const BUILD_TIMEOUT = 15 * 60_000;
/** A busy two-core machine reads 100 000 rows in seconds; a stuck step still ends the test. */
const STEP = 120_000;

/**
 * The task pane in a browser writes the report into a ledger workbook too large for exceljs to
 * write cheaply (22 MB of sheet XML, above LIMITS.streamAbove): at zip level, with the
 * browser's own CompressionStream, and the file it downloads reads back with every ledger row.
 */
describeInChromium("webbläsartestet av skrivningen i en stor huvudbok")(
  "the task pane writing into a 100 000-row ledger",
  () => {
    let browser: Browser;
    let server: Server;
    let base: string;
    const dir = mkdtempSync(join(tmpdir(), "eko-e2e-write-"));

    beforeAll(async () => {
      const dist = await builtDist();
      ({ url: base, server } = await serve(dist));
      browser = await launchChromium();
      await writeLedger(join(dir, "huvudbok.xlsx"), ROWS);
    }, BUILD_TIMEOUT);

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    });

    it(
      "writes the tables beside the ledger and downloads the workbook with every row kept",
      async () => {
        const context = await browser.newContext({ acceptDownloads: true, locale: "sv-SE" });
        await context.route(/^https?:/, (route) =>
          route.request().url().startsWith(base) ? route.continue() : route.abort(),
        );
        const page = await context.newPage();
        const problems: string[] = [];
        page.on("pageerror", (e) => problems.push(e.message));
        await page.goto(`${base}taskpane.html`);
        await page.setInputFiles('input[accept=".xlsx"]', join(dir, "huvudbok.xlsx"));
        await page.getByRole("heading", { name: "Rapport och period" }).waitFor({ timeout: STEP });
        await page.getByRole("textbox", { name: "Organisation" }).fill("Regionen");
        await page.getByRole("textbox", { name: /Period/ }).fill("2023-04");
        await page.getByRole("textbox", { name: /Period/ }).press("Enter");
        await page.getByRole("button", { name: "Nästa: källtabeller" }).click({ timeout: STEP });
        await page.getByRole("button", { name: "Nästa: granska" }).click({ timeout: STEP });
        await page
          .getByRole("button", { name: "Nästa: skriv och exportera" })
          .click({ timeout: STEP });
        await page.getByRole("button", { name: "Skriv till arbetsboken" }).click({ timeout: STEP });
        const said = page.getByText(/^Skrev \d+ tabeller och texter/);
        const ask = page.getByRole("dialog").getByRole("button", { name: "Skriv ändå" });
        await said.or(ask).waitFor({ timeout: STEP });
        if (await ask.isVisible()) await ask.click();
        await said.waitFor({ timeout: STEP });
        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: STEP }),
          page.getByRole("button", { name: "Ladda ner arbetsboken" }).click(),
        ]);
        const file = join(dir, "nedladdad.xlsx");
        await download.saveAs(file);
        expect(problems).toEqual([]);

        const bytes = new Uint8Array(readFileSync(file));
        const read = await readSheets(bytes, "nedladdad.xlsx");
        expect(read.sheets.map((s) => s.name)).toEqual(["Huvudbok", STATE_SHEET]);
        expect(read.sheets[0].streamed![0].stored!.count).toBe(ROWS);
        // Written at zip level: the file's own parts and the state sheet's, nothing exceljs adds.
        const names = (data: Uint8Array) =>
          zipDirectory(bytesAt(data), data.length, "x").list.map((e) => e.name);
        const original = new Uint8Array(readFileSync(join(dir, "huvudbok.xlsx")));
        expect(names(bytes)).toEqual([...names(original), "xl/worksheets/sheet2.xml"]);
        // The report's cells are in the ledger's sheet, beside its first rows.
        const entry = zipDirectory(bytesAt(bytes), bytes.length, "x").list.find(
          (e) => e.name === "xl/worksheets/sheet1.xml",
        )!;
        const start = dataStart(bytesAt(bytes), entry, "x");
        const head = inflateRawSync(bytes.subarray(start, start + entry.compressed))
          .subarray(0, 200_000)
          .toString("utf8");
        expect(head).toContain("Resultaträkning");
        await context.close();
      },
      10 * 60_000,
    );
  },
);
