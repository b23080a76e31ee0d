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
beforeAll(async () => {
  seed = await readWorkbook(EXAMPLE);
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

describe("the task pane", () => {
  it("reads the open workbook, suggests the mapping with its confidence and previews the seed figures", async () => {
    renderPane({ workbook: new MemoryPort(copy(seed)) });
    expect(await screen.findByText("-475 423 tkr")).toBeTruthy();
    expect(screen.getAllByText(/^Förslag \d+ %$/).length).toBeGreaterThan(0);
    expect(screen.getByRole("region", { name: "Resultat per uppdrag" })).toBeTruthy();
    const resultat = screen.getByRole("region", { name: "5.2.1 Resultaträkning" });
    expect(within(resultat).getByText("20,7")).toBeTruthy();
    expect(screen.getByText("18,3%")).toBeTruthy();
  });

  it("shows the narrative with its table, and the text without a table in its place", async () => {
    renderPane({ workbook: new MemoryPort(copy(seed)) });
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
    const input = container.querySelector('input[type="file"]')!;
    const file = { name: "bok.xlsx", arrayBuffer: async () => new ArrayBuffer(8) };
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText("-475 423 tkr")).toBeTruthy();
    expect(openFile).toHaveBeenCalledWith(expect.any(ArrayBuffer), "bok.xlsx");
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
  });

  it("explains a bad period in Swedish and recovers when it is corrected", async () => {
    renderPane({ workbook: new MemoryPort(copy(seed)) });
    const period = await screen.findByRole("textbox", { name: /Period/ });
    fireEvent.change(period, { target: { value: "2021-13" } });
    expect(await screen.findByText(/2021-13/)).toBeTruthy();
    fireEvent.change(period, { target: { value: "2021-04" } });
    expect(await screen.findByText("-475 423 tkr")).toBeTruthy();
  });

  it("recomputes when a mapping dropdown changes (the unit of the result table)", async () => {
    renderPane({ workbook: new MemoryPort(copy(seed)) });
    const card = await screen.findByRole("region", { name: "Resultat per uppdrag" });
    fireEvent.change(within(card).getByRole("combobox", { name: "Enhet" }), {
      target: { value: "tkr" },
    });
    await waitFor(() => expect(screen.queryByText("-475 423 tkr")).toBeNull());
    expect(screen.getByText("-475 423 000 tkr")).toBeTruthy();
    expect(within(card).getByText("Vald mappning")).toBeTruthy();
  });

  it("lets the user map by hand a table whose column was renamed", async () => {
    const sheets = copy(seed);
    const personal = sheets.find((s) => s.name === "Personal")!;
    personal.values[0][1] = "Värde";
    renderPane({ workbook: new MemoryPort(sheets) });
    await screen.findByText("-475 423 tkr");
    expect(screen.queryByText("9,04%")).toBeNull();
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
    expect(await screen.findByText("9,04%")).toBeTruthy();
  });

  it("writes, saves the choices, and asks before replacing output the user edited", async () => {
    const port = new MemoryPort(copy(seed));
    renderPane({ workbook: port });
    fireEvent.click(await screen.findByRole("button", { name: "Skriv till arbetsboken" }));
    expect(
      await screen.findByText(/^Skrev \d+ tabeller och texter: .*Resultat!H\d+:L\d+/),
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
    expect(
      await screen.findByText(
        "Tabellen som låg på Resultat!A1 ligger nu på Resultat!A2. Mappningen följer med.",
      ),
    ).toBeTruthy();
    expect(await screen.findByText("-475 423 tkr")).toBeTruthy();
  });

  it("shows workbook text as text, never as HTML", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    const sheets = copy(seed);
    const resultat = sheets.find((s) => s.name === "Resultat")!;
    const row = resultat.values.findIndex((r) => r[0] === "Förtroendevalda");
    resultat.values[row][0] = evil;
    const { container } = renderPane({ workbook: new MemoryPort(sheets) });
    expect((await screen.findAllByText(evil)).length).toBeGreaterThan(0);
    expect(container.querySelector("img")).toBeNull();
  });
});
