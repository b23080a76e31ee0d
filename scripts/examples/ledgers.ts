import { SheetSpec } from "./write";

/**
 * Ledger exports in the shapes Swedish regions and municipalities have, with figures chosen by
 * hand (kr with öre) so every printed figure can be worked out on paper; the golden tests
 * (test/golden/ledgers.test.ts) show the sums. None is a reference report: these prove the
 * engine on the shapes, not on a seed.
 */

type Cell = string | number | Date | null;

/**
 * Raindance (Rapportgenerator), uppföljningsrapport 2 2023: a parameter block and title above the
 * header, a dozen dimension columns, the controller's own "Uppdrag" column beside the Ansvar
 * code, period as 202308, and the bookkeeping sign (debet +: costs +, revenue −). An interest
 * cost on 8410, a balance account row (2440), last year's rows and a grand total at the foot.
 */
const raindanceRow = (
  period: number,
  konto: [string, string],
  uppdrag: "Primärvård" | "Psykiatri" | "Regionservice",
  belopp: number | null,
  budget: number | null,
): Cell[] => {
  const dims = {
    Primärvård: ["110", "Vårdcentral Norr", "310", "Primärvård"],
    Psykiatri: ["210", "Psykiatrimottagning", "320", "Psykiatri"],
    Regionservice: ["310", "Fastighet", "410", "Lokaler"],
  }[uppdrag];
  return [period, ...konto, ...dims, "1000", null, "0", null, uppdrag, belopp, budget];
};
const LON: [string, string] = ["4010", "Löner"];
const AVGIFT: [string, string] = ["3010", "Patientavgifter"];

const raindanceRows: Cell[][] = [
  raindanceRow(202301, LON, "Primärvård", 1250000, 1300000),
  raindanceRow(202305, AVGIFT, "Primärvård", -180000.5, -150000),
  raindanceRow(202308, ["8410", "Räntekostnader"], "Primärvård", 12345.67, 10000),
  raindanceRow(202311, LON, "Primärvård", null, 1300000),
  raindanceRow(202303, LON, "Psykiatri", 830000.25, 800000),
  raindanceRow(202306, ["5410", "Köpta tjänster"], "Psykiatri", 95500, 100000),
  raindanceRow(202312, LON, "Psykiatri", null, 800000),
  raindanceRow(202304, ["3510", "Hyresintäkter"], "Regionservice", -520000, -500000),
  raindanceRow(202307, ["6110", "Lokalhyror"], "Regionservice", 410000, 400000),
  raindanceRow(202309, ["6110", "Lokalhyror"], "Regionservice", 410000, 400000),
  raindanceRow(202302, ["2440", "Leverantörsskulder"], "Regionservice", -410000, null),
  raindanceRow(202203, LON, "Primärvård", 1100000, null),
  raindanceRow(202205, AVGIFT, "Primärvård", -170000, null),
  raindanceRow(202206, LON, "Psykiatri", 780000, null),
  raindanceRow(202204, ["3510", "Hyresintäkter"], "Regionservice", -480000, null),
  raindanceRow(202210, LON, "Primärvård", 300000, null),
];
const column = (rows: Cell[][], c: number) =>
  Math.round(rows.reduce((s, r) => s + ((r[c] as number | null) ?? 0) * 100, 0)) / 100;

export const raindance: SheetSpec[] = [
  {
    name: "Huvudbok",
    settings: [
      ["Klient", "Region Exempel"],
      ["Period", "202201 - 202312"],
    ],
    blocks: [
      {
        caption: ["Rapportgenerator: Huvudbok per period", "Urval: Ansvar 1*–3*; Konto 1000–8999"],
        headers: [
          "Period",
          "Konto",
          "Konto text",
          "Ansvar",
          "Ansvar text",
          "Verksamhet",
          "Verksamhet text",
          "Aktivitet",
          "Projekt",
          "Motpart",
          "Objekt",
          "Uppdrag",
          "Belopp",
          "Budget",
        ],
        formats: { 0: "0" },
        rows: [
          ...raindanceRows,
          [
            "Totalt",
            ...Array<null>(11).fill(null),
            column(raindanceRows, 12),
            column(raindanceRows, 13),
          ],
        ],
      },
    ],
  },
];

/**
 * Unit4 ERP (Agresso), uppföljningsrapport 1 2023: "Klient" and "Period" rows right above the
 * header, code and name column pairs ("Ansvar", "Ansvar (T)"), period as text "202301", the
 * result's sign (revenue +, costs −). Only Ansvar can carry the rows, printed by its name.
 * Investments on 1210/1220 per project, and a balance account row (2440) without one.
 */
const ANSVAR = {
  "1100": "Vårdcentral Norr",
  "1200": "Vårdcentral Syd",
  "2100": "Folktandvården",
} as const;
const unit4Row = (
  konto: [string, string],
  ansvar: keyof typeof ANSVAR,
  period: string,
  belopp: number | null,
  budget: number | null,
  projekt: [string, string] | [null, null] = [null, null],
): Cell[] => [
  ...konto,
  ansvar,
  ANSVAR[ansvar],
  "100",
  "Hälso- och sjukvård",
  ...projekt,
  null,
  period,
  belopp,
  budget,
];
const VC_SYD: [string, string] = ["P100", "Ny vårdcentral Syd"];

