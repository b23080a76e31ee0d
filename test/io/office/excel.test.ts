import { readFileSync } from "fs";
import { join } from "path";
import { Sheet } from "../../../src/core/mapping/grid";
import { runReport } from "../../../src/core/pipeline";
import { toDocument } from "../../../src/core/report/document";
import { CHUNK_CELLS, ExcelWorkbook } from "../../../src/io/office/excel";
import { SavedState, withoutOwnOutput } from "../../../src/io/output/state";
import { writeReport } from "../../../src/io/output/write";
import { readWorkbook } from "../../../src/io/xlsx";
import { blocksOf, compute } from "../../../src/taskpane/session";
import { Cell, FakeExcel } from "./fakeExcel";

const EXAMPLE = join(__dirname, "../../../examples/uppfoljningsrapport1-2021.xlsx");

/** The example workbook loaded into the fake Excel, as a controller would have it open. */
async function excelWithExample(): Promise<{ fake: FakeExcel; fromFile: Sheet[] }> {
  const fromFile = await readWorkbook(readFileSync(EXAMPLE));
  const fake = new FakeExcel();
  for (const s of fromFile) {
    const sheet = fake.addSheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell: Cell =
          v instanceof Date
            ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000
            : typeof v === "object"
              ? v.error
              : v;
        sheet.cells.set(`${r},${c}`, { v: cell, f: s.formats[r]?.[c] ?? "General" });
      }),
    );
    sheet.tables.push(...s.tables);
  }
  fake.install();
  return { fake, fromFile };
}

/** The blocks the task pane writes: tables with their narrative, placed beside their sources. */
function blocksFor(sheets: Sheet[], period = "2021-04") {
  const computed = compute(sheets, { period });
  if (!computed.ok) throw new Error(computed.message);
  return { blocks: blocksOf(computed.doc, computed.run) };
}

const fresh = (): SavedState => ({ version: 1, period: "2021-04" });

describe("ExcelWorkbook.read", () => {
  it("gives the core the same sheets as the file reader, in three syncs for a small workbook", async () => {
    const { fake, fromFile } = await excelWithExample();
    const { sheets } = await new ExcelWorkbook().read(undefined);
    expect(fake.syncs).toBe(3);
    const fromExcel = toDocument(runReport(sheets, { period: "2021-04" }).report, [], {});
    const fromXlsx = toDocument(runReport(fromFile, { period: "2021-04" }).report, [], {});
    expect(fromExcel.tables).toEqual(fromXlsx.tables);
    expect(fromExcel.tables.find((t) => t.id === "prognosindikator")!.rows[0][1]).toBe(
      "-475 423 tkr",
    );
  });

  it("reads a 100 000-row ledger in chunks below the payload limit, one sync per chunk", async () => {
    const fake = new FakeExcel();
    const rows: Cell[][] = [["Period", "Uppdrag", "Konto", "Utfall", "Budget"]];
    for (let i = 0; i < 100_000; i++)
      rows.push([202104, `Uppdrag ${i % 40}`, `4${i % 900}`, -1234.56 - i, -1300]);
    fake.addSheet("Huvudbok", rows);
    fake.install();
    const { sheets } = await new ExcelWorkbook().read(undefined);
    const chunks = Math.ceil((100_001 * 5) / CHUNK_CELLS);
    expect(fake.syncs).toBe(2 + chunks);
    expect(Math.max(...fake.syncBytes)).toBeLessThan(5_000_000);
    expect(sheets[0].values).toHaveLength(100_001);
    expect(sheets[0].values[100_000][3]).toBe(-1234.56 - 99_999);
    // For the record in the report: syncs and the largest payload of one sync.
    console.info(
      `100 000 rader × 5 kolumner: ${fake.syncs} syncs, största sync ${(Math.max(...fake.syncBytes) / 1e6).toFixed(2)} MB`,
    );
  });

  it("turns Office's empty strings, error texts and date serials into what the core expects", async () => {
    const fake = new FakeExcel();
    fake.addSheet(
      "Blad1",
      [
        ["Period", 44287],
        ["Fel", "#N/A"],
        ["", "text"],
      ],
      2,
      1,
    );
    fake.sheet("Blad1").cells.get("2,2")!.f = "yyyy-mm-dd";
    fake.install();
    const { sheets } = await new ExcelWorkbook().read(undefined);
    expect(sheets[0].values[2][2]).toEqual(new Date(Date.UTC(2021, 3, 1)));
    expect(sheets[0].values[3][2]).toEqual({ error: "#N/A" });
    expect(sheets[0].values[4]).toEqual([null, null, "text"]);
    expect(sheets[0].values[0]).toEqual([]);
  });
});

