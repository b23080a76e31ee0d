/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/io/xlsx";
import { App } from "../../src/taskpane/App";
import { FakeExcel, Platform } from "../io/office/fakeExcel";
import { MemoryPort } from "./memoryPort";

/**
 * Scenario 10 in the pane: in Excel for Mac the Write step offers no export that would be
 * dropped; it says why and opens the add-in in the user's browser, where export works.
 */
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
jest.setTimeout(60_000);

const EXAMPLE = join(__dirname, "../../examples/uppfoljningsrapport1-2021.xlsx");
const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

async function writeStepIn(platform: Platform) {
  const excel = new FakeExcel();
  excel.platform = platform;
  excel.install();
  window.history.replaceState(null, "", "/taskpane.html?_host_Info=Excel$Mac$16.01$sv-SE");
  const exportDocx = jest.fn(async () => new Uint8Array([1]));
  const noFile = async () => {
    throw new Error("inte i detta test");
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        workbook={new MemoryPort(await readWorkbook(readFileSync(EXAMPLE)))}
        openFile={noFile}
        exportDocx={exportDocx}
      />
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole("button", { name: /^\d Skriv$/ }));
  return { excel, exportDocx };
}

describe("scenario 10: the Write step in Excel for Mac", () => {
  it("says that Excel for Mac saves no files and opens the add-in in the browser instead", async () => {
    const { excel, exportDocx } = await writeStepIn("Mac");
    expect(await screen.findByText(/^Excel för Mac och iPad kan inte spara filer/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Exportera (.docx)" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Öppna i webbläsaren" }));
    expect(excel.opened).toEqual(["http://localhost/taskpane.html"]);
    expect(
      await screen.findByText(/^Excel öppnar http:\/\/localhost\/taskpane\.html i webbläsaren\./),
    ).toBeTruthy();
    expect(exportDocx).not.toHaveBeenCalled();
  });

  it("in Excel for Windows exports as before, with no note about the browser", async () => {
    const { excel } = await writeStepIn("PC");
    expect(await screen.findByRole("button", { name: "Exportera (.docx)" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Öppna i webbläsaren" })).toBeNull();
    expect(screen.queryByText(/kan inte spara filer/)).toBeNull();
    expect(excel.opened).toEqual([]);
  });
});
