/**
 * `npx tsx scripts/bench-functions.ts [rader] [kolumner] [körningar]`, run first by `npm run bench`:
 * the custom functions over a range of 1000 × 1000 cells (or the size given), as Excel would pass
 * it: figures in kronor with öre, a few blanks, a share in one cell. Prints the median of the runs
 * (five unless given), wall clock and processor time (the machine is often shared, and waiting for
 * a core is not the functions' time), and the fastest and slowest run; asserts nothing.
 */
import {
  budgetavvikelseCells,
  kostnutvCells,
  resultathanteringCells,
} from "../src/functions/compute";

export function benchFunctions(rows = 1000, cols = 1000, runs = 5): string[] {
  const grid = (f: (r: number, c: number) => unknown) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));
  const utfall = grid((r, c) => ((r * cols + c) % 97 === 0 ? null : -1234567.89 - r * 10.25 - c));
  const budget = grid((r, c) => -1300000.5 - c * 3.1 + r);
  const positive = grid((r, c) => 1000 + r + c / 4);
  const cases: [string, () => unknown][] = [
    ["BUDGETAVVIKELSE", () => budgetavvikelseCells(utfall, budget)],
    ["KOSTNUTV", () => kostnutvCells(utfall, budget)],
    ["KOSTNUTV med budget", () => kostnutvCells(utfall, budget, budget)],
    ["RESULTATHANTERING", () => resultathanteringCells(positive, positive)],
    ["RESULTATHANTERING med andel 0,75", () => resultathanteringCells(positive, positive, 0.75)],
  ];
  const cells = (rows * cols).toLocaleString("sv-SE");
  return cases.map(([name, run]) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const [t, u] = [performance.now(), process.cpuUsage()];
      run();
      const used = process.cpuUsage(u);
      wall.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
    const line = `${name}: median ${ms(median(wall))} (processortid ${ms(median(cpu))}) för ${cells} celler, ${runs} körningar ${ms(Math.min(...wall))}–${ms(Math.max(...wall))}`;
    process.stderr.write(`${line}\n`);
    return line;
  });
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (x: number) => `${Math.round(x).toLocaleString("sv-SE")} ms`;

if (require.main === module) {
  const [rows, cols, runs] = process.argv.slice(2).map(Number);
  benchFunctions(rows || undefined, cols || undefined, runs || undefined);
}
