import { isBlank, normaliseHeader, Sheet, address } from "./grid";
import { SETTING_KEYS } from "./blocks";

export interface WorkbookSettings {
  type?: { value: string; where: string };
  period?: { value: string; where: string };
  org?: { value: string; where: string };
}

const KEY_TO_SETTING: Record<string, keyof WorkbookSettings> = {
  rapporttyp: "type",
  rapport: "type",
  period: "period",
  år: "period",
  organisation: "org",
  förvaltning: "org",
  nämnd: "org",
};

const RANGE = /\d\s*(-|–|\.\.|till)\s*\d{4}/;

/**
 * Reads "Rapporttyp | Uppföljningsrapport 1", "Period | 2021-04", "Organisation | …" rows, so a
 * workbook can say what report it is for and the CLI needs no options. The first occurrence wins.
 */
export function readSettings(sheets: Sheet[]): WorkbookSettings {
  const settings: WorkbookSettings = {};
  for (const s of sheets) {
    s.values.forEach((row, r) => {
      const cols = row.map((v, c) => (isBlank(v) ? -1 : c)).filter((c) => c >= 0);
      if (cols.length !== 2) return;
      const key = normaliseHeader(row[cols[0]]);
      if (!SETTING_KEYS.test(key)) return;
      const name = KEY_TO_SETTING[key];
      const v = row[cols[1]];
      const value =
        v instanceof Date
          ? `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, "0")}`
          : String(v);
      // "Period | 202201 - 202312" above a ledger export says what was exported, not what to report.
      if (name === "period" && RANGE.test(value)) return;
      settings[name] ??= { value: value.trim(), where: address(s.name, r, cols[1]) };
    });
  }
  return settings;
}
