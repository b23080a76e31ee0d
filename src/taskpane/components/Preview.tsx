import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { NarrativeSection } from "../../core/narrative/model";
import { ReportTable } from "../../core/report/model";
import { ReportDocument } from "../../core/report/document";
import { reportParts } from "../session";

const useStyles = makeStyles({
  table: { marginTop: "12px" },
  scroll: { overflowX: "auto" },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: {
    padding: "2px 6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
    whiteSpace: "nowrap",
  },
  label: { textAlign: "left", whiteSpace: "normal", minWidth: "8em" },
  head: { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom", whiteSpace: "normal" },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `1px solid ${tokens.colorNeutralForeground1}`,
  },
  marked: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  text: { margin: "6px 0" },
});

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
            {(p.style === "bullet" ? "• " : "") + p.sentences.map((x) => x.text).join(" ")}
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
  return (
    <section className={s.table} aria-label={`${table.section} ${table.title}`}>
      <Text weight="semibold">{`${table.section} ${table.title}`}</Text>
      <Narrative sections={narrative.filter((n) => n.placement === "before")} />
      <div className={s.scroll}>
        <table className={s.grid}>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th
                  key={i}
                  scope="col"
                  className={mergeClasses(s.cell, s.head, i === 0 && s.label)}
                >
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className={table.kinds[r] === "total" ? s.total : undefined}>
                {row.map((v, c) => {
                  const id = cellId(table.id, row[0], table.columns[c]);
                  return (
                    <td
                      key={c}
                      id={id}
                      className={mergeClasses(
                        s.cell,
                        c === 0 && s.label,
                        marked === id && s.marked,
                      )}
                      title={table.sources[r]?.join(", ")}
                    >
                      {v}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
            <Text weight="semibold">{`${p.text.section} ${p.text.title}`}</Text>
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
