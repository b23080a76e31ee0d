import { Button, Link, makeStyles, Text, Title3 } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { findTables } from "../core/mapping/blocks";
import { Sheet } from "../core/mapping/grid";
import { parseType } from "../core/pipeline";
import { ReportDocument } from "../core/report/document";
import { suggestReport, Suggestion } from "../core/report/suggest";
import { Layout } from "../core/layout/model";
import { WorkbookPort } from "../io/output/port";
import { SavedState, withoutOwnOutput } from "../io/output/state";
import { savedLayout } from "./layout";
import { StepInfo, StepNav } from "./components/StepNav";
import { checkLines, TextLine } from "../core/textcheck/textcheck";
import { Choices, compute, reconcile, writtenText } from "./session";
import { OpenStep } from "./steps/OpenStep";
import { ReportStep } from "./steps/ReportStep";
import { ReviewStep } from "./steps/ReviewStep";
import { SourcesStep } from "./steps/SourcesStep";
import { WriteStep } from "./steps/WriteStep";
import { useTasks } from "./useTask";
import { HiddenFileInput } from "./components/HiddenFileInput";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px 12px 0",
    maxWidth: "640px",
    minHeight: "100vh",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  header: { display: "flex", flexDirection: "column", gap: "4px" },
  title: { margin: 0 },
  workbook: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "4px 8px" },
});

/** A workbook opened from a file in the browser can also be saved back to a file. */
export type FilePort = WorkbookPort & { save(): Promise<Uint8Array> };

export interface AppProps {
  /** In Excel, the open workbook; in a plain browser, none until the user opens a file. */
  workbook?: WorkbookPort;
  openFile: (data: ArrayBuffer, name: string) => Promise<FilePort>;
  /** The Word export, with the organisation's own template when the user picked one. */
  exportDocx: (
    doc: ReportDocument,
    template?: ArrayBuffer,
    /** The template's file name, which a refusal names ("mall.docx packas upp till …"). */
    templateName?: string,
  ) => Promise<Uint8Array>;
}

export interface Loaded {
  port: WorkbookPort | FilePort;
  sheets: Sheet[];
  saved?: SavedState;
  suggestion: Suggestion;
  /** What changed in the workbook since the mapping was saved. */
  notices: string[];
  /** The text the add-in wrote earlier, as the controller has it now: checked on every run. */
  written: TextLine[];
  /** Why the layout saved in the workbook is not used (the built-in one is). */
  layoutNotice?: string;
}

type StepId = "rapport" | "kallor" | "granska" | "skriv";

/** A suggested type as the select's value: the id, or "" when it names no known type. */
function typeId(text: string | undefined): string {
  if (!text) return "";
  try {
    return parseType(text);
  } catch {
    return "";
  }
}

/** Whether the workbook holds the layout in use, another one, or none. */
function savedLayoutState(inUse?: Layout, saved?: Layout): "same" | "other" | "none" {
  if (!saved) return "none";
  return JSON.stringify(inUse) === JSON.stringify(saved) ? "same" : "other";
}

