/**
 * @jest-environment jsdom
 */
import { TextDecoder, TextEncoder } from "node:util";
import { ReportDocument } from "../../../src/core/report/document";
import { exampleDocument } from "./helpers";

/**
 * The task pane runs the same export in the browser. Under jsdom the export must do without
 * Buffer and fs; jsdom lacks only TextEncoder/TextDecoder, which every browser has.
 */
Object.assign(globalThis, { TextEncoder, TextDecoder });
const NodeBuffer = globalThis.Buffer;

let doc: ReportDocument;
beforeAll(async () => {
  doc = await exampleDocument("uppfoljningsrapport1-2021.xlsx");
});

it("exports the built-in template and fills a template without Node's Buffer (seed 000)", async () => {
  expect(typeof window).toBe("object");
  Object.assign(globalThis, { Buffer: undefined });
  try {
    // Loaded afresh, so docx, docxtemplater and pizzip decide what the platform has without Buffer.
    jest.resetModules();
    const { exportDocx, readSourceMap } = await import("../../../src/io/docx");
    const { default: PizZip } = await import("pizzip");
    const builtin = await exportDocx(doc);
    expect(builtin).toBeInstanceOf(Uint8Array);
    expect(new PizZip(builtin).file("word/document.xml")?.asText()).toContain(
      "5.2.1 Resultaträkning",
    );
    expect(readSourceMap(builtin)?.figures.length).toBeGreaterThan(0);
    const filled = await exportDocx(doc, { template: builtin.slice().buffer });
    expect(readSourceMap(filled)?.figures.length).toBeGreaterThan(0);
  } finally {
    Object.assign(globalThis, { Buffer: NodeBuffer });
  }
});
