import { Dec } from "../decimal";
import {
  DriftbudgetRad,
  InvesteringRad,
  InvesteringsbudgetRad,
  OverforingRad,
  PersonalRad,
  ReportInput,
  UppdragRad,
  UtvecklingRad,
} from "../input";
import { Flode, flodeAv } from "../measures";
import { Ore } from "../money";
import { Check, Period } from "../report/model";
import { cellAddress, rowRange, SkipReason, skipRow, SourceTable } from "./blocks";
import { LedgerReader } from "./ledgerRows";
import { eachStoredRow, heldRows, StoredRows } from "./storedRows";
import { isBlank } from "./grid";
import { KIND_BY_NAME } from "./kinds";
import { isTotalLabel, SourceMapping } from "./match";
import {
  reconciliationChecks,
  RowTally,
  settleReportTotals,
  SourceReconciliation,
  summaryReconciliation,
  usedSums,
  Utelamnad,
} from "./reconciliation";
import { sourceTotalCheck } from "./totals";
import { CellReader, decimalMarkIn } from "./values";

/** One data row of a mapped table, with readers for its roles. */
export interface MappedRow {
  index: number;
  where: string;
  text(role: string): string | undefined;
  amount(role: string): Ore | undefined;
  percent(role: string): Dec | undefined;
  year(year: number): Ore | undefined;
  period(role: string): Period | undefined;
}

/**
 * The data rows of a mapped table: blank rows and group headings skipped, total rows ("Summa",
 * "Totalt", "Summa Hälsa") set aside and checked against the rows they sum instead of being added
 * twice. Each row left out is recorded on the table with its reason (`SourceTable.skipped`).
 */
export function mappedRows(
  t: SourceTable,
  m: SourceMapping,
  reader: CellReader,
  checks: Check[],
  label: string,
): MappedRow[] {
  const rows: MappedRow[] = [];
  t.skipped = [];
  const decimal = decimalMarkIn(t.rows);
  const valueOf = (r: string) => KIND_BY_NAME[m.kind].roles.find((d) => d.role === r)?.value;
  const amountRoles = Object.keys(m.columns).filter((r) => valueOf(r) === "amount");
  const figureColumns = [
    ...Object.keys(m.columns)
      .filter((r) => valueOf(r) === "amount" || valueOf(r) === "percent")
      .map((r) => m.columns[r]),
    ...Object.values(m.years),
  ];
  let sinceTotal = 0;
  t.rows.forEach((values, index) => {
    const at = (role: string) => (m.columns[role] === undefined ? null : values[m.columns[role]]);
    const addr = (role: string) => cellAddress(t, index, m.columns[role]);
    const row: MappedRow = {
      index,
      where: rowRange(t, index),
      text: (role) => reader.text(at(role)),
      amount: (role) =>
        m.columns[role] === undefined
          ? undefined
          : reader.amount(at(role), m.unit, addr(role), decimal),
      percent: (role) =>
        m.columns[role] === undefined
          ? undefined
          : reader.percent(at(role), t.formats[index]?.[m.columns[role]], addr(role)),
      year: (y) =>
        m.years[y] === undefined
          ? undefined
          : reader.amount(values[m.years[y]], m.unit, cellAddress(t, index, m.years[y]), decimal),
      period: (role) =>
        m.columns[role] === undefined ? undefined : reader.period(at(role), addr(role)),
    };
    if (values.every(isBlank)) return skipRow(t, index, "tom");
    // A table without a label column still has its total row named somewhere in the row.
    const name = row.text(label) || values.map((v) => reader.text(v)).find(Boolean);
    if (name && isTotalLabel(name)) {
      const group = rows.slice(sinceTotal);
      // "Totalt" alone is the grand total; "Summa Hälsa" sums its group: say the sum it means.
      const meant = /^(totalt?|summa|s:a)\W*$/i.test(name.trim()) ? [rows, group] : [group, rows];
      checkSourceTotal(t, m, row, meant, amountRoles, checks);
      sinceTotal = rows.length;
      return skipRow(t, index, "summarad");
    }
    // A label over the rows of a group ("Hälso- och sjukvård") carries no figure of its own;
    // the investment plan still reads it as the group of the projects under it.
    if (figureColumns.length && figureColumns.every((c) => isBlank(values[c]))) {
      skipRow(t, index, "rubrik");
      if (m.kind !== "investeringsbudget") return;
    }
    rows.push(row);
  });
  return rows;
}

