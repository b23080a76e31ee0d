import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { writeLedger } from "../../../scripts/bench/ledger";
import { eachStoredRow } from "../../../src/core/mapping/storedRows";
import { FileWorkbook } from "../../../src/io/browser/fileWorkbook";
import { readSheets } from "../../../src/io/browser/readProtocol";
import { LIMITS } from "../../../src/io/limits";
import { STATE_SHEET } from "../../../src/io/output/port";
import { writeReport } from "../../../src/io/output/write";
import { bytesAt, dataStart, zipDirectory } from "../../../src/io/zip";
import { WorkbookEdits, writeIntoZip } from "../../../src/io/zipWrite";
import { freshBlocks } from "../../../src/taskpane/session";

const ROWS = 100_000;

/** Each entry's compressed bytes by name. */
function entries(file: Uint8Array): Map<string, Buffer> {
  const read = bytesAt(file);
  const dir = zipDirectory(read, file.length, "bok.xlsx");
  return new Map(
    dir.list.map((e) => {
      const start = dataStart(read, e, "bok.xlsx");
      return [e.name, Buffer.from(read(start, e.compressed))];
    }),
  );
}

const xmlOf = (file: Uint8Array, part: string) =>
  inflateRawSync(entries(file).get(part)!).toString("utf8");

/**
 * Before this writer, the pane wrote a file like this one (100 000 rows, 22 MB of sheet XML)
 * with exceljs: it loaded the whole workbook on the page's thread, 850 MB of memory and 21 s in
 * Node, and a ledger past 220 000 rows (48 MB unpacked, LIMITS.unpackedInMemory) was refused
 * outright: it could be read and checked, never written into.
 */
