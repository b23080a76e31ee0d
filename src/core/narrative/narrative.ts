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
  const texts = report.layout.texts;
  const place = (id: string) => texts.find((t) => t.id === id);
  const summary = place("sammanfattning");
  const change = place("prognosforandring");
  if (summary) sections.push(...optional(sammanfattning(report, summary)));
  for (const t of report.layout.tables) {
    if (!report.tables.some((x) => x.id === t.id)) continue;
    if (t.text !== "none")
      sections.push(...optional(WRITERS[t.id]?.(report, input, checks), t.text));
    if (t.id === "prognos" && change)
      sections.push(...optional(prognosforandring(report, input.uppdrag ?? [], change)));
  }
  return { sections, checks };
}

/** A section if there is one, standing where the layout puts it. */
function optional(
  s: NarrativeSection | undefined,
  placement?: "before" | "after",
): NarrativeSection[] {
  return s ? [placement ? { ...s, placement } : s] : [];
}
