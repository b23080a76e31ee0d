import { readFileSync } from "fs";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor, DEV_ID, PROD_ID } = require("../../scripts/manifest-for") as {
  manifestFor(content: string, mode: string, prodUrl?: string): string;
  DEV_ID: string;
  PROD_ID: string;
};

const text = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
const id = (m: string) => /<Id>([^<]+)<\/Id>/.exec(m)![1];
const namespace = (m: string) => /id="Functions.Namespace" DefaultValue="([^"]+)"/.exec(m)![1];

describe("scenario 12: the development and production manifests", () => {
  it("differ in Id and function namespace, so both can be loaded at once", () => {
    const dev = manifestFor(text, "development");
    const prod = manifestFor(text, "production", "https://rapport.example.se/");
    expect([id(dev), namespace(dev)]).toEqual([DEV_ID, "EKODEV"]);
    expect([id(prod), namespace(prod)]).toEqual([PROD_ID, "EKO"]);
    expect(dev).toContain('<DisplayName DefaultValue="Ekonomirapport (utveckling)" />');
    expect(prod).not.toContain("https://localhost:3000/");
    expect(prod).toContain("https://rapport.example.se/taskpane.html");
  });

  it("refuses a manifest.xml it cannot change, rather than give the development build the production Id", () => {
    const edited = text.replace('DefaultValue="EKO" />', 'DefaultValue="EKONOMI" />');
    expect(() => manifestFor(edited, "development")).toThrow(/Functions\.Namespace/);
  });

  it("leaves manifest.xml as it is for production without EKO_PROD_URL", () => {
    expect(manifestFor(text, "production", "")).toBe(text);
  });
});
