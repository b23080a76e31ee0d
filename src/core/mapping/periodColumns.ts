import { Check, Period } from "../report/model";
import { periodText } from "../report/period";
import { address, normaliseHeader, roleHeader } from "./grid";
import { classifyHeader, HeaderClass, Slot, wrongPeriodMessage } from "./headerPeriod";
import { KindDef } from "./kinds";
import type { SourceTable } from "./blocks";
import type { SourceMapping } from "./match";

export interface PeriodColumn {
  index: number;
  cls: HeaderClass;
  /** The kind's role for the column, when it has one for the column's slot. */
  role?: string;
}

/** In the annual report the accumulated budget is the annual one. */
function roleFor(kind: KindDef, slot: Slot, p: Period): string | undefined {
  const roles = kind.periodRoles ?? {};
  return roles[slot] ?? (p.month === 12 && slot === "budgetAr" ? roles.budgetAck : undefined);
}

/**
 * The period-labelled columns of a table (headers as `roleHeader` gives them), in the order they
 * should be taken: of several earlier prognoses ("Prognos aug", "Prognos sep" in an October
 * report) the latest is the previous one.
 */
export function periodColumns(headers: string[], kind: KindDef, p: Period): PeriodColumn[] {
  const out: PeriodColumn[] = [];
  headers.forEach((h, index) => {
    const cls = classifyHeader(h, p);
    if (cls) out.push({ index, cls, role: "slot" in cls ? roleFor(kind, cls.slot, p) : undefined });
  });
  const month = (c: PeriodColumn) => ("slot" in c.cls ? (c.cls.month ?? 0) : 0);
  return out.sort((a, b) => month(b) - month(a) || a.index - b.index);
}

const SLOT_TEXT: Record<Slot, string> = {
  utfall: "årets ackumulerade utfall",
  utfallForraAret: "förra årets utfall",
  budgetAck: "ackumulerad budget",
  budgetAr: "årsbudget",
  prognos: "prognos",
  prognosForegaende: "föregående prognos",
};

/**
 * What the period-labelled headers of a mapped table say that the mapping does not: a column
 * for another period than the report's (fel), two columns for the same thing (varning), and a
 * column the table has no use for (info). Columns the mapping uses are not questioned: either
 * they fit the period or the user chose them.
 */
export function periodChecks(t: SourceTable, m: SourceMapping, kind: KindDef, p: Period): Check[] {
  if (!kind.periodRoles) return [];
  const used = new Set(Object.values(m.columns));
  const at = (i: number) => address(t.sheet, t.headerRow, t.firstCol + i);
  const checks: Check[] = [];
  for (const c of periodColumns(t.headers.map(roleHeader), kind, p)) {
    if (used.has(c.index)) continue;
    const header = t.headers[c.index];
    if ("wrong" in c.cls) {
      checks.push({
        id: "kolumn-fel-period",
        severity: "fel",
        message: wrongPeriodMessage(at(c.index), header, c.cls, p),
        where: [at(c.index)],
      });
      continue;
    }
    const what = SLOT_TEXT[c.cls.slot];
    const chosen = c.role === undefined ? undefined : m.columns[c.role];
    const older = c.cls.slot === "prognosForegaende";
    checks.push(
      chosen === undefined || older
        ? {
            id: "kolumn-anvands-inte",
            severity: "info",
            message:
              chosen === undefined
                ? `${at(c.index)}: kolumnen "${header}" är ${what} för ${periodText(p)}; tabellen ${t.id} har ingen användning för den.`
                : `${at(c.index)}: kolumnen "${header}" är en äldre prognos än "${t.headers[chosen]}" (${at(chosen)}), som används som föregående prognos.`,
            where: [at(c.index)],
          }
        : {
            id: "kolumn-dubblett",
            severity: "varning",
            message: `${at(c.index)}: kolumnen "${header}" är också ${what}, liksom "${t.headers[chosen]}" (${at(chosen)}); ${at(chosen)} används. Välj kolumn i mappningen (eller i aktivitetsfönstret) om det är fel.`,
            where: [at(c.index), at(chosen)],
          },
    );
  }
  return checks;
}

/**
 * Two columns with the same header ("Ack. utfall" twice): the mapping took the first; say so,
 * naming both cells, since the second may be the one meant.
 */
export function duplicateHeaderChecks(t: SourceTable, m: SourceMapping): Check[] {
  const at = (i: number) => address(t.sheet, t.headerRow, t.firstCol + i);
  const headers = t.headers.map(normaliseHeader);
  return Object.values(m.columns).flatMap((used) => {
    const twins = headers.flatMap((h, i) => (i !== used && h && h === headers[used] ? [i] : []));
    return twins.map((i): Check => ({
      id: "kolumn-dubblett",
      severity: "varning",
      message: `${at(i)}: kolumnen "${t.headers[i]}" har samma rubrik som ${at(used)}; ${at(used)} används. Byt rubrik på den ena, eller välj kolumn i mappningen (eller i aktivitetsfönstret).`,
      where: [at(used), at(i)],
    }));
  });
}
