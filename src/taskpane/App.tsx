import {
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { findTables } from "../core/mapping/blocks";
import { ReportDocument } from "../core/report/document";
import { address, columnName, Sheet } from "../core/mapping/grid";
import { Progress, WorkbookPort } from "../io/output/port";
import { Bounds, SavedState, Target, withoutOwnOutput } from "../io/output/state";
import { writeReport } from "../io/output/write";
import { AddSource } from "./components/AddSource";
import { Checks } from "./components/Checks";
import { cellId, Preview } from "./components/Preview";
import { OpenWorkbook } from "./components/OpenWorkbook";
import { ReportChoices } from "./components/ReportChoices";
import { ReplaceDialog, Status } from "./components/Status";
import { MappingChange, SourceMappings } from "./components/SourceMappings";
import { WriteActions } from "./components/WriteActions";
import { download, DOCX, XLSX } from "./download";
import { userMessage } from "./messages";
import {
  Choices,
  compute,
  freshBlocks,
  reconcile,
  savedSources,
  toMappingFile,
  writtenText,
} from "./session";
import { TextCheck } from "./components/TextCheck";
import { checkLines, checkText, TextLine } from "../core/textcheck/textcheck";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    maxWidth: "640px",
    boxSizing: "border-box",
  },
  step: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    paddingTop: "8px",
    borderTop: `2px solid ${tokens.colorBrandStroke2}`,
  },
});

/** A workbook opened from a file in the browser can also be saved back to a file. */
export type FilePort = WorkbookPort & { save(): Promise<Uint8Array> };

export interface AppProps {
  /** In Excel, the open workbook; in a plain browser, none until the user opens a file. */
  workbook?: WorkbookPort;
  openFile: (data: ArrayBuffer, name: string) => Promise<FilePort>;
  /** The Word export, with the organisation's own template when the user picked one. */
  exportDocx: (doc: ReportDocument, template?: ArrayBuffer) => Promise<Uint8Array>;
}

interface Loaded {
  port: WorkbookPort | FilePort;
  sheets: Sheet[];
  saved?: SavedState;
  /** The text the add-in wrote earlier, as the controller has it now: checked on every run. */
  written: TextLine[];
}

const rangeText = (b: Bounds) =>
  `${address(b.sheet, b.top, b.left)}:${columnName(b.right)}${b.bottom + 1}`;

