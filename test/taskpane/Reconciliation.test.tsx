/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { SourceReconciliation } from "../../src/core/mapping/reconciliation";
import { Reconciliation } from "../../src/taskpane/components/Reconciliation";

/** The Raindance example's entry (test/golden/ledgers.test.ts proves its figures). */
const raindance: SourceReconciliation = {
  source: "Huvudbok!A6",
  kind: "huvudbok",
  rowsRead: 17,
  rowsUsed: 14,
  excluded: { balanskonto: 1, summarad: 1, utanforPeriod: 1 },
  sums: [
    { figure: "uppdrag.ackUtfall", label: "ack. utfall", used: -189784542, report: -189784542 },
  ],
};

it("shows one line per source, the terminal's line, with the source as a link that marks it", () => {
  const shown: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <Reconciliation entries={[raindance]} onShow={(w) => shown.push(w)} />
    </FluentProvider>,
  );
  const line = screen.getByRole("listitem");
  expect(line.textContent).toBe(
    "Huvudbok!A6: 17 rader lästa, 14 används, 3 utelämnade (1 balanskonto, 1 summarad, 1 utanför perioden); ack. utfall -1 897 845,42 kr = rapportens total",
  );
  fireEvent.click(screen.getByRole("button", { name: "Huvudbok!A6" }));
  expect(shown).toEqual(["Huvudbok!A6"]);
});
