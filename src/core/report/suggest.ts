import { findTables } from "../mapping/blocks";
import { address, isBlank, normaliseHeader, RawValue, Sheet } from "../mapping/grid";
import { readSettings } from "../mapping/settings";
import { eachStoredRow } from "../mapping/storedRows";
import { REPORT_TYPE_NAMES, ReportType } from "./model";
import { MONTHS } from "./period";

/** One suggested choice, where it was read and how it was found, so a door can say so. */
export interface Suggested {
  value: string;
  /** A cell ("Rapport!A1"), or the file name. */
  where: string;
  /** "inställning" (a "Period | 2023" row), "rubrik" (a caption), "kolumn", "filnamn". */
  from: "inställning" | "rubrik" | "kolumn" | "filnamn";
}

export interface Suggestion {
  type?: Suggested;
  period?: Suggested;
  org?: Suggested;
}

/**
 * Words naming a report type in a caption or a file name, accents folded away
 * ("Uppföljningsrapport 1" → "uppfoljningsrapport 1"). "Delårsrapport" is the same report as the
 * second follow-up in the reporting calendar (seed 004).
 */
const TYPE_WORDS: [RegExp, ReportType][] = [
  [/arsredovisning/, "arsredovisning"],
  [/(uppfoljningsrapport|tertialrapport|tertial) ?(1|i)(?![0-9i])/, "uppfoljningsrapport1"],
  [/(uppfoljningsrapport|tertialrapport|tertial) ?(2|ii)(?![0-9i])/, "uppfoljningsrapport2"],
  [/delarsrapport/, "uppfoljningsrapport2"],
  [/manadsrapport|manadsuppfoljning/, "manadsrapport"],
  [/verksamhetsplan/, "verksamhetsplan"],
];

/** The last month a report type always covers, when its caption gives only the year. */
const FIXED_MONTH: Partial<Record<ReportType, number>> = {
  uppfoljningsrapport1: 4,
  uppfoljningsrapport2: 8,
};

const fold = (t: string) =>
  t
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .replace(/[\s_-]+/g, " ");

function typeIn(text: string): ReportType | undefined {
  const t = fold(text);
  return TYPE_WORDS.find(([re]) => re.test(t))?.[1];
}

/** "januari–april 2021", "april 2021", "2021-04", "202104" or a bare year in running text. */
function periodIn(text: string, type?: ReportType): string | undefined {
  const t = text.toLowerCase();
  const iso = /\b((?:19|20)\d\d)-?(0[1-9]|1[0-2])\b/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const named = new RegExp(`(${MONTHS.join("|")})\\s+((?:19|20)\\d\\d)\\b`).exec(t);
  if (named) return `${named[2]}-${String(MONTHS.indexOf(named[1]) + 1).padStart(2, "0")}`;
  // A year after the report type's number ("uppföljningsrapport 1 2021"): skip that number.
  const year = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(t);
  if (!year) return undefined;
  const month = type && FIXED_MONTH[type];
  return month ? `${year[1]}-${String(month).padStart(2, "0")}` : year[1];
}

/** Where in a caption the report's name starts, as it is written (not folded). */
const REPORT_NAME =
  /(årsredovisning|uppföljningsrapport|tertialrapport|delårsrapport|månadsrapport|månadsuppföljning|verksamhetsplan)/i;

/**
 * The organisation in a caption: what stands before the report's name ("Regionstyrelsen,
 * årsredovisning 2023") or after "för" ("Årsredovisning 2023 för Regionstyrelsen").
 */
function orgIn(caption: string): string | undefined {
  const name = REPORT_NAME.exec(caption);
  if (!name) return undefined;
  const before = caption
    .slice(0, name.index)
    .replace(/[\s,:;–—-]+$/, "")
    .trim();
  if (/\p{L}{2}/u.test(before)) return before;
  const after = /\bför\s+(.+?)\s*$/i.exec(caption)?.[1]?.replace(/[.,]$/, "");
  return after && !/^\d/.test(after) ? after : undefined;
}