describe("the report written into a 100 000-row ledger workbook in the browser", () => {
  const dir = mkdtempSync(join(tmpdir(), "eko-write-"));
  let original: Uint8Array;
  let saved: Uint8Array;
  let writes: { sheet: string; top: number; left: number; bottom: number; right: number }[];
  beforeAll(async () => {
    await writeLedger(join(dir, "huvudbok.xlsx"), ROWS);
    original = new Uint8Array(readFileSync(join(dir, "huvudbok.xlsx")));
    const unpacked = zipDirectory(bytesAt(original), original.length, "x").unpacked;
    expect(unpacked).toBeGreaterThan(LIMITS.streamAbove);
    const book = await FileWorkbook.open(original, "huvudbok.xlsx");
    const out = await writeReport(
      book,
      { version: 1 },
      freshBlocks({ period: "2023-04" }),
      { mode: "beside" },
      false,
    );
    if (out.status !== "skrivet") throw new Error("skrevs inte");
    writes = out.plan.writes;
    saved = await book.save();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("copies every part it does not change byte for byte, compressed as it was", () => {
    const before = entries(original);
    const after = entries(saved);
    const changed = [
      "xl/worksheets/sheet1.xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/styles.xml",
    ];
    expect([...after.keys()]).toEqual([...before.keys(), "xl/worksheets/sheet2.xml"]);
    for (const [name, bytes] of before)
      if (!changed.includes(name)) expect(after.get(name)!.equals(bytes)).toBe(true);
  });

  it("leaves every ledger cell as it was and adds the report's cells beside it, rows 1–41 only", () => {
    expect(writes.every((w) => w.sheet === "Huvudbok" && w.left >= 6)).toBe(true);
    const last = Math.max(...writes.map((w) => w.bottom)) + 1;
    const before = xmlOf(original, "xl/worksheets/sheet1.xml");
    const after = xmlOf(saved, "xl/worksheets/sheet1.xml");
    const tail = (xml: string) => xml.slice(xml.indexOf(`<row r="${last + 1}"`));
    expect(tail(after)).toBe(tail(before));
    expect(tail(before).length).toBeGreaterThan(20_000_000);
    // The rows with the report: the ledger's own cells (A–E) unchanged, the report's after them.
    const rows = (xml: string) =>
      xml
        .slice(xml.indexOf("<sheetData>"), xml.indexOf(`<row r="${last + 1}"`))
        .match(/<row [^>]*>.*?<\/row>/g)!;
    const ledgerPart = (row: string) =>
      row
        .replace(/\sspans="[^"]*"/, "")
        .replace(/<c r="[G-Z]\d+".*?(<\/c>|\/>)(?=<c|<\/row>)/g, "");
    expect(rows(after).map(ledgerPart)).toEqual(rows(before).map(ledgerPart));
    expect(rows(after).join("")).toContain("Resultaträkning");
  });

  it("reads back with the ledger's figures as they were and the state on its very hidden sheet", async () => {
    const a = await readSheets(original, "huvudbok.xlsx", undefined, ["Huvudbok"]);
    const b = await readSheets(saved, "huvudbok.xlsx");
    const [ledgerA] = a.sheets[0].streamed!;
    const [ledgerB] = b.sheets[0].streamed!;
    expect(ledgerB.stored!.count).toBe(ROWS);
    // The ledger's five columns, row by row, as one text: one comparison, no element-wise diff.
    const ledger = (t: typeof ledgerA) => {
      const lines: string[] = [];
      eachStoredRow(t.stored!, (values) => lines.push(JSON.stringify(values.slice(0, 5))));
      return lines.join("\n");
    };
    const rowsA = ledger(ledgerA);
    expect(rowsA.length).toBeGreaterThan(ROWS * 20);
    expect(ledger(ledgerB) === rowsA).toBe(true);
    expect(b.sheets.map((s) => s.name)).toEqual(["Huvudbok", STATE_SHEET]);
    const state = await (await FileWorkbook.open(saved, "huvudbok.xlsx")).loadState();
    expect(Object.values(state!.outputs!)).toHaveLength(writes.length);
    expect(xmlOf(saved, "xl/workbook.xml")).toContain(
      `<sheet name="${STATE_SHEET}" sheetId="2" state="veryHidden" r:id="rId4"/>`,
    );
  });
});

describe("the zip writer and the user's cells", () => {
  it("refuses, naming the place, to write over a value not the report's own or to add a sheet Excel would not take", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eko-write-"));
    try {
      await writeLedger(join(dir, "liten.xlsx"), 10);
      const file = new Uint8Array(readFileSync(join(dir, "liten.xlsx")));
      const edits = new WorkbookEdits();
      edits.set("Huvudbok", 2, 1, { value: "Rapport", format: "@" });
      await expect(writeIntoZip(file, "liten.xlsx", edits)).rejects.toThrow(
        "liten.xlsx: cellen Huvudbok!B3 har ett värde som inte är rapportens",
      );
      edits.owned.push({ sheet: "Huvudbok", top: 2, left: 1, bottom: 2, right: 1 });
      const written = await writeIntoZip(file, "liten.xlsx", edits);
      const [sheet] = (await readSheets(written, "liten.xlsx")).sheets;
      expect(sheet.values[2][1]).toBe("Rapport");

      // A new sheet Excel would take for one it has, or whose name it does not allow.
      for (const [name, message] of [
        ["huvudbok", 'det finns redan ett blad som heter "Huvudbok"'],
        ["Rapport?", 'Bladnamnet "Rapport?" innehåller "?"'],
      ]) {
        const other = new WorkbookEdits();
        other.set(name, 0, 0, { value: 1 });
        await expect(writeIntoZip(file, "liten.xlsx", other)).rejects.toThrow(message);
      }

      // In the pane: the write is refused with "Skriv till arbetsboken" and the file stays as it was.
      const book = await FileWorkbook.open(file, "liten.xlsx", undefined, -1);
      await book.read(undefined);
      const block = { id: "t", values: [["Rapport"]], formats: [["@"]], bold: [] };
      const at = { sheet: "Huvudbok", top: 2, left: 1, bottom: 2, right: 1 };
      await book.apply({
        writes: [{ ...at, block }],
        clears: [],
        newSheets: [],
        outputs: {},
        edited: [],
      });
      await expect(book.saveState({ version: 1 })).rejects.toThrow("Huvudbok!B3");
      expect(Buffer.from(await book.save()).equals(Buffer.from(file))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
