import { metadata } from "./generatedMetadata";

describe("custom functions metadata", () => {
  it("lists the three functions with Swedish parameter names, optional flags and matrix shapes", async () => {
    const { errors, json } = await metadata();
    expect(errors).toEqual([]);
    const shape = json.functions.map((f) => ({
      id: f.id,
      name: f.name,
      parameters: f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}:${p.dimensionality}`),
      result: f.result.dimensionality,
    }));
    expect(shape).toEqual([
      {
        id: "BUDGETAVVIKELSE",
        name: "BUDGETAVVIKELSE",
        parameters: ["utfall:matrix", "budget:matrix", "typ?:matrix"],
        result: "matrix",
      },
      {
        id: "KOSTNUTV",
        name: "KOSTNUTV",
        parameters: ["i_år:matrix", "förra_året:matrix", "budget?:matrix", "typ?:matrix"],
        result: "matrix",
      },
      {
        id: "RESULTATHANTERING",
        name: "RESULTATHANTERING",
        parameters: ["avvikelse:matrix", "begärt:matrix", "andel?:matrix", "tak?:matrix"],
        result: "matrix",
      },
    ]);
  });

  it("has Swedish help for every function and parameter", async () => {
    const { json } = await metadata();
    const texts = json.functions.flatMap((f) => [
      f.description,
      ...f.parameters.map((p) => p.description),
    ]);
    expect(texts.every((t) => t && t.length > 10)).toBe(true);
    expect(json.functions[2].parameters[3].description).toBe(
      "Högsta belopp som får föras över. Utelämnat: inget tak.",
    );
  });
});
