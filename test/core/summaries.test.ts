import { findTables } from "../../src/core/mapping/blocks";
import { extractInput } from "../../src/core/mapping/extract";
import { RawValue, Sheet } from "../../src/core/mapping/grid";
import { mapTables } from "../../src/core/mapping/match";
import { Period } from "../../src/core/report/model";

/** Summaries as controllers type them: blank rows, subtotals, amounts as text, notes beside. */

function sheet(name: string, rows: RawValue[][]): Sheet {
  return { name, values: rows, formats: rows.map((r) => r.map(() => undefined)), tables: [] };
}

function extract(s: Sheet, period: Period = { year: 2023, month: 8 }) {
  const tables = findTables([s]);
  const mapped = mapTables(tables);
  const { input, checks } = extractInput(tables, mapped.mappings, period);
  return { tables, input, checks: [...mapped.checks, ...checks], mappings: mapped.mappings };
}

describe("a typed summary with a blank row, a group heading and subtotals", () => {
  const run = extract(
    sheet("Sammanställning", [
      ["Resultat per uppdrag, tkr"],
      ["Uppdrag", "Ack. utfall", "Ack. budget"],
      ["Hälso- och sjukvård", null, null],
      ["Vård", "-1 000,5", "-1 100"],
      ["Tandvård", "-200", "-250"],
      ["Summa Hälso- och sjukvård", "-1 200,5", "-1 350"],
      [null, null, null],
      ["Regional utveckling", null, null],
      ["Kollektivtrafik", "-300", "-280"],
      ["Totalt", "-1 400", "-1 630"],
    ]),
  );

  it("keeps the rows after the blank row and the heading in the table", () => {
    expect(run.input.uppdrag!.map((u) => [u.namn, u.ackUtfall, u.ackBudget])).toEqual([
      ["Vård", -100_050_000, -110_000_000],
      ["Tandvård", -20_000_000, -25_000_000],
      ["Kollektivtrafik", -30_000_000, -28_000_000],
    ]);
  });

  it("records every row left out with its reason and range", () => {
    expect(run.tables[0].skipped).toEqual([
      { index: 0, where: "Sammanställning!A3:C3", reason: "rubrik" },
      { index: 3, where: "Sammanställning!A6:C6", reason: "summarad" },
      { index: 4, where: "Sammanställning!A7:C7", reason: "tom" },
      { index: 5, where: "Sammanställning!A8:C8", reason: "rubrik" },
      { index: 7, where: "Sammanställning!A10:C10", reason: "summarad" },
    ]);
  });

  it("flags the stale grand total at its cell, and only that one", () => {
    expect(
      run.checks.filter((c) => c.id === "kallans-summa-avviker").map((c) => c.message),
    ).toEqual([
      "Sammanställning!B10: summaraden anger -1 400 tkr men raderna ovanför summerar till -1 500,5 tkr. Rapporten räknar med raderna; summaraden används inte.",
    ]);
  });
});
