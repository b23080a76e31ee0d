import { Dec } from "../decimal";
import { PersonalIndikator, UppdragRad } from "../input";
import { budgetavvikelse } from "../measures";
import { Ore } from "../money";
import { amount, BuiltRow, label, percent, total, Value } from "./cells";
import { missing, TableBuilder } from "./builder";

export const INDIKATOR_NAMN: Record<PersonalIndikator, string> = {
  personalomsattning: "Personalomsättning",
  sjukfranvaro: "Sjukfrånvaro",
};

/** A target is printed as set ("13%", "4,5%"), an outcome with the layout's decimals. */
const target = (d: Dec | undefined): Value => percent(d, true);

function staffBuilder(indikator: PersonalIndikator): TableBuilder {
  return (input) => {
    const row = input.personal?.find((r) => r.indikator === indikator);
    if (!row) return missing(`${INDIKATOR_NAMN[indikator].toLowerCase()} saknas i arbetsboken`);
    return {
      unit: "%",
      rows: [
        {
          kind: "data",
          where: [row.where],
          values: {
            indikator: label(INDIKATOR_NAMN[indikator]),
            utfall: percent(row.utfall),
            malvarde: target(row.malvarde),
          },
        },
      ],
    };
  };
}

export const personalomsattning = staffBuilder("personalomsattning");
export const sjukfranvaro = staffBuilder("sjukfranvaro");

/**
 * Chapter 6 of the annual report repeats the indicators of chapters 4 and 5 with one decimal.
 * The economic rows are computed from the same uppdrag rows as the resultaträkning, so the
 * chapters cannot drift apart; the budget is the target for the result and 0 for deviations.
 */
export const verksamhetsmatt: TableBuilder = (input, ctx) => {
  const staff = input.personal ?? [];
  const uppdrag = input.uppdrag ?? [];
  if (!staff.length && !uppdrag.length)
    return missing("varken personalindikatorer eller resultat per uppdrag finns");
  const rows: BuiltRow[] = [];
  type Line = { where: string[]; cells: [Value, Value | undefined, Value | undefined] };
  const group = (name: string, lines: Line[]) =>
    lines.forEach((l, i) => {
      const [indikator, utfall, malvarde] = l.cells;
      const values = { grupp: i ? undefined : label(name), indikator, utfall, malvarde };
      rows.push({ kind: "data", where: l.where, values });
    });

  group(
    "Medarbetare",
    (["personalomsattning", "sjukfranvaro"] as const).flatMap((id): Line[] => {
      const r = staff.find((s) => s.indikator === id);
      return r
        ? [
            {
              where: [r.where],
              cells: [label(INDIKATOR_NAMN[id]), percent(r.utfall), percent(r.malvarde)],
            },
          ]
        : [];
    }),
  );

  const sum = (f: (r: UppdragRad) => Ore | undefined) => total(uppdrag.map(f));
  const utfall = sum((r) => r.ackUtfall);
  const arsbudget = sum((r) => r.arsbudget);
  const ackBudget =
    ctx.period.month === 12 ? (arsbudget ?? sum((r) => r.ackBudget)) : sum((r) => r.ackBudget);
  const prognos = sum((r) => r.prognos) ?? (ctx.period.month === 12 ? utfall : undefined);
  const where = uppdrag.map((r) => r.where);
  const mnkr = (ore: Ore) => amount(ore, { suffix: "word" });
  const economy: Line[] = [];
  if (utfall !== undefined && ackBudget !== undefined) {
    economy.push({ where, cells: [label("Periodresultat"), mnkr(utfall), mnkr(ackBudget)] });
    economy.push({
      where,
      cells: [
        label("Ackumulerad budgetavvikelse"),
        mnkr(budgetavvikelse(utfall, ackBudget)),
        mnkr(0),
      ],
    });
  }
  if (prognos !== undefined && arsbudget !== undefined) {
    economy.push({
      where,
      cells: [label("Prognos budgetavvikelse"), mnkr(budgetavvikelse(prognos, arsbudget)), mnkr(0)],
    });
  }
  group("Ekonomi", economy);
  return { unit: "blandat", rows };
};
