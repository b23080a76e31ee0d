import { Dec } from "../decimal";
import { ReportInput } from "../input";
import { BuiltReport } from "../report/build";
import { Check } from "../report/model";
import { rowLabel } from "../checks";
import { comments } from "./comments";
import { NarrativeSection, Paragraph } from "./model";
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
import { AmountStyle, amountText, genitive, listJoin, procent, procentenheter } from "./words";

const ore = (d: Dec) => d.toNumber();
/** A deviation as the text writes it, in its table's unit and decimals: "+10,6 mnkr". */
const signed = (style: AmountStyle) => (d: Dec) => amountText(ore(d), style, true);

/** Rows by size of a column's figure, largest deviation first, leaving out those printed as zero. */
function largest(ix: CellIndex, t: TableCells, col: string, print: (d: Dec) => string) {
  return dataRows(t)
    .map((row) => ({ row, f: ix.figure(t, row, col, print) }))
    .filter((x): x is { row: typeof x.row; f: NonNullable<typeof x.f> } => !!x.f && !x.f.zero)
    .sort((a, b) => b.f.exact.abs().comparedTo(a.f.exact.abs()));
}

/** Seed 000, 5.1.2: the prognosis deviation, how it splits between uppdrag, and the explanations. */
export function prognosText(
  report: BuiltReport,
  input: ReportInput,
  checks: Check[],
): NarrativeSection | undefined {
  const ix = new CellIndex(report);
  const t = ix.get("prognos");
  const total = t && totalRow(t);
  if (!t?.amounts || !total) return undefined;
  const col = "avvikelse";
  const print = signed(t.amounts);
  // A blank total deviation (a row with only one side, see tables/ensidig.ts) has no sentence.
  const sum = ix.figure(t, total, col, print);
  const paragraphs: Paragraph[] = [];
  if (sum)
    paragraphs.push(
      paragraph(
        sentence(
          `${genitive(report.org)} totala prognostiserade avvikelse mot budget är `,
          sum.fig,
          ".",
        ),
      ),
    );
  const big = largest(ix, t, col, print);
  const zero = dataRows(t).filter((r) => ix.figure(t, r, col, print)?.zero);
  const split = big.flatMap((b, i) => [
    i === 0 ? "" : i === big.length - 1 ? " och " : ", ",
    b.f.fig,
    ` inom ${rowLabel(b.row)}`,
  ]);
  const second = [];
  if (big.length > 1) second.push(sentence("Avvikelsen fördelar sig med ", ...split, "."));
  if (zero.length)
    second.push(sentence(`${listJoin(zero.map(rowLabel))} prognostiseras i nivå med budget.`));
  if (second.length) paragraphs.push(paragraph(...second));
  paragraphs.push(...comments(ix, t, col, input.kommentarer ?? [], "prognostiserade", checks));
  if (!paragraphs.length) return undefined;
  return {
    id: "prognos",
    section: t.table.section,
    title: t.table.title,
    placement: "before",
    paragraphs,
  };
}

