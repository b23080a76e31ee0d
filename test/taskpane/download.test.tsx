/**
 * @jest-environment jsdom
 */
import { download, DOCX, downloadsDropped, openInBrowser } from "../../src/taskpane/download";
import { FakeExcel, Platform } from "../io/office/fakeExcel";

/** Scenario 10: Office for Mac (and iPad) drop <a download> silently; never claim it worked. */
describe("scenario 10: getting a file from the pane to the user", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  let clicks = 0;
  beforeEach(() => {
    clicks = 0;
    URL.createObjectURL = () => "blob:x";
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = () => void clicks++;
  });
  afterEach(() => {
    delete g.Office;
    delete g.Excel;
  });

  function inExcel(platform: Platform): FakeExcel {
    const excel = new FakeExcel();
    excel.platform = platform;
    excel.install();
    return excel;
  }

  it("in a browser (no Office): starts the download and says where it goes", () => {
    expect(downloadsDropped()).toBe(false);
    expect(download(new Uint8Array([1]), "rapport.docx", DOCX)).toBe(
      "rapport.docx är klar och sparas där webbläsaren sparar nedladdningar.",
    );
    expect(clicks).toBe(1);
  });

  it.each<Platform>(["PC", "OfficeOnline"])("in Excel (%s): downloads as in a browser", (p) => {
    inExcel(p);
    expect(downloadsDropped()).toBe(false);
    expect(download(new Uint8Array([1]), "rapport.docx", DOCX)).toMatch(/är klar/);
    expect(clicks).toBe(1);
  });

  it.each<Platform>(["Mac", "iOS"])(
    "in Excel (%s, WKWebView): starts nothing, claims nothing, says what works",
    (p) => {
      inExcel(p);
      expect(downloadsDropped()).toBe(true);
      expect(download(new Uint8Array([1]), "rapport.docx", DOCX)).toBe(
        "rapport.docx sparades inte: Excel för Mac och iPad kan inte spara filer från ett tillägg. Gör filen i webbläsaren i stället: spara arbetsboken, välj Öppna i webbläsaren och öppna arbetsboken där. Där sparar webbläsaren Word-filen som vanligt.",
      );
      expect(clicks).toBe(0);
    },
  );

  it("opens the add-in's own page, without Office's query, in the user's browser", () => {
    const excel = inExcel("Mac");
    window.history.replaceState(null, "", "/taskpane.html?_host_Info=Excel$Mac$16.01$sv-SE");
    expect(openInBrowser()).toBe(
      "Excel öppnar http://localhost/taskpane.html i webbläsaren. Öppna den sparade arbetsboken där och exportera. Kommer inget fönster upp: skriv in adressen i webbläsaren.",
    );
    expect(excel.opened).toEqual(["http://localhost/taskpane.html"]);
  });

  it("gives the address to type where Office cannot open a browser", () => {
    const excel = inExcel("OfficeOnline");
    window.history.replaceState(null, "", "/taskpane.html");
    expect(openInBrowser()).toBe(
      "Den här versionen av Excel kan inte öppna webbläsaren åt tillägget. Öppna http://localhost/taskpane.html i webbläsaren och öppna den sparade arbetsboken där.",
    );
    expect(excel.opened).toEqual([]);
  });
});
