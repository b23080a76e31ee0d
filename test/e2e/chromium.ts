import { existsSync } from "fs";
import { chromium } from "playwright-core";
import { describeIfInstalled } from "../needs";

/** Debian's chromium, the one browser the end-to-end tests drive (CI installs it, .ci/run). */
const CHROMIUM = "/usr/bin/chromium";

if (!existsSync(CHROMIUM) && process.env.CI) {
  throw new Error(
    `${CHROMIUM} saknas: CI ska installera Debians chromium (apt-get install -y chromium) före testerna.`,
  );
}

/** `describe` for a suite in the browser, skipped with a line saying so where chromium is missing. */
export const describeInChromium = (what: string) =>
  describeIfInstalled(existsSync(CHROMIUM), what, `${CHROMIUM} (apt-get install chromium)`);

/** Headless and offline: nothing of Chromium's own reaches for the network. */
export const launchChromium = () =>
  chromium.launch({
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
