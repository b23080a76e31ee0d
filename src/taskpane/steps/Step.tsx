import { makeStyles, Text, typographyStyles } from "@fluentui/react-components";
import { ReactNode, useEffect, useRef } from "react";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: "10px", flexGrow: 1, minWidth: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0, ":focus": { outline: "none" } },
});

interface Props {
  id: string;
  title: string;
  /** One line saying what the step holds, under its heading. */
  summary?: string;
  children: ReactNode;
  /** The step's ActionBar. */
  bar: ReactNode;
}

/**
 * One step on screen: a heading (focused when the step opens, so a screen reader starts there and
 * the page starts at the top), its content, and its sticky action bar.
 */
export function Step({ id, title, summary, children, bar }: Props) {
  const s = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [id]);
  return (
    <section className={s.step} aria-labelledby={`steg-${id}`}>
      <h2 id={`steg-${id}`} className={s.heading} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {summary && <Text>{summary}</Text>}
      {children}
      {bar}
    </section>
  );
}
