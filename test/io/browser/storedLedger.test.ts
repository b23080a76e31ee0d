import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Sheet } from "../../../src/core/mapping/grid";
import { eachStoredRow } from "../../../src/core/mapping/storedRows";
import { runReport } from "../../../src/core/pipeline";
import { readSheets, transferables } from "../../../src/io/browser/readProtocol";
import { LIMITS } from "../../../src/io/limits";
import { planWrite } from "../../../src/io/output/place";
import { readXlsx } from "../../../src/io/stream/read";
import { bytesAt } from "../../../src/io/zip";
import { workbookEntries, zipOf } from "../stream/zipWriter";

const UPPDRAG = [
  "Förtroendevalda",
  "Oförutsett regionstyrelsen",
  "Hälso- och sjukvård",
  "Åtgärder – ökad tillgänglighet",
];
const ROWS = 50_000;

/** Row i of the ledger: 2022–2023 by month, an uppdrag, a konto, utfall and budget in öre. */
function row(i: number) {
  const sign = i % 3 ? -1 : 1;
  return {
    period: (2022 + Math.floor((i * 2) / ROWS)) * 100 + 1 + (Math.floor((i * 24) / ROWS) % 12),
    uppdrag: UPPDRAG[(i * 7) % UPPDRAG.length],
    konto: sign > 0 ? "3010" : "4010",
    utfall: sign * ((i * 7919 * 13) % 9_999_999),
    budget: i % 4 ? null : sign * ((i * 104_729) % 5_000_000),
  };
}

const kr = (ore: number) =>
  `${ore < 0 ? "-" : ""}${Math.floor(Math.abs(ore) / 100)}.${String(Math.abs(ore) % 100).padStart(2, "0")}`;
const text = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;

/**
 * A ledger of 250 000 cells, past the pane's 200 000 where it stores a ledger column by column,
 * with a caption above, a row the sheet leaves out, an amount that is no number and a total row.
 */
function ledgerFile(): Buffer {
  const rows = [`<row r="1">${text("A1", "Huvudbok Regionstyrelsen")}</row>`];
  rows.push(
    `<row r="3">${["Period", "Uppdrag", "Konto", "Utfall (kr)", "Budget (kr)"].map((h, c) => text(`${"ABCDE"[c]}3`, h)).join("")}</row>`,
  );
  for (let i = 0; i < ROWS; i++) {
    const r = row(i);
    const n = i + 4 + (i >= 1000 ? 1 : 0); // row 1004 is left out of the sheet; D2005 says "saknas"
    const utfall = i === 2000 ? text(`D${n}`, "saknas") : `<c r="D${n}"><v>${kr(r.utfall)}</v></c>`;
    rows.push(
      `<row r="${n}"><c r="A${n}"><v>${r.period}</v></c>${text(`B${n}`, r.uppdrag)}${text(`C${n}`, r.konto)}${utfall}` +
        `${r.budget === null ? "" : `<c r="E${n}"><v>${kr(r.budget)}</v></c>`}</row>`,
    );
  }
  const n = ROWS + 5;
  rows.push(`<row r="${n}">${text(`B${n}`, "Summa")}<c r="D${n}"><v>1</v></c></row>`);
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
  return zipOf(workbookEntries(sheet));
}

/** Ackumulerat utfall and budget per uppdrag for April 2023, in öre, straight from the rows. */
function independent() {
  const sums = new Map<string, [number, number]>();
  for (let i = 0; i < ROWS; i++) {
    const r = row(i);
    if (r.period < 202301 || r.period > 202304) continue;
    const s = sums.get(r.uppdrag) ?? [0, 0];
    s[0] += i === 2000 ? 0 : r.utfall;
    s[1] += r.budget ?? 0;
    sums.set(r.uppdrag, s);
  }
  return sums;
}

const report = (sheets: Sheet[]) => runReport(sheets, { period: "2023-04", org: "Region" }).report;

