/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { DecompressionStream } from "stream/web";
import { TextDecoder } from "util";
import { Sheet } from "../../src/core/mapping/grid";
import { readWorkbook } from "../../src/io/xlsx";
import { App, FilePort } from "../../src/taskpane/App";
import { MemoryPort } from "./memoryPort";

// jsdom lacks three things every browser has: TextDecoder and DecompressionStream (the zip
// reader uses them to load the seed workbook here) and ResizeObserver (Fluent's MessageBar
// watches its width).
globalThis.TextDecoder ??= TextDecoder as typeof globalThis.TextDecoder;
globalThis.DecompressionStream ??= DecompressionStream as typeof globalThis.DecompressionStream;
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const EXAMPLE = readFileSync(join(__dirname, "../../examples/uppfoljningsrapport1-2021.xlsx"));
let seed: Sheet[];
let annual: Sheet[];
beforeAll(async () => {
  seed = await readWorkbook(EXAMPLE);
  annual = await readWorkbook(
    readFileSync(join(__dirname, "../../examples/arsredovisning-2020.xlsx")),
  );
});
const copy = (sheets: Sheet[]): Sheet[] =>
  JSON.parse(JSON.stringify(sheets), (k, v) =>
    typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v,
  );

const noFile = async (): Promise<FilePort> => {
  throw new Error("inte i detta test");
};

function renderPane(props: Partial<Parameters<typeof App>[0]>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App openFile={noFile} exportDocx={async () => new Uint8Array([1])} {...props} />
    </FluentProvider>,
  );
}

/** Opens a step from the step list ("3 Granska"). */
const goTo = async (step: "Rapport" | "Källor" | "Granska" | "Skriv") =>
  fireEvent.click(await screen.findByRole("button", { name: new RegExp(`^\\d ${step}$`) }));

// Fluent renders slowly in jsdom on a shared machine; no assertion here is about time.
jest.setTimeout(60_000);

