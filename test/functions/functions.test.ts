import { budgetavvikelse, kostnutv, resultathantering } from "../../src/functions/functions";
import { installCustomFunctionsShim } from "./customFunctionsShim";

beforeAll(installCustomFunctionsShim);

describe("the Excel entry points", () => {
  it("seed 000, 5.1.1: =EKO.BUDGETAVVIKELSE(-475423; -485973) is 10550", () => {
    expect(budgetavvikelse([[-475423]], [[-485973]])).toEqual([[10550]]);
  });
  it("seed 000, 5.2.2.1: =EKO.KOSTNUTV with a budget spills one row of five", () => {
    const [cells] = kostnutv([[-183355]], [[-154986]], [[-206256]]);
    expect(cells.slice(0, 2)).toEqual([-28369, 22901]);
    expect(cells).toHaveLength(5);
  });
  it("turns an element error into a cell error that Excel shows with its Swedish message", () => {
    const [[cell]] = resultathantering([[1019]], [[-370]]);
    expect(cell).toEqual({ code: "#VALUE!", message: "begärt belopp kan inte vara negativt" });
    const [[div]] = kostnutv([[5]], [[0]]);
    // Excel shows custom messages on #VALUE! and #N/A only.
    expect(div).toEqual({ code: "#DIV/0!", message: undefined });
  });
  it("scenario 8: an error cell in a range gives that cell's error, the other rows their figures", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    const div0 = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    const out = budgetavvikelse([[-475423], [na], [div0]], [[-485973], [1], [1]]);
    expect(out).toEqual([
      [10550],
      [{ code: "#N/A", message: "utfall (rad 2) är #N/A" }],
      [{ code: "#DIV/0!", message: undefined }],
    ]);
    // An error cell value (the data types form) is read the same way.
    const [[ref]] = budgetavvikelse([[{ type: "Error", basicValue: "#REF!" }]], [[1]]);
    expect(ref).toEqual({ code: "#VALUE!", message: "utfall är #REF!" });
  });
  it("scenario 8: a linked data type says how to get a figure out of it; a formatted number is its number", () => {
    const aktie = { type: "LinkedEntity", text: "Microsoft Corp", basicValue: "#VALUE!" };
    expect(budgetavvikelse([[aktie]], [[1]])).toEqual([
      [
        {
          code: "#VALUE!",
          message:
            'utfall: cellen innehåller datatypen "Microsoft Corp", inte ett tal. Hämta talet ur ett fält i den, till exempel =A1.Pris',
        },
      ],
    ]);
    const belopp = { type: "FormattedNumber", basicValue: -475423, numberFormat: "# ##0" };
    expect(budgetavvikelse([[belopp]], [[-485973]])).toEqual([[10550]]);
  });
  it("scenario 8: plain numbers take the fast path and give exactly what decimal.js gives", () => {
    // 0,1 − 0,3 in floats is −0,19999999999999998; the exact answer is −0,2.
    expect(budgetavvikelse([[0.1], [1234567.891]], [[0.3], [0.009]])).toEqual([
      [-0.2],
      [1234567.882],
    ]);
  });
  it("throws #VALUE! naming the argument when range shapes differ", () => {
    expect(() => budgetavvikelse([[1], [2]], [[1, 2]])).toThrow(
      expect.objectContaining({
        code: "#VALUE!",
        message: expect.stringMatching(/^budget: området har 1 rad × 2 kolumner/),
      }),
    );
  });
});
