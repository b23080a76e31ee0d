import {
  Badge,
  Caption1,
  Field,
  makeStyles,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { SourceTable } from "../../core/mapping/blocks";
import { hasAmounts, KIND_BY_NAME } from "../../core/mapping/kinds";
import { SourceMapping } from "../../core/mapping/match";
import { Unit } from "../../core/units";

const useStyles = makeStyles({
  card: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: "8px" },
  roles: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: "6px" },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  // A native select is as wide as its longest option unless told otherwise; the pane is narrow.
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export interface MappingChange {
  index: number;
  table?: string;
  role?: { role: string; column: number };
  unit?: Unit;
}

interface Props {
  mappings: SourceMapping[];
  tables: SourceTable[];
  /** Whether the mapping is the user's (saved or edited) rather than the add-in's suggestion. */
  chosen: boolean;
  onChange: (change: MappingChange) => void;
}

function ConfidenceBadge({
  m,
  chosen,
  className,
}: {
  m: SourceMapping;
  chosen: boolean;
  className: string;
}) {
  if (chosen)
    return (
      <Badge className={className} appearance="tint" color="brand">
        Vald mappning
      </Badge>
    );
  const pct = Math.round(m.confidence * 100);
  const color = pct >= 90 ? "success" : pct >= 70 ? "warning" : "danger";
  return (
    <Badge
      className={className}
      appearance="tint"
      color={color}
      title="Andelen av tabellens rubriker som känns igen"
    >
      {`Förslag ${pct}%`}
    </Badge>
  );
}

/** Step 2: which workbook table feeds each input, column by column, with the add-in's confidence. */
export function SourceMappings({ mappings, tables, chosen, onChange }: Props) {
  const s = useStyles();
  if (!mappings.length)
    return (
      <Text>
        Inga tabeller i arbetsboken känns igen. Kontrollera att varje tabell har en rubrikrad.
      </Text>
    );
  return (
    <>
      {mappings.map((m, index) => {
        const kind = KIND_BY_NAME[m.kind];
        const table = tables.find((t) => t.id === m.table);
        return (
          <section key={`${m.kind}-${m.table}`} className={s.card} aria-label={kind.label}>
            <div className={s.head}>
              <Text weight="semibold">{kind.label}</Text>
              <ConfidenceBadge m={m} chosen={chosen} className={s.badge} />
            </div>
            <Field label="Källtabell">
              <Select
                select={{ className: s.select }}
                value={m.table}
                onChange={(_, d) => onChange({ index, table: d.value })}
              >
                {tables.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.caption ? `${t.id} – ${t.caption}` : t.id}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={s.roles}>
              {kind.roles.map((r) => (
                <Field key={r.role} label={r.label} size="small">
                  <Select
                    size="small"
                    select={{ className: s.select }}
                    value={String(m.columns[r.role] ?? "")}
                    onChange={(_, d) =>
                      onChange({
                        index,
                        // "(ingen)" is the empty value: no column for this role.
                        role: { role: r.role, column: d.value === "" ? NaN : Number(d.value) },
                      })
                    }
                  >
                    {!r.required && <option value="">(ingen)</option>}
                    {table?.headers.map((h, i) => (
                      <option key={i} value={String(i)}>
                        {h || `(kolumn ${i + 1} utan rubrik)`}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
              {hasAmounts(kind) && (
                <Field label="Enhet" size="small">
                  <Select
                    size="small"
                    select={{ className: s.select }}
                    value={m.unit}
                    onChange={(_, d) => onChange({ index, unit: d.value as Unit })}
                  >
                    <option value="kr">kr</option>
                    <option value="tkr">tkr</option>
                    <option value="mnkr">mnkr</option>
                  </Select>
                </Field>
              )}
            </div>
            {m.unitFrom === "antagen" && hasAmounts(kind) && (
              <Caption1>Rubrikerna anger ingen enhet; {m.unit} antas.</Caption1>
            )}
          </section>
        );
      })}
    </>
  );
}
