import { mkdirSync, readFileSync } from "fs";
import { Server } from "http";
import { join } from "path";
import PizZip from "pizzip";
import ExcelJS from "exceljs";
import { Browser, BrowserContext, Page } from "playwright-core";
import { builtinLayout } from "../../src/core/layout/builtin";
import { STATE_SHEET } from "../../src/io/output/port";
import { readWorkbook } from "../../src/io/xlsx";
import { BUILD_TIMEOUT, builtDist } from "../addin/build";
import { describeInChromium, launchChromium } from "./chromium";
import { axeProblems, onScreen, sidewaysScroll, tabsTo } from "./pane";
import { serve } from "./serve";

/**
 * The task pane end to end in headless Chromium, in browser mode, at Excel's pane widths (320 and
 * 450 px): open a workbook that names its report only in a caption, go from step to step without
 * typing, write it into the workbook, export it to Word, download it. On every step: no sideways
 * scroll, the primary action on screen, messages next to it, no serious axe-core violation. Every
 * request is recorded: nothing may go anywhere but the add-in's own origin (office.js is asked for
 * and refused here, as offline). Screenshots of each step go to test/e2e/screenshots/
 * (`320-02-rapport.png` …) for a person to look at.
 */
const ROOT = join(__dirname, "../..");
const SHOTS = join(__dirname, "screenshots");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const describeIfChromium = describeInChromium("webbläsartestet av aktivitetsfönstret");

