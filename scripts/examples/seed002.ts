import { SheetSpec } from "./write";

/**
 * Seed 002, Årsredovisning 2020. The sheet "Inlämnat" holds three tables as the submitted report
 * printed them; they contradict the rest of the report (5.1 says 119 695 tkr where 5.1.2 and the
 * text say 130,7 mnkr; the table per category rounds differently from the projects; chapter 6
 * has three other results), so the report's checks must find them.
 */
export const seed002: SheetSpec[] = [
  {
    name: "Rapport",
    settings: [
      ["Rapporttyp", "Årsredovisning"],
      ["Period", "2020"],
      ["Organisation", "Regionkontoret"],
    ],
    blocks: [],
  },
  {
    name: "Resultat",
    blocks: [
      {
        headers: ["Uppdrag, belopp i tkr", "Ack utfall", "Årsbudget"],
        rows: [
          ["Regionbidrag", 467660, 467660],
          ["Förtroendevalda", -37999.58, -39100],
          ["Oförutsett Regionstyrelsen", -100.21, -4400],
          ["Regionkontoret", -230059.87, -272500],
          ["Drift av utvecklingsprojekt", -200.4, 0],
          ["Utvecklingsmedel Regional utveckling", -23840.12, -27660],
          ["Utvecklingsmedel Hälso- och sjukvård", -30759.76, -95800],
          ["Utvecklingsmedel ePlan", -14000.06, -25200],
          ["Utvecklingsmedel Regiongemensamt", 0, -3000],
        ],
      },
    ],
  },
  {
    name: "Förklaringar",
    blocks: [
      {
        caption: ["Regionkontorets större avvikelser (5.1.2)"],
        headers: ["Uppdrag", "Belopp (mnkr)", "Förklaring"],
        formats: { 1: "0.0" },
        rows: [
          ["Regionkontoret", 8, "avser överskott på grund av vakanser och sjukskrivningar"],
          [
            "Regionkontoret",
            3.4,
            "lägre kostnader för förtäring, resor, logi och utbildning jämfört med budget",
          ],
          [
            "Regionkontoret",
            14,
            "i ökade intäkter från i huvudsak projektfinansiering och statliga ersättningar",
          ],
          ["Regionkontoret", 7, "i centrala anslag inom HR-området"],
          [
            "Regionkontoret",
            10,
            "på grund av budgettillskott för att täcka en del av serviceavgiften från kommunerna",
          ],
          [
            "Regionkontoret",
            -2.5,
            "för intäkten från försäljningen av textilstocken som finns kvar i budgetramen",
          ],
          ["Regionkontoret", -4.5, "kopplat till covid-19"],
          [
            "Regionkontoret",
            2.6,
            "på grund av att införandet av FVIS inte har kunnat fortgå i planerad takt",
          ],
          ["Regionkontoret", 1.9, "i överskott på budgeten för en ny RUS då processen försenats"],
        ],
      },
    ],
  },
  {
    name: "Utveckling",
    blocks: [
      {
        caption: ["Kostnads- och intäktsutveckling, belopp i tkr"],
        headers: ["Post", "Ack utfall föregående år", "Ack utfall i år", "Ack budget årets"],
        rows: [
          ["Kostnader", -484404.2, -504843.9, -605616.3],
          ["Intäkter", 189176.8, 170141.1, 137079.45],
        ],
      },
    ],
  },
  {
    name: "Investeringar",
    blocks: [
      {
        headers: ["Investering (tkr)", "Kategori", "Ack utfall", "Årsbudget"],
        formats: { 2: "# ##0", 3: "# ##0" },
        rows: [
          ["Möbler och utrustning Regionkontoret", "Utrustning/inventarier", 381, 1400],
          ["Laddstolpar för elbilar", "Utrustning/inventarier", 0, 1000],
          ["FVIS", "Immateriella tillgångar", 14460, 29400],
          [
            "Säkerhet, installation inbrottslarm på förvaltningar",
            "Utrustning/inventarier",
            153,
            6250,
          ],
          ["Säkerhet, personlarm HSH, HSV, HSK", "Utrustning/inventarier", 0, 6000],
          ["Säkerhet, central enhet inbrottslarm", "Utrustning/inventarier", 0, 2000],
          ["Säkerhet, kamerabevakning och porttelefon", "Utrustning/inventarier", 343, 700],
        ],
      },
    ],
  },
  {
    name: "Resultathantering",
    blocks: [
      {
        caption: ["Begärd överföring till 2021, belopp i tkr"],
        headers: ["Post", "Typ", "Avvikelse", "Begärt"],
        formats: { 2: "# ##0", 3: "# ##0" },
        rows: [
          ["FVIS", "Drift", 2600, 2600],
          ["Regional utvecklingsstrategi (RUS)", "Drift", 1900, 1900],
          ["Regionkontoret utrustning", "Investering", 1019, 940],
          ["Installation av inbrottslarm på förvaltningarna", "Investering", 6097, 6100],
          ["Installation av inbrottslarm, ny central enhet", "Investering", 2000, 2000],
          ["Kamerabevakning och porttelefoner", "Investering", 357, 357],
          ["Laddstolpar", "Investering", 1000, 1000],
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
          ["Personalomsättning", 0.1081, 0.13],
          ["Sjukfrånvaro", 0.0299, 0.04],
        ],
      },
    ],
  },
  {
    name: "Inlämnat",
    blocks: [
      {
        caption: ["5.1 Ekonomiskt resultat (som inlämnat)"],
        headers: ["Indikator", "Ack resultat tkr", "Ack budget tkr", "Ack avvikelse tkr"],
        formats: { 1: "# ##0", 2: "# ##0", 3: "# ##0" },
        rows: [["Ackumulerad budgetavvikelse", 119695, 0, 119695]],
      },
      {
        caption: ["5.2 Investeringstabell (som inlämnad)"],
        headers: ["Investeringar (Mnkr)", "Ack. utfall", "Årsbudget", "Avvikelse"],
        formats: { 1: "0.0", 2: "0.0", 3: "0.0" },
        rows: [
          ["Utrustning/inventarier", 0.9, 17.3, 16.4],
          ["Immateriella tillgångar", 14.4, 29.4, 15],
          ["Fastigheter (används enbart av Regionfastigheter)", 0, 0, 0],
          ["TOTAL", 15.3, 46.7, 31.4],
        ],
      },
      {
        caption: ["6 Verksamhetsmått (som inlämnat)"],
        headers: ["Grupp", "Indikatorer", "Utfall", "Målvärde"],
        rows: [
          ["Medarbetare", "Personalomsättning", "10,8%", "13,0%"],
          [null, "Sjukfrånvaro", "3,0%", "4,0%"],
          ["Ekonomi", "Periodresultat", "119,7 Mnkr", "0,0 Mnkr"],
          [null, "Ackumulerad budgetavvikelse", "120,0 Mnkr", "0,0Mnkr"],
          [null, "Prognos budgetavvikelse", "82,7 Mnkr", "0,0 Mnkr"],
        ],
      },
    ],
  },
];
