import ExcelJS from "exceljs";

/** Uppdrag named as in the reports, so å, ä and ö fall everywhere in the shared strings. */
export const UPPDRAG = [
  "Förtroendevalda",
  "Oförutsett regionstyrelsen",
  "Utvecklingsmedel hälso- och sjukvård",
  "Regionkontoret",
  "Hälso- och sjukvård",
  "Tandvård",
  "Kultur och bildning",
  "Kollektivtrafik",
  "Regional utveckling",
  "Gemensam fastighetsförvaltning",
  "Patientnämnden",
  "Läkemedel",
  "Måltidsförsörjning",
  "Ambulanssjukvård",
  "Primärvård",
  "Psykiatri och beroendevård",
  "Folkhögskolor",
  "Ärendehantering och arkiv",
  "Övriga uppdrag",
  "Åtgärder för ökad tillgänglighet",
];
const KONTON = [
  "3010",
  "3110",
  "3510",
  "3910",
  "4010",
  "4110",
  "4410",
  "4610",
  "5010",
  "5110",
  "5410",
  "5510",
  "5810",
  "6110",
  "6210",
  "6410",
  "6710",
  "6990",
  "7010",
  "7610",
];
const PERIODS = [2022, 2023].flatMap((y) => Array.from({ length: 12 }, (_, m) => y * 100 + m + 1));

/**
 * A ledger export as a controller gets it: one row per period × uppdrag × konto, sorted by
 * period, kr with öre, revenue on class 3 positive, costs negative, budget on every fourth row.
 * Deterministic (a fixed linear congruential sequence), so every run reads the same file.
 */
export function* ledgerRows(n: number): Generator<(string | number | null)[]> {
  let seed = 20230401;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < n; i++) {
    const period = PERIODS[Math.floor((i * PERIODS.length) / n)];
    const konto = KONTON[(i * 7) % KONTON.length];
    const sign = konto.startsWith("3") ? 1 : -1;
    const utfall = (sign * (next() % 5_000_000)) / 100;
    const budget = i % 4 === 0 ? (sign * (next() % 5_000_000)) / 100 : null;
    yield [period, UPPDRAG[(i * 13) % UPPDRAG.length], konto, utfall, budget];
  }
}

/** Written with the streaming writer, so a million rows never sit in memory while generating. */
export async function writeLedger(path: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: false,
  });
  const ws = wb.addWorksheet("Huvudbok");
  ws.addRow(["Period", "Uppdrag", "Konto", "Utfall (kr)", "Budget (kr)"]).commit();
  for (const row of ledgerRows(n)) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
}