/**
 * A table may carry subtotals per group and a grand total: a total row agrees when it equals the
 * rows since the previous total row, or all rows so far. Otherwise it is flagged at its cell.
 */
function checkSourceTotal(
  t: SourceTable,
  m: SourceMapping,
  total: MappedRow,
  [meant, other]: MappedRow[][],
  roles: string[],
  checks: Check[],
) {
  const sum = (rows: MappedRow[], role: string) =>
    rows.reduce((s, r) => s + (r.amount(role) ?? 0), 0);
  for (const role of roles) {
    const stated = total.amount(role);
    if (stated === undefined) continue;
    const expected = sum(meant, role);
    if (stated !== expected && stated !== sum(other, role))
      checks.push(
        sourceTotalCheck(cellAddress(t, total.index, m.columns[role]), stated, expected, m.unit),
      );
  }
}

const SKIPPED: Record<SkipReason, Utelamnad> = {
  tom: "tom",
  summarad: "summarad",
  rubrik: "rubrik",
  oläslig: "olaslig",
};

export interface Extracted {
  input: ReportInput;
  checks: Check[];
  /** Per source: rows read, used, left out and why; the used rows' sums against the report's. */
  reconciliation: SourceReconciliation[];
}

/** Turns the mapped workbook tables into the report's input. */
export function extractInput(
  tables: SourceTable[],
  mappings: SourceMapping[],
  period: Period,
): Extracted {
  const reader = new CellReader();
  const checks: Check[] = [];
  const input: ReportInput = {};
  const reconciliation: SourceReconciliation[] = [];
  const byId = new Map(tables.map((t) => [t.id, t]));
  for (const m of mappings) {
    const found = byId.get(m.table)!;
    // A stored ledger mapped as something else is read as held rows: rare, and then it must be.
    const t = found.stored && m.kind !== "huvudbok" ? { ...found, rows: heldRows(found) } : found;
    const tally = new RowTally();
    const rowsOf = (label: string) => {
      const rows = mappedRows(t, m, reader, checks, label);
      tally.read = t.rows.length;
      for (const s of t.skipped ?? []) tally.exclude(SKIPPED[s.reason]);
      return rows;
    };
    const account = (used: number, sums?: SourceReconciliation["sums"]) =>
      reconciliation.push(summaryReconciliation(t.id, m.kind, tally, used, sums));
    switch (m.kind) {
      case "uppdrag": {
        const mapped = rowsOf("namn");
        const rows = uppdragRows(mapped);
        tally.exclude("utanUppdrag", mapped.length - rows.length);
        account(rows.length, usedSums("uppdrag", rows));
        input.uppdrag = mergeUppdrag(input.uppdrag ?? [], rows, checks);
        break;
      }
      case "huvudbok": {
        const ledger = t.ledger ?? readLedger(t, m);
        const { result: agg, reconciliation: r } = ledger.result(period);
        input.uppdrag = mergeUppdrag(input.uppdrag ?? [], agg.uppdrag, checks);
        input.utveckling = [...(input.utveckling ?? []), ...agg.utveckling];
        if (agg.investeringar.length)
          input.investeringar = [...(input.investeringar ?? []), ...agg.investeringar];
        checks.push(...ledger.checks(), ...agg.checks);
        reconciliation.push(r);
        break;
      }
      case "utveckling": {
        const rows = utvecklingRows(t, rowsOf("etikett"));
        account(rows.length, usedSums("utveckling", rows));
        input.utveckling = [...(input.utveckling ?? []), ...rows];
        break;
      }
      case "investeringar": {
        const rows = rowsOf("namn").map((r): InvesteringRad => ({
          namn: r.text("namn") ?? "",
          kategori: r.text("kategori"),
          utfall: r.amount("utfall"),
          arsbudget: r.amount("arsbudget"),
          prognos: r.amount("prognos"),
          where: r.where,
        }));
        account(rows.length, usedSums("investeringar", rows));
        input.investeringar = sameNameTwice(
          [...(input.investeringar ?? []), ...rows],
          "Investeringen",
          checks,
        );
        break;
      }
      case "personal":
        input.personal = personalRows(rowsOf("indikator"));
        account(input.personal.length);
        break;
      case "overforing":
        input.overforing = overforingRows(rowsOf("post"), checks);
        account(input.overforing.length);
        break;
      case "driftbudget":
        input.driftbudget = driftbudgetRows(rowsOf("kontoklass"), checks, t.id);
        account(input.driftbudget.length);
        break;
      case "kommentarer": {
        const rows = rowsOf("text").flatMap((r) => {
          const belopp = r.amount("belopp");
          const text = r.text("text");
          return belopp === undefined || !text
            ? []
            : [
                {
                  uppdrag: r.text("uppdrag"),
                  grupp: r.text("grupp"),
                  belopp,
                  text,
                  where: r.where,
                },
              ];
        });
        account(rows.length);
        input.kommentarer = [...(input.kommentarer ?? []), ...rows];
        break;
      }
      case "investeringsbudget":
        // Group headings (rows without figures) name the rows' group and are counted as headings.
        input.investeringsbudget = investeringsbudgetRows(
          rowsOf("namn"),
          Object.keys(m.years).map(Number),
        );
        account(input.investeringsbudget.length);
        break;
    }
  }
  settleReportTotals(reconciliation, input);
  return {
    input,
    checks: [...checks, ...reader.checks, ...reconciliationChecks(reconciliation)],
    reconciliation,
  };
}

