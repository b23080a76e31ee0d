/**
 * `npm run bench:write [rader…]`: the browser pane's write into a ledger workbook, measured in
 * Node. For each size (100 000 and 1 000 000 rows unless given) a ledger is written to a temp
 * dir (scripts/bench/ledger.ts) and, in a child process per measurement so that peak memory is
 * its own: the file opened as the pane opens it (FileWorkbook), the report computed and written
 * beside the ledger, the state saved and the workbook saved to bytes. "läsa" is the read and
 * plan, "skriva" the write and save. The zip writer always; exceljs, the pane's path below
 * LIMITS.streamAbove, where it can load the file at all (LIMITS.unpackedInMemory). Prints
 * numbers; asserts nothing; not run in CI.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileWorkbook } from "../src/io/browser/fileWorkbook";
import { LIMITS } from "../src/io/limits";
import { writeReport } from "../src/io/output/write";
import { bytesAt, zipDirectory } from "../src/io/zip";
import { freshBlocks } from "../src/taskpane/session";
import { writeLedger } from "./bench/ledger";

interface Measure {
  readMs: number;
  writeMs: number;
  rssMb: number;
  bytes: number;
}

/** This process's own peak memory (VmHWM: getrusage's maxRSS would carry the parent's over exec). */
function peakMb(): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

async function one(mode: string, file: string): Promise<Measure> {
  const start = performance.now();
  const book = await FileWorkbook.open(
    readFileSync(file),
    "huvudbok.xlsx",
    undefined,
    mode === "exceljs" ? Infinity : undefined,
  );
  let read = 0;
  const out = await writeReport(
    book,
    { version: 1 },
    freshBlocks({ period: "2023-04" }),
    { mode: "beside" },
    false,
    (text) => {
      if (text.startsWith("Skriver")) read = performance.now();
    },
  );
  if (out.status !== "skrivet") throw new Error(`skrevs inte: ${out.status}`);
  const bytes = (await book.save()).length;
  return { readMs: read - start, writeMs: performance.now() - read, rssMb: peakMb(), bytes };
}

function measure(mode: string, file: string): Measure {
  const child = spawnSync(process.execPath, ["--import", "tsx", __filename, "--one", mode, file], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`${mode} ${file}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Measure;
}

const sv = (n: number, decimals = 0) =>
  n.toLocaleString("sv-SE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--one") {
    process.stdout.write(JSON.stringify(await one(args[1], args[2])) + "\n");
    return;
  }
  const sizes = args.map(Number).filter((n) => n > 0);
  const dir = mkdtempSync(join(tmpdir(), "eko-bench-write-"));
  const lines = [["rader", "fil", "uppackad", "väg", "läsa", "skriva", "topp-RSS", "resultat"]];
  try {
    for (const rows of sizes.length ? sizes : [100_000, 1_000_000]) {
      const file = join(dir, `huvudbok-${rows}.xlsx`);
      await writeLedger(file, rows);
      const size = statSync(file).size;
      const unpacked = zipDirectory(bytesAt(readFileSync(file)), size, file).unpacked;
      const modes = unpacked <= LIMITS.unpackedInMemory ? ["zip", "exceljs"] : ["zip"];
      for (const mode of modes) {
        const m = measure(mode, file);
        lines.push([
          sv(rows),
          `${sv(size / 1e6, 1)} MB`,
          `${sv(unpacked / 1e6)} MB`,
          mode === "zip" ? "zip-skrivaren" : "exceljs",
          `${sv(m.readMs / 1000, 1)} s`,
          `${sv(m.writeMs / 1000, 1)} s`,
          `${sv(m.rssMb)} MB`,
          `${sv(m.bytes / 1e6, 1)} MB`,
        ]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  for (const l of lines) console.log(l.map((v, c) => v.padEnd(widths[c])).join("  "));
}

void main();
