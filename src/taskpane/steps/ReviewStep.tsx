import { Button, makeStyles, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { BuiltReport } from "../../core/report/build";
import { ReportDocument } from "../../core/report/document";
import { checkText } from "../../core/textcheck/textcheck";
import { ActionBar } from "../components/ActionBar";
import { Checks, checkSummary } from "../components/Checks";
import { cellId, Preview } from "../components/Preview";
import { Reconciliation } from "../components/Reconciliation";
import { TextCheck } from "../components/TextCheck";
import { StatusState } from "../useTask";
import { Step } from "./Step";

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  heading: { margin: "8px 0 0" },
});

interface Props {
  doc: ReportDocument;
  /** The built report, for checking a controller's own text against its figures. */
  report: BuiltReport;
  /** The report's checks and the tables it could not make, as the pane counts them. */
  checks: ReportDocument["checks"];
  status: StatusState;
  /** Shows a workbook place ("Blad!B3"): selects it in Excel, names it in the browser. */
  onPlace: (where: string) => void;
  onSources: () => void;
  onBack: () => void;
  onNext: () => void;
}

/** Step 3: what looks wrong first, then the report as it will print. */
export function ReviewStep(p: Props) {
  const { doc, checks, status, onPlace, onSources, onBack, onNext } = p;
  const s = useStyles();
  const [marked, setMarked] = useState<string>();
  function show(where: string) {
    // "tabell:rad:kolumn" is a cell of the report; anything else a place in the workbook.
    if (!/^[a-z]+:/.test(where)) {
      setMarked(undefined);
      onPlace(where);
      return;
    }
    const [table, row, column] = where.split(":");
    const id = cellId(table, row, column);
    setMarked(id);
    document.getElementById(id)?.scrollIntoView?.({ block: "center" });
  }
  return (
    <Step
      id="granska"
      title="Granska"
      summary={`${doc.typeName} ${doc.periodText}, ${doc.org}: ${doc.tables.length} ${doc.tables.length === 1 ? "tabell" : "tabeller"}; ${checkSummary(checks).toLowerCase()}.`}
      bar={
        <ActionBar status={status}>
          <Button appearance="primary" onClick={onNext}>
            Nästa: skriv och exportera
          </Button>
          <Button onClick={onBack}>Tillbaka</Button>
        </ActionBar>
      }
    >
      <section className={s.part} aria-labelledby="kontroller">
        <Subtitle2 as="h3" id="kontroller" className={s.heading}>
          Kontroller
        </Subtitle2>
        <Checks checks={checks} onShow={show} onSources={onSources} />
        <Reconciliation entries={doc.reconciliation} onShow={show} />
        <TextCheck check={(text) => checkText(text, p.report)} onShow={show} />
      </section>
      <section className={s.part} aria-labelledby="forhandsgranskning">
        <Subtitle2 as="h3" id="forhandsgranskning" className={s.heading}>
          Förhandsgranskning
        </Subtitle2>
        <Preview doc={doc} marked={marked} />
      </section>
    </Step>
  );
}