export const unit4: SheetSpec[] = [
  {
    name: "Transaktioner",
    settings: [
      ["Klient", "10"],
      ["Period", "202201 - 202304"],
    ],
    settingsGap: false,
    blocks: [
      {
        headers: [
          "Konto",
          "Konto (T)",
          "Ansvar",
          "Ansvar (T)",
          "Aktivitet",
          "Aktivitet (T)",
          "Projekt",
          "Projekt (T)",
          "Motpart",
          "Period",
          "Belopp",
          "Budget",
        ],
        rows: [
          unit4Row(LON, "1100", "202301", -640000, -650000),
          unit4Row(AVGIFT, "1100", "202302", 95250.75, 90000),
          unit4Row(["8410", "Räntekostnader"], "1100", "202304", -4100, -4000),
          unit4Row(LON, "1200", "202303", -512300.4, -520000),
          unit4Row(["5410", "Köpta tjänster"], "1200", "202304", -48000, -45000),
          unit4Row(AVGIFT, "2100", "202301", 310000, 300000),
          unit4Row(LON, "2100", "202302", -295000, -300000),
          unit4Row(LON, "2100", "202306", null, -300000),
          unit4Row(
            ["1210", "Pågående nyanläggningar"],
            "1200",
            "202302",
            -750000,
            -2000000,
            VC_SYD,
          ),
          unit4Row(["1210", "Pågående nyanläggningar"], "1200", "202304", -250000, null, VC_SYD),
          unit4Row(["1220", "Inventarier"], "2100", "202303", -120000, -400000, [
            "P200",
            "Tandvårdsutrustning",
          ]),
          unit4Row(["2440", "Leverantörsskulder"], "1100", "202301", 600000, null),
          unit4Row(LON, "1100", "202201", -600000, null),
          unit4Row(AVGIFT, "2100", "202203", 280000, null),
          unit4Row(LON, "2100", "202209", -290000, null),
        ],
      },
    ],
  },
];

/**
 * Visma, uppföljningsrapport 2 2023: a transaction list with Datum, Debet and Kredit (both positive),
 * cost centres as numbers that a code list on another sheet turns into the report's uppdrag (two
 * cost centres make one), and the budget in a summary of its own, joined by name.
 */
const vismaRow = (
  datum: string,
  konto: [string, string],
  kst: number | null,
  debet: number | null,
  kredit: number | null,
  text: string,
): Cell[] => [new Date(`${datum}T00:00:00Z`), "A12", ...konto, kst, null, text, debet, kredit];

export const visma: SheetSpec[] = [
  {
    name: "Transaktioner",
    blocks: [
      {
        caption: ["Huvudbok 2022-01-01 – 2023-09-30"],
        headers: [
          "Datum",
          "Ver.nr",
          "Konto",
          "Kontonamn",
          "Kostnadsställe",
          "Projekt",
          "Text",
          "Debet",
          "Kredit",
        ],
        rows: [
          vismaRow("2023-01-31", ["5010", "Löner"], 10, 420000, null, "Lön januari"),
          vismaRow("2023-02-28", ["5010", "Löner"], 11, 180500.5, null, "Lön februari"),
          vismaRow("2023-03-15", ["3010", "Avgifter"], 10, null, 62000, "Avgifter mars"),
          vismaRow("2023-04-30", ["8410", "Räntekostnader"], 30, 2450, null, "Ränta"),
          vismaRow("2023-05-31", ["5010", "Löner"], 20, 310000, null, "Lön maj"),
          vismaRow("2023-06-30", ["3010", "Avgifter"], 20, null, 45000, "Avgifter juni"),
          vismaRow("2023-06-30", ["6110", "Lokalhyra"], 30, 88000, null, "Hyra"),
          vismaRow("2023-06-30", ["6110", "Lokalhyra"], 30, null, 8000, "Kreditfaktura hyra"),
          vismaRow("2023-03-31", ["1930", "Bank"], null, null, 420000, "Utbetalning"),
          vismaRow("2023-08-31", ["5010", "Löner"], 10, 420000, null, "Lön augusti"),
          vismaRow("2023-09-29", ["5010", "Löner"], 10, 420000, null, "Lön september"),
          vismaRow("2022-05-31", ["5010", "Löner"], 20, 290000, null, "Lön maj"),
          vismaRow("2022-02-28", ["3010", "Avgifter"], 10, null, 60000, "Avgifter februari"),
        ],
      },
    ],
  },
  {
    name: "Koder",
    blocks: [
      {
        headers: ["Kostnadsställe", "Uppdrag"],
        rows: [
          [10, "Äldreomsorg"],
          [11, "Äldreomsorg"],
          [20, "Individ- och familjeomsorg"],
          [30, "Gemensam administration"],
        ],
        formats: { 0: "0" },
      },
    ],
  },
  {
    name: "Budget",
    blocks: [
      {
        headers: ["Uppdrag", "Ack. budget (kr)", "Årsbudget (kr)"],
        rows: [
          ["Äldreomsorg", -980000, -1470000],
          ["Individ- och familjeomsorg", -280000, -420000],
          ["Gemensam administration", -80000, -120000],
        ],
      },
    ],
  },
];
