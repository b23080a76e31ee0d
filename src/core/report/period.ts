import { fail } from "../errors";
import { Period, ReportType } from "./model";

export const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

/** "2023" is the whole year, "2021-04" (or "202104", "april 2021") the year to the end of April. */
export function parsePeriod(text: string, where?: string): Period {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})$/.exec(t);
  if (m) return checked(+m[1], 12, text, where);
  m = /^(\d{4})-?(\d{2})$/.exec(t);
  if (m) return checked(+m[1], +m[2], text, where);
  m = /^([a-zåäö]+)\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m![1].slice(0, 3)));
    if (month >= 0) return checked(+m[2], month + 1, text, where);
  }
  return fail(
    `"${text}" är ingen period; skriv till exempel 2023 (helår) eller 2021-04 (januari–april)`,
    where,
    "period",
  );
}

function checked(year: number, month: number, text: string, where?: string): Period {
  if (month < 1 || month > 12 || year < 1900 || year > 2200) {
    fail(`"${text}" är ingen giltig period`, where, "period");
  }
  return { year, month };
}

/** The report a period calls for, by the reporting calendar (seed 004, "Uppföljning av verksamhetsplan"). */
export function typeForPeriod(p: Period): ReportType {
  if (p.month === 12) return "arsredovisning";
  if (p.month === 4) return "uppfoljningsrapport1";
  if (p.month === 8) return "uppfoljningsrapport2";
  return "manadsrapport";
}

/** "januari–april 2021", "januari 2021", "år 2020". */
export function periodText(p: Period): string {
  if (p.month === 12) return `år ${p.year}`;
  if (p.month === 1) return `januari ${p.year}`;
  return `januari–${MONTHS[p.month - 1]} ${p.year}`;
}

export function formatPeriod(p: Period): string {
  return p.month === 12 ? `${p.year}` : `${p.year}-${String(p.month).padStart(2, "0")}`;
}
