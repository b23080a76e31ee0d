import { Check, Period } from "../report/model";
import type { SourceTable } from "./blocks";
import { roleHeader } from "./grid";
import { classifyHeader } from "./headerPeriod";
import { KindDef, KINDS } from "./kinds";
import { tableRange } from "./ledgerColumns";

/**
 * Why a table that looks like a summary was not used: the kind it resembles most, the columns
 * recognised and the required ones missing, and how to choose them. Tables that resemble no kind
 * (two recognised columns, one an amount, at the least) are left alone: notes, code lists.
 */
export function summaryDiagnosis(t: SourceTable, period?: Period): Check | undefined {
  const headers = t.headers.map(roleHeader);
  let best: { kind: KindDef; found: string[]; lacking: string[] } | undefined;
  for (const kind of KINDS.filter((k) => k.kind !== "huvudbok" && !k.yearColumns)) {
    const found: string[] = [];
    const lacking: string[] = [];
    let amounts = 0;
    for (const role of kind.roles) {
      const i = headers.findIndex(
        (h, i) =>
          h !== "" &&
          ((role.match.test(h) && !role.not?.test(h)) ||
            periodRole(kind, h, period) === role.role) &&
          !found.includes(t.headers[i]),
      );
      if (i >= 0) {
        found.push(t.headers[i]);
        if (role.value === "amount") amounts++;
      } else if (role.required) lacking.push(role.label);
    }
    // A table some kind fits whole was left for another table of that kind, or as a statement
    // to check against (seed 002's "Inlämnat"): nothing is missing from it.
    if (found.length >= 2 && amounts && !lacking.length) return undefined;
    if (found.length >= 2 && amounts && found.length > (best?.found.length ?? 0))
      best = { kind, found, lacking };
  }
  if (!best) return undefined;
  const where = tableRange(t);
  return {
    id: "tabell-saknar-kolumn",
    severity: "varning",
    message: `${where} liknar ${best.kind.label.toLowerCase()} (kolumnerna ${best.found.map((h) => `"${h}"`).join(", ")} känns igen) men saknar kolumn för ${best.lacking.join(" och ")}; tabellen används inte. Ge kolumnen en rubrik som "${best.lacking[0]}", eller välj den i mappningen (--mapping) eller i aktivitetsfönstret.`,
    where: [where],
  };
}

function periodRole(kind: KindDef, h: string, period?: Period): string | undefined {
  const c = period && kind.periodRoles ? classifyHeader(h, period) : undefined;
  return c && "slot" in c ? kind.periodRoles![c.slot] : undefined;
}
