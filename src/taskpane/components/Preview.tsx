import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ReactNode, useLayoutEffect, useRef, useState } from "react";
import { NarrativeSection } from "../../core/narrative/model";
import { ReportTable } from "../../core/report/model";
import { ReportDocument } from "../../core/report/document";
import { cellText, figureColumns, labelColumn, rowName } from "../../io/chapter";
import { keepFigures } from "../figures";
import { reportParts } from "../session";

const useStyles = makeStyles({
  table: { marginTop: "12px" },
  // A table wider than the pane scrolls inside itself; the page never scrolls sideways.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: {
    padding: "2px 6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
    whiteSpace: "nowrap",
  },
  // A column of words (Verksamhetsmått's "Indikatorer") wraps, so the figures beside it fit.
  words: { textAlign: "left", whiteSpace: "normal", minWidth: "5em" },
  // The row label stays in view while the figures scroll under it.
  label: {
    textAlign: "left",
    whiteSpace: "normal",
    minWidth: "7em",
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    fontWeight: tokens.fontWeightSemibold,
    verticalAlign: "bottom",
    whiteSpace: "normal",
    minWidth: "4em",
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `1px solid ${tokens.colorNeutralForeground1}`,
  },
  marked: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  text: { margin: "6px 0" },
  title: {
    margin: "0 0 4px",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * Scrolls sideways when its table is wider than the pane, and only then is a tab stop (so a
 * keyboard can scroll it too) and a named region.
 */
function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  const s = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    check();
    const watch = new ResizeObserver(check);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={s.scroll}
      {...(scrolls
        ? { tabIndex: 0, role: "region", "aria-label": `${label} (rullas i sidled)` }
        : {})}
    >
      {children}
    </div>
  );
}

/** The id a check's "tabell:rad:kolumn" points at, so a click can show that cell. */
export function cellId(table: string, row: string, column: string): string {
  return `cell-${table}-${row}-${column}`.replace(/[^\p{L}\p{N}_-]/gu, "_");
}

function Narrative({ sections }: { sections: NarrativeSection[] }) {
  const s = useStyles();
  return (
    <>
      {sections.flatMap((n) =>
        n.paragraphs.map((p, i) => (
          <p key={`${n.id}-${i}`} className={s.text}>
            {keepFigures(
              (p.style === "bullet" ? "• " : "") + p.sentences.map((x) => x.text).join(" "),
            )}
          </p>
        )),
      )}
    </>
  );
}

function TablePreview({
  table,
  narrative,
  marked,
}: {
  table: ReportTable;
  narrative: NarrativeSection[];
  marked?: string;
}) {
  const s = useStyles();
  const figures = figureColumns(table);
  const label = labelColumn(table);
  return (
    <section className={s.table} aria-label={`${table.section} ${table.title}`}>
      <h4 className={s.title}>{`${table.section} ${table.title}`}</h4>
      <Narrative sections={narrative.filter((n) => n.placement === "before")} />
      <ScrollBox label={`${table.section} ${table.title}`}>
        <table className={s.grid}>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th
                  key={i}
                  scope="col"
                  className={mergeClasses(
                    s.cell,
                    s.head,
                    !figures[i] && s.words,
                    i === label && s.label,
                  )}
                >
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className={table.kinds[r] === "total" ? s.total : undefined}>
                {row.map((_, c) => {
                  const id = cellId(table.id, rowName(table, r), table.columns[c]);
                  return (
                    <td
                      key={c}
                      id={id}
                      className={mergeClasses(
                        s.cell,
                        !figures[c] && s.words,
                        c === label && s.label,
                        marked === id && s.marked,
                      )}
                      title={table.sources[r]?.join(", ")}
                    >
                      {cellText(table, r, c)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <Narrative sections={narrative.filter((n) => n.placement === "after")} />
    </section>
  );
}

/** Step 3: the report tables exactly as they will print, each with its text, and what is missing. */
export function Preview({ doc, marked }: { doc: ReportDocument; marked?: string }) {
  const s = useStyles();
  return (
    <>
      <Caption1>{`${doc.typeName} ${doc.periodText} – ${doc.org}`}</Caption1>
      {reportParts(doc).map((p) =>
        "table" in p ? (
          <TablePreview key={p.table.id} table={p.table} narrative={p.narrative} marked={marked} />
        ) : (
          <section
            key={p.text.id}
            className={s.table}
            aria-label={`${p.text.section} ${p.text.title}`}
          >
            <h4 className={s.title}>{`${p.text.section} ${p.text.title}`}</h4>
            <Narrative sections={[p.text]} />
          </section>
        ),
      )}
      {doc.missing.map((m) => (
        <p key={m.id}>
          <Text italic>{`${m.section} ${m.title} saknas: ${m.reason}`}</Text>
        </p>
      ))}
    </>
  );
}