describeIfChromium("the task pane in a browser", () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let context: BrowserContext;
  const requests: string[] = [];
  const problems: string[] = [];
  /** Tab presses from the Skriv step's heading to its write button, per width. */
  const tabs: Record<number, number> = {};

  /** Every request and every page error or console error, for the last test. */
  function watch(page: Page) {
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(`sidfel: ${e.message}`));
    page.on(
      "console",
      (m) =>
        m.type() === "error" &&
        !m.text().includes(OFFICE_JS) &&
        !/ERR_FAILED|ERR_BLOCKED/.test(m.text()) &&
        problems.push(m.text()),
    );
  }

  beforeAll(async () => {
    const dist = await builtDist();
    mkdirSync(SHOTS, { recursive: true });
    ({ url: base, server } = await serve(dist));
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, locale: "sv-SE" });
    // No network in CI: anything not from our server is refused, and thereby still recorded.
    await context.route(/^https?:/, (route) =>
      route.request().url().startsWith(base) ? route.continue() : route.abort(),
    );
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /**
   * A workbook the project has not seen that names its report only in a caption: the example
   * annual report without its settings sheet, "Regionstyrelsen, årsredovisning 2020" above the
   * result table, under a file name that says nothing.
   */
  async function captionWorkbook(): Promise<string> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(ROOT, "examples/arsredovisning-2020.xlsx"));
    book.removeWorksheet(book.getWorksheet("Rapport")!.id);
    book.getWorksheet("Resultat")!.spliceRows(1, 0, ["Regionstyrelsen, årsredovisning 2020"], []);
    const file = join(SHOTS, "bok.xlsx");
    await book.xlsx.writeFile(file);
    return file;
  }

  /** What every step must be at this width: no sideways scroll, its action on screen, axe clean. */
  async function stepIsSound(page: Page, primary: string) {
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await onScreen(page, page.getByRole("button", { name: primary, exact: true }))).toBe(
      true,
    );
    expect(await axeProblems(page)).toEqual([]);
  }

  describe.each([320, 450])("at %i px", (width) => {
    let page: Page;
    const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${width}-${name}.png`) });
    beforeAll(async () => {
      page = await context.newPage();
      await page.setViewportSize({ width, height: 640 });
      watch(page);
    });
    afterAll(() => page.close());

    it("opens a workbook that names its report in a caption and fills in the choices", async () => {
      await page.goto(`${base}taskpane.html`);
      await page.getByRole("button", { name: "Öppna arbetsbok" }).waitFor();
      await stepIsSound(page, "Öppna arbetsbok");
      await shot("01-oppna");
      await page.setInputFiles('input[accept=".xlsx"]', await captionWorkbook());
      await page.getByRole("heading", { name: "Rapport och period" }).waitFor({ timeout: 30_000 });
      expect(await page.getByRole("textbox", { name: "Organisation" }).inputValue()).toBe(
        "Regionstyrelsen",
      );
      expect(await page.getByRole("textbox", { name: /Period/ }).inputValue()).toBe("2020");
      expect(await page.getByRole("combobox", { name: "Rapport" }).inputValue()).toBe(
        "arsredovisning",
      );
      await page.getByText("Årsredovisning, år 2020, Regionstyrelsen.").waitFor();
      await stepIsSound(page, "Nästa: källtabeller");
      await shot("02-rapport");
    }, 60_000);

    it("uses a chosen layout file, names a mistake in one, and goes back to the built-in layout", async () => {
      const input = 'input[accept=".json,application/json"]';
      const layout = {
        ...builtinLayout("arsredovisning"),
        name: "Årsredovisning för Regionstyrelsen",
      };
      const file = (content: object) => ({
        name: "min-layout.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(content)),
      });
      await page.setInputFiles(input, file(layout));
      await page
        .getByText("Årsredovisning för Regionstyrelsen, år 2020, Regionstyrelsen.")
        .waitFor();
      await page
        .getByText('Egen layout "Årsredovisning för Regionstyrelsen" ur min-layout.json.')
        .waitFor();
      await page.setInputFiles(input, file({ ...layout, version: 2 }));
      await page.getByText("min-layout.json, version: ska vara 1. Layouten byttes inte.").waitFor();
      await stepIsSound(page, "Nästa: källtabeller");
      await shot("02-layout");
      await page.getByRole("button", { name: "Använd inbyggd layout" }).click();
      await page.getByText("Årsredovisning, år 2020, Regionstyrelsen.").waitFor();
    }, 60_000);

    it("shows the sources, then the checks before the preview, every table's values in view", async () => {
      await page.getByRole("button", { name: "Nästa: källtabeller" }).click();
      await page.getByRole("heading", { name: "Källtabeller" }).waitFor();
      await stepIsSound(page, "Nästa: granska");
      await shot("03-kallor");
      await page.getByRole("button", { name: "Nästa: granska" }).click();
      await page.getByRole("heading", { name: "Granska" }).waitFor();
      await stepIsSound(page, "Nästa: skriv och exportera");
      await shot("04-granska");
      const text = await page.locator("main").innerText();
      expect(text.indexOf("Kontroller")).toBeLessThan(text.indexOf("Förhandsgranskning"));
      expect(text).toMatch(/\d+\u00a0fel, \d+\u00a0varningar?/);
      // Every figure of Verksamhetsmått is there and has room (seed 002, 6 Verksamhetsmått).
      const matt = page.getByRole("region", { name: "6 Verksamhetsmått", exact: true });
      await matt.scrollIntoViewIfNeeded();
      await shot("05-verksamhetsmatt");
      for (const figure of ["10,8%", "13,0%", "130,7\u00a0Mnkr"]) {
        const cell = matt.getByRole("cell", { name: figure.replace("\u00a0", " ") }).first();
        expect(((await cell.boundingBox())?.width ?? 0) > 20).toBe(true);
      }
      expect(await sidewaysScroll(page)).toBe(0);
    }, 60_000);

    it("asks before writing a report with errors, writes, and says so next to the action", async () => {
      await page.getByRole("button", { name: "Nästa: skriv och exportera" }).click();
      await page.getByRole("heading", { name: "Skriv och exportera" }).waitFor();
      await stepIsSound(page, "Skriv till arbetsboken");
      tabs[width] = await tabsTo(page, "Skriv och exportera", "Skriv till arbetsboken");
      expect(tabs[width]).toBeGreaterThan(0);
      expect(tabs[width]).toBeLessThanOrEqual(6);
      await shot("06-skriv");
      await page.getByRole("button", { name: "Skriv till arbetsboken" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText(/^Skriva med \d+ fel\?$/).waitFor();
      expect(await axeProblems(page)).toEqual([]);
      await shot("07-fraga");
      await dialog.getByRole("button", { name: "Skriv ändå" }).click();
      const said = page.getByText(/^Skrev \d+ tabeller och texter bredvid källtabellerna/);
      await said.waitFor({ timeout: 30_000 });
      // The result shows in the action bar, right above the button that was pressed.
      const button = await page
        .getByRole("button", { name: "Skriv till arbetsboken" })
        .boundingBox();
      const message = await said.boundingBox();
      expect(message!.y + message!.height).toBeLessThanOrEqual(button!.y);
      expect(button!.y - (message!.y + message!.height)).toBeLessThan(120);
      expect(
        await onScreen(page, page.getByRole("button", { name: "Skriv till arbetsboken" })),
      ).toBe(true);
      expect(await page.getByRole("status").filter({ has: said }).count()).toBe(1);
      await stepIsSound(page, "Skriv till arbetsboken");
      await shot("08-skrivet");
    }, 60_000);

    it("exports the report as a .docx for Regionstyrelsen", async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        (async () => {
          await page.getByRole("button", { name: "Exportera (.docx)" }).click();
          await page.getByRole("dialog").getByRole("button", { name: "Exportera ändå" }).click();
        })(),
      ]);
      expect(download.suggestedFilename()).toBe("Årsredovisning 2020.docx");
      const file = join(SHOTS, `${width}-rapport.docx`);
      await download.saveAs(file);
      const xml = new PizZip(readFileSync(file)).file("word/document.xml")!.asText();
      // Word gets non-breaking spaces in figures; compare with plain ones.
      const text = xml.replace(/<[^>]+>/g, "").replace(/[\u00a0\u202f]/g, " ");
      expect(text).toContain("Resultaträkning");
      expect(text).toContain("Regionstyrelsen");
      expect(text).toContain("130,7");
      await page.getByText("Årsredovisning 2020.docx är klar", { exact: false }).waitFor();
      await stepIsSound(page, "Skriv till arbetsboken");
      await shot("09-exporterat");
    }, 60_000);

    it("downloads the workbook with the tables beside their sources", async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Ladda ner arbetsboken" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("bok med rapport.xlsx");
      const file = join(SHOTS, `${width}-nedladdad.xlsx`);
      await download.saveAs(file);
      const sheets = await readWorkbook(readFileSync(file));
      const cells = sheets.find((s) => s.name === "Resultat")!.values.flat();
      expect(cells).toContain("5.1.2 Resultaträkning");
      expect(sheets.map((s) => s.name)).toContain(STATE_SHEET);
    }, 60_000);
  });

  it("makes no request to any other host and breaks no Content-Security-Policy", async () => {
    const foreign = requests.filter(
      (u) => !u.startsWith(base) && !u.startsWith("blob:") && !u.startsWith("data:"),
    );
    // office.js is the one script the page may ask another host for (the CSP allows exactly that).
    expect([...new Set(foreign)]).toEqual([OFFICE_JS]);
    expect(problems).toEqual([]);
  });
});
