import { ExcelWorkbook } from "../../../src/io/office/excel";
import { sheetNameProblem } from "../../../src/io/output/sheetName";
import { userMessage } from "../../../src/taskpane/messages";
import { excelWithExample, write } from "./example";
import { OfficeError } from "./fakeExcel";

describe("scenario 9: Office errors and typed sheet names", () => {
  it("gives Swedish advice for the payload, name, argument and inactive-workbook errors", () => {
    const advice = (code: string) => userMessage(new OfficeError(code, "English text"));
    expect(advice("ResponsePayloadSizeLimitExceeded")).toBe(
      "Excel på webben skickar högst 5 MB åt gången och arbetsboken har för mycket i några celler (långa texter). Öppna arbetsboken i Excel för skrivbordet, eller flytta långa texter till ett eget blad.",
    );
    expect(advice("ItemAlreadyExists")).toMatch(/^Det finns redan ett blad eller namn/);
    expect(advice("InvalidArgument")).toMatch(/^Excel godtog inte/);
    expect(advice("InactiveWorkbook")).toMatch(/^Flera arbetsböcker är öppna/);
    expect(advice("NotImplemented")).toMatch(/^Något gick fel: English text\./);
  });

  it("says what is wrong with a typed sheet name, as Excel's rules have it", () => {
    expect(sheetNameProblem("Ekonomi 2021")).toBeUndefined();
    expect(sheetNameProblem("Rapport 2021/04")).toBe(
      'Bladnamnet "Rapport 2021/04" innehåller "/", som Excel inte tillåter i bladnamn (: \\ / ? * [ ]).',
    );
    expect(sheetNameProblem("Ekonomirapport för uppföljning 2021")).toBe(
      'Bladnamnet "Ekonomirapport för uppföljning 2021" är 35 tecken; Excel tillåter högst 31.',
    );
    expect(sheetNameProblem("'Ekonomi")).toMatch(/apostrof/);
    expect(sheetNameProblem("History")).toMatch(/reserverat/);
    expect(sheetNameProblem("  ")).toMatch(/^Skriv ett namn/);
  });

  it("refuses a bad report sheet name before writing anything", async () => {
    const { fake } = await excelWithExample();
    const before = fake.snapshot();
    await expect(
      write(new ExcelWorkbook(), { mode: "sheet", sheet: "Ekonomi [april]" }),
    ).rejects.toThrow(
      'Bladnamnet "Ekonomi [april]" innehåller "[", "]", som Excel inte tillåter i bladnamn (: \\ / ? * [ ]). Inget skrevs.',
    );
    expect(fake.snapshot()).toEqual(before);
    expect(fake.sheets.map((s) => s.name)).not.toContain("Ekonomi [april]");
  });
});
