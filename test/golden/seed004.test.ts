import { RunResult } from "../../src/core/pipeline";
import { printed, runExample, table } from "./helpers";

/** Seed 004: Verksamhetsplan 2025, Regionkontoret. */
let run: RunResult;
beforeAll(async () => {
  run = await runExample("verksamhetsplan-2025.xlsx");
});

it("seed 004, Tabell 4 Driftbudget per kontoklass in whole mnkr", () => {
  expect(table(run, "driftbudget").section).toBe("Tabell 4");
  expect(printed(run, "driftbudget")).toEqual([
    ["Kontoklass", "Regionkontoret"],
    ["Intäkter", "-440"],
    ["Personalkostnader", "586"],
    ["Övriga driftskostnader", "674"],
    ["Nettobudget", "820"],
  ]);
});

it("seed 004, Tabell 5 Investeringsbudget 2025–2027", () => {
  expect(printed(run, "investeringsbudget")).toEqual([
    ["Investering", "Total budget", "2025", "2026", "2027"],
    ["Redan beslutade investeringar", "", "", "", ""],
    ["Bredbandsutbyggnad", "", "10", "20", "10"],
    ["FVIS", "", "15", "", ""],
    ["Reinvesteringar", "", "", "", ""],
    ["Möbler och utrustning, övrigt", "", "0,6", "0,6", "0,6"],
    ["IT utrustning", "", "80", "88", "81"],
  ]);
  expect(table(run, "investeringsbudget").kinds).toEqual([
    "group",
    "data",
    "data",
    "group",
    "data",
    "data",
  ]);
});

it("seed 004: the budget sheet's Nettobudget row agrees with its rows, and no errors", () => {
  expect(run.report.checks.filter((c) => c.severity !== "info")).toEqual([]);
});
