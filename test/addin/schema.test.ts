import { execFileSync, spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { describeIfInstalled } from "../needs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require("../../scripts/manifest-for") as {
  manifestFor(content: string, mode: string, prodUrl?: string): string;
};

/**
 * Scenario 13: manifest.xml validated offline against Microsoft's manifest schemas (with the
 * documented patches in schemas/manifest/README.md), and the schema really rejects mistakes.
 */
const ROOT = join(__dirname, "../..");
const SCHEMA = join(ROOT, "schemas/manifest/OfficeAppManifestV1_1.xsd");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

/** xmllint's verdict on a manifest text: "" when valid, else its first error line. */
function validate(text: string): string {
  const r = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, "-"], {
    input: text,
    encoding: "utf8",
  });
  return r.status === 0 ? "" : r.stderr.split("\n")[0];
}

describeIfInstalled(
  hasXmllint,
  "schemavalideringen av manifest.xml",
  "xmllint (libxml2-utils)",
)("manifest.xml against the add-in manifest schema", () => {
  it("validates", () => {
    expect(validate(manifest)).toBe("");
    // The schema files compile on their own too (xmllint exits 0 only when both hold).
    expect(() =>
      execFileSync("xmllint", ["--noout", "--schema", SCHEMA, join(ROOT, "manifest.xml")], {
        stdio: "pipe",
      }),
    ).not.toThrow();
  });

  it("scenario 12: the development and production manifests the builds ship validate too", () => {
    const dev = manifestFor(manifest, "development");
    const prod = manifestFor(manifest, "production", "https://rapport.example.se/");
    expect([dev, prod]).not.toContain(manifest);
    expect([validate(dev), validate(prod)]).toEqual(["", ""]);
  });

  it("rejects a Permissions value Office does not know", () => {
    const wrong = manifest.replace(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadWriteWorkbook</Permissions>",
    );
    expect(wrong).not.toBe(manifest);
    expect(validate(wrong)).toMatch(
      /Permissions.*'ReadWriteWorkbook' is not an element of the set/,
    );
  });

  it("rejects a FunctionFile out of order (it belongs after GetStarted)", () => {
    const line = '          <FunctionFile resid="Taskpane.Url" />\n';
    const moved = manifest
      .replace(line, "")
      .replace("          <GetStarted>", `${line}          <GetStarted>`);
    expect(moved).not.toBe(manifest);
    expect(validate(moved)).toMatch(/GetStarted.*This element is not expected/);
  });
});
