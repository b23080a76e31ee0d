import { Sheet } from "../../src/core/mapping/grid";
import { runReport } from "../../src/core/pipeline";

const sheet = (name: string, values: (string | number | null)[][]): Sheet => ({
  name,
  values,
  formats: [],
  tables: [],
});

describe("controllers' explanations", () => {
  const uppdrag = sheet("Prognos", [
    ["Uppdrag", "Årsprognos (tkr)", "Årsbudget"],
    ["Vård", -9_000, -10_000],
    ["Skola", null, -5_000],
  ]);

  it("an explanation for an uppdrag without a deviation is reported, not dropped silently", () => {
    const comments = sheet("Förklaringar", [
      ["Uppdrag", "Belopp (mnkr)", "Förklaring"],
      ["Vård", 1, "på vakanta tjänster"],
      ["Skola", 0.5, "på lägre hyror"],
    ]);
    const run = runReport([uppdrag, comments], { period: "2021-04", org: "Kommunen" });
    expect(
      run.report.checks.filter((c) => c.id === "kommentar-utan-avvikelse").map((c) => c.message),
    ).toEqual([
      'Förklaringar!A3:C3: förklaringen gäller "Skola", som saknar avvikelse i 5.1.2 Analys av prognosen; den kommer inte med i texten.',
    ]);
    const text = run.report.narrative
      .find((n) => n.id === "prognos")!
      .paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    expect(text).toContain("+1,0 mnkr på vakanta tjänster.");
    expect(text.join(" ")).not.toContain("hyror");
  });

  it("an explanation for an uppdrag the table does not have is reported", () => {
    const comments = sheet("Förklaringar", [
      ["Uppdrag", "Belopp (mnkr)", "Förklaring"],
      ["Kultur", 1, "på inställda evenemang"],
    ]);
    const run = runReport([uppdrag, comments], { period: "2021-04", org: "Kommunen" });
    expect(run.report.checks.find((c) => c.id === "kommentar-okant-uppdrag")!.message).toBe(
      'Förklaringar!A2:C2: förklaringen gäller "Kultur", som inte finns i 5.1.2 Analys av prognosen; den kommer inte med i texten.',
    );
  });
});
