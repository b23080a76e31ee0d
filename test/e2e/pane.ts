import { readFileSync } from "fs";
import { Page } from "playwright-core";

/** axe-core's script, evaluated in the page (DevTools evaluation, so the pane's CSP stays on). */
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeResult {
  violations: {
    id: string;
    impact?: string;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/** Serious and critical axe-core violations on the page as it is now, one line each. */
export async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  // Fluent buttons fade between colours; measured mid-fade, a primary button's white on blue read
  // 4,14:1 (#f1f1f1 on #2177c2). Contrast is judged on the colours the user is left with.
  // A spinner turns for ever, so only animations that end are waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: object, o: object) => Promise<unknown> } }).axe.run(
      // Fluent's focus manager (tabster) puts aria-hidden focus guards around dialogs and arrow-key
      // groups on purpose: focusing one moves focus on at once (microsoft/tabster#288).
      { exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    ),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => [n.target, n.failureSummary]))}`,
    );
}

/** How far the page scrolls sideways beyond the viewport (0 when it does not). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Whether an element lies entirely inside the viewport as it is scrolled now. */
export async function onScreen(
  page: Page,
  selector: ReturnType<Page["locator"]>,
): Promise<boolean> {
  const box = await selector.boundingBox();
  const view = page.viewportSize()!;
  return (
    !!box &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= view.height + 0.5 &&
    box.x + box.width <= view.width + 0.5
  );
}

/** Tab presses from the step's heading until the named button has focus; -1 when never. */
export async function tabsTo(
  page: Page,
  heading: string,
  button: string,
  max = 20,
): Promise<number> {
  await page.getByRole("heading", { name: heading }).focus();
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (at === button) return n;
  }
  return -1;
}
