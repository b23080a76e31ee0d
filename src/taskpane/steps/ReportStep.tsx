import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { Layout } from "../../core/layout/model";
import { REPORT_TYPE_NAMES } from "../../core/report/model";
import { Suggestion } from "../../core/report/suggest";
import { ActionBar, Note } from "../components/ActionBar";
import { LayoutChoice } from "../components/LayoutChoice";
import { ReportChoice, ReportChoices } from "../components/ReportChoices";
import { download } from "../download";
import { layoutBytes, readLayoutFile } from "../layout";
import { userMessage } from "../messages";
import { Computed } from "../session";
import { StatusState } from "../useTask";
import { Step } from "./Step";

/** The layout the report follows, and what the workbook holds (see LayoutChoice). */
export interface LayoutInUse {
  layout?: Layout;
  file?: string;
  saved: "same" | "other" | "none";
  /** Why the layout saved in the workbook is not used. */
  notice?: string;
}

interface Props {
  choice: ReportChoice;
  suggestion: Suggestion;
  computed?: Computed;
  layout: LayoutInUse;
  status: StatusState;
  onChange: (next: Partial<ReportChoice>) => void;
  /** The organisation's layout chosen (with its file), or none for the built-in one. */
  onLayout: (layout?: Layout, file?: string) => void;
  /** Says what was just done, next to the action bar. */
  say: (done: string) => void;
  onNext: () => void;
}

/** Step 1: what report this is, and its layout. Filled in from the workbook; the user confirms. */
export function ReportStep(p: Props) {
  const { choice, suggestion, computed, status, onChange, onNext } = p;
  const [layoutError, setLayoutError] = useState<string>();
  const doc = computed?.ok ? computed.doc : undefined;
  const problem = computed && !computed.ok ? computed : undefined;
  const report = computed?.ok ? computed.run.report : undefined;

  async function chooseLayout(file: File) {
    try {
      const layout = await readLayoutFile(file);
      setLayoutError(undefined);
      p.onLayout(layout, file.name);
    } catch (e) {
      setLayoutError(userMessage(e));
    }
  }

  return (
    <Step
      id="rapport"
      title="Rapport och period"
      summary={doc ? `${doc.typeName}, ${doc.periodText}, ${doc.org}.` : undefined}
      bar={
        <ActionBar
          status={status}
          notes={problem && !problem.field && <Note intent="error">{problem.message}</Note>}
        >
          <Button appearance="primary" disabled={!doc} onClick={onNext}>
            Nästa: källtabeller
          </Button>
        </ActionBar>
      }
    >
      <ReportChoices
        choice={choice}
        suggestion={suggestion}
        resolved={doc && { typeName: doc.typeName, org: doc.org }}
        problem={problem}
        onChange={onChange}
      />
      <LayoutChoice
        {...p.layout}
        builtinName={report && REPORT_TYPE_NAMES[report.type]}
        error={layoutError}
        onFile={(file) => void chooseLayout(file)}
        onBuiltin={() => {
          setLayoutError(undefined);
          p.onLayout(undefined);
        }}
        onDownload={
          report &&
          (() =>
            p.say(
              download(
                layoutBytes(report.layout),
                p.layout.file ?? `layout-${report.type}.json`,
                "application/json",
              ),
            ))
        }
      />
    </Step>
  );
}
