import { Button, Text } from "@fluentui/react-components";
import { ActionBar } from "../components/ActionBar";
import { StatusState } from "../useTask";
import { Step } from "./Step";

interface Props {
  /** In Excel the open workbook is read at once; in a browser the user picks a file. */
  inExcel: boolean;
  status: StatusState;
  onOpen: () => void;
}

/** Before there is a workbook: what the add-in does, and the button that opens one. */
export function OpenStep({ inExcel, status, onOpen }: Props) {
  return (
    <Step
      id="oppna"
      title="Arbetsbok"
      bar={
        <ActionBar status={status}>
          {!inExcel && (
            <Button appearance="primary" onClick={onOpen}>
              Öppna arbetsbok
            </Button>
          )}
        </ActionBar>
      }
    >
      <Text block>
        {inExcel
          ? "Arbetsboken läses."
          : "Öppna en .xlsx-fil. Den läses här i webbläsaren och skickas ingenstans."}{" "}
        Tillägget föreslår rapport, period och organisation ur arbetsboken, visar vilka tabeller som
        används, granskar rapporten och skriver den tillbaka i arbetsboken eller som Word-fil.
      </Text>
    </Step>
  );
}