/** The pane: open a workbook, then four steps, one on screen at a time. */
export function App({ workbook, openFile, exportDocx }: AppProps) {
  const s = useStyles();
  const tasks = useTasks();
  const [loaded, setLoaded] = useState<Loaded>();
  const [choices, setChoices] = useState<Choices>({});
  const [step, setStep] = useState<StepId>("rapport");
  const fileInput = useRef<HTMLInputElement>(null);
  const started = useRef(false);

  async function load(port: WorkbookPort | FilePort) {
    const saved = await port.loadState();
    const { sheets, owned } = await port.read(saved, tasks.progress);
    const clean = withoutOwnOutput(sheets, Object.values(owned));
    const fixed = reconcile(saved?.mapping, saved?.sources, findTables(clean));
    const suggestion = suggestReport(clean, port.title);
    const kept = savedLayout(saved?.layout);
    setChoices({
      type: typeId(saved?.type ?? suggestion.type?.value),
      period: saved?.period ?? suggestion.period?.value ?? "",
      org: saved?.org ?? suggestion.org?.value ?? "",
      mapping: fixed.mapping,
      layout: kept.layout,
      layoutFile: kept.layout && saved?.layoutFile,
    });
    setLoaded({
      port,
      sheets: clean,
      // A saved layout that cannot be used is not kept: the next write leaves it out.
      saved: saved && { ...saved, outputs: owned, layout: kept.layout },
      layoutNotice: kept.notice,
      suggestion,
      notices: fixed.notices,
      written: writtenText(sheets, Object.values(owned)),
    });
    setStep("rapport");
  }

  useEffect(() => {
    // Strict mode runs effects twice in development; the workbook is read once.
    if (!workbook || started.current) return;
    started.current = true;
    void tasks.run("Läser arbetsboken …", () => load(workbook));
  }, [workbook]);

  const computed = useMemo(
    () => (loaded ? compute(loaded.sheets, choices, loaded.port.title) : undefined),
    [loaded, choices],
  );
  const doc = computed?.ok ? computed.doc : undefined;
  // The report's checks (a table it could not make among them) and the text written earlier
  // checked against this run's figures: one list, counted once, for Granska and for Skriv.
  const checks = useMemo(
    () =>
      loaded && computed?.ok
        ? [...computed.doc.checks, ...checkLines(loaded.written, computed.run.report)]
        : [],
    [loaded, computed],
  );

  function pickFile(file: File) {
    void tasks.run(`Öppnar ${file.name} …`, async () =>
      load(await openFile(await file.arrayBuffer(), file.name)),
    );
  }
  function go(next: StepId) {
    tasks.clear();
    setStep(next);
  }
  function placeShown(where: string) {
    if (!loaded) return;
    if (loaded.port.mode === "excel") void tasks.run("Markerar …", () => loaded.port.select(where));
    else tasks.say(`Platsen är ${where} i ${loaded.port.title}.`);
  }

  const steps: StepInfo[] = [
    { id: "rapport", title: "Rapport" },
    { id: "kallor", title: "Källor", disabled: !doc },
    { id: "granska", title: "Granska", disabled: !doc },
    { id: "skriv", title: "Skriv", disabled: !doc },
  ];
  const current: StepId = doc ? step : "rapport";
  return (
    <main className={s.pane}>
      <header className={s.header}>
        <Title3 as="h1" className={s.title}>
          Ekonomirapport
        </Title3>
        <div className={s.workbook}>
          <Text>
            {loaded
              ? `Arbetsbok: ${loaded.port.title}`
              : "Ekonomikapitlet ur arbetsbokens tabeller."}
          </Text>
          {!workbook && loaded && (
            <Button size="small" appearance="subtle" onClick={() => fileInput.current?.click()}>
              Öppna en annan
            </Button>
          )}
          <Link href="hjalp.html" target="_blank">
            Hjälp om funktionerna i Excel
          </Link>
        </div>
        <HiddenFileInput
          inputRef={fileInput}
          accept=".xlsx"
          label="Välj arbetsbok (.xlsx)"
          onFile={pickFile}
        />
        {loaded && <StepNav steps={steps} current={current} onGo={(id) => go(id as StepId)} />}
      </header>

      {!loaded && (
        <OpenStep
          inExcel={!!workbook}
          status={tasks.status}
          onOpen={() => fileInput.current?.click()}
        />
      )}
      {loaded && current === "rapport" && (
        <ReportStep
          choice={{
            type: choices.type ?? "",
            period: choices.period ?? "",
            org: choices.org ?? "",
          }}
          suggestion={loaded.suggestion}
          computed={computed}
          layout={{
            layout: choices.layout,
            file: choices.layoutFile,
            saved: savedLayoutState(choices.layout, loaded.saved?.layout),
            notice: loaded.layoutNotice,
          }}
          status={tasks.status}
          onChange={(c) => setChoices({ ...choices, ...c })}
          onLayout={(layout, layoutFile) => {
            setChoices({ ...choices, layout, layoutFile });
            setLoaded({ ...loaded, layoutNotice: undefined });
          }}
          say={tasks.say}
          onNext={() => go("kallor")}
        />
      )}
      {loaded && computed?.ok && current === "kallor" && (
        <SourcesStep
          run={computed.run}
          chosen={!!choices.mapping}
          notices={loaded.notices}
          status={tasks.status}
          onMapping={(mapping) => setChoices({ ...choices, mapping })}
          onBack={() => go("rapport")}
          onNext={() => go("granska")}
        />
      )}
      {loaded && computed?.ok && doc && current === "granska" && (
        <ReviewStep
          doc={doc}
          report={computed.run.report}
          checks={checks}
          status={tasks.status}
          onPlace={placeShown}
          onSources={() => go("kallor")}
          onBack={() => go("kallor")}
          onNext={() => go("skriv")}
        />
      )}
      {loaded && computed?.ok && current === "skriv" && (
        <WriteStep
          loaded={loaded}
          run={computed.run}
          doc={computed.doc}
          choices={choices}
          checks={checks}
          tasks={tasks}
          exportDocx={exportDocx}
          onWritten={(saved, sheets) => {
            setLoaded({ ...loaded, sheets, saved });
            setChoices({ ...choices, mapping: saved.mapping });
          }}
          onBack={() => go("granska")}
        />
      )}
    </main>
  );
}