/** Single text cells near the top of a sheet: where a report names itself. A "Rapport" sheet first. */
function captions(sheets: Sheet[]): { text: string; where: string }[] {
  const ordered = [...sheets].sort(
    (a, b) => Number(!/^rapport/i.test(a.name)) - Number(!/^rapport/i.test(b.name)),
  );
  return ordered.flatMap((s) =>
    s.values.slice(0, 5).flatMap((row, r) => {
      const cells = (row ?? []).map((v, c) => [v, c] as const).filter(([v]) => !isBlank(v));
      if (cells.length !== 1 || typeof cells[0][0] !== "string") return [];
      return [{ text: cells[0][0].trim(), where: address(s.name, r, cells[0][1]) }];
    }),
  );
}

const asPeriod = (v: RawValue): string | undefined => {
  if (v instanceof Date)
    return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, "0")}`;
  if (typeof v === "number" && /^(19|20)\d\d(0[1-9]|1[0-2])?$/.test(String(v)))
    return periodIn(String(v));
  return typeof v === "string" ? periodIn(v) : undefined;
};

/** The latest period in a column headed "Period" or "Månad": a ledger reports up to its last month. */
function periodColumn(sheets: Sheet[]): Suggested | undefined {
  for (const t of findTables(sheets)) {
    const col = t.headers.findIndex((h) =>
      /^(period|månad|bokföringsmånad)$/.test(normaliseHeader(h)),
    );
    if (col < 0) continue;
    // "2023-04" sorts after "2023"; a column mixing whole years and months is unusual anyway.
    let latest: string | undefined;
    const see = (r: RawValue[]) => {
      const p = asPeriod(r[col] ?? null);
      if (p && (latest === undefined || p > latest)) latest = p;
    };
    if (t.stored) eachStoredRow(t.stored, see);
    else t.rows.forEach(see);
    if (latest)
      return { value: latest, where: `${t.id}, kolumnen "${t.headers[col]}"`, from: "kolumn" };
  }
  return undefined;
}

/**
 * What the workbook says about itself: report type, period and organisation, each with where it
 * was read. Settings rows ("Period | 2021-04") win, then a caption naming the report
 * ("Regionstyrelsen, årsredovisning 2023"), then a period column, then the file name. Both doors
 * show these as the current choice; the user's own choice always wins over them.
 */
export function suggestReport(sheets: Sheet[], fileName?: string): Suggestion {
  const settings = readSettings(sheets);
  const out: Suggestion = {};
  for (const key of ["type", "period", "org"] as const) {
    const s = settings[key];
    if (s) out[key] = { value: s.value, where: s.where, from: "inställning" };
  }
  const named = captions(sheets).find((c) => typeIn(c.text));
  if (named) {
    const type = typeIn(named.text)!;
    out.type ??= { value: REPORT_TYPE_NAMES[type], where: named.where, from: "rubrik" };
    const period = periodIn(named.text.replace(/uppföljningsrapport\s+\d/i, ""), type);
    if (period) out.period ??= { value: period, where: named.where, from: "rubrik" };
    const org = orgIn(named.text);
    if (org) out.org ??= { value: org, where: named.where, from: "rubrik" };
  }
  out.period ??= periodColumn(sheets);
  if (fileName) {
    const base = fileName.replace(/\.[a-z]+$/i, "");
    const type = typeIn(base);
    if (type) out.type ??= { value: REPORT_TYPE_NAMES[type], where: fileName, from: "filnamn" };
    const period = periodIn(base.replace(/(rapport|ur|tertial)[\s_-]?[12](?!\d)/i, ""), type);
    if (period) out.period ??= { value: period, where: fileName, from: "filnamn" };
  }
  return out;
}

/** "ur rubriken Rapport!A1", for the check or hint that says a choice was guessed. */
export function suggestedFrom(s: Suggested): string {
  switch (s.from) {
    case "inställning":
      return `ur ${s.where}`;
    case "rubrik":
      return `ur rubriken i ${s.where}`;
    case "kolumn":
      return `ur ${s.where}`;
    case "filnamn":
      return `ur filnamnet ${s.where}`;
  }
}
