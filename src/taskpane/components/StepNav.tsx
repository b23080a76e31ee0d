import { Button, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: "4px", listStyle: "none", margin: 0, padding: 0 },
});

export interface StepInfo {
  id: string;
  title: string;
  /** A step that cannot be shown yet (the report has an error the first step must fix). */
  disabled?: boolean;
}

interface Props {
  steps: StepInfo[];
  current: string;
  onGo: (id: string) => void;
}

/** Where the user is among the steps; any reachable step is one click away. */
export function StepNav({ steps, current, onGo }: Props) {
  const s = useStyles();
  return (
    <nav aria-label="Steg">
      <ol className={s.list}>
        {steps.map((step, i) => (
          <li key={step.id}>
            <Button
              size="small"
              appearance={step.id === current ? "primary" : "subtle"}
              aria-current={step.id === current ? "step" : undefined}
              disabled={step.disabled}
              onClick={() => onGo(step.id)}
            >
              {`${i + 1} ${step.title}`}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
