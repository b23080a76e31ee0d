import { existsSync, mkdirSync, readFileSync } from "fs";
import { Server } from "http";
import { join } from "path";
import PizZip from "pizzip";
import { Browser, chromium, Page } from "playwright-core";
import { STATE_SHEET } from "../../src/io/output/port";
import { readWorkbook } from "../../src/io/xlsx";
import { BUILD_TIMEOUT, builtDist } from "../addin/build";
import { describeIfInstalled } from "../needs";
import { serve } from "./serve";

/**
 * The task pane end to end in headless Chromium, in browser mode: open the seed 000 workbook,
 * see the report, write it into the workbook, download it, export it to Word. Every request is recorded: nothing
 * may go anywhere but the add-in's own origin (office.js is asked for and refused here, as
 * offline). Screenshots of each step go to test/e2e/screenshots/ for a person to look at.
 */
const ROOT = join(__dirname, "../..");
const SHOTS = join(__dirname, "screenshots");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

if (!existsSync(CHROMIUM) && process.env.CI) {
  throw new Error(
    `${CHROMIUM} saknas: CI ska installera Debians chromium (apt-get install -y chromium) före testerna.`,
  );
}
const describeIfChromium = describeIfInstalled(
  existsSync(CHROMIUM),
  "webbläsartestet av aktivitetsfönstret",
  `${CHROMIUM} (apt-get install chromium)`,
);

describeIfChromium("the task pane in a browser", () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const dist = await builtDist();
    mkdirSync(SHOTS, { recursive: true });
    ({ url: base, server } = await serve(dist));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 380, height: 900 },
      locale: "sv-SE",
    });
    page = await context.newPage();
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
    // No network in CI: anything not from our server is refused, and thereby still recorded.
    await context.route(/^https?:/, (route) =>
      route.request().url().startsWith(base) ? route.continue() : route.abort(),
    );
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("opens the example workbook and previews seed 000's figures", async () => {
    await page.goto(`${base}taskpane.html`);
    await page.getByRole("button", { name: "Öppna arbetsbok" }).waitFor();
    await page.screenshot({ path: join(SHOTS, "01-start.png") });

    await page.setInputFiles(
      'input[type="file"]',
      join(ROOT, "examples/uppfoljningsrapport1-2021.xlsx"),
    );
    await page.getByText("-475 423 tkr").first().waitFor({ timeout: 30_000 });
    const text = await page.locator("main").innerText();
    expect(text).toContain("20,7");
    expect(text).toContain("18,3%");
    expect(text).toContain("Uppföljningsrapport 1 januari–april 2021");
    await page.screenshot({ path: join(SHOTS, "02-mappning.png") });
    await page.getByText("3. Förhandsgranskning").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "03-forhandsgranskning.png") });
    await page.getByText("4. Kontroller").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "04-kontroller.png") });
  }, 60_000);

  it("writes the report into the workbook and downloads it with the tables beside their sources", async () => {
    await page.getByRole("button", { name: "Skriv till arbetsboken" }).click();
    const written = page.getByText(/Skrev \d+ tabeller och texter/);
    await written.waitFor({ timeout: 30_000 });
    await written.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "05-skrivet.png") });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ner arbetsboken" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("uppfoljningsrapport1-2021 med rapport.xlsx");
    const file = join(SHOTS, "nedladdad.xlsx");
    await download.saveAs(file);
    const sheets = await readWorkbook(readFileSync(file));
    const resultat = sheets.find((s) => s.name === "Resultat")!;
    const cells = resultat.values.flat();
    expect(cells).toContain("5.2.1 Resultaträkning");
    expect(cells).toContain(-475423);
    expect(sheets.map((s) => s.name)).toContain(STATE_SHEET);
  }, 60_000);

  it("exports the report as a .docx with the seed's figures", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Exportera (.docx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Uppföljningsrapport 1 2021-04.docx");
    const file = join(SHOTS, "rapport.docx");
    await download.saveAs(file);
    const xml = new PizZip(readFileSync(file)).file("word/document.xml")!.asText();
    // Word gets non-breaking spaces in figures; compare with plain ones.
    const text = xml.replace(/<[^>]+>/g, "").replace(/[\u00a0\u202f]/g, " ");
    expect(text).toContain("Resultaträkning");
    expect(text).toContain("-475 423");
    expect(text).toContain("20,7");
    const said = page.getByText("Uppföljningsrapport 1 2021-04.docx är klar", { exact: false });
    await said.waitFor();
    await said.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "06-exporterat.png") });
  }, 60_000);

  it("makes no request to any other host and breaks no Content-Security-Policy", async () => {
    const foreign = requests.filter(
      (u) => !u.startsWith(base) && !u.startsWith("blob:") && !u.startsWith("data:"),
    );
    // office.js is the one script the page may ask another host for (the CSP allows exactly that).
    expect(foreign).toEqual([OFFICE_JS]);
    expect(problems).toEqual([]);
  });
});