export function App({ workbook, openFile, exportDocx }: AppProps) {
  const s = useStyles();
  const [loaded, setLoaded] = useState<Loaded>();
  const [choices, setChoices] = useState<Choices>({});
  const [target, setTarget] = useState<Target>({ mode: "beside" });
  const [notices, setNotices] = useState<string[]>([]);
  const [busy, setBusy] = useState<{ text: string; done?: number }>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [asking, setAsking] = useState<Bounds[]>();
  const [marked, setMarked] = useState<string>();
  const [template, setTemplate] = useState<{ name: string; data: ArrayBuffer }>();
  const started = useRef(false);

  const progress: Progress = (text, share) => setBusy({ text, done: share });
  async function task(text: string, job: () => Promise<void>) {
    setBusy({ text });
    setError(undefined);
    setDone(undefined);
    try {
      await job();
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setBusy(undefined);
    }
  }

  async function load(port: WorkbookPort | FilePort) {
    const saved = await port.loadState();
    const { sheets, owned } = await port.read(saved, progress);
    const clean = withoutOwnOutput(sheets, Object.values(owned));
    const fixed = reconcile(saved?.mapping, saved?.sources, findTables(clean));
    setChoices({ type: saved?.type ?? "", period: saved?.period ?? "", mapping: fixed.mapping });
    setTarget(saved?.target ?? { mode: "beside" });
    setNotices(fixed.notices);
    setLoaded({
      port,
      sheets: clean,
      saved: saved && { ...saved, outputs: owned },
      written: writtenText(sheets, Object.values(owned)),
    });
  }

  useEffect(() => {
    // Strict mode runs effects twice in development; the workbook is read once.
    if (!workbook || started.current) return;
    started.current = true;
    void task("Läser arbetsboken …", () => load(workbook));
  }, [workbook]);

  const computed = useMemo(
    () => (loaded ? compute(loaded.sheets, choices) : undefined),
    [loaded, choices],
  );

  // The text written earlier, checked against this run's figures whenever either changes.
  const writtenChecks = useMemo(
    () => (loaded && computed?.ok ? checkLines(loaded.written, computed.run.report) : []),
    [loaded, computed],
  );

  function changeMapping(change: MappingChange) {
    if (!computed?.ok) return;
    const file = toMappingFile(computed.run.mappings, computed.run.tables);
    const entry = file.sources[change.index];
    if (change.table) file.sources[change.index] = { kind: entry.kind, table: change.table };
    if (change.unit) entry.unit = change.unit;
    if (change.role) {
      const headers = computed.run.tables.find((t) => t.id === entry.table)?.headers ?? [];
      const columns = { ...entry.columns };
      if (Number.isNaN(change.role.column)) delete columns[change.role.role];
      else columns[change.role.role] = headers[change.role.column];
      entry.columns = columns;
    }
    setChoices({ ...choices, mapping: file });
  }

  function write(replaceEdited: boolean) {
    if (!loaded || !computed?.ok) return;
    const { run, doc } = computed;
    setAsking(undefined);
    void task("Skriver …", async () => {
      const state: SavedState = {
        ...loaded.saved,
        version: 1,
        type: choices.type || undefined,
        period: choices.period || doc.period,
        mapping: toMappingFile(run.mappings, run.tables),
        sources: savedSources(run.mappings, run.tables),
      };
      const out = await writeReport(
        loaded.port,
        state,
        freshBlocks(choices),
        target,
        replaceEdited,
        progress,
      );
      if (out.status === "fråga") {
        setAsking(out.edited.map((e) => e.where));
        return;
      }
      setLoaded({ ...loaded, sheets: out.sheets, saved: out.state });
      setChoices({ ...choices, mapping: out.state.mapping });
      setDone(
        `Skrev ${out.plan.writes.length} tabeller och texter: ${out.plan.writes.map(rangeText).join(", ")}. Nästa körning uppdaterar dem på samma plats.`,
      );
    });
  }

  function show(where: string) {
    if (!loaded) return;
    // "tabell:rad:kolumn" is a cell of the report; anything else a place in the workbook.
    if (!/^[a-z]+:/.test(where)) {
      setMarked(undefined);
      if (loaded.port.mode === "excel") void task("Markerar …", () => loaded.port.select(where));
      else setDone(`Platsen är ${where} i ${loaded.port.title}.`);
      return;
    }
    const [table, row, column] = where.split(":");
    const id = cellId(table, row, column);
    setMarked(id);
    document.getElementById(id)?.scrollIntoView?.({ block: "center" });
  }

  /** A file made here handed to the browser as a download, and said so. */
  async function offer(bytes: Promise<Uint8Array>, name: string, mime: string) {
    download(await bytes, name, mime);
    setDone(`${name} är klar och sparas där webbläsaren sparar nedladdningar.`);
  }

  async function pickFile(file: File) {
    await task(`Öppnar ${file.name} …`, async () =>
      load(await openFile(await file.arrayBuffer(), file.name)),
    );
  }

  const port = loaded?.port;
  const doc = computed?.ok ? computed.doc : undefined;
  // Progress and results show where the user acted: under the buttons once the report is there.
  const inFlow = !!doc;
  const status = <Status busy={busy} error={error} done={done} />;
  return (
    <main className={s.pane}>
      <header>
        <Title3 as="h1">Ekonomirapport</Title3>
        <Text block>
          {port
            ? `Arbetsbok: ${port.title}`
            : "Ekonomikapitlet i uppföljningsrapporten, ur arbetsbokens tabeller."}
        </Text>
        <Text block>
          <Link href="hjalp.html" target="_blank">
            Hjälp om funktionerna i Excel
          </Link>
        </Text>
      </header>

      {!workbook && <OpenWorkbook opened={!!loaded} onFile={(f) => void pickFile(f)} />}

      {!inFlow && status}
      {notices.map((n) => (
        <MessageBar key={n} intent="warning">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {loaded && (
        <section className={s.step} aria-labelledby="steg1">
          <Subtitle2 id="steg1">1. Rapport och period</Subtitle2>
          <ReportChoices
            type={choices.type ?? ""}
            period={choices.period ?? ""}
            resolved={doc && { type: doc.type, period: doc.period }}
            onChange={(c) => setChoices({ ...choices, ...c })}
          />
          {computed && !computed.ok && (
            <MessageBar intent="error">
              <MessageBarBody>{computed.message}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}

      {computed?.ok && doc && (
        <>
          <section className={s.step} aria-labelledby="steg2">
            <Subtitle2 id="steg2">2. Källtabeller</Subtitle2>
            <SourceMappings
              mappings={computed.run.mappings}
              tables={computed.run.tables}
              chosen={!!choices.mapping}
              onChange={changeMapping}
            />
            <AddSource
              tables={computed.run.tables}
              onAdd={(source) => {
                const file = toMappingFile(computed.run.mappings, computed.run.tables);
                setChoices({
                  ...choices,
                  mapping: { ...file, sources: [...file.sources, source] },
                });
              }}
            />
          </section>
          <section className={s.step} aria-labelledby="steg3">
            <Subtitle2 id="steg3">3. Förhandsgranskning</Subtitle2>
            <Preview doc={doc} marked={marked} />
          </section>
          <section className={s.step} aria-labelledby="steg4">
            <Subtitle2 id="steg4">4. Kontroller</Subtitle2>
            <Checks checks={[...doc.checks, ...writtenChecks]} onShow={show} />
            <TextCheck check={(text) => checkText(text, computed.run.report)} onShow={show} />
          </section>
          <section className={s.step} aria-labelledby="steg5">
            <Subtitle2 id="steg5">5. Skriv och exportera</Subtitle2>
            <WriteActions
              target={target}
              busy={!!busy}
              onTarget={setTarget}
              onWrite={() => write(false)}
              template={template?.name}
              onTemplate={(file) =>
                void task("Läser mallen …", async () =>
                  setTemplate(file && { name: file.name, data: await file.arrayBuffer() }),
                )
              }
              onExport={() =>
                void task("Exporterar …", () =>
                  offer(
                    exportDocx(doc, template?.data),
                    `${doc.typeName} ${doc.period}.docx`,
                    DOCX,
                  ),
                )
              }
              onDownload={
                port && "save" in port
                  ? () =>
                      void task("Sparar …", () =>
                        offer(
                          port.save(),
                          port.title.replace(/\.xlsx$/i, "") + " med rapport.xlsx",
                          XLSX,
                        ),
                      )
                  : undefined
              }
            />
            {status}
          </section>
        </>
      )}

      <ReplaceDialog
        edited={asking?.map(rangeText)}
        onReplace={() => write(true)}
        onCancel={() => setAsking(undefined)}
      />
    </main>
  );
}
