/**
 * One measurement of `npm run bench`, in its own process so that each one's peak memory is its
 * own: `bench-one.ts MODE FILE ROWS`, printing one JSON line. Modes: `floor` (inflate the sheet
 * with zlib and scan its bytes for values: no reader can do less), `ours` (src/io/stream, the
 * ledger summed as read), `exceljs` (exceljs's streaming reader, every row summed in öre).
 * `exact` says whether every uppdrag's figures equal an independent sum in öre of the rows the
 * file was written from.
 */
import { createReadStream } from "node:fs";
import { createInflateRaw, ZlibOptions } from "node:zlib";
import ExcelJS from "exceljs";
import { readWorkbookStreaming } from "../src/io/xlsxStream";
import { bytesAt, dataStart, zipDirectory } from "../src/io/zip";
import { readFileSync } from "node:fs";
import { ledgerRows } from "./bench/ledger";

const [mode, file, count] = process.argv.slice(2);
const PERIOD = { year: 2023, month: 4 };

type Figures = Map<string, [number, number, number]>;

/** ackUtfall, ackBudget, årsbudget per uppdrag for 2023-04, in öre, from the generator itself. */
function independent(): Figures {
  const sums: Figures = new Map();
  for (const [period, uppdrag, , utfall, budget] of ledgerRows(Number(count)))
    add(sums, Number(period), String(uppdrag), utfall as number, budget as number | null);
  return sums;
}

function add(sums: Figures, period: number, uppdrag: string, utfall: unknown, budget: unknown) {
  if (Math.floor(period / 100) !== PERIOD.year) return;
  let s = sums.get(uppdrag);
  if (!s) sums.set(uppdrag, (s = [0, 0, 0]));
  const ore = (v: unknown) => (typeof v === "number" ? Math.round(v * 100) : 0);
  s[2] += ore(budget);
  if (period % 100 > PERIOD.month) return;
  s[0] += ore(utfall);
  s[1] += ore(budget);
}

const same = (a: Figures, b: Figures) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k)?.every((x, i) => x === v[i]));

/**
 * The floor: zlib inflates the sheet, and a scan finds each value's bytes. zlib gives its output
 * in 1 MB chunks and runs up to 8 MB ahead, as it does for our reader (src/io/inflateNode.ts): in
 * its default 16 kB chunks the hand-overs between zlib's thread and the scan took more time than
 * inflating and scanning (a floor of 2,9 s instead of 1,5 s on the million-row ledger), which is
 * no reader's floor.
 */
async function floor() {
  const bytes = readFileSync(file);
  const entry = zipDirectory(bytesAt(bytes), bytes.length, file).list.find((e) =>
    e.name.startsWith("xl/worksheets/"),
  )!;
  const start = dataStart(bytesAt(bytes), entry, file);
  let values = 0;
  const inflate = createReadStream(file, {
    start,
    end: start + entry.compressed - 1,
    highWaterMark: 256 * 1024,
  }).pipe(
    createInflateRaw({
      chunkSize: 1024 * 1024,
      readableHighWaterMark: 8 * 1024 * 1024,
    } as ZlibOptions),
  );
  for await (const chunk of inflate as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(60); i >= 0; i = chunk.indexOf(60, i + 1))
      if (chunk[i + 1] === 118 && chunk[i + 2] === 62) values++;
  }
  return { values };
}

async function ours() {
  const [sheet] = await readWorkbookStreaming(file, "huvudbok.xlsx");
  const result = sheet.streamed![0].ledger!.aggregator.result(PERIOD);
  const read: Figures = new Map(
    result.uppdrag.map((u) => [u.namn, [u.ackUtfall ?? 0, u.ackBudget ?? 0, u.arsbudget ?? 0]]),
  );
  return read;
}

/** exceljs's streaming reader with shared strings cached and nothing else kept. */
async function exceljs() {
  const read: Figures = new Map();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "ignore",
  });
  for await (const ws of reader) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      const v = row.values as unknown[];
      if (row.number > 1) add(read, Number(v[1]), String(v[2]), v[4], v[5]);
    }
  }
  return read;
}

/**
 * This process's own peak memory. Linux keeps getrusage's maxRSS across fork and exec, so a child
 * would report the bench parent's peak; VmHWM belongs to the process's own address space.
 */
function peakMb(): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

/** CPU time of every thread (zlib inflates on the thread pool): less bent by a loaded machine. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function run() {
  const start = performance.now();
  const cpuStart = cpuMs();
  const read = mode === "floor" ? await floor() : mode === "ours" ? await ours() : await exceljs();
  const ms = performance.now() - start;
  const cpu = cpuMs() - cpuStart;
  // Checked after the clock stops: the independent sums are not the reader's work.
  const extra = read instanceof Map ? { exact: same(read, independent()) } : read;
  process.stdout.write(`${JSON.stringify({ mode, ms, cpuMs: cpu, rssMb: peakMb(), ...extra })}\n`);
}

run().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
