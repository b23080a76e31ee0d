import { SheetSpec } from "./write";

/**
 * An uppföljningsrapport 2, January–August 2023, as a controller types the summary: headers that
 * name their period ("Utfall jan–aug 2023", "Budget helår 2023", "Prognos aug"), last year's
 * outcome in the same table, a group heading over each group, a subtotal per group, a blank row
 * between the groups, and every amount pasted as Swedish text. None of the reference reports is
 * a UR2; the figures are chosen by hand (tkr) and add up: each subtotal and the total are right.
 */
export const ur2: SheetSpec[] = [
  {
    name: "Rapport",
    settings: [
      ["Rapporttyp", "Uppföljningsrapport 2"],
      ["Period", "2023-08"],
      ["Organisation", "Kultur och utbildning"],
    ],
    blocks: [],
  },
  {
    name: "Sammanställning",
    blocks: [
      {
        caption: ["Resultat per verksamhet januari–augusti 2023, belopp i tkr"],
        headers: [
          "Verksamhet",
          "Utfall jan–aug 2023",
          "Budget jan–aug 2023",
          "Budget helår 2023",
          "Prognos aug",
          "Prognos apr",
          "Utfall jan–aug 2022",
        ],
        rows: [
          ["Kultur", null, null, null, null, null, null],
          ["Bibliotek", "-12 345,6", "-13 000", "-19 800", "-19 100", "-19 500", "-11 900"],
          ["Museer", "-8 210,4", "-8 400", "-12 600", "-12 500", "-12 600", "-7 950"],
          ["Summa Kultur", "-20 556", "-21 400", "-32 400", "-31 600", "-32 100", "-19 850"],
          [null, null, null, null, null, null, null],
          ["Utbildning", null, null, null, null, null, null],
          ["Folkhögskolor", "-25 480,2", "-24 900", "-37 400", "-38 100", "-37 900", "-24 100"],
          ["Naturbruk", "-6 102,5", "-6 300", "-9 450", "-9 300", "-9 450", "-5 800"],
          ["Summa Utbildning", "-31 582,7", "-31 200", "-46 850", "-47 400", "-47 350", "-29 900"],
          ["Totalt", "-52 138,7", "-52 600", "-79 250", "-79 000", "-79 450", "-49 750"],
        ],
      },
      {
        caption: ["Kostnader och intäkter, belopp i tkr"],
        headers: ["Post", "Utfall jan–aug 2022", "Utfall jan–aug 2023", "Budget jan–aug 2023"],
        rows: [
          ["Kostnader", "-61 200", "-64 850,3", "-65 100"],
          ["Intäkter", "11 450", "12 711,6", "12 500"],
        ],
      },
      {
        caption: ["Investeringar 2023, belopp i tkr"],
        headers: ["Projekt", "Utfall jan–aug 2023", "Budget 2023", "Prognos aug"],
        rows: [
          ["Meröppet bibliotek", "850", "1 200", "1 150"],
          ["Ny scen, Museet", "2 310,5", "4 000", "3 600"],
        ],
      },
    ],
  },
];
