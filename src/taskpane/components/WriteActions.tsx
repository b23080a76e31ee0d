import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import { useRef } from "react";
import { visuallyHidden } from "../hidden";
import { Target } from "../../io/output/state";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px", marginTop: "8px" },
  hidden: visuallyHidden,
});

interface Props {
  target: Target;
  busy: boolean;
  /** The name of the organisation's Word template, when one is chosen. */
  template?: string;
  onTarget: (t: Target) => void;
  onWrite: () => void;
  onTemplate: (file: File | undefined) => void;
  onExport: () => void;
  /** Only for a file opened in the browser: the workbook with the report written into it. */
  onDownload?: () => void;
}

/** The last step: write into the workbook, export to Word (built-in or own template), download. */
export function WriteActions(p: Props) {
  const s = useStyles();
  const templateInput = useRef<HTMLInputElement>(null);
  const { target } = p;
  return (
    <>
      <Field label="Var tabellerna skrivs">
        <RadioGroup
          value={target.mode}
          onChange={(_, d) =>
            p.onTarget(
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
            onChange={(_, d) => p.onTarget({ mode: "sheet", sheet: d.value })}
          />
        </Field>
      )}
      <div className={s.buttons}>
        <Button appearance="primary" disabled={p.busy} onClick={p.onWrite}>
          Skriv till arbetsboken
        </Button>
        <Button disabled={p.busy} onClick={p.onExport}>
          Exportera (.docx)
        </Button>
        {p.onDownload && (
          <Button disabled={p.busy} onClick={p.onDownload}>
            Ladda ner arbetsboken
          </Button>
        )}
      </div>
      <Field label="Word-mall">
        <Text>{p.template ? `Egen mall: ${p.template}` : "Tilläggets inbyggda mall"}</Text>
        <div className={s.buttons}>
          <Button size="small" onClick={() => templateInput.current?.click()}>
            Välj egen mall …
          </Button>
          {p.template && (
            <Button size="small" onClick={() => p.onTemplate(undefined)}>
              Använd inbyggd mall
            </Button>
          )}
        </div>
        <input
          ref={templateInput}
          className={s.hidden}
          type="file"
          accept=".docx"
          aria-label="Välj Word-mall (.docx)"
          onChange={(e) => {
            p.onTemplate(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </Field>
      <Caption1>
        Mallen är organisationens .docx med platshållare; den läses här och skickas ingenstans.
      </Caption1>
    </>
  );
}
