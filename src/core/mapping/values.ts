import { Dec } from "../decimal";
import { EkoError } from "../errors";
import { Ore, toOre } from "../money";
import { parseSwedishNumber } from "../parse";
import { Period } from "../report/model";
import { parsePeriod } from "../report/period";
import { Check } from "../report/model";
import { ORE_PER, Unit } from "../units";
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

  text(v: RawValue): string | undefined {
    if (isBlank(v) || isErrorValue(v)) return undefined;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v).replace(/\s+/g, " ").trim();
  }

  /** `where` may be a function, so the ledger's million cells build an address only when one is refused. */
  amount(v: RawValue, unit: Unit, where: Where): Ore | undefined {
    if (typeof v === "number")
      return fastOre(v, unit) ?? this.guard(() => toOre(v, unit, place(where)));
    if (isBlank(v)) return undefined;
    if (typeof v === "string") {
      return this.guard(() => {
        const at = place(where);
        const p = parseSwedishNumber(v, at);
        if (p.percent) throw new EkoError(`"${v}" är en procentsats, här väntas ett belopp`, at);
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
