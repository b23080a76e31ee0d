import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ReactNode } from "react";
import { StatusState } from "../useTask";

const useStyles = makeStyles({
  // Sticky at the bottom of the pane: the step's primary action never scrolls out of view, and
  // what happened when it was pressed shows right above it.
  bar: {
    position: "sticky",
    bottom: 0,
    marginTop: "auto",
    marginLeft: "-12px",
    marginRight: "-12px",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    padding: "8px 12px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    zIndex: 1,
  },
  messages: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    maxHeight: "40vh",
    overflowY: "auto",
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

interface Props {
  status: StatusState;
  /** Messages of the step itself (a field to fill in, a reason the action is not possible). */
  notes?: ReactNode;
  children: ReactNode;
}

/** The step's actions, and next to them its progress and results, announced to a screen reader. */
export function ActionBar({ status, notes, children }: Props) {
  const s = useStyles();
  const { busy, error, done } = status;
  return (
    <div className={s.bar} role="group" aria-label="Åtgärder">
      <div className={s.messages} role="status" aria-live="polite">
        {busy && <ProgressBar aria-label={busy.text} value={busy.done} thickness="large" />}
        {busy && <Text>{busy.text}</Text>}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {done && !busy && (
          <MessageBar intent="success">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        )}
        {notes}
      </div>
      <div className={s.buttons}>{children}</div>
    </div>
  );
}

/** A message of the step itself, in the action bar's announced area. */
export function Note({
  intent,
  children,
}: {
  intent: "error" | "warning" | "info";
  children: ReactNode;
}) {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
