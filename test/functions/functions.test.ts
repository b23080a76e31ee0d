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
    expect(div).toMatchObject({ code: "#DIV/0!" });
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