/** A stored ledger is read once per mapping: the task pane recomputes on every choice the user makes. */
const replayed = new WeakMap<StoredRows, Map<string, LedgerReader>>();

function readLedger(t: SourceTable, m: SourceMapping): LedgerReader {
  if (!t.stored) {
    const ledger = new LedgerReader(t, m);
    t.rows.forEach((values, index) => ledger.row(values, index));
    return ledger;
  }
  const byMapping = replayed.get(t.stored) ?? new Map<string, LedgerReader>();
  replayed.set(t.stored, byMapping);
  const key = JSON.stringify([t.sheet, t.id, m]);
  let ledger = byMapping.get(key);
  if (!ledger) {
    const reader = new LedgerReader(t, m);
    eachStoredRow(t.stored, (values, index) => reader.row(values, index));
    byMapping.set(key, (ledger = reader));
  }
  return ledger;
}

function uppdragRows(rows: MappedRow[]): UppdragRad[] {
  return rows
    .filter((r) => r.text("namn"))
    .map((r) => ({
      namn: r.text("namn")!,
      ackUtfall: r.amount("ackUtfall"),
      ackBudget: r.amount("ackBudget"),
      arsbudget: r.amount("arsbudget"),
      prognos: r.amount("prognos"),
      foregaendePrognos: r.amount("foregaendePrognos"),
      where: r.where,
    }));
}

/**
 * The same project on two rows is kept as two rows, as the source has it, and said: usually a
 * row pasted twice, sometimes two projects that share a name. (Uppdrag are joined by name.)
 */
function sameNameTwice(rows: InvesteringRad[], what: string, checks: Check[]): InvesteringRad[] {
  const seen = new Map<string, InvesteringRad>();
  for (const r of rows) {
    const key = r.namn.toLowerCase();
    const first = seen.get(key);
    if (!first) {
      seen.set(key, r);
      continue;
    }
    checks.push({
      id: "namn-dubblett",
      severity: "varning",
      message: `${what} "${r.namn}" finns på två rader, ${first.where} och ${r.where}; båda räknas med. Ta bort den ena om den är inklistrad två gånger.`,
      where: [first.where, r.where],
    });
  }
  return rows;
}

/** Uppdrag from several tables (a ledger and a prognosis sheet, say) join by name. */
function mergeUppdrag(into: UppdragRad[], rows: UppdragRad[], checks: Check[]): UppdragRad[] {
  const out = [...into];
  for (const r of rows) {
    const same = out.find((o) => o.namn.toLowerCase() === r.namn.toLowerCase());
    if (!same) {
      out.push(r);
      continue;
    }
    for (const key of [
      "ackUtfall",
      "ackBudget",
      "arsbudget",
      "prognos",
      "foregaendePrognos",
    ] as const) {
      if (r[key] === undefined) continue;
      if (same[key] !== undefined) {
        checks.push({
          id: "uppdrag-dubblett",
          severity: "varning",
          message: `Uppdraget "${r.namn}" har ${key} både i ${same.where} och ${r.where}; värdena läggs ihop.`,
          where: [same.where, r.where],
        });
        same[key] = same[key]! + r[key]!;
      } else same[key] = r[key];
    }
    same.where = `${same.where}, ${r.where}`;
  }
  return out;
}

