import { readFileSync } from "fs";
import { join } from "path";
import { FileWorkbook } from "../../../src/io/browser/fileWorkbook";
import { STATE_SHEET } from "../../../src/io/output/port";
import { withoutOwnOutput } from "../../../src/io/output/state";
import { writeReport } from "../../../src/io/output/write";
import { readWorkbook } from "../../../src/io/xlsx";
import { blocksOf, compute } from "../../../src/taskpane/session";

const EXAMPLE = readFileSync(join(__dirname, "../../../examples/uppfoljningsrapport1-2021.xlsx"));

async function runOnce(book: FileWorkbook) {
  const saved = await book.loadState();
  const { sheets, owned } = await book.read(saved);
  const computed = compute(withoutOwnOutput(sheets, Object.values(owned)), { period: "2021-04" });
  if (!computed.ok) throw new Error(computed.message);
  return writeReport(
    book,
    saved ?? { version: 1 },
    blocksOf(computed.doc, computed.run),
    { mode: "beside" },
    false,
  );
}

describe("a workbook opened in the browser", () => {
  it("gets the report written in, keeps the state in the file, and is updated in place next time", async () => {
    const book = await FileWorkbook.open(EXAMPLE, "bok.xlsx");
    expect((await runOnce(book)).status).toBe("skrivet");
    const bytes = await book.save();

    const sheets = await readWorkbook(bytes);
    const resultat = sheets.find((s) => s.name === "Resultat")!;
    expect(resultat.values.flat().filter((v) => v === "5.2.1 Resultaträkning")).toHaveLength(1);
    expect(sheets.map((s) => s.name)).toContain(STATE_SHEET);

    // Reopened: the saved state comes back, and a second run writes the same places, no copies.
    const reopened = await FileWorkbook.open(bytes, "bok.xlsx");
    const state = await reopened.loadState();
    expect(state?.outputs?.resultatrakning).toBeDefined();
    const again = await runOnce(reopened);
    if (again.status !== "skrivet") throw new Error("skrevs inte");
    expect(again.plan.writes.map((w) => [w.sheet, w.top, w.left])).toEqual(
      Object.values(state!.outputs!).map((o) => [o.sheet, o.top, o.left]),
    );
    const after = await readWorkbook(await reopened.save());
    expect(
      after
        .find((s) => s.name === "Resultat")!
        .values.flat()
        .filter((v) => v === "5.2.1 Resultaträkning"),
    ).toHaveLength(1);
  });
});
