import { RawValue } from "../../../src/core/mapping/grid";
import { eachStoredRow, StoredRowsBuilder } from "../../../src/core/mapping/storedRows";

describe("rows kept column by column", () => {
  it("give back every kind of cell as held rows have it, across the arrays' growth", () => {
    const kinds: RawValue[] = [
      202304,
      -18163.2,
      "Förtroendevalda",
      true,
      false,
      new Date(Date.UTC(2023, 3, 30)),
      { error: "#N/A" },
      null,
      0,
      "",
    ];
    // Sheet rows with two cells left of the table (offset 2) and rows shorter than the table.
    const rows = Array.from({ length: 3000 }, (_, i): RawValue[] => [
      "vänster",
      null,
      ...kinds.map((_, c) => kinds[(i + c) % kinds.length]).slice(0, 1 + (i % kinds.length)),
    ]);
    const builder = new StoredRowsBuilder(kinds.length, 2);
    rows.forEach((r) => builder.add(r));
    const stored = structuredClone(builder.build());
    const back: RawValue[][] = [];
    eachStoredRow(stored, (values, i) => {
      expect(i).toBe(back.length);
      back.push(values.slice());
    });
    const expected = rows.map((r) =>
      Array.from({ length: kinds.length }, (_, c) => r[2 + c] ?? null),
    );
    expect(back).toEqual(expected);
    expect(stored.texts.filter((t) => t === "Förtroendevalda")).toHaveLength(1);
  });
});
