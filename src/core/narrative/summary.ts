import { Heading } from "../layout/model";
import { Dec } from "../decimal";
import { UppdragRad } from "../input";
import { BuiltReport } from "../report/build";
import { NarrativeSection } from "./model";
import { CellIndex, Fig, paragraph, sentence, totalRow } from "./sentence";
import { amountText, genitive, roundsToZero } from "./words";

/** Chapter 1's economy paragraph: the figures a reader of the summary needs, from the tables. */
export function sammanfattning(report: BuiltReport, place: Heading): NarrativeSection | undefined {
  const ix = new CellIndex(report);
  const total = (id: "prognos" | "resultatrakning", col: string) => {
    const t = ix.get(id);
    const row = t && totalRow(t);
    const style = t?.amounts;
    return style && row
      ? ix.figure(t, row, col, (d) => amountText(d.toNumber(), style, true))
      : undefined;
  };
  const prognos = total("prognos", "avvikelse");
  const resultat = total("resultatrakning", "ack-avvikelse");
  const sentences = [];
  const verdict = (d: Dec) => (d.isZero() ? "" : d.isPositive() ? " i överskott" : " i underskott");
  if (report.period.month === 12 && resultat) {
    sentences.push(
      sentence(
        `Ekonomiskt sett uppgår ${genitive(report.org)} totala avvikelse mot budget till `,
        resultat.fig,
        `${verdict(resultat.exact)}.`,
      ),
    );
  } else {
    if (prognos)
      sentences.push(
        sentence(
          `${genitive(report.org)} prognostiserade avvikelse mot budget för helåret är `,
          prognos.fig,
          ".",
        ),
      );
    if (resultat)
      sentences.push(
        sentence(
          `Det ackumulerade resultatet för ${report.periodText} visar en avvikelse mot budget med `,
          resultat.fig,
          ".",
        ),
      );
  }
  if (!sentences.length) return undefined;
  return {
    id: "sammanfattning",
    section: place.section,
    title: place.title,
    placement: "before",
    paragraphs: [paragraph(...sentences)],
  };
}

/**
 * Seed 000, 5.1.3: how the prognosis changed since the previous report, when the workbook gives
 * the previous prognosis per uppdrag; the change is prognos − föregående prognos.
 */
export function prognosforandring(
  report: BuiltReport,
  uppdrag: UppdragRad[],
  place: Heading,
): NarrativeSection | undefined {
  const rows = uppdrag.filter((r) => r.prognos !== undefined && r.foregaendePrognos !== undefined);
  // The change is told in the prognosis table's unit and decimals.
  const style = new CellIndex(report).get("prognos")?.amounts;
  if (!rows.length || !style) return undefined;
  const changes = rows.map((r) => ({ r, d: r.prognos! - r.foregaendePrognos! }));
  const sum = changes.reduce((s, c) => s + c.d, 0);
  const fig = (ore: number, where: string[]): Fig => ({
    text: amountText(ore, style, true),
    ref: { where },
  });
  const first = sentence(
    `${genitive(report.org)} prognos har förändrats med `,
    fig(
      sum,
      rows.map((r) => r.where),
    ),
    " sedan föregående rapport.",
  );
  const main = changes
    .filter((c) => !roundsToZero(c.d, style))
    .sort((a, b) => Math.abs(b.d) - Math.abs(a.d))
    .slice(0, 3);
  const sentences = [first];
  if (main.length) {
    const parts = main.flatMap((c, i) => [
      i === 0 ? "" : i === main.length - 1 ? " och " : ", ",
      `${c.r.namn} (`,
      fig(c.d, [c.r.where]),
      ")",
    ]);
    sentences.push(sentence("Förändringen finns främst inom ", ...parts, "."));
  }
  return {
    id: "prognosforandring",
    section: place.section,
    title: place.title,
    placement: "after",
    paragraphs: [paragraph(...sentences)],
  };
}
