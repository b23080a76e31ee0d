import { Field, Input, Select } from "@fluentui/react-components";
import { REPORT_TYPE_NAMES, REPORT_TYPES } from "../../core/report/model";

interface Props {
  type: string;
  period: string;
  /** What the report resolves to now, shown when the user has not chosen (from the workbook). */
  resolved?: { type: string; period: string };
  onChange: (next: { type: string; period: string }) => void;
}

/** Step 1: which report and which period. Empty means "as the workbook says". */
export function ReportChoices({ type, period, resolved, onChange }: Props) {
  return (
    <>
      <Field label="Rapport">
        <Select value={type} onChange={(_, d) => onChange({ type: d.value, period })}>
          <option value="">
            {resolved
              ? `Enligt arbetsboken (${REPORT_TYPE_NAMES[resolved.type as keyof typeof REPORT_TYPE_NAMES] ?? resolved.type})`
              : "Enligt arbetsboken"}
          </option>
          {REPORT_TYPES.map((t) => (
            <option key={t} value={t}>
              {REPORT_TYPE_NAMES[t]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Period" hint="År (2023) eller år och månad (2021-04)">
        <Input
          value={period}
          placeholder={resolved?.period ?? "2021-04"}
          onChange={(_, d) => onChange({ type, period: d.value })}
        />
      </Field>
    </>
  );
}
