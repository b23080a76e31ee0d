import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { address, columnName, Sheet } from "../../core/mapping/grid";
import { RunResult } from "../../core/pipeline";
import { ReportDocument } from "../../core/report/document";
import { Bounds, SavedState, Target } from "../../io/output/state";
import { moved, writeReport } from "../../io/output/write";
import { ActionBar, Note } from "../components/ActionBar";
import { Ask, Question } from "../components/Ask";
import { WriteActions } from "../components/WriteActions";
import {
  BROWSER_EXPORT_NOTE,
  download,
  downloadsDropped,
  DOCX,
  openInBrowser,
  XLSX,
} from "../download";
import { keepFigures } from "../figures";
import { Choices, freshBlocks, savedSources, toMappingFile } from "../session";
import { Tasks } from "../useTask";
import { Step } from "./Step";
import type { FilePort, Loaded } from "../App";

const rangeText = (b: Bounds) =>
  `${address(b.sheet, b.top, b.left)}:${columnName(b.right)}${b.bottom + 1}`;

const targetText = (t: Target) =>
  t.mode === "sheet" ? `på bladet ${t.sheet}` : "bredvid källtabellerna";

interface Props {
  loaded: Loaded;
  run: RunResult;
  doc: ReportDocument;
  choices: Choices;
  /** The report's checks with the tables it could not make, as the Granska step counts them. */
  checks: ReportDocument["checks"];
  tasks: Tasks;
  exportDocx: (
    doc: ReportDocument,
    template?: ArrayBuffer,
    /** The template's file name, which a refusal names ("mall.docx packas upp till …"). */
    templateName?: string,
  ) => Promise<Uint8Array>;
  /** After a write: what the workbook remembers now, and its sheets as the write read them. */
  onWritten: (state: SavedState, sheets: Sheet[]) => void;
  onBack: () => void;
}

/**
 * Step 4: write into the workbook, export to Word (built-in or own template), download the
 * workbook. Asks first when the report has errors; an empty report is not written at all.
 */
export function WriteStep(p: Props) {
  const { loaded, doc, tasks } = p;
  const saved = loaded.saved;
  const [target, setTarget] = useState<Target>(saved?.target ?? { mode: "beside" });
  const [template, setTemplate] = useState<{ name: string; data: ArrayBuffer }>();
  const [question, setQuestion] = useState<Question>();
  const errors = p.checks.filter((c) => c.severity === "fel");
  const empty = doc.tables.length === 0;
  const movesFrom =
    saved?.target &&
    saved.outputs &&
    Object.keys(saved.outputs).length &&
    moved(saved.target, target)
      ? targetText(saved.target)
      : undefined;

  /** Goes ahead at once when the report has no errors; otherwise asks, naming them. */
  function afterErrors(what: string, yes: string, go: () => void) {
    if (!errors.length) return go();
    setQuestion({
      title: `${what} med ${errors.length} fel?`,
      text: (
        <>
          {`Rapporten har ${errors.length} fel som kontrollerna hittade:`}
          <ul>
            {errors.slice(0, 5).map((c, i) => (
              <li key={i}>{keepFigures(c.message)}</li>
            ))}
          </ul>
          {errors.length > 5 && `och ${errors.length - 5} till (se Granska).`}
        </>
      ),
      yes,
      onYes: () => {
        setQuestion(undefined);
        go();
      },
    });
  }

  function write(replaceEdited: boolean) {
    void tasks.run("Skriver …", async () => {
      const state: SavedState = {
        ...saved,
        version: 1,
        type: p.choices.type || undefined,
        period: p.choices.period || doc.period,
        org: p.choices.org || undefined,
        mapping: toMappingFile(p.run.mappings, p.run.tables),
        // An organisation's own layout goes with the mapping, so next month's report uses it.
        layout: p.choices.layout,
        layoutFile: p.choices.layout && p.choices.layoutFile,
        sources: savedSources(p.run.mappings, p.run.tables),
      };
      const out = await writeReport(
        loaded.port,
        state,
        freshBlocks(p.choices, loaded.port.title),
        target,
        replaceEdited,
        tasks.progress,
      );
      if (out.status === "fråga") {
        setQuestion({
          title: "Ersätta ändrade tabeller?",
          text: `Du har ändrat i tabeller som tillägget skrev förra gången: ${out.edited.map((e) => rangeText(e.where)).join(", ")}. Om du fortsätter skrivs de över med rapportens värden.`,
          yes: "Ersätt",
          onYes: () => {
            setQuestion(undefined);
            write(true);
          },
        });
        return;
      }
      p.onWritten(out.state, out.sheets);
      const n = out.plan.writes.length;
      tasks.say(
        `Skrev ${n} ${n === 1 ? "tabell eller text" : "tabeller och texter"} ${targetText(target)}: ${out.plan.writes.map(rangeText).join(", ")}.${movesFrom ? " De gamla platserna är tömda." : ""} Nästa körning uppdaterar dem på samma plats.`,
      );
    });
  }

  /** A file made here handed to the browser as a download, and what happened said. */
  async function offer(bytes: Promise<Uint8Array>, name: string, mime: string) {
    tasks.say(download(await bytes, name, mime));
  }

  const port = loaded.port;
  const busy = !!tasks.status.busy;
  // Excel for Mac and iPad drop downloads: there the export happens in the user's browser.
  const viaBrowser = downloadsDropped();
  return (
    <Step
      id="skriv"
      title="Skriv och exportera"
      summary={`${doc.typeName} ${doc.periodText}, ${doc.org}.`}
      bar={
        <ActionBar
          status={tasks.status}
          notes={
            empty ? (
              <Note intent="warning">
                Rapporten har inga tabeller, så det finns inget att skriva eller exportera. Under
                Granska står varför varje tabell saknas.
              </Note>
            ) : (
              viaBrowser && <Note intent="info">{BROWSER_EXPORT_NOTE}</Note>
            )
          }
        >
          <Button
            appearance="primary"
            disabled={busy || empty}
            onClick={() => afterErrors("Skriva", "Skriv ändå", () => write(false))}
          >
            Skriv till arbetsboken
          </Button>
          {viaBrowser ? (
            <Button disabled={busy || empty} onClick={() => tasks.say(openInBrowser())}>
              Öppna i webbläsaren
            </Button>
          ) : (
            <Button
              disabled={busy || empty}
              onClick={() =>
                afterErrors(
                  "Exportera",
                  "Exportera ändå",
                  () =>
                    void tasks.run("Exporterar …", () =>
                      offer(
                        p.exportDocx(doc, template?.data, template?.name),
                        `${doc.typeName} ${doc.period}.docx`,
                        DOCX,
                      ),
                    ),
                )
              }
            >
              Exportera (.docx)
            </Button>
          )}
          {"save" in port && (
            <Button
              disabled={busy}
              onClick={() =>
                void tasks.run("Sparar …", () =>
                  offer(
                    (port as FilePort).save(),
                    port.title.replace(/\.xlsx$/i, "") + " med rapport.xlsx",
                    XLSX,
                  ),
                )
              }
            >
              Ladda ner arbetsboken
            </Button>
          )}
          <Button disabled={busy} onClick={p.onBack}>
            Tillbaka
          </Button>
        </ActionBar>
      }
    >
      <WriteActions
        target={target}
        movesFrom={movesFrom}
        template={template?.name}
        onTarget={setTarget}
        onTemplate={(file) =>
          void tasks.run("Läser mallen …", async () =>
            setTemplate(file && { name: file.name, data: await file.arrayBuffer() }),
          )
        }
      />
      <Ask question={question} onCancel={() => setQuestion(undefined)} />
    </Step>
  );
}
