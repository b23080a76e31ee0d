import { readFileSync } from "fs";
import { join } from "path";
import { Dec } from "../../src/core/decimal";
import { formatPercent } from "../../src/core/format";
import { inUnit } from "../../src/core/money";
import { runReport } from "../../src/core/pipeline";
import { kostnutvCells } from "../../src/functions/compute";
import { readWorkbook } from "../../src/io/xlsx";

/**
 * The report table and the cell function must never disagree, so this builds seed 000's tables
 * with the engine from the example workbook and asks KOSTNUTV the same question with the same
 * figures (in kr with öre, as the workbook holds them).
 */
describe("KOSTNUTV and the report engine share one implementation", () => {
  it.each(["kostnadsutveckling", "intaktsutveckling"])(
    "seed 000, 5.2.2: the engine's %s row equals KOSTNUTV's spill",
    async (id) => {
      const workbook = readFileSync(
        join(__dirname, "../../examples/uppfoljningsrapport1-2021.xlsx"),
      );
      const { report } = runReport(await readWorkbook(workbook));
      const [row] = report.cells[id];
      const exact = row.cells.map((c) => c.exact ?? new Dec(NaN));
      // Columns: förra året, i år, skillnad, budget, diff mot budget, utveckling, budgeterad, skillnad mot budget.
      const kr = (i: number) => inUnit(exact[i].toNumber(), "kr").toNumber();
      const spill = kostnutvCells(kr(1), kr(0), kr(3));
      expect(spill).toEqual([
        [kr(2), kr(4), exact[5].toNumber(), exact[6].toNumber(), exact[7].toNumber()],
      ]);
      const printed = report.tables.find((t) => t.id === id)?.rows[0].slice(5);
      expect(printed).toEqual(
        spill[0].slice(2).map((f) => formatPercent(new Dec(f as number), { decimals: 1 })),
      );
    },
  );
});