/** Seed 000, 5.2.1 and seed 002, 5.1.1–5.1.2: the accumulated result against budget. */
export function resultatText(
  report: BuiltReport,
  input: ReportInput,
  checks: Check[],
): NarrativeSection | undefined {
  const ix = new CellIndex(report);
  const t = ix.get("resultatrakning");
  const total = t && totalRow(t);
  if (!t?.amounts || !total) return undefined;
  const col = "ack-avvikelse";
  const sum = ix.figure(t, total, col, signed(t.amounts));
  const big = largest(ix, t, col, signed(t.amounts));
  const paragraphs: Paragraph[] = [];
  const verdict =
    !sum || sum.exact.isZero()
      ? ""
      : sum.exact.isPositive()
        ? ", ett överskott"
        : ", ett underskott";
  // A blank total (see tables/ensidig.ts) has no sentence; the explanations still count.
  if (sum && report.period.month === 12) {
    paragraphs.push(
      paragraph(
        sentence(
          "Årets totala avvikelse mot budget uppgår till ",
          sum.fig,
          `${verdict} som fördelar sig med:`,
        ),
      ),
    );
    paragraphs.push(...big.map((b) => bullet(sentence(b.f.fig, ` inom ${rowLabel(b.row)}.`))));
  } else if (sum) {
    const top = big.slice(0, 2);
    const varav = top.flatMap((b, i) => [
      i ? " och " : "",
      `${rowLabel(b.row)}${i ? " " : " redovisar "}`,
      b.f.fig,
    ]);
    paragraphs.push(
      paragraph(
        sentence(
          "Ekonomisk avvikelse mot budget är totalt ",
          sum.fig,
          top.length ? " varav " : "",
          ...varav,
          ".",
        ),
      ),
    );
  }
  // In the annual report there is no prognosis table: the explanations belong here (seed 002).
  if (!ix.get("prognos"))
    paragraphs.push(...comments(ix, t, col, input.kommentarer ?? [], "", checks));
  if (!paragraphs.length) return undefined;
  return {
    id: "resultatrakning",
    section: t.table.section,
    title: t.table.title,
    placement: "before",
    paragraphs,
  };
}

/** Seed 000, 5.2.2.1–5.2.2.2 and seed 002, 5.1.4: development against last year and budget. */
export function utvecklingText(
  report: BuiltReport,
  id: "kostnadsutveckling" | "intaktsutveckling",
): NarrativeSection | undefined {
  const ix = new CellIndex(report);
  const t = ix.get(id);
  if (!t?.amounts) return undefined;
  const { amounts } = t;
  const row = t.rows[0];
  const cost = id === "kostnadsutveckling";
  const [noun, flow] = cost
    ? ["Kostnadsutvecklingen", "kostnads"]
    : ["Intäktsutvecklingen", "intäkts"];
  const change = ix.figure(t, row, "skillnad-forra-aret", (d) => amountText(ore(d.abs()), amounts));
  const growth = ix.figure(t, row, "utveckling", (d, c) => procent(d, c.decimals));
  const budgeted = ix.figure(t, row, "budgeterad-utveckling", (d, c) => procent(d, c.decimals));
  const diff = ix.figure(t, row, "skillnad-budget", (d, c) => procentenheter(d, c.decimals));
  const since = report.period.month === 12 ? "föregående år" : "samma period förra året";
  const sentences = [];
  if (growth && change) {
    // A cost increase is a negative change in the result convention; the words follow the flow.
    const up = cost ? change.exact.isNegative() : change.exact.isPositive();
    sentences.push(
      sentence(
        `${noun} uppgår till `,
        growth.fig,
        `, vilket motsvarar en ${flow}${up ? "ökning" : "minskning"} med `,
        change.fig,
        ` jämfört med ${since}.`,
      ),
    );
  }
  if (diff && budgeted) {
    const lower = cost ? diff.exact.isPositive() : diff.exact.isNegative();
    const target = `den budgeterade ${flow}utvecklingen (`;
    sentences.push(
      diff.zero
        ? sentence(`Utfallet är i nivå med ${target}`, budgeted.fig, ").")
        : sentence(
            "Utfallet är ",
            diff.fig,
            ` ${lower ? "lägre" : "högre"} än ${target}`,
            budgeted.fig,
            ").",
          ),
    );
  }
  return {
    id,
    section: t.table.section,
    title: t.table.title,
    placement: "after",
    paragraphs: [paragraph(...sentences)],
  };
}

