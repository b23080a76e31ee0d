import { SheetSpec } from "./write";

/**
 * Seed 004, Verksamhetsplan 2025: Tabell 4 (driftbudget per kontoklass, whole mnkr, costs
 * positive) and Tabell 5 (investeringsbudget 2025–2027). The budget sheet holds one decimal, so
 * the plan's whole-mnkr rounding is exercised.
 */
export const seed004: SheetSpec[] = [
  {
    name: "Rapport",
    settings: [
      ["Rapporttyp", "Verksamhetsplan"],
      ["Period", "2025"],
      ["Organisation", "Regionkontoret"],
    ],
    blocks: [],
  },
  {
    name: "Budget",
    blocks: [
      {
        caption: ["Driftbudget 2025, belopp i mnkr"],
        headers: ["Kontoklass", "Regionkontoret"],
        formats: { 1: "0.0" },
        rows: [
          ["Intäkter", -440.2],
          ["Personalkostnader", 585.9],
          ["Övriga driftskostnader", 674.3],
          ["Nettobudget", 820],
        ],
      },
      {
        caption: ["Investeringsbudget, belopp i mnkr"],
        headers: ["Investering", "Total budget", "2025", "2026", "2027"],
        formats: { 2: "0.0", 3: "0.0", 4: "0.0" },
        rows: [
          ["Redan beslutade investeringar", null, null, null, null],
          ["Bredbandsutbyggnad", null, 10, 20, 10],
          ["FVIS", null, 15, null, null],
          ["Reinvesteringar", null, null, null, null],
          ["Möbler och utrustning, övrigt", null, 0.6, 0.6, 0.6],
          ["IT utrustning", null, 80, 88, 81],
        ],
      },
    ],
  },
];
