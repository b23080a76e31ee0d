import { Dec } from "../decimal";
import { PersonalIndikator, UppdragRad } from "../input";
import { budgetavvikelse } from "../measures";
import { Ore } from "../money";
import { amountWithWord, blank, Cell, percent, Row, text, total } from "./cells";
import { missing, TableBuilder } from "./builder";

export const INDIKATOR_NAMN: Record<PersonalIndikator, string> = {
  personalomsattning: "Personalomsättning",
  sjukfranvaro: "Sjukfrånvaro",
};

/** A target is printed as set ("13%", "4,5%"), an outcome with the report's two decimals. */
const target = (d: Dec | undefined): Cell => percent(d, { decimals: 2, trimZeros: true });

function staffBuilder(indikator: PersonalIndikator): TableBuilder {
  return (input) => {
    const row = input.personal?.find((r) => r.indikator === indikator);
    if (!row) return missing(`${INDIKATOR_NAMN[indikator].toLowerCase()} saknas i arbetsboken`);
    return {
      unit: "%",
      columns: ["Indikator", "Utfall", "Målvärde"],
      rows: [
        {
          kind: "data",
          where: [row.where],
          cells: [
            text(INDIKATOR_NAMN[indikator]),
            percent(row.utfall, { decimals: 2 }),
            target(row.malvarde),
          ],
        },
      ],
    };
  };
}

export const personalomsattning = staffBuilder("personalomsattning");
export const sjukfranvaro = staffBuilder("sjukfranvaro");

const PCT1 = { decimals: 1 } as const;
const MNKR1 = { decimals: 1 } as const;

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
  const rows: Row[] = [];
  const group = (name: string, lines: Omit<Row, "kind">[]) =>
    lines.forEach((l, i) =>
      rows.push({ kind: "data", where: l.where, cells: [i ? blank : text(name), ...l.cells] }),
    );

  group(
    "Medarbetare",
    (["personalomsattning", "sjukfranvaro"] as const).flatMap((id) => {
      const r = staff.find((s) => s.indikator === id);
      return r
        ? [
            {
              where: [r.where],
              cells: [text(INDIKATOR_NAMN[id]), percent(r.utfall, PCT1), percent(r.malvarde, PCT1)],
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
  const mnkr = (ore: Ore) => amountWithWord(ore, "mnkr", MNKR1, "Mnkr");
  const economy: Omit<Row, "kind">[] = [];
  if (utfall !== undefined && ackBudget !== undefined) {
    economy.push({ where, cells: [text("Periodresultat"), mnkr(utfall), mnkr(ackBudget)] });
    economy.push({
      where,
      cells: [
        text("Ackumulerad budgetavvikelse"),
        mnkr(budgetavvikelse(utfall, ackBudget)),
        mnkr(0),
      ],
    });
  }
  if (prognos !== undefined && arsbudget !== undefined) {
    economy.push({
      where,
      cells: [text("Prognos budgetavvikelse"), mnkr(budgetavvikelse(prognos, arsbudget)), mnkr(0)],
    });
  }
  group("Ekonomi", economy);
  return { unit: "blandat", columns: ["Grupp", "Indikatorer", "Utfall", "Målvärde"], rows };
};
