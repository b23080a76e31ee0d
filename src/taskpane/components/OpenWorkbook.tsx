import { Button, makeStyles, Text } from "@fluentui/react-components";
import { useRef } from "react";
import { visuallyHidden } from "../hidden";

const useStyles = makeStyles({
  start: { display: "flex", flexDirection: "column", gap: "8px" },
  hidden: visuallyHidden,
});

interface Props {
  /** Whether a workbook is open already (the button then steps back). */
  opened: boolean;
  onFile: (file: File) => void;
}

/** Outside Excel: pick an .xlsx to work on; it is read in the browser and sent nowhere. */
export function OpenWorkbook({ opened, onFile }: Props) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={s.start}>
      <div>
        <Button
          appearance={opened ? "secondary" : "primary"}
          onClick={() => input.current?.click()}
        >
          Öppna arbetsbok
        </Button>
      </div>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept=".xlsx"
        aria-label="Välj arbetsbok (.xlsx)"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onFile(file);
        }}
      />
      {!opened && (
        <Text block>
          Öppna en .xlsx-fil. Den läses här i webbläsaren och skickas ingenstans. Du väljer rapport
          och period, ser vilka tabeller som används, granskar rapporten och dess kontroller, och
          får tillbaka arbetsboken med rapportens tabeller och text, eller kapitlet som Word-fil.
        </Text>
      )}
    </div>
  );
}
