import { Check } from "../report/model";
import { SourceTable } from "./blocks";
import { columnName, normaliseHeader, RawValue } from "./grid";

/**
 * Which columns of a ledger export (Raindance, Unit4/Agresso, Visma and the like) carry what.
 * Exports have a dozen dimension columns (Konto, Konto text, Ansvar, Ansvar text, Verksamhet,
 * Aktivitet, Projekt, Motpart, Objekt …), most irrelevant to the report; the choice that matters
 * is which one carries the report's rows, and a wrong choice is never made silently.
 */

const PERIOD = [
  /^(period|bokföringsperiod|redovisningsperiod|år ?månad|år-mån|månad)\b/,
  /^((bokf\w*|verifikations|transaktions|ver) ?)?datum$/,
];
const KONTO = /^(konto(nummer|nr)?|kontoklass|kontogrupp|kostnadsslag)$/;
const UTFALL = /^(utfall|belopp|bokfört|netto)\b/;
const NOT_AMOUNT = /avvik|diff|skilln|förändr|procent|%|saldo|ack|ingående|utgående|budget|prognos/;
const BUDGET = /^(period)?budget\b/;
const NOT_BUDGET = /avvik|diff|skilln|förändr|procent|%|ack|utfall/;
const DEBET = /^debet\b/;
const KREDIT = /^kredit\b/;
const PROJEKT = /^projekt(nummer|nr|kod)?$/;
/** A controller's own column of report rows: wins over any code column. */
const OWN_ROWS = /^(uppdrag|verksamhetsområde|rapportrad|rapportgrupp|område)\b/;
/** Dimension codes that may carry the rows when the controller added no column of their own. */
const CODE_ROWS =
  /^(ansvar|ansvarsställe|ansvarsenhet|verksamhet|enhet|kostnadsställe|kst|resultatenhet|resultatställe|avdelning)( ?kod| ?nr)?$/;
const NAME_SUFFIX = /(s? ?(text|namn|benämning|beskrivning)| t)$/;
/** Headers an export has that the report does not use: they count as recognised, not as noise. */
const KNOWN =
  /^(konto|ansvar|verksamhet|aktivitet|projekt|motpart|objekt|fri|kst|kostnadsställe|enhet|resultatenhet|avdelning|text|beskrivning|benämning|ver|verifikat|verifikation|löpnr|id|datum|period|år|ursprung|leverantör|kund|faktura|dokument|transaktion|valuta|antal|kvantitet|moms|debet|kredit|saldo|attest|referens|bilaga|serie|tkod|dim|k\d|anläggning|finansiär|kategori)/;

export interface CodeList {
  table: string;
  /** Code as written (trimmed) → report row. */
  map: Record<string, string>;
}

export interface LedgerColumns {
  columns: Record<string, number>;
  codes?: CodeList;
}

/** `partial`: the columns found either way, for a mapping that names the rest. */
export type LedgerFit = { partial: Record<string, number> } & (
  { ok: true; found: LedgerColumns; known: number } | { ok: false; diagnosis?: Check }
);

const cellText = (v: RawValue): string =>
  v === null || typeof v === "object" ? "" : String(v).replace(/\s+/g, " ").trim();

/** The table's whole range, "Huvudbok!A6:L2000", for messages. */
export function tableRange(t: SourceTable): string {
  const last = columnName(t.firstCol + Math.max(0, t.headers.length - 1));
  return `${t.id}:${last}${t.headerRow + 1 + Math.max(1, t.rows.length)}`;
}

/**
 * Tables that map codes to report rows: a code column (named like a ledger dimension, or "Kod")
 * and an uppdrag column, nothing else that holds amounts. They feed a ledger and nothing else.
 */
export function findCodeLists(tables: SourceTable[]): Map<string, { code: string } & CodeList> {
  const lists = new Map<string, { code: string } & CodeList>();
  for (const t of tables) {
    const h = t.headers.map((x) => normaliseHeader(x));
    const code = h.findIndex((x) => CODE_ROWS.test(x) || x === "kod");
    const row = h.findIndex((x) => OWN_ROWS.test(x));
    if (code < 0 || row < 0 || h.filter((x) => x !== "").length > 3) continue;
    const map: Record<string, string> = {};
    for (const r of t.rows) {
      const k = cellText(r[code]);
      const v = cellText(r[row]);
      if (k && v) map[k] = v;
    }
    if (Object.keys(map).length) lists.set(t.id, { table: t.id, code: h[code], map });
  }
  return lists;
}

