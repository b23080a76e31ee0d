/**
 * `npx tsx scripts/bench-pane.ts [rader…]`: the bench's ledgers (100 000 and 1 000 000 rows with
 * Swedish uppdrag names, scripts/bench/ledger.ts) opened in the built task pane in headless
 * Chromium, in browser mode, as a user opens them: through the pane's file input, read in the
 * pane's Web Worker, the period and organisation typed in, on to the review step. Prints the time
 * until the report's choices show (the workbook read), the time until the review step shows the
 * tables, the peak memory (VmHWM) of each of Chromium's processes, and whether every table the
 * pane shows is, cell for cell, the one the CLI prints in its JSON document for the same file
 * (docs/report-json.md, `rows`). A fresh Chromium per file, so the peaks are that file's.
 * Prints numbers; asserts nothing; not run in CI (README, "Stora huvudböcker i
 * aktivitetsfönstret").
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Page } from "playwright-core";
import { builtDist } from "../test/addin/build";
import { launchChromium } from "../test/e2e/chromium";
import { descendantPeaks } from "../test/e2e/memory";
import { serve } from "../test/e2e/serve";
import { writeLedger } from "./bench/ledger";

const PERIOD = "2023";
const ORG = "Regionen";
/** The pane may take its time over a million rows; a stuck step still ends the run. */
const STEP_TIMEOUT = 10 * 60_000;
const MB = 1024 * 1024;

type Rows = Record<string, string[][]>;

/** The CLI's tables for the same file and choices, by "section title" as the pane labels them. */
function cliTables(file: string, dir: string): Rows {
  const json = join(dir, "cli.json");
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(__dirname, "..", "src", "cli", "main.ts"),
      file,
      "--period",
      PERIOD,
      "--org",
      ORG,
      "--json",
      json,
    ],
    { encoding: "utf8", maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) throw new Error(`kommandoraden: ${run.stderr}`);
  const doc = JSON.parse(readFileSync(json, "utf8")) as {
    tables: { section: string; title: string; rows: string[][] }[];
  };
  return Object.fromEntries(doc.tables.map((t) => [`${t.section} ${t.title}`, t.rows]));
}

/** Every table of the review step's preview, its body rows as text, spaces and minus as the JSON's. */
function paneTables(page: Page): Promise<Rows> {
  // A string, so that nothing the TypeScript loader adds to functions (`__name`) reaches the page.
  return page.evaluate(`(() => {
    const tables = {};
    for (const section of document.querySelectorAll("section[aria-label]")) {
      const table = section.querySelector("table");
      if (!table) continue;
      tables[section.getAttribute("aria-label")] = [...table.querySelectorAll("tbody tr")].map(
        (tr) => [...tr.querySelectorAll("td, th")].map((c) =>
          (c.textContent ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-").trim(),
        ),
      );
    }
    return tables;
  })()`);
}

function compare(pane: Rows, cli: Rows): string {
  const names = Object.keys(cli);
  const differ = names.filter(
    (n) => JSON.stringify(pane[n]?.map(trimEnd)) !== JSON.stringify(cli[n].map(trimEnd)),
  );
  if (!names.length) return "inga tabeller i kommandoradens JSON";
  return differ.length
    ? `OLIKA i ${differ.join(", ")}: ${differ.map((n) => `\n    pane ${JSON.stringify(pane[n])}\n    cli  ${JSON.stringify(cli[n])}`).join("")}`
    : `exakt (${names.length} tabeller, ${names.reduce((k, n) => k + cli[n].length, 0)} rader lika med kommandoradens)`;
}

/** Empty cells at a row's end are left out of one rendering or the other. */
const trimEnd = (row: string[]) => {
  const r = [...row];
  while (r.length && r[r.length - 1] === "") r.pop();
  return r;
};

/** Chromium's process type (renderer, gpu-process, utility, zygote), or "browser" for the main one. */
function kind(pid: number): string {
  try {
    // Chromium rewrites its children's command lines (spaces, not NULs, between the arguments).
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return /--type=([\w-]+)/.exec(args)?.[1] ?? "browser";
  } catch {
    return "?";
  }
}

async function openInPane(base: string, file: string) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: "sv-SE" });
    await context.route(/^https?:/, (route) =>
      route.request().url().startsWith(base) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(`${base}taskpane.html`);
    await page.getByRole("button", { name: "Öppna arbetsbok" }).waitFor();
    const start = performance.now();
    await page.setInputFiles('input[accept=".xlsx"]', file);
    await page
      .getByRole("heading", { name: "Rapport och period" })
      .waitFor({ timeout: STEP_TIMEOUT });
    const read = performance.now() - start;
    await page.getByRole("textbox", { name: "Organisation" }).fill(ORG);
    await page.getByRole("textbox", { name: /Period/ }).fill(PERIOD);
    await page.getByRole("textbox", { name: /Period/ }).press("Enter");
    const chosen = performance.now();
    await page
      .getByRole("button", { name: "Nästa: källtabeller" })
      .click({ timeout: STEP_TIMEOUT });
    await page.getByRole("heading", { name: "Källtabeller" }).waitFor({ timeout: STEP_TIMEOUT });
    await page.getByRole("button", { name: "Nästa: granska" }).click({ timeout: STEP_TIMEOUT });
    await page.getByRole("heading", { name: "Granska" }).waitFor({ timeout: STEP_TIMEOUT });
    await page.locator("section[aria-label] table").first().waitFor({ timeout: STEP_TIMEOUT });
    const review = performance.now() - chosen;
    const tables = await paneTables(page);
    const peaks = descendantPeaks()
      .map((p) => ({ ...p, name: kind(p.pid) }))
      .sort((a, b) => b.peak - a.peak);
    return { read, review, tables, peaks };
  } finally {
    await browser.close();
  }
}

async function main() {
  const sizes = process.argv.slice(2).map(Number);
  const rows = sizes.length ? sizes : [100_000, 1_000_000];
  const dist = await builtDist();
  const { url: base, server } = await serve(dist);
  const dir = mkdtempSync(join(tmpdir(), "eko-bench-pane-"));
  try {
    for (const n of rows) {
      const file = join(dir, `huvudbok-${n}.xlsx`);
      await writeLedger(file, n);
      const cli = cliTables(file, dir);
      const r = await openInPane(base, file);
      console.log(
        `${n.toLocaleString("sv-SE")} rader (${(statSync(file).size / MB).toFixed(1)} MB): ` +
          `läst till rapportvalen ${(r.read / 1000).toFixed(1)} s, granskningens tabeller ${(r.review / 1000).toFixed(1)} s`,
      );
      console.log(
        `  toppminne: ${r.peaks
          .slice(0, 4)
          .map((p) => `${p.name} ${Math.round(p.peak / MB)} MB`)
          .join(
            ", ",
          )}; alla ${r.peaks.length} processer ${Math.round(r.peaks.reduce((k, p) => k + p.peak, 0) / MB)} MB`,
      );
      console.log(`  summor: ${compare(r.tables, cli)}`);
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
