/**
 * The evaluation corpus: the reference reports' own economy text (test/fixtures/seeds, copied
 * unchanged from the project's shared/seeds) against the example workbook that re-creates each
 * report's figures, and the tool's own text for the same workbook.
 */
export interface Corpus {
  name: string;
  /** The reference report's text, in test/fixtures/seeds. */
  text: string;
  workbook: string;
  /**
   * The economy text: chapters 4 (staff indicators) onwards, and before them the paragraphs that
   * speak in mnkr or tkr (the summary's economy paragraph).
   */
  from: RegExp;
  /** What the check must find in the unaltered text: the report's known contradictions. */
  known: { line: number; id: string; why: string }[];
  /**
   * Figures that equal a report cell by coincidence but are about something smaller, so no
   * reader could tie them to the tables (an explanation's own amount, another year's figure).
   */
  unrelated: { line: number; text: string; why: string }[];
}

export const CORPORA: Corpus[] = [
  {
    name: "seed 000 (uppföljningsrapport 1 2021)",
    text: "test/fixtures/seeds/000_d4c99f57033d8267.txt",
    workbook: "examples/uppfoljningsrapport1-2021.xlsx",
    from: /^4\.4 Personalomsättning/,
    known: [
      {
        line: 548,
        id: "text-tabellrad-avviker",
        why: "tabellen summerar avrundade rader: -475,5 mot -475,4",
      },
      { line: 637, id: "text-procentenheter", why: '"15 procent" är procentenheter' },
      { line: 690, id: "text-procentenheter", why: '"3 procent" är procentenheter' },
    ],
    unrelated: [
      {
        line: 498,
        text: "+3,0 mnkr",
        why: "förklaring (vakanta tjänster), en del av Regionkontorets prognos",
      },
      {
        line: 500,
        text: "+1,5 mnkr",
        why: "förklaring (Framtidskraft), en del av Regionkontorets prognos",
      },
      {
        line: 509,
        text: "+1,0 mnkr",
        why: "förklaring (Trainee), en del av Regionkontorets prognos",
      },
      { line: 519, text: "+1,0 mnkr", why: "förklaring (diverse mindre avvikelser)" },
      { line: 526, text: "-1,0 mnkr", why: "förklaring (smittskydd), en del av covidkostnaderna" },
      {
        line: 551,
        text: "+7 mnkr",
        why: "prognosförändringen sedan februari: ingen tabell har den",
      },
      { line: 552, text: "5,0 mnkr", why: "en del av prognosförändringen sedan februari" },
      { line: 553, text: "1,5 mnkr", why: "en del av prognosförändringen sedan februari" },
      { line: 554, text: "1,0 mnkr", why: "en del av prognosförändringen sedan februari" },
    ],
  },
  {
    name: "seed 002 (årsredovisning 2020)",
    text: "test/fixtures/seeds/002_e1ad9b927b54d130.txt",
    workbook: "examples/arsredovisning-2020.xlsx",
    from: /^4\.1 Personalomsättning/,
    known: [
      { line: 502, id: "text-tabellrad-avviker", why: "119 695 tkr mot 130,7 mnkr (två celler)" },
      { line: 502, id: "text-tabellrad-avviker", why: "119 695 tkr mot 130,7 mnkr (två celler)" },
      {
        line: 557,
        id: "text-riktning",
        why: '"17 procentenheter lägre" där intäkterna ökade 17,5 mer än budgeterat',
      },
      { line: 598, id: "text-tabellrad-avviker", why: "Inlämnat-tabellen: 17,3 mot 17,4" },
      { line: 598, id: "text-tabellrad-avviker", why: "Inlämnat-tabellen: 16,4 mot 16,5" },
      { line: 599, id: "text-tabellrad-avviker", why: "Inlämnat-tabellen: 14,4 mot 14,5" },
      { line: 599, id: "text-tabellrad-avviker", why: "Inlämnat-tabellen: 15,0 mot 14,9" },
      { line: 601, id: "text-tabellrad-avviker", why: "Inlämnat-tabellen: 46,7 mot 46,8" },
      { line: 618, id: "text-tabellrad-avviker", why: "Periodresultat 119,7 mot 130,7" },
      {
        line: 619,
        id: "text-tabellrad-avviker",
        why: "Ackumulerad budgetavvikelse 120,0 mot 130,7",
      },
      { line: 620, id: "text-tabellrad-avviker", why: "Prognos budgetavvikelse 82,7 mot 130,7" },
    ],
    unrelated: [
      {
        line: 518,
        text: "14,0 mnkr",
        why: "förklaring (ökade intäkter), en del av Regionkontorets avvikelse",
      },
      {
        line: 522,
        text: "-4,5 mnkr",
        why: "förklaring (covid-19), en del av Regionkontorets avvikelse",
      },
    ],
  },
];
