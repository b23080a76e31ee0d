/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { builtinLayout } from "../../src/core/layout/builtin";
import { Layout } from "../../src/core/layout/model";
import { Sheet } from "../../src/core/mapping/grid";
import { SavedState } from "../../src/io/output/state";
import { readWorkbook } from "../../src/io/xlsx";
import { App, FilePort } from "../../src/taskpane/App";
import { MemoryPort } from "./memoryPort";

// Fluent's MessageBar watches its width; jsdom has no ResizeObserver.
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** examples/uppfoljningsrapport1-2021.xlsx: seed 000, uppföljningsrapport 1 januari–april 2021. */
let seed: Sheet[];
const copy = (sheets: Sheet[]): Sheet[] =>
  JSON.parse(JSON.stringify(sheets), (k, v) =>
    typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v,
  );
beforeAll(async () => {
  seed = await readWorkbook(
    readFileSync(join(__dirname, "../../examples/uppfoljningsrapport1-2021.xlsx")),
  );
});

const noFile = async (): Promise<FilePort> => {
  throw new Error("inte i detta test");
};

function renderPane(port: MemoryPort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={port} openFile={noFile} exportDocx={async () => new Uint8Array([1])} />
    </FluentProvider>,
  );
}

const goTo = async (step: "Rapport" | "Granska" | "Skriv") =>
  fireEvent.click(await screen.findByRole("button", { name: new RegExp(`^\\d ${step}$`) }));

/** The layout written with --write-layout for seed 000, as an organisation edits it. */
function ownLayout(): Layout {
  const l: Layout = JSON.parse(JSON.stringify(builtinLayout("uppfoljningsrapport1")));
  l.name = "Regionens uppföljning";
  Object.assign(
    l.tables.find((t) => t.id === "resultatrakning")!,
    {
      section: "5.9",
      title: "Resultat per uppdrag",
    },
  );
  return l;
}

/**
 * Chooses a file in the pane's hidden layout input, as the "Välj layoutfil …" button does. jsdom's
 * File cannot be read, so the file is what the pane uses of one (as App.test's files are).
 */
function chooseLayoutFile(text: string, name = "min-layout.json") {
  const bytes = new TextEncoder().encode(text);
  const file = { name, arrayBuffer: async () => bytes.buffer };
  fireEvent.change(screen.getByLabelText("Välj layoutfil (.json)"), { target: { files: [file] } });
}

// Fluent renders slowly in jsdom on a shared machine; no assertion here is about time.
jest.setTimeout(60_000);

describe("the layout in the task pane", () => {
  it("uses a chosen layout file, keeps it in the workbook when written, and next month's report uses it unasked", async () => {
    const port = new MemoryPort(copy(seed));
    const first = renderPane(port);
    expect(
      await screen.findByText(
        /^Inbyggd layout för uppföljningsrapport 1, som referensrapporten\.$/,
      ),
    ).toBeTruthy();
    chooseLayoutFile(JSON.stringify(ownLayout()));
    expect(
      await screen.findByText(
        'Egen layout "Regionens uppföljning" ur min-layout.json. Sparas i arbetsboken med mappningen när rapporten skrivs.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText("Regionens uppföljning, januari–april 2021, Regionkontoret."),
    ).toBeTruthy();
    await goTo("Granska");
    const table = await screen.findByRole("region", { name: "5.9 Resultat per uppdrag" });
    expect(within(table).getByText("20,7")).toBeTruthy();
    await goTo("Skriv");
    fireEvent.click(await screen.findByRole("button", { name: "Skriv till arbetsboken" }));
    expect(await screen.findByText(/^Skrev \d+ tabeller och texter/)).toBeTruthy();
    expect(port.state?.layout).toEqual(ownLayout());
    expect(port.state?.layoutFile).toBe("min-layout.json");
    first.unmount();

    // Next month: the workbook is opened again and the report follows the saved layout.
    renderPane(new MemoryPort(port.sheets, port.state));
    expect(
      await screen.findByText(
        'Egen layout "Regionens uppföljning" ur min-layout.json. Sparad i arbetsboken: nästa rapport använder den.',
      ),
    ).toBeTruthy();
    await goTo("Granska");
    expect(await screen.findByRole("region", { name: "5.9 Resultat per uppdrag" })).toBeTruthy();
    await goTo("Rapport");
    fireEvent.click(await screen.findByRole("button", { name: "Använd inbyggd layout" }));
    expect(
      await screen.findByText(
        "Inbyggd layout för uppföljningsrapport 1, som referensrapporten. Den egna layouten som är sparad i arbetsboken tas bort när rapporten skrivs.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText("Uppföljningsrapport 1, januari–april 2021, Regionkontoret."),
    ).toBeTruthy();
  });

  it("refuses a layout file with a mistake, naming the place in the file, and keeps the layout in use", async () => {
    renderPane(new MemoryPort(copy(seed)));
    await screen.findByText(/^Inbyggd layout för uppföljningsrapport 1/);
    const bad = ownLayout();
    bad.tables[1].columns[1].heading = "";
    chooseLayoutFile(JSON.stringify(bad));
    expect(
      await screen.findByText(
        "min-layout.json, tables[1].columns[1].heading: ska vara en text som inte är tom. Layouten byttes inte.",
      ),
    ).toBeTruthy();
    chooseLayoutFile("{ inte json", "trasig.json");
    expect(
      await screen.findByText(
        /^layoutfilen trasig\.json kan inte läsas som JSON \(.+\)\. Layouten byttes inte\.$/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/^Inbyggd layout för uppföljningsrapport 1/)).toBeTruthy();
    expect(
      screen.getByText("Uppföljningsrapport 1, januari–april 2021, Regionkontoret."),
    ).toBeTruthy();
    // The layout in use is there to download, edit and choose again (the CLI's --write-layout).
    URL.createObjectURL = jest.fn(() => "blob:layout");
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    fireEvent.click(screen.getByRole("button", { name: "Ladda ner layouten (.json)" }));
    expect(
      await screen.findByText(
        "layout-uppfoljningsrapport1.json är klar och sparas där webbläsaren sparar nedladdningar.",
      ),
    ).toBeTruthy();
  });

  it("says why a layout saved in the workbook cannot be used, and uses the built-in one visibly", async () => {
    const damaged = { ...ownLayout(), tables: [{ ...ownLayout().tables[0], id: "resultat" }] };
    const state: SavedState = { version: 1, layout: damaged as unknown as Layout };
    renderPane(new MemoryPort(copy(seed), state));
    expect(
      await screen.findByText(
        /^Layouten som är sparad i arbetsboken kan inte användas: arbetsbokens layout, tables\[0\]\.id: ska vara ett av prognosindikator, .*\. Rapporten använder den inbyggda layouten tills du väljer en layoutfil\.$/,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/^Inbyggd layout för uppföljningsrapport 1, som referensrapporten\.$/),
    ).toBeTruthy();
    expect(
      screen.getByText("Uppföljningsrapport 1, januari–april 2021, Regionkontoret."),
    ).toBeTruthy();
  });
});
