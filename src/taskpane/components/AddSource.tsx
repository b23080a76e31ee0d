import { Button, Field, makeStyles, Select } from "@fluentui/react-components";
import { useState } from "react";
import { SourceTable } from "../../core/mapping/blocks";
import { InputKind, KIND_BY_NAME, KINDS } from "../../core/mapping/kinds";
import { MappingFile } from "../../core/mapping/match";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "6px" },
  roles: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: "6px" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

interface Props {
  tables: SourceTable[];
  onAdd: (source: MappingFile["sources"][number]) => void;
}

/**
 * A table the add-in did not recognise (its headers are not the usual words, or a column was
 * renamed) mapped by hand: what it is, and which column is which.
 */
export function AddSource({ tables, onAdd }: Props) {
  const s = useStyles();
  const [kind, setKind] = useState<InputKind | "">("");
  const [table, setTable] = useState("");
  const [columns, setColumns] = useState<Record<string, string>>({});
  const def = kind ? KIND_BY_NAME[kind] : undefined;
  const headers = tables.find((t) => t.id === table)?.headers ?? [];
  const ready = def && table && def.roles.every((r) => !r.required || columns[r.role]);
  return (
    <section className={s.form} aria-label="Lägg till källtabell">
      <Field label="Lägg till källtabell: vad tabellen innehåller">
        <Select
          select={{ className: s.select }}
          value={kind}
          onChange={(_, d) => setKind(d.value as InputKind | "")}
        >
          <option value="">Välj …</option>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Tabell">
        <Select
          select={{ className: s.select }}
          value={table}
          onChange={(_, d) => {
            setTable(d.value);
            setColumns({});
          }}
        >
          <option value="">Välj …</option>
          {tables.map((t) => (
            <option key={t.id} value={t.id}>
              {t.caption ? `${t.id} – ${t.caption}` : t.id}
            </option>
          ))}
        </Select>
      </Field>
      {def && table && (
        <div className={s.roles}>
          {def.roles.map((r) => (
            <Field key={r.role} label={r.required ? `${r.label} (krävs)` : r.label} size="small">
              <Select
                size="small"
                select={{ className: s.select }}
                value={columns[r.role] ?? ""}
                onChange={(_, d) => setColumns({ ...columns, [r.role]: d.value })}
              >
                <option value="">(ingen)</option>
                {headers.map((h, i) =>
                  h ? (
                    <option key={i} value={h}>
                      {h}
                    </option>
                  ) : null,
                )}
              </Select>
            </Field>
          ))}
        </div>
      )}
      <div>
        <Button
          disabled={!ready}
          onClick={() => {
            if (!def) return;
            const chosen = Object.fromEntries(Object.entries(columns).filter(([, h]) => h));
            onAdd({ kind: def.kind, table, columns: chosen });
            setKind("");
            setTable("");
            setColumns({});
          }}
        >
          Lägg till
        </Button>
      </div>
    </section>
  );
}