/** Seed 000, 5.3 and seed 002, 5.2: the investment deviation and where it lies. */
export function investeringText(report: BuiltReport): NarrativeSection | undefined {
  const ix = new CellIndex(report);
  const t = ix.get("investeringar");
  const total = t && totalRow(t);
  if (!t?.amounts || !total) return undefined;
  const { amounts } = t;
  const col = "avvikelse";
  const sum = ix.figure(t, total, col, (d) => amountText(ore(d.abs()), amounts));
  if (!sum) return undefined;
  const under = sum.exact.isPositive();
  // Without a forecast column the deviation is the outcome so far against the annual budget:
  // the text says so, and never calls it a prognosis.
  const forecast = ix.figure(t, total, "arsprognos", (d) => d.toString()) !== undefined;
  const first =
    report.period.month === 12
      ? sentence(
          `Utfallet för ${genitive(report.org).toLowerCase()} investeringar är `,
          sum.fig,
          ` ${under ? "lägre" : "högre"} än budget.`,
        )
      : forecast
        ? sentence(
            `Prognosen för investeringarna är ett ${under ? "överskott" : "underskott"} om `,
            sum.fig,
            " mot årsbudgeten.",
          )
        : sentence(
            `Investeringarnas utfall för ${report.periodText} är `,
            sum.fig,
            ` ${under ? "lägre" : "högre"} än årsbudgeten; underlaget har ingen prognos för investeringarna.`,
          );
  const big = largest(ix, t, col, (d) => amountText(ore(d), amounts)).slice(0, 3);
  const where: (string | Fig)[] = big.flatMap((b, i) => [
    i === 0 ? "" : i === big.length - 1 ? " och " : ", ",
    `${rowLabel(b.row)} (`,
    b.f.fig,
    ")",
  ]);
  const sentences = [first];
  if (sum.zero)
    return {
      id: "investeringar",
      section: t.table.section,
      title: t.table.title,
      placement: "before",
      paragraphs: [paragraph(first)],
    };
  if (big.length)
    sentences.push(
      sentence(
        big.length > 1 ? "De största avvikelserna finns inom " : "Avvikelsen finns inom ",
        ...where,
        ".",
      ),
    );
  return {
    id: "investeringar",
    section: t.table.section,
    title: t.table.title,
    placement: "before",
    paragraphs: [paragraph(...sentences)],
  };
}

/** Seed 000, 4.4–4.5: the staff indicator against its target. */
export function personalText(
  report: BuiltReport,
  id: "personalomsattning" | "sjukfranvaro",
): NarrativeSection | undefined {
  const ix = new CellIndex(report);
  const t = ix.get(id);
  if (!t) return undefined;
  const row = t.rows[0];
  const utfall = ix.figure(t, row, "utfall", (d, c) => procent(d, c.decimals));
  // A target is printed as set ("13%", "4,5%"), and written so.
  const mal = ix.figure(t, row, "malvarde", (d, c) => procent(d, c.decimals));
  if (!utfall) return undefined;
  const noun = id === "personalomsattning" ? "Personalomsättningen" : "Sjukfrånvaron";
  const s = mal
    ? sentence(
        `${noun} är `,
        utfall.fig,
        `, ${utfall.exact.lessThanOrEqualTo(mal.exact) ? "under" : "över"} målvärdet `,
        mal.fig,
        ".",
      )
    : sentence(`${noun} är `, utfall.fig, ".");
  return {
    id,
    section: t.table.section,
    title: t.table.title,
    placement: "after",
    paragraphs: [paragraph(s)],
  };
}

/** Seed 002, 5.1.5: what is proposed to be carried to next year. */
export function resultathanteringText(report: BuiltReport): NarrativeSection | undefined {
  const ix = new CellIndex(report);
  const t = ix.get("resultathantering");
  if (!t?.amounts) return undefined;
  const { amounts } = t;
  const groups = t.rows.filter((r) => r.kind === "group");
  const parts = groups.flatMap((g, i) => {
    const f = ix.figure(t, g, "foreslas", (d) => amountText(ore(d), amounts));
    const whose = /drift/i.test(rowLabel(g)) ? "driftbudgetens" : "investeringsbudgetens";
    return f ? [i ? " och " : "", f.fig, ` av ${whose} överskott`] : [];
  });
  const s = sentence(
    `${report.org} föreslår att `,
    ...parts,
    ` förs över till ${report.period.year + 1}.`,
  );
  return {
    id: "resultathantering",
    section: t.table.section,
    title: t.table.title,
    placement: "before",
    paragraphs: [paragraph(s)],
  };
}
