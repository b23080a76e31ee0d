import { normaliseLabel, rowLabel } from "../checks";
import { Dec } from "../decimal";
import { KommentarRad } from "../input";
import { Check } from "../report/model";
import { Paragraph } from "./model";
import {
  bullet,
  CellIndex,
  dataRows,
  Fig,
  paragraph,
  sentence,
  TableCells,
  totalRow,
} from "./sentence";
import { AmountStyle, amountText, roundsToZero } from "./words";

const withStop = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * Seed 000, 5.1.2: the controller's own explanations, as bullets under the uppdrag they explain,
 * grouped under their headings. What they leave unexplained is shown as "övriga avvikelser" and
 * said in a check, so the bullets always add up to the table's figure.
 */
export function comments(
  ix: CellIndex,
  t: TableCells,
  col: string,
  all: KommentarRad[],
  adjective: string,
  checks: Check[],
): Paragraph[] {
  const style = t.amounts;
  if (!all.length || !style) return [];
  // The explanations are told in the table's unit and decimals, signed as deviations.
  const signed = (ore: number) => amountText(ore, style, true);
  const out: Paragraph[] = [];
  const targets = [...dataRows(t), totalRow(t)!];
  const used = new Set<KommentarRad>();
  for (const row of targets) {
    const isTotal = row.kind === "total";
    const mine = all.filter((c) =>
      isTotal
        ? !c.uppdrag
        : !!c.uppdrag && normaliseLabel(c.uppdrag) === normaliseLabel(rowLabel(row)),
    );
    const cell = ix.figure(t, row, col, (d) => signed(d.toNumber()));
    if (!mine.length) continue;
    mine.forEach((c) => used.add(c));
    if (!cell) {
      checks.push(
        ...mine.map((c) => ({
          id: "kommentar-utan-avvikelse",
          severity: "varning" as const,
          message: `${c.where}: förklaringen gäller ${isTotal ? "totalen" : `"${c.uppdrag}"`}, som saknar avvikelse i ${t.table.section} ${t.table.title}; den kommer inte med i texten.`,
          where: [c.where],
        })),
      );
      continue;
    }
    const who = isTotal ? "totalt" : `för ${rowLabel(row)}`;
    const subject = adjective ? `Den ${adjective} avvikelsen` : "Avvikelsen";
    out.push(paragraph(sentence(`${subject} ${who} är `, cell.fig, " och fördelar sig med:")));
    const groups = [...new Set(mine.map((c) => c.grupp))];
    for (const g of groups) {
      const items = mine.filter((c) => c.grupp === g);
      if (g) {
        const sum = items.reduce((s, c) => s + c.belopp, 0);
        out.push(
          paragraph(
            sentence(
              `${g}: `,
              { text: signed(sum), ref: { where: items.map((c) => c.where) } },
              ".",
            ),
          ),
        );
      }
      out.push(
        ...items.map((c) =>
          bullet(
            sentence({ text: signed(c.belopp), ref: { where: [c.where] } }, ` ${withStop(c.text)}`),
          ),
        ),
      );
    }
    const rest = cell.exact.minus(mine.reduce((s, c) => s + c.belopp, 0));
    if (!roundsToZero(rest.toNumber(), style)) {
      out.push(
        bullet(
          sentence(
            { text: signed(rest.toNumber()), ref: { where: mine.map((c) => c.where) } },
            " övriga avvikelser.",
          ),
        ),
      );
      checks.push(remainderCheck(t, style, rowLabel(row), cell.fig, rest, mine));
    }
  }
  for (const c of all.filter((x) => !used.has(x))) {
    checks.push({
      id: "kommentar-okant-uppdrag",
      severity: "varning",
      message: `${c.where}: förklaringen gäller "${c.uppdrag}", som inte finns i ${t.table.section} ${t.table.title}; den kommer inte med i texten.`,
      where: [c.where],
    });
  }
  return out;
}

function remainderCheck(
  t: TableCells,
  style: AmountStyle,
  label: string,
  whole: Fig,
  rest: Dec,
  mine: KommentarRad[],
): Check {
  const explained = amountText(
    mine.reduce((s, c) => s + c.belopp, 0),
    style,
    true,
  );
  const big = rest.abs().greaterThanOrEqualTo(100_000_000);
  return {
    id: "kommentarer-summerar-inte",
    severity: big ? "varning" : "info",
    message:
      `Förklaringarna för ${label} summerar till ${explained} av ${whole.text}; ` +
      `${amountText(rest.toNumber(), style, true)} redovisas som övriga avvikelser.`,
    where: [`${t.table.id}:${label}:${whole.ref.column}`, ...mine.map((c) => c.where)],
  };
}
