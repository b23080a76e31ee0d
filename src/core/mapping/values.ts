import { Dec } from "../decimal";
import { EkoError } from "../errors";
import { Ore, toOre } from "../money";
import { DecimalMark, decimalMarkOf, parseSwedishNumber } from "../parse";
import { Period } from "../report/model";
import { parsePeriod } from "../report/period";
import { Check } from "../report/model";
import * as units from "../units";
import { Unit } from "../units";
import { isBlank, isErrorValue, RawValue } from "./grid";

/**
 * Reading one cell deliberately: numbers, Swedish number text, blanks and error values each have
 * a rule, and every refusal becomes a check naming the cell. A refused cell reads as undefined
 * (blank), so the rest of the report is still built and the check says what is missing.
 */
export class CellReader {
  readonly checks: Check[] = [];
  // A ledger repeats a dozen period texts on a million rows; each is parsed once.
  private readonly periods = new Map<string, Period>();
  private ambiguousCount = 0;
  private ambiguousRest?: Check;

  text(v: RawValue): string | undefined {
    if (isBlank(v) || isErrorValue(v)) return undefined;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v).replace(/\s+/g, " ").trim();
  }

  /**
   * `where` may be a function, so the ledger's million cells build an address only when one is
   * refused. `decimal` is the decimal mark the cell's table writes (`decimalMarkIn`); it decides
   * "101,877" and "-1.480", and without it such a cell is read as written and warned about.
   */
  amount(v: RawValue, unit: Unit, where: Where, decimal?: DecimalMark): Ore | undefined {
    if (typeof v === "number")
      return fastOre(v, unit) ?? this.guard(() => toOre(v, unit, place(where)));
    if (isBlank(v)) return undefined;
    if (typeof v === "string") {
      return this.guard(() => {
        const at = place(where);
        const p = parseSwedishNumber(v, at, decimal);
        if (p.percent) throw new EkoError(`"${v}" är en procentsats, här väntas ett belopp`, at);
        if (p.ambiguous && !decimal) this.ambiguous(v, at);
        return toOre(p.value, p.unit ?? unit, at);
      });
    }
    return this.refuse(v, "ett belopp", place(where));
  }

  /** A percentage: a fraction when the cell is formatted as %, a number of percent otherwise. */
  percent(v: RawValue, format: string | undefined, where: string): Dec | undefined {
    if (isBlank(v)) return undefined;
    if (typeof v === "number")
      return format?.includes("%") ? new Dec(String(v)) : new Dec(String(v)).div(100);
    if (typeof v === "string") {
      return this.guard(() => {
        const p = parseSwedishNumber(v, where);
        return p.percent ? p.value : p.value.div(100);
      });
    }
    return this.refuse(v, "en procentsats", where);
  }

  /** A ledger period: 202104, "2021-04", "april 2021", a date, or an Excel date serial. */
  period(v: RawValue, where: Where): Period | undefined {
    if (v instanceof Date) return { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1 };
    if (
      typeof v === "number" &&
      Number.isInteger(v) &&
      v % 100 >= 1 &&
      v % 100 <= 12 &&
      v >= 190001 &&
      v <= 220012
    ) {
      return { year: Math.floor(v / 100), month: v % 100 };
    }
    if (typeof v === "number" && v > 20000 && v < 80000) {
      const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86400000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    }
    if (typeof v === "number" || (typeof v === "string" && !isBlank(v))) {
      const t = String(v).trim();
      const known = this.periods.get(t);
      if (known) return known;
      const iso = /^(\d{4})-(\d{2})-\d{2}$/.exec(t);
      const p = this.guard(() => parsePeriod(iso ? `${iso[1]}-${iso[2]}` : t, place(where)));
      if (p) this.periods.set(t, p);
      return p;
    }
    return isBlank(v) ? undefined : this.refuse(v, "en period", place(where));
  }

  /** An ambiguous text with nothing to decide it is read with its mark as the decimal mark, and said. */
  private ambiguous(v: string, at: string) {
    // A ledger may write a thousand such cells: the first few are named, the rest counted.
    if (++this.ambiguousCount > AMBIGUOUS_NAMED) {
      const more = this.ambiguousCount - AMBIGUOUS_NAMED;
      this.ambiguousRest ??=
        this.checks[
          this.checks.push({ id: "tal-tvetydigt", severity: "varning", message: "", where: [] }) - 1
        ];
      this.ambiguousRest.message = `Ytterligare ${more} tvetydiga tal lästes på samma sätt (med decimaltecken), senast ${at}.`;
      this.ambiguousRest.where = [at];
      return;
    }
    const [, int, frac] = /(\d+)[.,](\d{3})/.exec(v)!;
    const sign = /[-\u2212(]/.test(v) ? "-" : "";
    const decimal = `${sign}${int},${frac}`;
    const thousands = `${sign}${int} ${frac}`;
    this.checks.push({
      id: "tal-tvetydigt",
      severity: "varning",
      message: `${at}: "${v.trim()}" kan vara ${decimal} eller ${thousands}, och tabellens övriga tal avgör inte vilket; det läses som ${decimal}. Skriv ${thousands} (mellanslag mellan tusentalen) eller ${decimal} (decimalkomma) så blir det entydigt.`,
      where: [at],
    });
  }

  private guard<T>(f: () => T): T | undefined {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof EkoError)) throw e;
      this.checks.push({
        id: "cell-oläslig",
        severity: "fel",
        message: e.message,
        where: e.where ? [e.where] : [],
      });
      return undefined;
    }
  }

  private refuse(v: RawValue, expected: string, where: string): undefined {
    const shown = isErrorValue(v) ? v.error : String(v);
    const why = isErrorValue(v) ? `felvärdet ${shown}` : `"${shown}"`;
    this.checks.push({
      id: "cell-oläslig",
      severity: "fel",
      message: `${where}: ${why} är inte ${expected}; cellen räknas inte med. Rätta cellen och kör igen.`,
      where: [where],
    });
    return undefined;
  }
}

const AMBIGUOUS_NAMED = 5;

// Read once: tsx, which runs the CLI, makes each use of an imported name a getter call, and
// `fastOre` runs for every amount of a million-row ledger.
const { ORE_PER } = units;

export type Where = string | (() => string);

const place = (where: Where) => (typeof where === "string" ? where : where());

/**
 * The ledger path reads hundreds of thousands of amounts; a float that is a whole number of öre
 * once scaled (every amount booked in kr and öre) is converted without decimal.js. Anything with
 * a finer fraction goes the exact way.
 */
function fastOre(v: number, unit: Unit): Ore | undefined {
  const scaled = v * ORE_PER[unit];
  const rounded = Math.round(scaled);
  if (!Number.isSafeInteger(rounded) || Math.abs(scaled - rounded) > 1e-6) return undefined;
  return rounded === 0 ? 0 : rounded;
}

/**
 * The decimal mark a table's number texts use beyond doubt, when they all agree ("12 345,6" and
 * "-1 480,25" → ","): what decides an ambiguous "101,877" in the same table.
 */
export function decimalMarkIn(rows: RawValue[][]): DecimalMark | undefined {
  const marks = new Set<DecimalMark>();
  for (const row of rows)
    for (const v of row) {
      const m = typeof v === "string" ? decimalMarkOf(v) : undefined;
      if (m) marks.add(m);
    }
  return marks.size === 1 ? [...marks][0] : undefined;
}
