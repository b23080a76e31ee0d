import { Check, MissingTable } from "./model";

/**
 * A table the layout has but the data could not make is a check of its own (`tabell-saknas`,
 * docs/report-json.md), so a report with its Resultaträkning missing never reads "0 fel" in the
 * JSON, the terminal or the pane. It names the table as the layout does (section and title) and
 * says whether the Word document still prints it; `where` is the table id, the report place a
 * missing table has.
 */
export function missingTableCheck(m: MissingTable): Check {
  const word = m.required
    ? "Layouten kräver den, så Word-dokumentet visar rubriken med skälet."
    : "Den lämnas utanför Word-dokumentet.";
  return {
    id: "tabell-saknas",
    severity: "varning",
    message: `${m.section} ${m.title} kan inte tas fram: ${m.reason.replace(/\.$/, "")}. ${word}`,
    where: [m.id],
  };
}
