/**
 * `npm run bench [rader…]`: ledgers of 100 000 and 1 000 000 rows (or the sizes given) with
 * Swedish uppdrag names, written to a temp dir, each read in child processes
 * (scripts/bench-one.ts) so that peak memory is per measurement: the physical floor, our reader
 * and exceljs's streaming reader side by side, and whether each reader's figures equal
 * independent sums in öre. The floor and our reader run in turns, several times, and each turn's
 * ratio is taken while both met the same load: the medians are what the README quotes, since one
 * run on a shared machine can be off by half. Prints numbers; asserts nothing; not run in CI.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeLedger } from "./bench/ledger";

interface Measure {
  ms: number;
  /** CPU time of all the process's threads. */
  cpuMs: number;
  rssMb: number;
  exact?: boolean;
}

function measure(mode: string, file: string, rows: number): Measure {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "bench-one.ts"), mode, file, String(rows)],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  );
  if (child.status !== 0) throw new Error(`${mode} ${file}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Measure;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

interface Row {
  name: string;
  ms: number;
  cpuMs: number;
  /** Median of the turns' ratios to the floor, wall and CPU time, and their range. */
  ratio: number;
  cpuRatio: number;
  range: [number, number];
  rssMb: number;
  exact?: boolean;
}

/** The floor and a reader in turns; each turn's ratio compares two runs under the same load. */
function turns(mode: string, file: string, rows: number, runs: number): [Row, Row] {
  const floors: Measure[] = [];
  const reads: Measure[] = [];
  for (let k = 0; k < runs; k++) {
    floors.push(measure("floor", file, rows));
    reads.push(measure(mode, file, rows));
  }
  const ratios = reads.map((r, k) => r.ms / floors[k].ms);
  const row = (name: string, ms: Measure[], ratio: number[], cpuRatio: number[]): Row => ({
    name,
    ms: median(ms.map((m) => m.ms)),
    cpuMs: median(ms.map((m) => m.cpuMs)),
    ratio: median(ratio),
    cpuRatio: median(cpuRatio),
    range: [Math.min(...ratio), Math.max(...ratio)],
    rssMb: Math.max(...ms.map((m) => m.rssMb)),
    exact: ms.every((m) => m.exact !== false) && ms[0].exact,
  });
  const ones = floors.map(() => 1);
  return [
    row("golv (zlib + byte-skanning)", floors, ones, ones),
    row(
      "vår läsare (src/io/stream)",
      reads,
      ratios,
      reads.map((r, k) => r.cpuMs / floors[k].cpuMs),
    ),
  ];
}

const sv = (n: number, decimals = 0) =>
  n.toLocaleString("sv-SE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const exact = (r: Row) => (r.exact === undefined ? "–" : r.exact ? "exakt" : "FEL");

async function main() {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice(7)) || 5;
  const sizes = args.map(Number).filter((n) => n > 0);
  const dir = mkdtempSync(join(tmpdir(), "eko-bench-"));
  const lines: string[][] = [
    [
      "rader",
      "fil",
      "läsare",
      "tid",
      "× golvet",
      "(min–max)",
      "cpu-tid",
      "× golvet",
      "topp-RSS",
      "summor",
    ],
  ];
  try {
    for (const rows of sizes.length ? sizes : [100_000, 1_000_000]) {
      const file = join(dir, `huvudbok-${rows}.xlsx`);
      await writeLedger(file, rows);
      const [floor, ours] = turns("ours", file, rows, runs);
      // exceljs is an order of magnitude off; one run says as much as five.
      const e = measure("exceljs", file, rows);
      const excel: Row = {
        name: "exceljs strömmande",
        ms: e.ms,
        cpuMs: e.cpuMs,
        ratio: e.ms / floor.ms,
        cpuRatio: e.cpuMs / floor.cpuMs,
        range: [NaN, NaN],
        rssMb: e.rssMb,
        exact: e.exact,
      };
      for (const r of [floor, ours, excel])
        lines.push([
          sv(rows),
          `${sv(statSync(file).size / 1e6, 1)} MB`,
          r.name,
          `${sv(r.ms / 1000, 1)} s`,
          `${sv(r.ratio, 1)}×`,
          r === ours ? `(${sv(r.range[0], 1)}–${sv(r.range[1], 1)})` : "",
          `${sv(r.cpuMs / 1000, 1)} s`,
          `${sv(r.cpuRatio, 1)}×`,
          `${sv(r.rssMb)} MB`,
          exact(r),
        ]);
      process.stderr.write(`${sv(rows)} rader klara\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  for (const l of lines)
    process.stdout.write(
      `${l.map((s, c) => (c === 2 || c === 9 ? s.padEnd(widths[c]) : s.padStart(widths[c]))).join("  ")}\n`,
    );
  process.stdout.write(
    `\n${runs} omgångar golv–vår läsare; tider och kvoter är medianer, kvoten tagen omgång för omgång.\n` +
      "golv: zlib packar upp bladet och en skanning hittar varje värdes byte; ingen läsare kan göra mindre.\n" +
      "cpu-tid: alla processens trådar (zlib packar upp på en egen); störs mindre av en belastad dator.\n" +
      "summor: ackumulerat utfall, ackumulerad budget och årsbudget per uppdrag (april 2023) jämförda med\n" +
      "summor i öre räknade direkt ur raderna filen skrevs från. Mål: exakt, under 1 GB, högst 3× golvet.\n",
  );
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
});
