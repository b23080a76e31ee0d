import { FakeExcel } from "./fakeExcel";

/** The fake refuses what Excel refuses, so the adapter's tests can fail the way Excel would. */
type Ctx = {
  workbook: {
    worksheets: {
      getItem(n: string): {
        getRangeByIndexes(r: number, c: number, h: number, w: number): Record<string, unknown>;
      };
      add(n: string): unknown;
    };
    names: { add(n: string, r: unknown): void };
  };
  sync(): Promise<void>;
};

async function run(fake: FakeExcel, job: (ctx: Ctx) => void) {
  fake.install();
  const excel = (
    globalThis as unknown as { Excel: { run(cb: (c: Ctx) => Promise<void>): Promise<void> } }
  ).Excel;
  return excel.run(async (ctx) => {
    job(ctx);
    await ctx.sync();
  });
}

describe("the fake Excel", () => {
  it("raises errors at sync with Office codes, keeping what ran before the failing request", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    let queued = false;
    const done = run(fake, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Blad1");
      ws.getRangeByIndexes(0, 0, 1, 1).values = [["först"]];
      // Not thrown here, as in Excel: the missing sheet fails the sync.
      ctx.workbook.worksheets.getItem("Finns inte").getRangeByIndexes(0, 0, 1, 1).values = [[1]];
      ws.getRangeByIndexes(1, 0, 1, 1).values = [["aldrig"]];
      queued = true;
    });
    await expect(done).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
    expect(queued).toBe(true);
    expect(fake.get("Blad1", 0, 0)).toBe("först");
    expect(fake.get("Blad1", 1, 0)).toBe("");
  });

  it("refuses a values array of another shape than the range", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    await expect(
      run(fake, (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRangeByIndexes(0, 0, 2, 2).values = [[1, 2]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("follows Excel's sheet-name rules and refuses writes to a protected sheet", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1").protected = true;
    for (const [name, code] of [
      ["a/b", "InvalidArgument"],
      ["x".repeat(32), "InvalidArgument"],
      ["'Rapport", "InvalidArgument"],
      ["history", "InvalidArgument"],
      ["BLAD1", "ItemAlreadyExists"],
    ])
      await expect(run(fake, (ctx) => ctx.workbook.worksheets.add(name))).rejects.toMatchObject({
        code,
      });
    await expect(
      run(fake, (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRangeByIndexes(0, 0, 1, 1).values = [[1]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("writes name formulas as Excel does: quoted sheets, columns past Z, #REF! after a delete", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Min flik");
    await run(fake, (ctx) =>
      ctx.workbook.names.add(
        "EKO_x",
        ctx.workbook.worksheets.getItem("Min flik").getRangeByIndexes(2, 26, 3, 28),
      ),
    );
    expect(fake.names.get("EKO_x")).toBe("='Min flik'!$AA$3:$BB$5");
    fake.deleteSheet("Min flik");
    expect(fake.names.get("EKO_x")).toBe("=#REF!$AA$3:$BB$5");
  });
});
