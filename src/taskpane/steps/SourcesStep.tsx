import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { MappingFile } from "../../core/mapping/match";
import { RunResult } from "../../core/pipeline";
import { ActionBar } from "../components/ActionBar";
import { AddSource } from "../components/AddSource";
import { MappingChange, SourceMappings } from "../components/SourceMappings";
import { toMappingFile } from "../session";
import { StatusState } from "../useTask";
import { Step } from "./Step";

interface Props {
  run: RunResult;
  /** Whether the mapping is the user's (saved or edited) rather than the add-in's suggestion. */
  chosen: boolean;
  /** What changed in the workbook since the mapping was saved. */
  notices: string[];
  status: StatusState;
  onMapping: (mapping: MappingFile) => void;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: which workbook table feeds each input; change a column, or map a table by hand. */
export function SourcesStep({ run, chosen, notices, status, onMapping, onBack, onNext }: Props) {
  function change(c: MappingChange) {
    const file = toMappingFile(run.mappings, run.tables);
    const entry = file.sources[c.index];
    if (c.table) file.sources[c.index] = { kind: entry.kind, table: c.table };
    if (c.unit) entry.unit = c.unit;
    if (c.role) {
      const headers = run.tables.find((t) => t.id === entry.table)?.headers ?? [];
      const columns = { ...entry.columns };
      if (Number.isNaN(c.role.column)) delete columns[c.role.role];
      else columns[c.role.role] = headers[c.role.column];
      entry.columns = columns;
    }
    onMapping(file);
  }
  const n = run.mappings.length;
  return (
    <Step
      id="kallor"
      title="Källtabeller"
      summary={`${n} ${n === 1 ? "tabell" : "tabeller"} i arbetsboken används, av ${run.tables.length} hittade.`}
      bar={
        <ActionBar status={status}>
          <Button appearance="primary" onClick={onNext}>
            Nästa: granska
          </Button>
          <Button onClick={onBack}>Tillbaka</Button>
        </ActionBar>
      }
    >
      {notices.map((text) => (
        <MessageBar key={text} intent="warning">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      <SourceMappings
        mappings={run.mappings}
        tables={run.tables}
        chosen={chosen}
        onChange={change}
      />
      <AddSource
        tables={run.tables}
        onAdd={(source) => {
          const file = toMappingFile(run.mappings, run.tables);
          onMapping({ ...file, sources: [...file.sources, source] });
        }}
      />
    </Step>
  );
}
