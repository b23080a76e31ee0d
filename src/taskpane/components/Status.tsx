import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
} from "@fluentui/react-components";

interface StatusProps {
  busy?: { text: string; done?: number };
  error?: string;
  done?: string;
}

/** What is going on now, what went wrong (and what to do), and what was just done. */
export function Status({ busy, error, done }: StatusProps) {
  return (
    <>
      {busy && <ProgressBar aria-label={busy.text} value={busy.done} thickness="large" />}
      {busy && <Text role="status">{busy.text}</Text>}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

interface ReplaceProps {
  /** The places of earlier output the user has changed; the dialog is open while there are some. */
  edited?: string[];
  onReplace: () => void;
  onCancel: () => void;
}

/** Asks before the add-in writes over its own earlier output that the user has edited since. */
export function ReplaceDialog({ edited, onReplace, onCancel }: ReplaceProps) {
  return (
    <Dialog open={!!edited} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Ersätta ändrade tabeller?</DialogTitle>
          <DialogContent>
            {`Du har ändrat i tabeller som tillägget skrev förra gången: ${(edited ?? []).join(", ")}. Om du fortsätter skrivs de över med rapportens värden.`}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              Ersätt
            </Button>
            <Button onClick={onCancel}>Avbryt</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
