import { runReport } from "../../../src/core/pipeline";
import { toDocument } from "../../../src/core/report/document";
import { ExcelWorkbook } from "../../../src/io/office/excel";
import { SavedState } from "../../../src/io/output/state";
import { excelWithExample, write } from "./example";
import { Cell, FakeExcel } from "./fakeExcel";
import { PAYLOAD_LIMIT } from "./fakeProxies";

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
    expect(fake.syncs).toBeGreaterThan(3);
    expect(Math.max(...fake.syncBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(sheets[0].values).toHaveLength(100_001);
    expect(sheets[0].values[100_000][3]).toBe(-1234.56 - 99_999);
    // For the record in the report: syncs and the largest payload of one sync.
    console.info(
      `100 000 rader × 5 kolumner: ${fake.syncs} syncs, största sync ${(Math.max(...fake.syncBytes) / 1e6).toFixed(2)} MB`,
    );
  });

  it("sizes reads by bytes: a ledger of long texts stays under Excel on the web's 5 MB", async () => {
    const fake = new FakeExcel();
    const text = "Konsultarvode enligt avtal 2021-0417, fakturerat i efterskott ".repeat(3);
    const rows: Cell[][] = [["Uppdrag", "Konto", "Text", "Utfall", "Budget"]];
    for (let i = 0; i < 30_000; i++) rows.push([`Uppdrag ${i % 40}`, 4010, text + i, -i, -1300]);
    fake.addSheet("Huvudbok", rows);
    fake.install();
    // 40 000 cells a sync (the old chunking) carry about 8 MB here: Excel refuses that.
    const { sheets } = await new ExcelWorkbook().read(undefined);
    expect(Math.max(...fake.syncBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(sheets[0].values[30_000][2]).toBe(text + 29_999);
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
    const out = await write(port);
    expect(out.status).toBe("skrivet");
    // Read (3 syncs) and write (a check, then one batch of cells): no per-cell syncs.
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

  it('scenario 3: a formula showing "" and a cell of spaces are the user\'s, never written over', async () => {
    const { fake } = await excelWithExample();
    // Kostnadsutveckling goes right of Utveckling!A2:C3, level with its caption: E1:L4;
    // intäktsutveckling right of A6:C7, from E5.
    fake.setFormula("Utveckling", 1, 6, '=OM(A1="";"";"x")', "");
    fake.set("Utveckling", 5, 5, "   ");
    const out = await write(new ExcelWorkbook());
    if (out.status !== "skrivet") throw new Error("skrevs inte");
    expect(fake.sheet("Utveckling").cells.get("1,6")).toEqual({
      v: "",
      f: "General",
      formula: '=OM(A1="";"";"x")',
    });
    expect(fake.get("Utveckling", 5, 5)).toBe("   ");
    const at = Object.fromEntries(out.plan.writes.map((w) => [w.block.id, w]));
    expect(at.kostnadsutveckling).toMatchObject({ top: 7, left: 4 });
    expect(at.intaktsutveckling.top).toBeGreaterThan(5);
  });

  it("a workbook written twice is unchanged by the second run, names included", async () => {
    const { fake } = await excelWithExample();
    const port = new ExcelWorkbook();
    expect((await write(port)).status).toBe("skrivet");
    const cells = fake.snapshot();
    const names = [...fake.names.entries()];
    const record = fake.customXml.map((p) => p.xml);

    expect((await write(port)).status).toBe("skrivet");
    expect(fake.snapshot()).toEqual(cells);
    expect([...fake.names.entries()]).toEqual(names);
    expect(fake.customXml.map((p) => p.xml)).toEqual(record);
  });

  it("asks before replacing output the user edited, and replaces it when told to", async () => {
    const { fake } = await excelWithExample();
    const port = new ExcelWorkbook();
    const first = await write(port);
    if (first.status !== "skrivet") throw new Error("skrevs inte");
    const own = first.state.outputs!.resultatrakning;
    fake.set(own.sheet, own.top, own.left, "Min egen rubrik");

    const asked = await write(port);
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

    await write(port, { mode: "beside" }, true);
    expect(fake.get(own.sheet, own.top, own.left)).toBe("5.2.1 Resultaträkning");
  });

  it("follows its output when the user moved it (the name points at the new place)", async () => {
    const { fake } = await excelWithExample();
    const port = new ExcelWorkbook();
    const first = await write(port);
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
    const second = await write(port);
    expect(second.status).toBe("skrivet");
    expect(fake.get(own.sheet, own.top + 10, own.left)).toBe("4.4 Personalomsättning");
    expect(fake.get(own.sheet, own.top, own.left)).toBe("");
  });

  it("writes on a report sheet the user names, creating it, one table under another", async () => {
    const { fake } = await excelWithExample();
    const port = new ExcelWorkbook();
    const out = await write(port, { mode: "sheet", sheet: "Ekonomi 2021" });
    if (out.status !== "skrivet") throw new Error("skrevs inte");
    const [first, second] = out.plan.writes;
    expect(fake.get("Ekonomi 2021", 0, 0)).toBe(first.block.values[0][0]);
    expect(second.top).toBe(first.bottom + 3);
    expect(fake.get("Ekonomi 2021", second.top, 0)).toBe(second.block.values[0][0]);
    // A sheet name with a space is quoted in the name's formula, and read back from it.
    expect(fake.names.get(`EKO_${first.block.id}`)).toMatch(/^='Ekonomi 2021'!\$A\$1:/);
    const again = await port.read(out.state);
    expect(again.owned[first.block.id]).toMatchObject({ sheet: "Ekonomi 2021", top: 0, left: 0 });
  });

  it("writes below the settings rows on the example's own sheet Rapport", async () => {
    const { fake } = await excelWithExample();
    await write(new ExcelWorkbook(), { mode: "sheet", sheet: "Rapport" });
    expect(fake.get("Rapport", 0, 0)).toBe("Rapporttyp");
  });

  it("selects a place named by a check", async () => {
    const { fake } = await excelWithExample();
    await new ExcelWorkbook().select("Resultat!B3");
    await new ExcelWorkbook().select("Investeringar2021");
    expect(fake.syncs).toBe(2);
    await expect(new ExcelWorkbook().select("Finns inte")).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});
