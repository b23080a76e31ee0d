import { ExcelWorkbook } from "../../../src/io/office/excel";
import { parseRange } from "../../../src/io/output/place";
import { contains } from "../../../src/io/output/state";
import { excelWithExample, paneLoad, write, writtenCell } from "./example";

/** The numbered scenarios of issue 15, each against the strict fake Excel. */

it("1: the figures written are computed from a fresh read, not from when the pane opened", async () => {
  const { fake } = await excelWithExample();
  const port = new ExcelWorkbook();
  const opened = await paneLoad(port);
  const shown = opened.doc.tables.find((t) => t.id === "resultatrakning")!.rows[0];
  expect(shown.slice(0, 2)).toEqual(["Regionkontoret", "-93,8"]);
  // The controller corrects the ledger while the pane stays open (shared runtime), then writes.
  fake.set("Resultat", 2, 1, -100_000_000);
  const out = await write(port);
  if (out.status !== "skrivet") throw new Error("skrevs inte");
  const own = out.state.outputs!.resultatrakning;
  expect(writtenCell(fake, own, "Regionkontoret", "Ack. utfall")).toBe(-100);
});

it("2: no cell the report does not fill changes, value or format; a second write changes nothing", async () => {
  const { fake } = await excelWithExample();
  // The controller formatted the empty columns where the report goes.
  const resultat = fake.sheet("Resultat");
  for (let r = 0; r < 60; r++)
    for (let c = 6; c < 14; c++)
      if (!resultat.cells.has(`${r},${c}`))
        resultat.cells.set(`${r},${c}`, { v: "", f: "0.000", bold: true });
  const before = fake.snapshot();
  const port = new ExcelWorkbook();
  const out = await write(port);
  if (out.status !== "skrivet") throw new Error("skrevs inte");
  const after = fake.snapshot();
  const ours = (key: string) => {
    const [sheet, rc] = key.split("!");
    const [r, c] = rc.split(",").map(Number);
    return out.plan.writes.some((w) => contains(w, sheet, r, c));
  };
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (key) => !ours(key) && before.get(key) !== after.get(key),
  );
  expect(changed).toEqual([]);
  expect(out.plan.writes.some((w) => w.sheet === "Resultat")).toBe(true);

  const names = [...fake.names];
  const record = fake.customXml.map((p) => p.xml);
  expect((await write(port)).status).toBe("skrivet");
  expect(fake.snapshot()).toEqual(after);
  expect([...fake.names]).toEqual(names);
  expect(fake.customXml.map((p) => p.xml)).toEqual(record);
});

it("4: a protected sheet stops the write before any cell changes; unprotected, it writes once", async () => {
  const { fake } = await excelWithExample();
  fake.sheet("Personal").protected = true;
  const before = fake.snapshot();
  await expect(write(new ExcelWorkbook())).rejects.toThrow(
    'Bladet "Personal" är skyddat. Ta bort skyddet (Granska → Ta bort bladskydd) och skriv igen. Inget skrevs.',
  );
  expect(fake.snapshot()).toEqual(before);
  expect(fake.names.size).toBe(0);
  expect(fake.customXml).toHaveLength(0);

  fake.sheet("Personal").protected = false;
  await write(new ExcelWorkbook());
  const titles = [...fake.sheet("Personal").cells.values()].filter(
    (c) => c.v === "1 Sammanfattning",
  );
  expect(titles).toHaveLength(1);
});

it("4: named output whose state was never saved is still updated in place, not written twice", async () => {
  const { fake } = await excelWithExample();
  await write(new ExcelWorkbook());
  const after = fake.snapshot();
  // A write cut short: the cells and names are there, the settings and the record are not.
  fake.settings.clear();
  fake.customXml = [];
  await write(new ExcelWorkbook());
  expect(fake.snapshot()).toEqual(after);
});

it("5: own output whose names the user deleted is never read as a source", async () => {
  const { fake } = await excelWithExample();
  const port = new ExcelWorkbook();
  const first = await paneLoad(port);
  await write(port);
  const after = fake.snapshot();
  fake.names.clear();
  const again = await paneLoad(port);
  const total = (doc: typeof first.doc) =>
    doc.tables.find((t) => t.id === "resultatindikator")!.rows[0];
  expect(total(again.doc)).toEqual(total(first.doc));
  expect(total(again.doc)[1]).toBe("-134 010 tkr");
  const out = await write(port);
  expect(out.status).toBe("skrivet");
  expect(fake.snapshot()).toEqual(after);
});

it("5: the record alone (no names, no settings) keeps the output out of the sources", async () => {
  const { fake } = await excelWithExample();
  const port = new ExcelWorkbook();
  await write(port);
  const after = fake.snapshot();
  fake.names.clear();
  fake.settings.clear();
  expect((await write(port)).status).toBe("skrivet");
  expect(fake.snapshot()).toEqual(after);
});

it("6: a deleted report sheet leaves names at #REF!; the next write starts afresh", async () => {
  const { fake } = await excelWithExample();
  const port = new ExcelWorkbook();
  await write(port, { mode: "sheet", sheet: "Ekonomi" });
  fake.deleteSheet("Ekonomi");
  expect(fake.names.get("EKO_resultatrakning")).toMatch(/^=#REF!\$A\$\d+:\$E\$\d+$/);
  expect(parseRange(fake.names.get("EKO_resultatrakning")!)).toBeUndefined();

  const out = await write(port, { mode: "sheet", sheet: "Ekonomi" });
  expect(out.status).toBe("skrivet");
  expect(fake.names.get("EKO_resultatrakning")).toMatch(/^=Ekonomi!\$A\$\d+:\$E\$\d+$/);
  expect(fake.get("Ekonomi", 0, 0)).toBe("1 Sammanfattning");
});

it("7: figures are numbers with a number format, also in a table whose first column is a figure", async () => {
  const { fake } = await excelWithExample();
  const out = await write(new ExcelWorkbook());
  if (out.status !== "skrivet") throw new Error("skrevs inte");
  const own = out.state.outputs!.kostnadsutveckling;
  // Searched within the block, so a wrong heading fails the test rather than hanging it.
  const header = Array.from({ length: own.bottom - own.top + 1 }, (_, i) => own.top + i).find((r) =>
    String(fake.get(own.sheet, r, own.left)).startsWith("Ack utfall förra året"),
  );
  if (header === undefined) throw new Error("Ack utfall förra året saknas i blocket");
  const row = header + 1;
  expect(fake.get(own.sheet, header, own.left)).toBe("Ack utfall förra året tkr");
  expect(fake.get(own.sheet, row, own.left)).toBe(-154_986);
  expect(fake.format(own.sheet, row, own.left)).toBe("#,##0");
  for (let c = own.left; c <= own.right; c++)
    expect(typeof fake.get(own.sheet, row, c)).toBe("number");
});