describe("a large ledger in the task pane's worker", () => {
  const file = ledgerFile();
  let read: Awaited<ReturnType<typeof readSheets>>;
  beforeAll(async () => {
    read = await readSheets(new Uint8Array(file), "huvudbok.xlsx");
  });

  it("comes column by column, every source row accounted for, with the figures of the rows held as cells", async () => {
    const [sheet] = read.sheets;
    // Above the header the sheet is held as cells; the ledger's rows are stored, none held.
    expect(sheet.values).toEqual([["Huvudbok Regionstyrelsen"], []]);
    const stored = sheet.streamed![0].stored!;
    expect(stored.count).toBe(ROWS + 2); // the rows, the left-out row (empty), the total row
    expect(transferables(read)).toHaveLength(10);

    // The same file held as cells, which the pane did before (and which stops at 2 000 000).
    const held = await readXlsx(bytesAt(file), file.length, "huvudbok.xlsx");
    expect(held[0].streamed).toBeUndefined();
    const expected = report(held);
    // As the page gets it from the worker: a structured clone.
    const fromWorker = report(structuredClone(read.sheets));
    expect(fromWorker.reconciliation).toEqual(expected.reconciliation);
    expect(fromWorker.checks).toEqual(expected.checks);
    expect(fromWorker.cells).toEqual(expected.cells);

    const [r] = fromWorker.reconciliation!;
    expect(r.rowsRead).toBe(ROWS + 2);
    expect(r.rowsRead).toBe(r.rowsUsed + Object.values(r.excluded).reduce((a, b) => a + b, 0));
    expect(r.excluded).toMatchObject({ tom: 1, summarad: 1 });
    expect(fromWorker.checks.map((c) => c.message).join("\n")).toContain("Huvudbok!D2005");
  });

  it("gives every uppdrag's figures exactly, in öre", async () => {
    const sheets = structuredClone(read.sheets);
    const t = sheets[0].streamed![0];
    const run = runReport(sheets, { period: "2023-04", org: "Region" });
    const { LedgerReader } = await import("../../../src/core/mapping/ledgerRows");
    const m = run.mappings.find((x) => x.table === t.id)!;
    const reader = new LedgerReader(t, m);
    eachStoredRow(t.stored!, (values, i) => reader.row(values, i));
    const figures = reader.result({ year: 2023, month: 4 }).result.uppdrag;
    expect(new Map(figures.map((u) => [u.namn, [u.ackUtfall, u.ackBudget]]))).toEqual(
      independent(),
    );
  });

  it("is read where holding its cells would pass the held-cell limit", async () => {
    const options = { heldCells: 100_000, storeLedgersAbove: 10_000 };
    await expect(
      readXlsx(bytesAt(file), file.length, "huvudbok.xlsx", { heldCells: 100_000 }),
    ).rejects.toThrow("bladet Huvudbok har fler än 100 000 celler utanför en huvudbok");
    const [sheet] = await readXlsx(bytesAt(file), file.length, "huvudbok.xlsx", options);
    expect(sheet.streamed![0].stored!.count).toBe(ROWS + 2);
  });

  it("keeps its area the user's when the report is written onto its sheet", () => {
    const sheets = structuredClone(read.sheets);
    const rows = Array.from({ length: 6 }, (_, r) => [`rad ${r}`]);
    const block = { id: "t", values: rows, formats: rows.map(() => ["@"]), bold: [0] };
    const plan = planWrite(sheets, {}, [{ block, anchor: { sheet: "Huvudbok", row: 0, col: 1 } }], {
      mode: "beside",
    });
    // The caption in A1 does not stop a block at B1; the ledger's rows (sheet rows 4 to 50 005) do.
    expect(plan.writes[0]).toMatchObject({ sheet: "Huvudbok", left: 1 });
    expect(plan.writes[0].top).toBeGreaterThan(ROWS + 3);
  });

  it("stays cells in a workbook below the pane's threshold, as every workbook was before", async () => {
    const example = readFileSync(
      join(__dirname, "../../../examples/uppfoljningsrapport1-2021.xlsx"),
    );
    const small = await readSheets(new Uint8Array(example), "bok.xlsx");
    expect(small.sheets.filter((s) => s.streamed)).toEqual([]);
    const cells = small.sheets.flatMap((s) => s.values.flat()).filter((v) => v !== null);
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.length).toBeLessThan(LIMITS.storeLedgerAbove);
  });
});
