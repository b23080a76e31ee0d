import { readFileSync } from "fs";
import { Server } from "http";
import { basename } from "path";
import { Browser, BrowserContext, Page } from "playwright-core";
import { BUILD_TIMEOUT, builtDist } from "../addin/build";
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
import { describeInChromium, launchChromium } from "./chromium";
import { descendantPeaks } from "./memory";
import { serve } from "./serve";

/**
 * Issue 12's five zip bombs (test/io/stream/bombFiles.ts, each unpacking to 1,4 GB or more)
 * opened in the task pane in headless Chromium, in browser mode, as a user opens them: a workbook
 * through the pane's file input (read in the pane's Web Worker), the Word template through the
 * Word export's template chooser. Each is refused with the Swedish message naming the file and
 * the limit or the defect, next to the action. Every Chromium process (the renderer holds the page and its worker) stays under 1 GB at
 * its peak.
 */
const GB = 1024 * 1024 * 1024;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const describeIfChromium = describeInChromium("zip-bomberna i aktivitetsfönstret");

describeIfChromium("zip bombs opened in the task pane", () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    const dist = await builtDist();
    ({ url: base, server } = await serve(dist));
    browser = await launchChromium();
  }, BUILD_TIMEOUT);

  afterEach(() => context?.close());

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** The pane in a context of its own, so each bomb gets a fresh renderer to measure. */
  async function pane(): Promise<Page> {
    context = await browser.newContext({ locale: "sv-SE" });
    // No network: anything not from our server (office.js) is refused, as offline.
    await context.route(/^https?:/, (route) =>
      route.request().url().startsWith(base) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(`${base}taskpane.html`);
    await page.getByRole("button", { name: "Öppna arbetsbok" }).waitFor();
    return page;
  }

  const open = (page: Page, name: string, buffer: Buffer) =>
    page.setInputFiles('input[accept=".xlsx"]', { name, mimeType: XLSX, buffer });

  /** The refusal as the pane shows it: in the action bar's status, the whole message. */
  const refusal = (page: Page, message: RegExp) =>
    page.getByRole("status").getByText(message).waitFor({ timeout: 90_000 });

  /** Every Chromium process under 1 GB at its peak; the numbers are in the message when not. */
  function underAGigabyte() {
    const peaks = descendantPeaks();
    expect(peaks.length).toBeGreaterThan(0);
    const over = peaks.filter((p) => p.peak >= GB);
    expect(over.map((p) => `${p.name} (${p.pid}): ${Math.round(p.peak / 2 ** 20)} MB`)).toEqual([]);
  }

  it.each([
    [
      "honest: a sheet that says it unpacks to 2 GB",
      "arlig.xlsx",
      honestBomb,
      /^arlig\.xlsx packas upp till 2 048 MB \(största delen xl\/worksheets\/sheet1\.xml, 2 048 MB\); gränsen är 1 536 MB\. Filen läses inte, så att minnet inte tar slut\./,
    ],
    [
      "lying size: a sheet that says 1 kB and inflates to 1,4 GB",
      "ljuger.xlsx",
      lyingSizeBomb,
      /^ljuger\.xlsx packas upp till mer än zip-filen uppger: delen xl\/worksheets\/sheet1\.xml ger mer än de 1 000 byte som står i dess innehållsförteckning\. Filen läses inte, så att minnet inte tar slut\./,
    ],
    [
      "short count: a 1,4 GB part beyond the end record's count",
      "kort.xlsx",
      shortCountBomb,
      new RegExp(
        `^kort\\.xlsx kan inte läsas som en \\.xlsx-fil: zip-filens innehållsförteckning säger ${SHORT_COUNT_LISTED - 1} delar men räknar upp ${SHORT_COUNT_LISTED}\\.`,
      ),
    ],
    [
      "unlisted entry: a 1,4 GB local entry left out of the directory",
      "olistad.xlsx",
      unlistedEntryBomb,
      /^olistad\.xlsx innehåller en del \(xl\/worksheets\/sheet1\.xml\) som inte finns i zip-filens innehållsförteckning\. Filen läses inte:/,
    ],
  ])(
    "%s is refused naming the file and the limit or the defect",
    async (_, name, bomb, message) => {
      const page = await pane();
      await open(page, name, bomb());
      await refusal(page, message);
      expect(await page.getByRole("heading", { name: "Rapport och period" }).count()).toBe(0);
      underAGigabyte();
    },
    120_000,
  );

  it.each([
    [
      "template: a Word template that says 2 kB and inflates to 1,4 GB",
      templateBomb,
      /^mall\.docx packas upp till mer än zip-filen uppger: delen word\/document\.xml ger mer än de 2 000 byte som står i dess innehållsförteckning\. Filen läses inte, så att minnet inte tar slut\./,
    ],
    [
      "unlisted template: a Word template with a 1,4 GB document left out of its directory",
      unlistedTemplateBomb,
      /^mall\.docx innehåller en del \(word\/document\.xml\) som inte finns i zip-filens innehållsförteckning\. Filen läses inte:/,
    ],
  ])(
    "%s is refused by the Word export, naming the template",
    async (_, bomb, message) => {
      const page = await pane();
      await open(page, basename(EXAMPLE), readFileSync(EXAMPLE));
      await page
        .getByRole("navigation", { name: "Steg" })
        .getByRole("button", { name: /^\d Skriv$/ })
        .click({ timeout: 90_000 });
      await page.setInputFiles('input[accept=".docx"]', {
        name: "mall.docx",
        mimeType: DOCX,
        buffer: bomb(),
      });
      await page.getByText("Egen mall: mall.docx").waitFor();
      await page.getByRole("button", { name: "Exportera (.docx)" }).click();
      // A report with errors asks first; the example may have some.
      const ask = page.getByRole("dialog").getByRole("button", { name: "Exportera ändå" });
      await ask.or(page.getByRole("status").getByText(message)).waitFor({ timeout: 90_000 });
      if (await ask.isVisible()) await ask.click();
      await refusal(page, message);
      underAGigabyte();
    },
    120_000,
  );
});