describe("the task pane", () => {
  it("reads the open workbook, suggests the mapping with its confidence and previews the seed figures", async () => {
    renderPane({ workbook: new MemoryPort(copy(seed)) });
    expect(await screen.findByRole("heading", { name: "Rapport och period" })).toBeTruthy();
    expect(
      screen.getByText("Uppföljningsrapport 1, januari–april 2021, Regionkontoret."),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Nästa: källtabeller" }));
    expect(screen.getAllByText(/^Förslag \d+%$/).length).toBeGreaterThan(0);
    expect(screen.getByRole("region", { name: "Resultat per uppdrag" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Nästa: granska" }));
    expect(await screen.findByText("-475 423 tkr")).toBeTruthy();
    const resultat = screen.getByRole("region", { name: "5.2.1 Resultaträkning" });
    expect(within(resultat).getByText("20,7")).toBeTruthy();
    expect(screen.getByText("18,3%")).toBeTruthy();
  });

  it("shows the narrative with its table, and the text without a table in its place", async () => {
    renderPane({ workbook: new MemoryPort(copy(seed)) });
    await goTo("Granska");
    const resultat = await screen.findByRole("region", { name: "5.2.1 Resultaträkning" });
    expect(
      within(resultat).getByText(/^Ekonomisk avvikelse mot budget är totalt \+20,7 mnkr/),
    ).toBeTruthy();
    const sections = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
    expect(sections.indexOf("1 Sammanfattning")).toBeLessThan(
      sections.indexOf("4.4 Personalomsättning"),
    );
    const forandring = sections.indexOf("5.1.3 Prognosförändring sedan föregående rapport");
    expect(forandring).toBeGreaterThan(sections.indexOf("5.1.2 Analys av prognosen"));
    expect(forandring).toBeLessThan(sections.indexOf("5.2 Ekonomiskt resultat (ackumulerat)"));
  });

  it("opens a file in browser mode", async () => {
    const port = new MemoryPort(copy(seed));
    const openFile = jest.fn(async () =>
      Object.assign(port, { save: async () => new Uint8Array() }),
    );
    const { container } = renderPane({ openFile });
    expect(screen.getByRole("button", { name: "Öppna arbetsbok" })).toBeTruthy();
    // The file input is not displayed, so it is no invisible tab stop; the button opens it.
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.hidden).toBe(true);
    const file = { name: "bok.xlsx", arrayBuffer: async () => new ArrayBuffer(8) };
    fireEvent.change(input, { target: { files: [file] } });
    await goTo("Granska");
    expect(await screen.findByText("-475 423 tkr")).toBeTruthy();
    expect(openFile).toHaveBeenCalledWith(expect.any(ArrayBuffer), "bok.xlsx");
    await goTo("Skriv");
    expect(screen.getByRole("button", { name: "Ladda ner arbetsboken" })).toBeTruthy();
  });

  it("exports the previewed report to Word, with the organisation's template when one is picked", async () => {
    URL.createObjectURL = jest.fn(() => "blob:rapport");
    URL.revokeObjectURL = jest.fn();
    // jsdom cannot navigate to a download; record which file the pane offers instead.
    const offered: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      offered.push(this.download);
    });
    const exportDocx = jest.fn(async () => new Uint8Array([1, 2]));
    const { container } = renderPane({ workbook: new MemoryPort(copy(seed)), exportDocx });
    await goTo("Skriv");
    fireEvent.click(await screen.findByRole("button", { name: "Exportera (.docx)" }));
    await waitFor(() => expect(exportDocx).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(offered).toEqual(["Uppföljningsrapport 1 2021-04.docx"]));
    expect(exportDocx.mock.calls[0]).toEqual([
      expect.objectContaining({ period: "2021-04", narrative: expect.any(Array) }),
      undefined,
    ]);

    const mall = new ArrayBuffer(4);
    const input = container.querySelector('input[accept=".docx"]')!;
    fireEvent.change(input, {
      target: { files: [{ name: "mall.docx", arrayBuffer: async () => mall }] },
    });
    expect(await screen.findByText("Egen mall: mall.docx")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Exportera (.docx)" }));
    await waitFor(() => expect(exportDocx).toHaveBeenCalledTimes(2));
    expect((exportDocx.mock.calls[1] as unknown[])[1]).toBe(mall);
    // A template refused names its file, not "mallen".
    expect((exportDocx.mock.calls[1] as unknown[])[2]).toBe("mall.docx");
  });

  it("explains a bad period at its field when it is left, never while typing, and recovers", async () => {
    renderPane({ workbook: new MemoryPort(copy(seed)) });
    const period = await screen.findByRole("textbox", { name: /Period/ });
    for (const typed of ["v", "vå", "vår", "våre", "våren"]) {
      fireEvent.change(period, { target: { value: typed } });
      expect(screen.queryByText(/är ingen/)).toBeNull();
    }
    fireEvent.blur(period);
    expect(
      await screen.findByText(/"våren" är ingen period; skriv till exempel 2023/),
    ).toBeTruthy();
    for (const typed of ["2", "20", "202", "2021", "2021-", "2021-1"]) {
      fireEvent.change(period, { target: { value: typed } });
      expect(screen.queryByText(/"2\d*-?\d*" är ingen/)).toBeNull();
    }
    // Year and month typed to the end are used at once, without leaving the field.
    fireEvent.change(period, { target: { value: "2021-13" } });
    expect(await screen.findByText(/"2021-13" är ingen giltig period/)).toBeTruthy();
    expect(screen.queryByText(/--period/)).toBeNull();
    expect(screen.getByRole("button", { name: "Nästa: källtabeller" })).toHaveProperty(
      "disabled",
      true,
    );
    fireEvent.change(period, { target: { value: "2021-04" } });
    await goTo("Granska");
    expect(await screen.findByText("-475 423 tkr")).toBeTruthy();
  });

  it("suggests report, period and organisation from a caption, each editable", async () => {
    const sheets = copy(seed).filter((s) => s.name !== "Rapport");
    sheets.find((s) => s.name === "Resultat")!.values[0] = ["Regionstyrelsen, årsredovisning 2023"];
    renderPane({ workbook: new MemoryPort(sheets) });
    const org = await screen.findByRole("textbox", { name: "Organisation" });
    expect((org as HTMLInputElement).value).toBe("Regionstyrelsen");
    expect((screen.getByRole("textbox", { name: /Period/ }) as HTMLInputElement).value).toBe(
      "2023",
    );
    expect((screen.getByRole("combobox", { name: "Rapport" }) as HTMLSelectElement).value).toBe(
      "arsredovisning",
    );
    expect(screen.getAllByText("Förslag ur rubriken i Resultat!A1.")).toHaveLength(3);
    expect(screen.getByText("Årsredovisning, år 2023, Regionstyrelsen.")).toBeTruthy();
    fireEvent.change(org, { target: { value: "Hälsonämnden" } });
    fireEvent.blur(org);
    expect(await screen.findByText("Årsredovisning, år 2023, Hälsonämnden.")).toBeTruthy();
  });

  it("recomputes when a mapping dropdown changes (the unit of the result table)", async () => {
    renderPane({ workbook: new MemoryPort(copy(seed)) });
    await goTo("Källor");
    const card = await screen.findByRole("region", { name: "Resultat per uppdrag" });
    fireEvent.change(within(card).getByRole("combobox", { name: "Enhet" }), {
      target: { value: "tkr" },
    });
    expect(await within(card).findByText("Vald mappning")).toBeTruthy();
    await goTo("Granska");
    expect(await screen.findByText("-475 423 000 tkr")).toBeTruthy();
  });

  it("lets the user map by hand a table whose column was renamed", async () => {
    const sheets = copy(seed);
    const personal = sheets.find((s) => s.name === "Personal")!;
    personal.values[0][1] = "Värde";
    renderPane({ workbook: new MemoryPort(sheets) });
    await goTo("Källor");
    const add = screen.getByRole("region", { name: "Lägg till källtabell" });
    fireEvent.change(within(add).getByRole("combobox", { name: /vad tabellen innehåller/ }), {
      target: { value: "personal" },
    });
    fireEvent.change(within(add).getByRole("combobox", { name: "Tabell" }), {
      target: { value: "Personal!A1" },
    });
    fireEvent.change(within(add).getByRole("combobox", { name: "Indikator (krävs)" }), {
      target: { value: "Indikator" },
    });
    fireEvent.change(within(add).getByRole("combobox", { name: "Utfall (krävs)" }), {
      target: { value: "Värde" },
    });
    fireEvent.change(within(add).getByRole("combobox", { name: "Målvärde" }), {
      target: { value: "Målvärde" },
    });
    fireEvent.click(within(add).getByRole("button", { name: "Lägg till" }));
    await goTo("Granska");
    expect(await screen.findByText("9,04%")).toBeTruthy();
  });

  it("writes, saves the choices, and asks before replacing output the user edited", async () => {
    const port = new MemoryPort(copy(seed));
    renderPane({ workbook: port });
    await goTo("Skriv");
    fireEvent.click(await screen.findByRole("button", { name: "Skriv till arbetsboken" }));
    expect(
      await screen.findByText(
        /^Skrev \d+ tabeller och texter bredvid källtabellerna: .*Resultat!H\d+:L\d+/,
      ),
    ).toBeTruthy();
    expect(port.state?.period).toBe("2021-04");
    expect(port.state?.mapping?.sources.map((s) => s.kind)).toContain("uppdrag");

    expect(port.edit("resultatrakning", "Min rubrik")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Skriv till arbetsboken" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/Du har ändrat i tabeller/)).toBeTruthy();
    expect(port.plans).toHaveLength(1);
    // Fluent keeps the dialog aria-hidden while its opening animation runs, which in jsdom may
    // never finish: look past that.
    fireEvent.click(within(dialog).getByRole("button", { name: "Ersätt", hidden: true }));
    await waitFor(() => expect(port.plans).toHaveLength(2));
  });

  it("selects the workbook cell a check names", async () => {
    const port = new MemoryPort(copy(seed));
    port.sheets.find((s) => s.name === "Resultat")!.values[3][1] = "okänt";
    renderPane({ workbook: port });
    await goTo("Granska");
    const [link] = await screen.findAllByRole("button", { name: /^Markera Resultat!B4$/ });
    fireEvent.click(link);
    await waitFor(() => expect(port.selected).toEqual(["Resultat!B4"]));
  });

  it("explains a source table that moved since the mapping was saved", async () => {
    const sheets = copy(seed);
    const port = new MemoryPort(sheets, {
      version: 1,
      period: "2021-04",
      mapping: {
        version: 1,
        sources: [{ kind: "uppdrag", table: "Resultat!A1", columns: { namn: "Uppdrag" } }],
      },
      sources: [
        {
          table: "Resultat!A1",
          sheet: "Resultat",
          headerRow: 0,
          firstCol: 0,
          headers: [
            "Uppdrag",
            "Ack. utfall",
            "Ack. budget",
            "Årsbudget",
            "Årsprognos",
            "Prognos februari",
          ],
        },
      ],
    });
    renderPane({ workbook: port });
    await goTo("Källor");
    expect(
      await screen.findByText(
        "Tabellen som låg på Resultat!A1 ligger nu på Resultat!A2. Mappningen följer med.",
      ),
    ).toBeTruthy();
    await goTo("Granska");
    expect(await screen.findByText("-475 423 tkr")).toBeTruthy();
  });

  it("shows workbook text as text, never as HTML", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    const sheets = copy(seed);
    const resultat = sheets.find((s) => s.name === "Resultat")!;
    const row = resultat.values.findIndex((r) => r[0] === "Förtroendevalda");
    resultat.values[row][0] = evil;
    const { container } = renderPane({ workbook: new MemoryPort(sheets) });
    await goTo("Granska");
    expect((await screen.findAllByText(evil)).length).toBeGreaterThan(0);
    expect(container.querySelector("img")).toBeNull();
  });

  it("warns about a report table it cannot make, with the reason and what to do, never '0 fel'", async () => {
    const sheets = copy(seed).filter((s) => s.name !== "Resultat");
    renderPane({ workbook: new MemoryPort(sheets) });
    await goTo("Granska");
    const checks = await screen.findByRole("list", { name: "Kontroller" });
    expect(
      within(checks).getAllByText(
        /^5\.2\.1 Resultaträkning kan inte tas fram: .*Välj källtabell och kolumner under Källtabeller/,
      ),
    ).toHaveLength(1);
    expect(screen.queryByText(/^0\sfel/)).toBeNull();
    expect(screen.getByText(/^\d+\svarningar?/)).toBeTruthy();
    fireEvent.click(within(checks).getAllByRole("button", { name: "Till källtabellerna" })[0]);
    expect(await screen.findByRole("heading", { name: "Källtabeller" })).toBeTruthy();
  });

  it("asks before writing or exporting a report with errors, and names them", async () => {
    URL.createObjectURL = jest.fn(() => "blob:rapport");
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const port = new MemoryPort(copy(annual));
    const exportDocx = jest.fn(async () => new Uint8Array([1]));
    renderPane({ workbook: port, exportDocx });
    await goTo("Skriv");
    fireEvent.click(await screen.findByRole("button", { name: "Skriv till arbetsboken" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/^Skriva med \d+ fel\?$/)).toBeTruthy();
    expect(
      within(dialog).getByText(/^Inlämnat!B3 anger 119 695 tkr för 5.1 Ekonomiskt resultat/),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Avbryt", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect(port.plans).toHaveLength(0);
    fireEvent.click(screen.getByRole("button", { name: "Exportera (.docx)", hidden: true }));
    const asked = await screen.findByRole("dialog", { hidden: true });
    expect(within(asked).getByText(/^Exportera med \d+ fel\?$/)).toBeTruthy();
    fireEvent.click(within(asked).getByRole("button", { name: "Exportera ändå", hidden: true }));
    await waitFor(() => expect(exportDocx).toHaveBeenCalledTimes(1));
  });

  it("writes and exports nothing when the report has no tables", async () => {
    const sheets = copy(seed).filter((s) => s.name === "Rapport");
    const port = new MemoryPort(sheets);
    renderPane({ workbook: port });
    await goTo("Skriv");
    expect(
      await screen.findByText(/^Rapporten har inga tabeller, så det finns inget att skriva/),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Skriv till arbetsboken" })).toHaveProperty(
      "disabled",
      true,
    );
    expect(screen.getByRole("button", { name: "Exportera (.docx)" })).toHaveProperty(
      "disabled",
      true,
    );
  });

  it("moves the tables to their own sheet when that is chosen after a first write", async () => {
    const port = new MemoryPort(copy(seed));
    renderPane({ workbook: port });
    await goTo("Skriv");
    fireEvent.click(await screen.findByRole("button", { name: "Skriv till arbetsboken" }));
    await screen.findByText(/^Skrev \d+ tabeller och texter bredvid källtabellerna/);
    fireEvent.click(screen.getByRole("radio", { name: "På ett eget blad" }));
    expect(
      screen.getByText(
        "Förra gången skrevs de bredvid källtabellerna. De flyttas hit, och de gamla platserna töms.",
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Skriv till arbetsboken" }));
    expect(
      await screen.findByText(
        /^Skrev \d+ tabeller och texter på bladet Ekonomirapport: .* De gamla platserna är tömda\./,
      ),
    ).toBeTruthy();
    const second = port.plans[1];
    expect(second.writes.every((w) => w.sheet === "Ekonomirapport")).toBe(true);
    expect(second.clears.some((c) => c.sheet === "Resultat")).toBe(true);
  });

  it("scenario 1: writes the figures of the workbook as it is at the write, not as the pane read it", async () => {
    const port = new MemoryPort(copy(seed));
    renderPane({ workbook: port });
    await goTo("Skriv");
    // The pane stays open (shared runtime) while the controller corrects Regionkontoret's
    // outcome, −93,8 mnkr when the pane read it, then writes.
    port.sheets.find((s) => s.name === "Resultat")!.values[2][1] = -100_000_000;
    fireEvent.click(await screen.findByRole("button", { name: "Skriv till arbetsboken" }));
    await waitFor(() => expect(port.plans).toHaveLength(1));
    const { values } = port.plans[0].writes.find((w) => w.block.id === "resultatrakning")!.block;
    const header = values.find((row) => row.includes("Ack. utfall"))!;
    const regionkontoret = values.find((row) => row[0] === "Regionkontoret")!;
    expect(regionkontoret[header.indexOf("Ack. utfall")]).toBe(-100);
  });
});
