import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { Target } from "../../io/output/state";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px", marginTop: "8px" },
});

interface Props {
  target: Target;
  busy: boolean;
  onTarget: (t: Target) => void;
  onWrite: () => void;
  /** Absent until the .docx export is wired in: the button then says why it cannot be used. */
  onExport?: () => void;
  /** Only for a file opened in the browser: the workbook with the report written into it. */
  onDownload?: () => void;
}

/** Step 4: write into the workbook, export, download. */
export function WriteActions({ target, busy, onTarget, onWrite, onExport, onDownload }: Props) {
  const s = useStyles();
  return (
    <>
      <Field label="Var tabellerna skrivs">
        <RadioGroup
          value={target.mode}
          onChange={(_, d) =>
            onTarget(
              d.value === "sheet" ? { mode: "sheet", sheet: "Ekonomirapport" } : { mode: "beside" },
            )
          }
        >
          <Radio value="beside" label="Bredvid källtabellerna" />
          <Radio value="sheet" label="På ett eget blad" />
        </RadioGroup>
      </Field>
      {target.mode === "sheet" && (
        <Field label="Bladets namn">
          <Input
            value={target.sheet}
            onChange={(_, d) => onTarget({ mode: "sheet", sheet: d.value })}
          />
        </Field>
      )}
      <div className={s.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onWrite}>
          Skriv till arbetsboken
        </Button>
        <Button disabled={busy || !onExport} onClick={onExport}>
          Exportera (.docx)
        </Button>
        {onDownload && (
          <Button disabled={busy} onClick={onDownload}>
            Ladda ner arbetsboken
          </Button>
        )}
      </div>
      {!onExport && <Caption1>Exporten till Word kommer med nästa version av tillägget.</Caption1>}
    </>
  );
}
