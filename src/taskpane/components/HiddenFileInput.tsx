import { RefObject } from "react";

interface Props {
  inputRef: RefObject<HTMLInputElement>;
  accept: string;
  /** The input's name for screen readers and tests ("Välj arbetsbok (.xlsx)"). */
  label: string;
  onFile: (file: File) => void;
}

/**
 * A file chooser opened by a button of the pane's own (`inputRef.current.click()`): not
 * displayed, so not a tab stop of its own. Emptied after each choice, so choosing the same file
 * again (corrected since) is a choice too.
 */
export function HiddenFileInput(p: Props) {
  return (
    <input
      ref={p.inputRef}
      hidden
      type="file"
      accept={p.accept}
      aria-label={p.label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = "";
        if (file) p.onFile(file);
      }}
    />
  );
}
