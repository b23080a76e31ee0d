import { Dec } from "./decimal";
import { Flode, Overforingsregel } from "./measures";
import { Ore } from "./money";

/**
 * The figures a report is built from, whatever workbook they came from: the mapping turns
 * workbook tables (summary sheets or a ledger) into this, and the table builders read only this.
 * Amounts are öre in the result convention (revenue +, costs −), except investments, which are
 * spend (positive). `where` is the workbook place a row came from.
 */

export interface UppdragRad {
  namn: string;
  ackUtfall?: Ore;
  ackBudget?: Ore;
  arsbudget?: Ore;
  prognos?: Ore;
  /** The prognosis of the previous report, for "prognosförändring sedan föregående rapport". */
  foregaendePrognos?: Ore;
  where: string;
}

/**
 * A controller's own explanation of part of a deviation ("+3,0 mnkr på vakanta tjänster"). The
 * narrative weaves them in under the uppdrag they explain and checks that they add up.
 */
export interface KommentarRad {
  /** The uppdrag (or investment) it explains; none means the total. */
  uppdrag?: string;
  /** A heading the comments are grouped under ("Covidrelaterade kostnader"). */
  grupp?: string;
  belopp: Ore;
  text: string;
  where: string;
}

export interface UtvecklingRad {
  flode: Flode;
  forraAret: Ore;
  iAr: Ore;
  budget?: Ore;
  where: string;
}

export interface InvesteringRad {
  namn: string;
  kategori?: string;
  utfall?: Ore;
  arsbudget?: Ore;
  prognos?: Ore;
  where: string;
}

export type PersonalIndikator = "personalomsattning" | "sjukfranvaro";

export interface PersonalRad {
  indikator: PersonalIndikator;
  /** Fractions: 9,04% is 0,0904. */
  utfall: Dec;
  malvarde?: Dec;
  where: string;
}

export interface OverforingRad {
  post: string;
  typ: "drift" | "investering";
  avvikelse: Ore;
  begart: Ore;
  where: string;
}

export interface DriftbudgetRad {
  kontoklass: string;
  /** Budget convention of the plan: costs positive, revenue negative. */
  budget: Ore;
  where: string;
}

export interface InvesteringsbudgetRad {
  namn: string;
  grupp?: string;
  totalBudget?: Ore;
  perAr: Record<number, Ore>;
  where: string;
}

/**
 * A figure the workbook already states for a report cell (a typed indicator, a total row, an
 * earlier version of a table). The report never prints it; checks compare it with ours.
 */
export interface AngivetVarde {
  table: string;
  row: string;
  /** The report column's heading, as messages cite it. */
  column: string;
  /** The report column's id (docs/layout.md), which the check looks the figure up by. */
  columnId: string;
  /** Öre for amounts, a fraction for percentages. */
  value: Dec;
  kind: "belopp" | "andel";
  /** As written in the workbook, for the message. */
  text: string;
  /**
   * The last digit's place, in the same terms as `value` (0,1 mnkr written is 10 000 000 öre): a
   * stated figure agrees when our exact figure rounded to that place equals it.
   */
  step: Dec;
  where: string;
}

export interface ReportInput {
  uppdrag?: UppdragRad[];
  utveckling?: UtvecklingRad[];
  investeringar?: InvesteringRad[];
  /** Category labels in the order the organisation reports them, when it has a list. */
  investeringskategorier?: string[];
  personal?: PersonalRad[];
  overforing?: OverforingRad[];
  /** The organisation's rule for carrying a surplus over; all of it, uncapped, when not given. */
  overforingsregel?: Overforingsregel;
  driftbudget?: DriftbudgetRad[];
  investeringsbudget?: InvesteringsbudgetRad[];
  kommentarer?: KommentarRad[];
}
