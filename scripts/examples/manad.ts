import { SheetSpec } from "./write";

/**
 * A månadsrapport for October 2023 with month-labelled prognosis columns, last month's first:
 * "Prognos sep" is the previous prognosis and "Prognos okt" this report's, whatever their order.
 * Figures chosen by hand (tkr): the prognosis improved by 2 700 tkr since September.
 */
export const manad: SheetSpec[] = [
  {
    name: "Rapport",
    settings: [
      ["Rapporttyp", "Månadsrapport"],
      ["Period", "2023-10"],
      ["Organisation", "Regionstyrelsen"],
    ],
    blocks: [],
  },
  {
    name: "Oktober",
    blocks: [
      {
        caption: ["Resultat per uppdrag januari–oktober 2023, belopp i tkr"],
        headers: [
          "Uppdrag",
          "Ack utfall okt",
          "Ack budget okt",
          "Årsbudget",
          "Prognos sep",
          "Prognos okt",
        ],
        formats: { 1: "# ##0.0", 2: "# ##0", 3: "# ##0", 4: "# ##0", 5: "# ##0" },
        rows: [
          ["Hälso- och sjukvård", -412356, -415000, -498000, -501200, -499100],
          ["Regional utveckling", -88410.5, -87500, -105000, -106300, -105700],
          ["Regiongemensamt", -35120, -36250, -43500, -43100, -43100],
          ["Summa", -535886.5, -538750, -646500, -650600, -647900],
        ],
      },
    ],
  },
];
