import { Button, Field, makeStyles, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { Check } from "../../core/report/model";
import { Checks } from "./Checks";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
});

interface Props {
  /** Checks a text against this report's figures (the core's checkText). */
  check: (text: string) => Check[];
  onShow: (where: string) => void;
}

/**
 * A controller's own text (a draft, last year's chapter) checked against this report's figures:
 * pasted, or picked as a .txt or .md file.
 */
export function TextCheck({ check, onShow }: Props) {
  const s = useStyles();
  const [text, setText] = useState("");
  const [result, setResult] = useState<Check[]>();
  return (
    <div className={s.box}>
      <Field label="Klistra in en text att kontrollera mot rapportens siffror">
        <Textarea
          value={text}
          resize="vertical"
          rows={5}
          onChange={(_, d) => {
            setText(d.value);
            setResult(undefined);
          }}
        />
      </Field>
      <div className={s.row}>
        <Button disabled={!text.trim()} onClick={() => setResult(check(text))}>
          Kontrollera texten
        </Button>
        <input
          type="file"
          accept=".txt,.md,text/plain,text/markdown"
          aria-label="Välj en textfil"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            void file.text().then((t) => {
              setText(t);
              setResult(check(t));
            });
          }}
        />
      </div>
      {result &&
        (result.length ? (
          <Checks checks={result} onShow={onShow} />
        ) : (
          <Text>Texten stämmer med rapportens siffror.</Text>
        ))}
    </div>
  );
}
