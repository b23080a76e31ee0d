import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import { useRef } from "react";
import { Layout } from "../../core/layout/model";
import { HiddenFileInput } from "./HiddenFileInput";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px", marginTop: "4px" },
});

interface Props {
  /** The organisation's layout in use; none for the report type's built-in one. */
  layout?: Layout;
  /** The file it was read from. */
  file?: string;
  /** The built-in layout's name ("Årsredovisning"), when the report type is known. */
  builtinName?: string;
  /** What the workbook holds now: the layout in use, another one, or none. */
  saved: "same" | "other" | "none";
  /** Why the file just chosen was not used: the place in the file and what is wrong. */
  error?: string;
  /** Why the layout saved in the workbook is not used. */
  notice?: string;
  onFile: (file: File) => void;
  onBuiltin: () => void;
  /** Downloads the layout in use, to edit and choose again; absent while there is no report. */
  onDownload?: () => void;
}

/**
 * Which layout the report follows (docs/layout.md): the built-in one or a file the controller
 * chose, kept in the workbook with the mapping so next month's report follows it unasked.
 */
export function LayoutChoice(p: Props) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inUse = p.layout
    ? `Egen layout "${p.layout.name}"${p.file ? ` ur ${p.file}` : ""}.`
    : `Inbyggd layout${p.builtinName ? ` för ${p.builtinName.toLowerCase()}` : ""}, som referensrapporten.`;
  const kept = p.layout
    ? p.saved === "same"
      ? " Sparad i arbetsboken: nästa rapport använder den."
      : " Sparas i arbetsboken med mappningen när rapporten skrivs."
    : p.saved === "other"
      ? " Den egna layouten som är sparad i arbetsboken tas bort när rapporten skrivs."
      : "";
  return (
    <>
      {p.notice && (
        <MessageBar intent="warning">
          <MessageBarBody>{p.notice}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label="Layout"
        validationMessage={p.error && `${p.error}. Layouten byttes inte.`}
        hint="Tabeller, nummer, rubriker, kolumner, enhet och decimaler. Ladda ner layouten, ändra den och välj filen."
      >
        <Text>
          {inUse}
          {kept}
        </Text>
        <div className={s.buttons}>
          <Button size="small" onClick={() => input.current?.click()}>
            Välj layoutfil …
          </Button>
          {p.layout && (
            <Button size="small" onClick={p.onBuiltin}>
              Använd inbyggd layout
            </Button>
          )}
          {p.onDownload && (
            <Button size="small" appearance="subtle" onClick={p.onDownload}>
              Ladda ner layouten (.json)
            </Button>
          )}
        </div>
        <HiddenFileInput
          inputRef={input}
          accept=".json,application/json"
          label="Välj layoutfil (.json)"
          onFile={p.onFile}
        />
      </Field>
    </>
  );
}
