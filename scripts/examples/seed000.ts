import { SheetSpec } from "./write";

/**
 * Seed 000, Uppföljningsrapport 1, januari–april 2021. Figures in kr with öre, chosen so that
 * every printed figure of 4.4–4.5 and chapter 5 comes out as the seed prints it (5.1.2's total
 * is the exception the seed itself causes: it adds rounded rows, -475,5, where the exact total
 * -475 423 tkr of its own 5.1.1 rounds to -475,4).
 */
export const seed000: SheetSpec[] = [
  {
    name: "Rapport",
    settings: [
      ["Rapporttyp", "Uppföljningsrapport 1"],
      ["Period", "2021-04"],
      ["Organisation", "Regionkontoret"],
    ],
    blocks: [],
  },
  {
    name: "Resultat",
    blocks: [
      {
        caption: ["Resultat per uppdrag januari–april, belopp i kr"],
        headers: [
          "Uppdrag",
          "Ack. utfall",
          "Ack. budget",
          "Årsbudget",
          "Årsprognos",
          "Prognos februari",
        ],
        rows: [
          ["Regionkontoret", -93812123.45, -107290045.1, -305020110.55, -299459870.2, -301459870.2],
          ["Förtroendevalda", -12398210.1, -13309960.35, -39960000, -39960000, -39960000],
          ["Oförutsett Regionstyrelsen", 101877.3, -1480000, -4360000, -4360000, -4360000],
          [
            "Utvecklingsmedel",
            -27901554.05,
            -32623999.2,
            -136632889.45,
            -131643129.8,
            -136643129.8,
          ],
          ["Summa", -134010010.3, -154704004.65, -485973000, -475423000, -482423000],
        ],
      },
    ],
  },
  {
    name: "Förklaringar",
    blocks: [
      {
        caption: ["Förklaringar till prognosens avvikelser (5.1.2)"],
        headers: ["Uppdrag", "Grupp", "Belopp (mnkr)", "Förklaring"],
        formats: { 2: "0.0" },
        rows: [
          ["Regionkontoret", "Ordinarie verksamhet", 3, "på vakanta tjänster"],
          [
            "Regionkontoret",
            "Ordinarie verksamhet",
            2,
            "på grund av färre resor och lägre utbildnings- och möteskostnader",
          ],
          [
            "Regionkontoret",
            "Ordinarie verksamhet",
            1.5,
            "på anslaget för Framtidskraft 2021 eftersom det likt sommaren 2020 finns små möjligheter för verksamheterna att ta emot ungdomar",
          ],
          [
            "Regionkontoret",
            "Ordinarie verksamhet",
            -0.6,
            "inom uppdraget psykoterapibehandling för medarbetare",
          ],
          [
            "Regionkontoret",
            "Ordinarie verksamhet",
            1,
            "eftersom kontoret inte kan genomföra Trainee 2021 tillsammans med kommunerna",
          ],
          [
            "Regionkontoret",
            "Ordinarie verksamhet",
            3.2,
            "inom olika delar av Hälso- och sjukvårdsuppdraget",
          ],
          [
            "Regionkontoret",
            "Ordinarie verksamhet",
            1,
            "på diverse mindre avvikelser på både kostnader och intäkter i verksamheten",
          ],
          [
            "Regionkontoret",
            "Covidrelaterade kostnader",
            -1,
            "för ökad bemanning inom smittskyddsverksamheten",
          ],
          [
            "Regionkontoret",
            "Covidrelaterade kostnader",
            -4.5,
            "för utökad bevakning i Region Hallands verksamheter",
          ],
          [
            "Utvecklingsmedel",
            null,
            5,
            "av Hälso- och sjukvårdens utvecklingsmedel, eftersom vårdförvaltningarna inte kan driva utvecklingsinsatser i samma utsträckning som vanligt",
          ],
        ],
      },
    ],
  },
  {
    name: "Utveckling",
    blocks: [
      {
        caption: ["Kostnadsutveckling, belopp i kr"],
        headers: ["Ack utfall förra året", "Ack utfall i år", "Ack budget årets"],
        rows: [[-154986210.4, -183355120.75, -206256301.1]],
      },
      {
        caption: ["Intäktsutveckling, belopp i kr"],
        headers: ["Ack utfall förra året", "Ack utfall i år", "Ack budget årets"],
        rows: [[46213880.25, 53040190.6, 51552020]],
      },
    ],
  },
  {
    name: "Investeringar",
    blocks: [
      {
        caption: ["Investeringar 2021"],
        tableName: "Investeringar2021",
        headers: ["Investering (tkr)", "Utfall", "Årsbudget", "Årsprognos"],
        formats: { 1: "# ##0", 2: "# ##0", 3: "# ##0" },
        rows: [
          ["Möbler och utrustning Regionkontoret", 387, 1440, 1440],
          ["Framtidens vårdinformationssystem, FVIS", 0, 3000, 3000],
          ["Kustnära vandringsled", 0, 1300, 200],
          ["Säkerhet, personlarm HSH, HSV, HSK", 278, 14100, 14100],
          ["Säkerhet, övrigt", 1, 1057, 1057],
          ["Laddstolpar", 0, 1000, 1000],
        ],
      },
    ],
  },
  {
    name: "Personal",
    blocks: [
      {
        headers: ["Indikator", "Utfall", "Målvärde"],
        formats: { 1: "0.00%", 2: "0%" },
        rows: [
          ["Personalomsättning", 0.0904, 0.13],
          ["Sjukfrånvaro", 0.0259, 0.04],
        ],
      },
    ],
  },
];
