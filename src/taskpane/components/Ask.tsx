import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { ReactNode } from "react";

export interface Question {
  title: string;
  text: ReactNode;
  /** The button that goes ahead: "Ersätt", "Skriv ändå". */
  yes: string;
  onYes: () => void;
}

/**
 * Asks before something the user may not want: writing over output they edited, writing or
 * exporting a report with errors. Open while there is a question.
 */
export function Ask({ question, onCancel }: { question?: Question; onCancel: () => void }) {
  return (
    <Dialog open={!!question} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{question?.title}</DialogTitle>
          {/* A long list scrolls inside the dialog on a narrow pane; a keyboard must reach it too. */}
          <DialogContent tabIndex={0}>{question?.text}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={question?.onYes}>
              {question?.yes}
            </Button>
            <Button onClick={onCancel}>Avbryt</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
