import { EkoError } from "../../../src/core/errors";
import { RawValue, Sheet } from "../../../src/core/mapping/grid";
import { runReport } from "../../../src/core/pipeline";
import { suggestReport } from "../../../src/core/report/suggest";

const sheet = (name: string, values: RawValue[][]): Sheet => ({
  name,
  values,
  formats: [],
  tables: [],
});

const resultat = (caption?: string): Sheet =>
  sheet("Resultat", [
    ...(caption ? [[caption], []] : []),
    ["Uppdrag", "Utfall", "Budget"],
    ["Regionkontoret", 100, 90],
    ["Summa", 100, 90],
  ]);

describe("suggestReport: what the workbook says it is", () => {
  it("reads type, period and organisation from a caption that names the report", () => {
    const s = suggestReport([resultat("Regionstyrelsen, årsredovisning 2023")]);
    expect(s.type).toEqual({ value: "Årsredovisning", where: "Resultat!A1", from: "rubrik" });
    expect(s.period).toEqual({ value: "2023", where: "Resultat!A1", from: "rubrik" });
    expect(s.org).toEqual({ value: "Regionstyrelsen", where: "Resultat!A1", from: "rubrik" });
  });

  it("gives a follow-up report the month it always ends with, and reads an organisation after 'för'", () => {
    const s = suggestReport([resultat("Uppföljningsrapport 1 2021 för Regionkontoret")]);
    expect([s.type?.value, s.period?.value, s.org?.value]).toEqual([
      "Uppföljningsrapport 1",
      "2021-04",
      "Regionkontoret",
    ]);
    expect(suggestReport([resultat("Månadsrapport mars 2024")]).period?.value).toBe("2024-03");
  });

  it("prefers a Rapport sheet's caption and lets settings rows win over any caption", () => {
    const rapport = sheet("Rapport", [["Hälsonämnden – Uppföljningsrapport 2, 2022"]]);
    const s = suggestReport([resultat("Regionstyrelsen, årsredovisning 2023"), rapport]);
    expect([s.type?.value, s.period?.value, s.org?.value]).toEqual([
      "Uppföljningsrapport 2",
      "2022-08",
      "Hälsonämnden",
    ]);
    const settings = sheet("Inställningar", [["Period", "2023-10"]]);
    expect(suggestReport([rapport, settings]).period).toEqual({
      value: "2023-10",
      where: "Inställningar!B1",
      from: "inställning",
    });
  });

  it("takes the latest month of a period column, then the file name", () => {
    const ledger = sheet("Huvudbok", [
      ["Period", "Uppdrag", "Belopp"],
      ["2023-01", "Hälsa", 10],
      [new Date(Date.UTC(2023, 4, 1)), "Hälsa", 10],
      [202303, "Hälsa", 10],
    ]);
    expect(suggestReport([ledger]).period).toEqual({
      value: "2023-05",
      where: 'Huvudbok!A1, kolumnen "Period"',
      from: "kolumn",
    });
    const byName = suggestReport([resultat()], "uppfoljningsrapport1-2021.xlsx");
    expect([byName.type?.value, byName.period?.value, byName.org]).toEqual([
      "Uppföljningsrapport 1",
      "2021-04",
      undefined,
    ]);
  });

  it("suggests nothing from a workbook that says nothing about itself", () => {
    expect(suggestReport([resultat("Resultat per uppdrag")], "bok.xlsx")).toEqual({});
  });
});

describe("runReport with suggested choices", () => {
  it("uses the caption and says so in a check; the user's choice wins", () => {
    const run = runReport([resultat("Regionstyrelsen, årsredovisning 2023")]);
    expect([run.report.type, run.report.period, run.report.org]).toEqual([
      "arsredovisning",
      { year: 2023, month: 12 },
      "Regionstyrelsen",
    ]);
    expect(run.report.checks.filter((c) => c.id === "gissat-val").map((c) => c.message)).toEqual([
      'Perioden "2023" är hämtad ur rubriken i Resultat!A1. Ange en annan om den inte stämmer.',
      'Rapporttypen "Årsredovisning" är hämtad ur rubriken i Resultat!A1. Ange en annan om den inte stämmer.',
      'Organisationen "Regionstyrelsen" är hämtad ur rubriken i Resultat!A1. Ange en annan om den inte stämmer.',
    ]);
    const own = runReport([resultat("Regionstyrelsen, årsredovisning 2023")], {
      period: "2023-04",
      org: "Hälsonämnden",
    });
    expect([own.report.type, own.report.org]).toEqual(["arsredovisning", "Hälsonämnden"]);
  });

  it("asks for a period in words both doors can use, naming the field", () => {
    let error: unknown;
    try {
      runReport([resultat()]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EkoError);
    expect((error as EkoError).message).toBe("Ange rapportens period, t.ex. 2023 eller 2021-04.");
    expect((error as EkoError).field).toBe("period");
  });
});
