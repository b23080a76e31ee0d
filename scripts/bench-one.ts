/**
 * One measurement of `npm run bench`, in its own process so that each size's peak memory is its
 * own: `bench-one.ts MODE FILE ROWS`, printing one JSON line.
 */
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { Dec } from "../src/core/decimal";
import { LedgerReader } from "../src/core/mapping/ledgerRows";
import { SourceMapping } from "../src/core/mapping/match";
import { SourceTable } from "../src/core/mapping/blocks";
import { RawValue } from "../src/core/mapping/grid";
import { STREAM_OPTIONS } from "../src/io/xlsxStream";
import { ledgerRows } from "./bench/ledger";

const [mode, file, count] = process.argv.slice(2);
const PERIOD = { year: 2023, month: 4 };

/** The floor: the same library and options, reading every row and summing two columns. */
async function floor() {
  let rows = 0;
  let sum = 0;
  for await (const ws of new ExcelJS.stream.xlsx.WorkbookReader(file, STREAM_OPTIONS)) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      const v = row.values as unknown[];
      if (typeof v[4] === "number") sum += v[4];
      if (typeof v[5] === "number") sum += v[5];
      rows++;
    }
  }
  return { rows, sum };
}

/** The whole report as a user runs it: read, map, aggregate, compute, write JSON. */
async function report() {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    const code = await main([file, "--period", "2023-04", "--json", `${file}.json`]);
    if (code !== 0) throw new Error(`rapporten avslutades med ${code}`);
  } finally {
    process.stdout.write = write;
  }
}

const TABLE: SourceTable = {
  id: "Huvudbok!A1",
  sheet: "Huvudbok",
  caption: "",
  headers: ["Period", "Uppdrag", "Konto", "Utfall", "Budget"],
  headerRow: 0,
  firstCol: 0,
  rows: [],
  formats: [],
};
const MAPPING: SourceMapping = {
  kind: "huvudbok",
  table: TABLE.id,
  columns: { period: 0, uppdrag: 1, konto: 2, utfall: 3, budget: 4 },
  years: {},
  unit: "kr",
  unitFrom: "rubrik",
  confidence: 1,
};

/** The rows the file holds, generated in memory, so aggregation is timed without the read. */
function rowsInMemory(): RawValue[][] {
  return [...ledgerRows(Number(count))];
}

function exact(rows: RawValue[][]) {
  const start = performance.now();
  const ledger = new LedgerReader(TABLE, MAPPING);
  rows.forEach((r, i) => ledger.row(r, i));
  const result = ledger.aggregator.result(PERIOD);
  return { ms: performance.now() - start, uppdrag: result.uppdrag.length };
}

/** The same sums done the naive way: a decimal.js object per amount, summed per uppdrag, month and flow. */
function naive(rows: RawValue[][]) {
  const start = performance.now();
  const sums = new Map<string, Dec>();
  const add = (key: string, v: RawValue) => {
    if (typeof v !== "number") return;
    sums.set(key, (sums.get(key) ?? new Dec(0)).plus(new Dec(String(v))));
  };
  for (const [period, uppdrag, konto, utfall, budget] of rows) {
    const flode = String(konto).startsWith("3") ? "intakt" : "kostnad";
    add(`${uppdrag}|${period}|u`, utfall);
    add(`${uppdrag}|${period}|b`, budget);
    add(`${flode}|${period}|u`, utfall);
    add(`${flode}|${period}|b`, budget);
  }
  return { ms: performance.now() - start, keys: sums.size };
}

async function run() {
  const start = performance.now();
  let extra: object = {};
  if (mode === "floor") extra = await floor();
  else if (mode === "report") await report();
  else if (mode === "aggregate") {
    const rows = rowsInMemory();
    exact(rows); // warm the JIT on the same code the report runs
    extra = { exact: exact(rows).ms, naive: naive(rows).ms };
  } else throw new Error(`okänt läge ${mode}`);
  const ms = performance.now() - start;
  process.stdout.write(
    `${JSON.stringify({ mode, ms, rssMb: process.resourceUsage().maxRSS / 1024, ...extra })}\n`,
  );
}

run().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
