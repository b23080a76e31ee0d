import { ReportInput } from "../input";
import { BuiltReport } from "../report/build";
import { Check, TableId } from "../report/model";
import { NarrativeSection } from "./model";
import { prognosforandring, sammanfattning } from "./summary";
import {
  investeringText,
  personalText,
  prognosText,
  resultathanteringText,
  resultatText,
  utvecklingText,
} from "./tables";

type Writer = (
  report: BuiltReport,
  input: ReportInput,
  checks: Check[],
) => NarrativeSection | undefined;

const WRITERS: Partial<Record<TableId, Writer>> = {
  prognos: prognosText,
  resultatrakning: resultatText,
  kostnadsutveckling: (r) => utvecklingText(r, "kostnadsutveckling"),
  intaktsutveckling: (r) => utvecklingText(r, "intaktsutveckling"),
  investeringar: investeringText,
  personalomsattning: (r) => personalText(r, "personalomsattning"),
  sjukfranvaro: (r) => personalText(r, "sjukfranvaro"),
  resultathantering: resultathanteringText,
};

/**
 * The text under each table, written from the computed figures only, in report order: the
 * summary first, 5.1.3's prognosis change right after the prognosis table.
 */
export function buildNarrative(
  report: BuiltReport,
  input: ReportInput,
): { sections: NarrativeSection[]; checks: Check[] } {
  const checks: Check[] = [];
  const sections: NarrativeSection[] = [];
  const summary = sammanfattning(report);
  if (summary) sections.push(summary);
  for (const t of report.tables) {
    const s = WRITERS[t.id]?.(report, input, checks);
    if (s) sections.push(s);
    if (t.id === "prognos") {
      const change = prognosforandring(report, input.uppdrag ?? []);
      if (change) sections.push(change);
    }
  }
  return { sections, checks };
}
