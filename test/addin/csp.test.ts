import { readFileSync } from "fs";
import { join } from "path";

/**
 * Scenario 11: the task pane's Content-Security-Policy allows scripts exactly from this add-in
 * and from where Microsoft documents office.js is served (the sources are cited in
 * taskpane.html), and nothing else may be fetched.
 */
const page = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)![1];
const directives = new Map(
  policy.split(";").map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name, values];
  }),
);

describe("the task pane's Content-Security-Policy", () => {
  it("lets office.js load from its CDN hosts and nothing else from outside", () => {
    expect(directives.get("script-src")).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
      "https://*.cdn.office.net",
    ]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("form-action")).toEqual(["'none'"]);
  });

  it("covers the office.js URL the page loads", () => {
    const src = /<script src="(https:[^"]+office\.js)"/.exec(page)![1];
    const host = new URL(src).origin;
    const allowed = directives.get("script-src")!.filter((s) => s.startsWith("https://"));
    const matches = (pattern: string) =>
      pattern.includes("*.")
        ? host.endsWith(pattern.replace("https://*", "")) && host.startsWith("https://")
        : host === pattern;
    expect(allowed.some(matches)).toBe(true);
  });
});
