/**
 * `npm run bench [rader…]`: ledgers of 100 000 and 1 000 000 rows (or the sizes given) with
 * Swedish uppdrag names, written to a temp dir, each read in child processes
 * (scripts/bench-one.ts) so that peak memory is per measurement: the physical floor, our reader
 * and exceljs's streaming reader side by side, the fastest of a few runs (noise only ever adds
 * time), and whether each reader's figures equal independent sums in öre. Prints numbers; it
 * asserts nothing and is not run in CI.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeLedger } from "./bench/ledger";

interface Measure {
  ms: number;
  rssMb: number;
  exact?: boolean;
}

function measureOnce(mode: string, file: string, rows: number): Measure {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "bench-one.ts"), mode, file, String(rows)],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  );
  if (child.status !== 0) throw new Error(`${mode} ${file}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Measure;
}

function measure(mode: string, file: string, rows: number, runs: number): Measure {
  return Array.from({ length: runs }, () => measureOnce(mode, file, rows)).reduce((best, m) =>
    m.ms < best.ms ? m : best,
  );
}

const sv = (n: number, decimals = 0) =>
  n.toLocaleString("sv-SE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const exact = (m: Measure) => (m.exact === undefined ? "–" : m.exact ? "exakt" : "FEL");

async function main() {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const dir = mkdtempSync(join(tmpdir(), "eko-bench-"));
  const lines: string[][] = [["rader", "fil", "läsare", "tid", "× golvet", "topp-RSS", "summor"]];
  try {
    for (const rows of sizes.length ? sizes : [100_000, 1_000_000]) {
      const file = join(dir, `huvudbok-${rows}.xlsx`);
      await writeLedger(file, rows);
      const big = rows >= 1_000_000;
      const floor = measure("floor", file, rows, 3);
      const results: [string, Measure][] = [
        ["golv (zlib + byte-skanning)", floor],
        ["vår läsare (src/io/stream)", measure("ours", file, rows, big ? 2 : 3)],
        ["exceljs strömmande", measure("exceljs", file, rows, 1)],
      ];
      for (const [name, m] of results)
        lines.push([
          sv(rows),
          `${sv(statSync(file).size / 1e6, 1)} MB`,
          name,
          `${sv(m.ms / 1000, 1)} s`,
          `${sv(m.ms / floor.ms, 1)}×`,
          `${sv(m.rssMb)} MB`,
          exact(m),
        ]);
      process.stderr.write(`${sv(rows)} rader klara\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  for (const l of lines)
    process.stdout.write(
      `${l.map((s, c) => (c === 2 || c === 6 ? s.padEnd(widths[c]) : s.padStart(widths[c]))).join("  ")}\n`,
    );
  process.stdout.write(
    "\ngolv: zlib packar upp bladet och en skanning hittar varje värdes byte; ingen läsare kan göra mindre.\n" +
      "summor: ackumulerat utfall, ackumulerad budget och årsbudget per uppdrag (april 2023) jämförda med\n" +
      "summor i öre räknade direkt ur raderna filen skrevs från. Mål: exakt, under 1 GB, högst 3× golvet.\n",
  );
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
});
