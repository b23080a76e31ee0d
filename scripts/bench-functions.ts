/**
 * `npx tsx scripts/bench-functions.ts [rader] [kolumner]`: the custom functions over a range of
 * 1000 × 1000 cells (or the size given), as Excel would pass it: budget figures in kronor with
 * öre, a few blanks. Prints milliseconds per function, the fastest of three runs; asserts nothing.
 */
import {
  budgetavvikelseCells,
  kostnutvCells,
  resultathanteringCells,
} from "../src/functions/compute";

const rows = Number(process.argv[2] ?? 1000);
const cols = Number(process.argv[3] ?? 1000);
const grid = (f: (r: number, c: number) => unknown) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));
const utfall = grid((r, c) => ((r * cols + c) % 97 === 0 ? null : -1234567.89 - r * 10.25 - c));
const budget = grid((r, c) => -1300000.5 - c * 3.1 + r);
const positive = grid((r, c) => 1000 + r + c / 4);

function time(name: string, run: () => unknown) {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  console.log(
    `${name}: ${Math.round(best)} ms för ${(rows * cols).toLocaleString("sv-SE")} celler`,
  );
}

time("BUDGETAVVIKELSE", () => budgetavvikelseCells(utfall, budget));
time("KOSTNUTV", () => kostnutvCells(utfall, budget));
time("KOSTNUTV med budget", () => kostnutvCells(utfall, budget, budget));
time("RESULTATHANTERING", () => resultathanteringCells(positive, positive));