function utvecklingRows(t: SourceTable, rows: MappedRow[]): UtvecklingRad[] {
  const fromCaption = (): Flode | undefined =>
    /kostnad/i.test(t.caption) ? "kostnad" : /intäkt/i.test(t.caption) ? "intakt" : undefined;
  return rows.flatMap((r): UtvecklingRad[] => {
    const iAr = r.amount("iAr");
    const forraAret = r.amount("forraAret");
    if (iAr === undefined || forraAret === undefined) return [];
    const label = r.text("etikett")?.toLowerCase() ?? "";
    const flode: Flode = /kostnad/.test(label)
      ? "kostnad"
      : /intäkt/.test(label)
        ? "intakt"
        : (fromCaption() ?? flodeAv(iAr));
    return [{ flode, iAr, forraAret, budget: r.amount("budget"), where: r.where }];
  });
}

function personalRows(rows: MappedRow[]): PersonalRad[] {
  return rows.flatMap((r): PersonalRad[] => {
    const name = r.text("indikator")?.toLowerCase() ?? "";
    const indikator = /personalomsättning/.test(name)
      ? "personalomsattning"
      : /sjukfrånvaro/.test(name)
        ? "sjukfranvaro"
        : undefined;
    const utfall = r.percent("utfall");
    return indikator && utfall
      ? [{ indikator, utfall, malvarde: r.percent("malvarde"), where: r.where }]
      : [];
  });
}

function overforingRows(rows: MappedRow[], checks: Check[]): OverforingRad[] {
  return rows.flatMap((r): OverforingRad[] => {
    const typText = r.text("typ")?.toLowerCase() ?? "";
    const typ = /drift/.test(typText)
      ? "drift"
      : /invest/.test(typText)
        ? "investering"
        : undefined;
    const avvikelse = r.amount("avvikelse");
    const begart = r.amount("begart");
    if (!typ) {
      checks.push({
        id: "overforing-typ",
        severity: "fel",
        message: `${r.where}: ange typ "drift" eller "investering" för överföringen.`,
        where: [r.where],
      });
      return [];
    }
    if (avvikelse === undefined || begart === undefined) return [];
    return [{ post: r.text("post") ?? "", typ, avvikelse, begart, where: r.where }];
  });
}

/**
 * The plan prints the budget with costs positive. A budget sheet in the result convention
 * (revenue positive, costs negative) is recognised by its revenue row and turned over.
 */
function driftbudgetRows(rows: MappedRow[], checks: Check[], table: string): DriftbudgetRad[] {
  const out = rows.flatMap((r): DriftbudgetRad[] => {
    const budget = r.amount("budget");
    return budget === undefined
      ? []
      : [{ kontoklass: r.text("kontoklass") ?? "", budget, where: r.where }];
  });
  const revenue = out.filter((r) => /intäkt/i.test(r.kontoklass));
  if (revenue.length && revenue.every((r) => r.budget > 0)) {
    checks.push({
      id: "driftbudget-teckenbyte",
      severity: "info",
      message: `${table}: intäkterna är positiva; budgeten läses med resultatets tecken och vänds så att kostnader blir positiva, som planen redovisar dem.`,
      where: [table],
    });
    return out.map((r) => ({ ...r, budget: -r.budget }));
  }
  return out;
}

function investeringsbudgetRows(rows: MappedRow[], years: number[]): InvesteringsbudgetRad[] {
  let heading: string | undefined;
  const out: InvesteringsbudgetRad[] = [];
  for (const r of rows) {
    const perAr: Record<number, Ore> = {};
    for (const y of years) {
      const v = r.year(y);
      if (v !== undefined) perAr[y] = v;
    }
    const total = r.amount("totalBudget");
    if (!Object.keys(perAr).length && total === undefined) {
      heading = r.text("namn");
      continue;
    }
    out.push({
      namn: r.text("namn") ?? "",
      grupp: r.text("grupp") ?? heading,
      totalBudget: total,
      perAr,
      where: r.where,
    });
  }
  return out;
}
