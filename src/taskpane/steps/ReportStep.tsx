import { Button } from "@fluentui/react-components";
import { Suggestion } from "../../core/report/suggest";
import { ActionBar, Note } from "../components/ActionBar";
import { ReportChoice, ReportChoices } from "../components/ReportChoices";
import { Computed } from "../session";
import { StatusState } from "../useTask";
import { Step } from "./Step";

interface Props {
  choice: ReportChoice;
  suggestion: Suggestion;
  computed?: Computed;
  status: StatusState;
  onChange: (next: Partial<ReportChoice>) => void;
  onNext: () => void;
}

/** Step 1: what report this is. Filled in from the workbook; the user confirms or corrects. */
export function ReportStep({ choice, suggestion, computed, status, onChange, onNext }: Props) {
  const doc = computed?.ok ? computed.doc : undefined;
  const problem = computed && !computed.ok ? computed : undefined;
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
    </Step>
  );
}
