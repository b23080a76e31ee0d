import { Field, Input, makeStyles, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ReportField } from "../../core/errors";
import { REPORT_TYPE_NAMES, REPORT_TYPES } from "../../core/report/model";
import { Suggested, suggestedFrom, Suggestion } from "../../core/report/suggest";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "10px" },
});

export interface ReportChoice {
  type: string;
  period: string;
  org: string;
}

interface Props {
  choice: ReportChoice;
  /** What the workbook says about itself, to tell the user where a value came from. */
  suggestion: Suggestion;
  /** What the report resolves to now (the type follows the period when none is chosen). */
  resolved?: { typeName: string; org: string };
  /** The core's complaint about one of the choices, shown at its field. */
  problem?: { field?: ReportField; message: string };
  onChange: (next: Partial<ReportChoice>) => void;
}

/** "2023" or "2021-04": a period typed to the end, which can be used before the field is left. */
const COMPLETE = /^\d{4}-\d{2}$/;

function hint(s: Suggested | undefined, value: string, fallback: string): string {
  return s && s.value === value ? `Förslag ${suggestedFrom(s)}.` : fallback;
}

/**
 * Which report, which period, which organisation: filled in with what the workbook says, each
 * editable. Text fields are used when left (or Enter), so typing "2023" never flashes an error
 * about "2".
 */
export function ReportChoices({ choice, suggestion, resolved, problem, onChange }: Props) {
  const s = useStyles();
  const [period, setPeriod] = useState(choice.period);
  const [org, setOrg] = useState(choice.org);
  useEffect(() => setPeriod(choice.period), [choice.period]);
  useEffect(() => setOrg(choice.org), [choice.org]);
  const at = (field: ReportField) => (problem?.field === field ? problem.message : undefined);
  const commitPeriod = (text = period) =>
    text.trim() !== choice.period && onChange({ period: text.trim() });
  const commitOrg = () => org.trim() !== choice.org && onChange({ org: org.trim() });
  const typeName = REPORT_TYPE_NAMES[choice.type as keyof typeof REPORT_TYPE_NAMES];
  return (
    <div className={s.form}>
      <Field
        label="Rapport"
        validationMessage={at("type")}
        hint={
          choice.type
            ? hint(suggestion.type, typeName, "")
            : "Följer perioden: helår ger årsredovisning, april uppföljningsrapport 1, augusti uppföljningsrapport 2."
        }
      >
        <Select value={choice.type} onChange={(_, d) => onChange({ type: d.value })}>
          <option value="">
            {resolved ? `Efter perioden (${resolved.typeName})` : "Efter perioden"}
          </option>
          {REPORT_TYPES.map((t) => (
            <option key={t} value={t}>
              {REPORT_TYPE_NAMES[t]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Period"
        required
        validationMessage={at("period")}
        hint={hint(suggestion.period, choice.period, "År (2023) eller år och månad (2021-04).")}
      >
        <Input
          value={period}
          onChange={(_, d) => {
            setPeriod(d.value);
            if (COMPLETE.test(d.value.trim())) commitPeriod(d.value);
          }}
          onBlur={() => commitPeriod()}
          onKeyDown={(e) => e.key === "Enter" && commitPeriod()}
        />
      </Field>
      <Field
        label="Organisation"
        validationMessage={at("org")}
        hint={hint(
          suggestion.org,
          choice.org,
          choice.org
            ? ""
            : `Står i rubriker och text; utan namn står "${resolved?.org ?? "Förvaltningen"}".`,
        )}
      >
        <Input
          value={org}
          onChange={(_, d) => setOrg(d.value)}
          onBlur={commitOrg}
          onKeyDown={(e) => e.key === "Enter" && commitOrg()}
        />
      </Field>
    </div>
  );
}