describe("writing the report beside its sources", () => {
  it("writes every table right of its source, names it, keeps Swedish formats, and saves the state", async () => {
    const { fake } = await excelWithExample();
    const port = new ExcelWorkbook();
    const { sheets } = await port.read(undefined);
    const { blocks } = blocksFor(sheets);
    fake.syncs = 0;
    const out = await writeReport(port, fresh(), blocks, { mode: "beside" }, false);
    expect(out.status).toBe("skrivet");
    // Read (3 syncs) and write (names + one batch of cells): no per-cell syncs.
    expect(fake.syncs).toBe(5);

    // Beside the source: the example's result table ends in column F, so the report starts at H.
    expect(fake.names.get("EKO_resultatrakning")).toMatch(/^=Resultat!\$H\$\d+:\$L\$\d+$/);
    const saved = JSON.parse(fake.saved.get("ekonomirapport") as string) as SavedState;
    const own = saved.outputs!.resultatrakning;
    expect(fake.get("Resultat", own.top, own.left)).toBe("5.2.1 Resultaträkning");
    // The narrative stands before the table, as in the reference report.
    expect(String(fake.get("Resultat", own.top + 1, own.left))).toMatch(
      /^Ekonomisk avvikelse mot budget är totalt \+20,7 mnkr/,
    );
    const total = own.bottom;
    expect(fake.get("Resultat", total, own.left)).toBe("Totalt");
    expect(fake.get("Resultat", total, own.left + 3)).toBeCloseTo(20.7);
    expect(fake.format("Resultat", total, own.left + 3)).toBe("#,##0.0");
    expect(fake.get("Resultat", own.top + 2, own.left)).toBe("Uppdrag, belopp i mnkr");

    expect(saved.period).toBe("2021-04");
    expect(Object.keys(saved.outputs!)).toEqual(
      expect.arrayContaining(["resultatrakning", "kostnadsutveckling"]),
    );
    expect(await port.loadState()).toEqual(saved);
  });

  it("never covers a cell it did not write: the block moves down past it", async () => {
    const { fake } = await excelWithExample();
    const port = new ExcelWorkbook();
    const { sheets } = await port.read(undefined);
    const { blocks } = blocksFor(sheets);
    const kostnad = blocks.find((b) => b.block.id === "kostnadsutveckling")!;
    const { sheet, row, col } = kostnad.anchor!;
    fake.set(sheet, row + 1, col + 2, "Min anteckning");
    await writeReport(port, fresh(), blocks, { mode: "beside" }, false);
    expect(fake.get(sheet, row + 1, col + 2)).toBe("Min anteckning");
    const saved = JSON.parse(fake.saved.get("ekonomirapport") as string) as SavedState;
    expect(saved.outputs!.kostnadsutveckling.top).toBe(row + 3);
  });

  it("updates its own output in place on a re-run instead of adding a copy", async () => {
    const { fake } = await excelWithExample();
    const port = new ExcelWorkbook();
    const first = await writeReport(
      port,
      fresh(),
      blocksFor((await port.read(undefined)).sheets).blocks,
      { mode: "beside" },
      false,
    );
    if (first.status !== "skrivet") throw new Error("skrevs inte");
    const cellsBefore = fake.sheets.map((s) => s.cells.size);
    const names = [...fake.names.entries()];

    // The second run reads without its own output (else it would map it as a source) and writes
    // the same cells again.
    const again = await port.read(first.state);
    const blocks = blocksFor(withoutOwnOutput(again.sheets, Object.values(again.owned))).blocks;
    const second = await writeReport(port, first.state, blocks, { mode: "beside" }, false);
    expect(second.status).toBe("skrivet");
    expect(fake.sheets.map((s) => s.cells.size)).toEqual(cellsBefore);
    expect([...fake.names.entries()]).toEqual(names);
  });

  it("asks before replacing output the user edited, and replaces it when told to", async () => {
    const { fake } = await excelWithExample();
    const port = new ExcelWorkbook();
    const first = await writeReport(
      port,
      fresh(),
      blocksFor((await port.read(undefined)).sheets).blocks,
      { mode: "beside" },
      false,
    );
    if (first.status !== "skrivet") throw new Error("skrevs inte");
    const own = first.state.outputs!.resultatrakning;
    fake.set(own.sheet, own.top, own.left, "Min egen rubrik");

    const again = await port.read(first.state);
    const blocks = blocksFor(withoutOwnOutput(again.sheets, Object.values(again.owned))).blocks;
    const asked = await writeReport(port, first.state, blocks, { mode: "beside" }, false);
    expect(asked).toEqual({
      status: "fråga",
      edited: [
        {
          id: "resultatrakning",
          where: expect.objectContaining({ sheet: own.sheet, top: own.top }),
        },
      ],
    });
    expect(fake.get(own.sheet, own.top, own.left)).toBe("Min egen rubrik");

    await writeReport(port, first.state, blocks, { mode: "beside" }, true);
    expect(fake.get(own.sheet, own.top, own.left)).toBe("5.2.1 Resultaträkning");
  });

  it("follows its output when the user moved it (the name points at the new place)", async () => {
    const { fake } = await excelWithExample();
    const port = new ExcelWorkbook();
    const first = await writeReport(
      port,
      fresh(),
      blocksFor((await port.read(undefined)).sheets).blocks,
      { mode: "beside" },
      false,
    );
    if (first.status !== "skrivet") throw new Error("skrevs inte");
    const own = first.state.outputs!.personalomsattning;
    // Move the block 10 rows down, as inserting rows above it would, and let the name follow.
    const sheet = fake.sheet(own.sheet);
    const moved = [...sheet.cells].filter(([k]) => {
      const [r, c] = k.split(",").map(Number);
      return r >= own.top && r <= own.bottom && c >= own.left && c <= own.right;
    });
    for (const [k] of moved) sheet.cells.delete(k);
    for (const [k, v] of moved) {
      const [r, c] = k.split(",").map(Number);
      sheet.cells.set(`${r + 10},${c}`, v);
    }
    fake.names.set(
      "EKO_personalomsattning",
      fake.names.get("EKO_personalomsattning")!.replace(/\$(\d+)/g, (_, n) => `$${+n + 10}`),
    );

    const again = await port.read(first.state);
    expect(again.owned.personalomsattning.top).toBe(own.top + 10);
    const blocks = blocksFor(withoutOwnOutput(again.sheets, Object.values(again.owned))).blocks;
    const second = await writeReport(port, first.state, blocks, { mode: "beside" }, false);
    expect(second.status).toBe("skrivet");
    expect(fake.get(own.sheet, own.top + 10, own.left)).toBe("4.4 Personalomsättning");
    expect(fake.get(own.sheet, own.top, own.left)).toBe("");
  });

  it("writes on a report sheet the user names, creating it, one table under another", async () => {
    const { fake } = await excelWithExample();
    const port = new ExcelWorkbook();
    const { blocks } = blocksFor((await port.read(undefined)).sheets);
    await writeReport(port, fresh(), blocks, { mode: "sheet", sheet: "Ekonomi" }, false);
    expect(fake.get("Ekonomi", 0, 0)).toBe(`${blocks[0].block.values[0][0]}`);
    const second = blocks[0].block.values.length + 2;
    expect(fake.get("Ekonomi", second, 0)).toBe(`${blocks[1].block.values[0][0]}`);
    // The example's own sheet "Rapport" holds settings rows: the tables go below them there.
    await writeReport(port, fresh(), blocks, { mode: "sheet", sheet: "Rapport" }, false);
    expect(fake.get("Rapport", 0, 0)).toBe("Rapporttyp");
  });

  it("selects a place named by a check", async () => {
    const { fake } = await excelWithExample();
    await new ExcelWorkbook().select("Resultat!B3");
    await new ExcelWorkbook().select("Investeringar2021");
    expect(fake.syncs).toBe(2);
    await expect(new ExcelWorkbook().select("Finns inte")).rejects.toThrow("ItemNotFound");
  });
});
