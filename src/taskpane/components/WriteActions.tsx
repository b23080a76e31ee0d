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
import { Target } from "../../io/output/state";
import { HiddenFileInput } from "./HiddenFileInput";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px", marginTop: "4px" },
});

interface Props {
  target: Target;
  /** Where the tables were written last time, when somewhere else: they move. */
  movesFrom?: string;
  /** The name of the organisation's Word template, when one is chosen. */
  template?: string;
  onTarget: (t: Target) => void;
  onTemplate: (file: File | undefined) => void;
}

/** Where the tables go in the workbook, and which Word template the export uses. */
export function WriteActions(p: Props) {
  const s = useStyles();
  const templateInput = useRef<HTMLInputElement>(null);
  const { target } = p;
  return (
    <>
      <Field
        label="Var tabellerna skrivs"
        hint={
          p.movesFrom
            ? `Förra gången skrevs de ${p.movesFrom}. De flyttas hit, och de gamla platserna töms.`
            : undefined
        }
      >
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
        <HiddenFileInput
          inputRef={templateInput}
          accept=".docx"
          label="Välj Word-mall (.docx)"
          onFile={p.onTemplate}
        />
      </Field>
      <Caption1>
        Mallen är organisationens .docx med platshållare; den läses här och skickas ingenstans.
      </Caption1>
    </>
  );
}
