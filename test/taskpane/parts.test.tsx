/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { Check } from "../../src/core/report/model";
import { Checks, checkSummary } from "../../src/taskpane/components/Checks";
import { ReportChoices } from "../../src/taskpane/components/ReportChoices";
import { keepFigures } from "../../src/taskpane/figures";

const check = (severity: Check["severity"]): Check => ({
  id: "x",
  severity,
  message: "",
  where: [],
});

describe("the check summary", () => {
  it("counts each severity in its own number and leaves out what there is none of", () => {
    expect(checkSummary([check("info")])).toBe("1\u00a0upplysning");
    expect(checkSummary([check("fel"), check("varning"), check("varning")])).toBe(
      "1\u00a0fel, 2\u00a0varningar",
    );
    expect(checkSummary([])).toBe("Inga anmärkningar");
  });

  it("shows a missing report table's check with what to do in the pane and the way to its source table", () => {
    const onSources = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <Checks
          checks={[
            {
              id: "tabell-saknas",
              severity: "varning",
              message:
                "5.2.1 Resultaträkning kan inte tas fram: ingen tabell per uppdrag hittades.",
              where: ["resultatrakning"],
            },
          ]}
          onShow={jest.fn()}
          onSources={onSources}
        />
      </FluentProvider>,
    );
    expect(screen.getByText(/^1\svarning$/)).toBeTruthy();
    expect(
      screen.getByText(
        "5.2.1 Resultaträkning kan inte tas fram: ingen tabell per uppdrag hittades. Välj källtabell och kolumner under Källtabeller, eller lägg till tabellen i arbetsboken.",
      ),
    ).toBeTruthy();
    // The table id in `where` is not offered as a workbook place to select.
    expect(screen.queryByRole("button", { name: /Markera/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Till källtabellerna" }));
    expect(onSources).toHaveBeenCalled();
  });
});

describe("figures in the pane's text", () => {
  it("keeps a figure and its unit on one line (seed 000: 24 612 tkr, +20,7 mnkr, 18,3 %)", () => {
    expect(
      keepFigures("ökade med 24 612 tkr och -475 423 tkr, + 20,7 mnkr, 18,3 % och 1 234 567 kr"),
    ).toBe(
      "ökade med 24\u00a0612\u00a0tkr och -475\u00a0423\u00a0tkr, +\u00a020,7\u00a0mnkr, 18,3\u00a0% och 1\u00a0234\u00a0567\u00a0kr",
    );
    expect(keepFigures("år 2021 fler än 3 krav")).toBe("år 2021 fler än 3 krav");
  });
});

describe("the report choices", () => {
  const renderChoices = (onChange = jest.fn()) => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ReportChoices
          choice={{ type: "", period: "", org: "" }}
          suggestion={{}}
          problem={{
            field: "period",
            message: "Ange rapportens period, t.ex. 2023 eller 2021-04.",
          }}
          onChange={onChange}
        />
      </FluentProvider>,
    );
    return onChange;
  };

  it("shows the core's message at the field it concerns, in words without flags", () => {
    renderChoices();
    expect(screen.getByText("Ange rapportens period, t.ex. 2023 eller 2021-04.")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /Period/ }).getAttribute("aria-invalid")).toBe(
      "true",
    );
  });

  it("uses a typed period when the field is left or the month is complete, not key by key", () => {
    const onChange = renderChoices();
    const period = screen.getByRole("textbox", { name: /Period/ });
    fireEvent.change(period, { target: { value: "2" } });
    fireEvent.change(period, { target: { value: "2023" } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.blur(period);
    expect(onChange).toHaveBeenLastCalledWith({ period: "2023" });
    fireEvent.change(period, { target: { value: "2023-1" } });
    fireEvent.change(period, { target: { value: "2023-10" } });
    expect(onChange).toHaveBeenLastCalledWith({ period: "2023-10" });
    const org = screen.getByRole("textbox", { name: "Organisation" });
    fireEvent.change(org, { target: { value: "Regionstyrelsen" } });
    fireEvent.keyDown(org, { key: "Enter" });
    expect(onChange).toHaveBeenLastCalledWith({ org: "Regionstyrelsen" });
  });
});