export function nameColumnOf(h: string[], code: number): number | undefined {
  const base = h[code].replace(/( ?kod| ?nr)$/, "");
  const named = h.findIndex(
    (x, i) => i !== code && x.startsWith(base) && NAME_SUFFIX.test(x.slice(base.length)),
  );
  if (named >= 0) return named;
  return h[code + 1] === "benämning" || h[code + 1] === "namn" ? code + 1 : undefined;
}

/**
 * The ledger's columns, or why it has none. The report's rows come from the controller's own
 * column (Uppdrag, Verksamhetsområde) when there is one; else from a code column a code list in
 * the workbook translates; else from the only code column there is, printed by its name column
 * when it has one. Two code columns and nothing to choose between them is said, with both named.
 */
export function ledgerColumns(
  t: SourceTable,
  codeLists: Map<string, { code: string } & CodeList>,
): LedgerFit {
  const h = t.headers.map((x) => normaliseHeader(x));
  const taken = new Set<number>();
  const first = (re: RegExp, not?: RegExp) => {
    const i = h.findIndex((x, j) => !taken.has(j) && re.test(x) && !not?.test(x));
    if (i >= 0) taken.add(i);
    return i < 0 ? undefined : i;
  };
  const columns: Record<string, number | undefined> = {};
  columns.period = first(PERIOD[0]) ?? first(PERIOD[1]);
  columns.konto = first(KONTO);
  columns.debet = first(DEBET);
  columns.kredit = first(KREDIT);
  columns.utfall = first(UTFALL, NOT_AMOUNT);
  columns.budget = first(BUDGET, NOT_BUDGET);
  columns.projekt = first(PROJEKT);
  if (columns.projekt !== undefined) columns.projektNamn = nameColumnOf(h, columns.projekt);

  const own = h.findIndex((x) => OWN_ROWS.test(x) && !NAME_SUFFIX.test(x));
  const codes = h.flatMap((x, i) => (CODE_ROWS.test(x) ? [i] : []));
  let codeList: CodeList | undefined;
  if (own >= 0) columns.uppdrag = own;
  else {
    const listed = codes.flatMap((i) => {
      const l = [...codeLists.values()].find(
        (c) => c.code === h[i] || (c.code === "kod" && overlaps(t, i, c)),
      );
      return l ? [{ i, l }] : [];
    });
    if (listed.length === 1) {
      columns.uppdrag = listed[0].i;
      codeList = { table: listed[0].l.table, map: listed[0].l.map };
    } else if (codes.length === 1) columns.uppdrag = codes[0];
  }
  if (columns.uppdrag !== undefined && !codeList) {
    taken.add(columns.uppdrag);
    columns.uppdragNamn = nameColumnOf(h, columns.uppdrag);
  }

  const amount =
    columns.utfall !== undefined || (columns.debet !== undefined && columns.kredit !== undefined);
  const lacking = [
    columns.period === undefined && "period (Period, Datum)",
    columns.konto === undefined && "konto",
    !amount && "belopp (Belopp, Utfall eller Debet och Kredit)",
    columns.uppdrag === undefined && "uppdrag",
  ].filter((x): x is string => !!x);
  const partial = Object.fromEntries(
    Object.entries(columns).filter((e): e is [string, number] => e[1] !== undefined),
  );
  if (!lacking.length) {
    const known = h.filter((x, i) => x && !Object.values(partial).includes(i) && KNOWN.test(x));
    return { ok: true, partial, found: { columns: partial, codes: codeList }, known: known.length };
  }
  // Three of the four signs of a ledger: say what is missing, and for the rows which columns could do.
  if (lacking.length > 1) return { ok: false, partial };
  const candidates = codes.map((i) => t.headers[i]);
  const where = tableRange(t);
  const how =
    lacking[0] === "uppdrag"
      ? candidates.length
        ? ` Välj en i mappningen (--mapping, "columns": { "uppdrag": "${candidates[0]}" }), lägg till en kolumn "Uppdrag" eller en kodlista med kolumnerna "${candidates[0]}" och "Uppdrag".`
        : ` Lägg till en kolumn "Uppdrag" eller ange kolumnen i mappningen (--mapping).`
      : ` Ange kolumnen i mappningen (--mapping).`;
  return {
    ok: false,
    partial,
    diagnosis: {
      id: "huvudbok-kolumn-saknas",
      severity: "fel",
      message: `${where} ser ut som en huvudbok men saknar kolumn för ${lacking[0]}${candidates.length && lacking[0] === "uppdrag" ? ` (kandidater: ${candidates.join(", ")})` : ""}.${how}`,
      where: [where],
    },
  };
}

function overlaps(t: SourceTable, col: number, list: CodeList): boolean {
  return t.rows.slice(0, 50).some((r) => cellText(r[col]) in list.map);
}
