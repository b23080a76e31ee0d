import { Period } from "../report/model";
import { MONTHS } from "../report/period";

export interface FieldContext {
  period: Period;
  org: string;
}

/**
 * What a column heading may name and have filled in per run, so one layout serves every month
 * and year: "Utfall {månad}" is "Utfall april" in April's report, "{år+1}" next year in a plan.
 */
export const FIELDS: Record<string, (c: FieldContext) => string> = {
  år: (c) => String(c.period.year),
  "år+1": (c) => String(c.period.year + 1),
  "år+2": (c) => String(c.period.year + 2),
  månad: (c) => MONTHS[c.period.month - 1],
  organisation: (c) => c.org,
};

export function fillFields(heading: string, c: FieldContext): string {
  return heading.replace(/\{([^}]*)\}/g, (whole, name: string) => FIELDS[name]?.(c) ?? whole);
}
