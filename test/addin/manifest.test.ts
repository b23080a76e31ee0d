import { execFileSync } from "child_process";
import { existsSync, readFileSync, readdirSync } from "fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { dirname, join } from "path";
import { png } from "../../scripts/make-icons";
import { metadata } from "../functions/generatedMetadata";
import { BUILD_TIMEOUT, builtDist } from "./build";

/**
 * The offline stand-in for `npm run validate` (whose service CI cannot reach): the manifest is
 * well-formed, office-addin-manifest parses it, every resid resolves, every URL is a file the
 * build emits, and the icons have the sizes the manifest claims.
 */
const ROOT = join(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";
const text = readFileSync(join(ROOT, "manifest.xml"), "utf8");

type Node = { [key: string]: unknown };
const tree = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
}).parse(text) as Node;

/** Every element (as parsed) in document order, whatever its nesting. */
function elements(node: unknown, name?: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => elements(n, name));
  if (!node || typeof node !== "object") return [];
  const children = Object.entries(node as Node).filter(([k]) => !k.startsWith("@"));
  return [
    ...(name === undefined ? [] : [{ ...(node as Node), "#name": name }]),
    ...children.flatMap(([k, v]) => elements(v, k)),
  ];
}

const all = elements(tree);
const resources = new Map(
  all
    .filter((e) => e["@id"] !== undefined && e["@DefaultValue"] !== undefined)
    .map((e) => [String(e["@id"]), String(e["@DefaultValue"])]),
);
const urls = [
  ...new Set(
    all
      .flatMap((e) => Object.values(e))
      .filter((v): v is string => typeof v === "string" && /^https?:/.test(v)),
  ),
];

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const localFile = (url: string) => join(ROOT, "assets", url.slice(`${DEV_URL}assets/`.length));

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(text)).toBe(true);
  });

  it("is read by office-addin-manifest (`office-addin-manifest info`)", () => {
    const cli = join(dirname(require.resolve("office-addin-manifest/package.json")), "cli.js");
    const out = execFileSync(process.execPath, [cli, "info", "manifest.xml"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out).toContain("Name: Ekonomirapport");
    expect(out).toContain("Default Locale: sv-SE");
    expect(out).toContain("Hosts: Workbook");
  });

  it("resolves every resid, and defines no resource nobody uses", () => {
    const used = all.map((e) => e["@resid"]).filter((r): r is string => typeof r === "string");
    expect(used.filter((r) => !resources.has(r))).toEqual([]);
    expect([...resources.keys()].filter((id) => !used.includes(id))).toEqual([]);
  });

  it("declares a shared runtime for the functions page, with the EKO namespace", () => {
    const runtime = all.find((e) => e["#name"] === "Runtime");
    expect(runtime).toMatchObject({ "@resid": "Taskpane.Url", "@lifetime": "long" });
    const cf = all.find((e) => e["#name"] === "ExtensionPoint" && e["@type"] === "CustomFunctions");
    expect(cf).toBeDefined();
    const ids = elements(cf)
      .map((e) => e["@resid"])
      .filter(Boolean);
    expect(ids).toEqual([
      "Functions.Script.Url",
      "Taskpane.Url",
      "Functions.Metadata.Url",
      "Functions.Namespace",
    ]);
    expect(resources.get("Functions.Namespace")).toBe("EKO");
    expect(all.find((e) => e["#name"] === "Set")).toMatchObject({ "@Name": "SharedRuntime" });
  });

  it("has icons of the sizes it claims, identical to what scripts/make-icons.ts draws", () => {
    const claims: [string, number][] = [
      [String((all.find((e) => e["#name"] === "IconUrl") ?? {})["@DefaultValue"]), 32],
      [
        String((all.find((e) => e["#name"] === "HighResolutionIconUrl") ?? {})["@DefaultValue"]),
        64,
      ],
      ...all
        .filter((e) => e["#name"] === "Image" && e["@size"] !== undefined)
        .map((e): [string, number] => [
          resources.get(String(e["@resid"])) ?? "",
          Number(e["@size"]),
        ]),
    ];
    expect(claims.length).toBeGreaterThan(2);
    for (const [url, size] of claims) {
      expect(pngSize(localFile(url))).toEqual([size, size]);
      expect(readFileSync(localFile(url)).equals(png(size))).toBe(true);
    }
  });

  describe("against the production build", () => {
    let dist: string;
    beforeAll(async () => {
      dist = await builtDist();
    }, BUILD_TIMEOUT);

    it("emits a file for every URL in the manifest", () => {
      expect(urls.length).toBeGreaterThan(5);
      expect(urls.filter((u) => !u.startsWith(DEV_URL))).toEqual([]);
      expect(urls.filter((u) => !existsSync(join(dist, u.slice(DEV_URL.length))))).toEqual([]);
    });

    it("emits functions.json with the metadata of the three functions, error cells allowed in", async () => {
      const emitted = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));
      // Scenario 8: without it Excel gives #N/A for the whole call when any cell is an error.
      expect(emitted).toEqual({ allowErrorForDataTypeAny: true, ...(await metadata()).json });
    });

    it("registers each function with CustomFunctions.associate, and loads it from the shared page", () => {
      const bundle = readFileSync(join(dist, "functions.js"), "utf8");
      for (const id of ["BUDGETAVVIKELSE", "KOSTNUTV", "RESULTATHANTERING"])
        expect(bundle).toContain(`CustomFunctions.associate("${id}",`);
      const page = readFileSync(join(dist, "taskpane.html"), "utf8");
      expect(page).toMatch(/office\.js/);
      expect(page).toMatch(/src="?functions\.js/);
    });

    it("scenario 12: ships no source maps, registers the functions before the pane, and keeps exceljs and docx out of the first scripts", () => {
      const files = readdirSync(dist);
      expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
      // Both scripts are deferred, so they run in page order: the functions first.
      const page = readFileSync(join(dist, "taskpane.html"), "utf8");
      expect(page.indexOf("functions.js")).toBeGreaterThan(0);
      expect(page.indexOf("functions.js")).toBeLessThan(page.indexOf("taskpane.js"));
      // Text only these libraries carry: exceljs's workbook writer, docx's body, docxtemplater.
      const markers = ["xl/worksheets/sheet", "w:document", "docxtemplater"];
      const holding = (file: string) => {
        const script = readFileSync(join(dist, file), "utf8");
        return markers.filter((m) => script.includes(m));
      };
      expect(["functions.js", "taskpane.js"].map((f) => [f, holding(f)])).toEqual([
        ["functions.js", []],
        ["taskpane.js", []],
      ]);
      // They are still shipped: as chunks the pane loads when a file is opened or a report made.
      const chunks = files.filter(
        (f) => f.endsWith(".js") && !["taskpane.js", "functions.js", "read-worker.js"].includes(f),
      );
      expect(new Set(chunks.flatMap(holding))).toEqual(new Set(markers));
    });

    it("copies the manifest and icons", () => {
      expect(readdirSync(join(dist, "assets")).sort()).toEqual([
        "icon-16.png",
        "icon-32.png",
        "icon-64.png",
        "icon-80.png",
      ]);
      expect(readFileSync(join(dist, "manifest.xml"), "utf8")).toBe(text);
    });
  });
});
