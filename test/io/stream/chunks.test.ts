import { Sheet } from "../../../src/core/mapping/grid";
import { readXlsx } from "../../../src/io/stream/read";
import { bytesAt } from "../../../src/io/zip";
import { workbookEntries, zipOf } from "./zipWriter";

/** Uppdrag as the reports name them: two-byte å, ä, ö everywhere, and one three-byte dash. */
const UPPDRAG = [
  "Förtroendevalda",
  "Oförutsett regionstyrelsen",
  "Utvecklingsmedel hälso- och sjukvård",
  "Åtgärder – ökad tillgänglighet",
  "Måltidsförsörjning",
];
const ROWS = 60;

/** Row i: month 1–12 of 2023, an uppdrag, a konto, utfall and budget in öre (integers, exact). */
function row(i: number) {
  const sign = i % 3 ? -1 : 1;
  return {
    period: 202301 + (i % 12),
    uppdrag: UPPDRAG[(i * 7) % UPPDRAG.length],
    konto: sign > 0 ? "3010" : "4010",
    utfall: sign * ((i * 7919 * 13) % 9_999_999),
    budget: i % 4 ? null : sign * ((i * 104_729) % 5_000_000),
  };
}

const kr = (ore: number) =>
  `${ore < 0 ? "-" : ""}${Math.floor(Math.abs(ore) / 100)}.${String(Math.abs(ore) % 100).padStart(2, "0")}`;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const cell = (ref: string, v: string | number | null, shared?: number) =>
  v === null
    ? ""
    : typeof v === "number"
      ? `<c r="${ref}"><v>${v}</v></c>`
      : shared !== undefined
        ? `<c r="${ref}" t="s"><v>${shared}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;

/**
 * A ledger sheet written by hand, uppdrag as inline strings on odd rows and as shared strings on
 * even ones, amounts as kr with öre. Stored, not deflated, so the reader's chunks are exactly the
 * size the test asks for and a multi-byte letter is cut at every place a chunk boundary can fall.
 */
function ledger(): Buffer {
  const head = ["Period", "Uppdrag", "Konto", "Utfall (kr)", "Budget (kr)"];
  const rows = [`<row r="1">${head.map((h, c) => cell(`${"ABCDE"[c]}1`, h)).join("")}</row>`];
  for (let i = 0; i < ROWS; i++) {
    const r = row(i);
    const n = i + 2;
    rows.push(
      `<row r="${n}">${cell(`A${n}`, r.period)}${cell(`B${n}`, r.uppdrag, i % 2 ? undefined : UPPDRAG.indexOf(r.uppdrag))}` +
        `${cell(`C${n}`, r.konto)}<c r="D${n}"><v>${kr(r.utfall)}</v></c>` +
        `${r.budget === null ? "" : `<c r="E${n}"><v>${kr(r.budget)}</v></c>`}</row>`,
    );
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${UPPDRAG.map((u) => `<si><t>${esc(u)}</t></si>`).join("")}</sst>`;
  return zipOf(workbookEntries(sheet, sst).map((e) => ({ ...e, stored: true })));
}

/** The figures computed straight from the rows, in öre, without any reader. */
function independent() {
  const sums = new Map<string, { ackUtfall: number; ackBudget: number }>();
  for (let i = 0; i < ROWS; i++) {
    const r = row(i);
    const s = sums.get(r.uppdrag) ?? { ackUtfall: 0, ackBudget: 0 };
    s.ackUtfall += r.utfall;
    s.ackBudget += r.budget ?? 0;
    sums.set(r.uppdrag, s);
  }
  return sums;
}

function figures(sheets: Sheet[]) {
  const result = sheets[0].streamed![0].ledger!.aggregator.result({ year: 2023, month: 12 });
  return new Map(
    result.uppdrag.map((u) => [u.namn, { ackUtfall: u.ackUtfall, ackBudget: u.ackBudget }]),
  );
}

describe("Swedish names split across chunk boundaries", () => {
  const file = ledger();
  const expected = independent();

  it("the test ledger is large enough to be summed as a ledger and has every name", () => {
    expect(file.length).toBeGreaterThan(10_000);
    expect([...expected.keys()].sort()).toEqual([...UPPDRAG].sort());
  });

  it("gives every uppdrag's sums exactly, in öre, read in chunks of every size from 1 to 400 bytes", async () => {
    for (let chunk = 1; chunk <= 400; chunk++) {
      const sheets = await readXlsx(bytesAt(file), file.length, "huvudbok.xlsx", {
        sumLedgers: true,
        chunk,
      });
      expect({ chunk, figures: figures(sheets) }).toEqual({ chunk, figures: expected });
    }
  });

  it("holds the same cells whatever the chunk size, when the rows are held instead of summed", async () => {
    const whole = await readXlsx(bytesAt(file), file.length, "huvudbok.xlsx");
    expect(whole[0].values[2]).toEqual([202302, UPPDRAG[2], "4010", row(1).utfall / 100]);
    for (const chunk of [1, 2, 3, 5, 7, 64, 1000]) {
      const sheets = await readXlsx(bytesAt(file), file.length, "huvudbok.xlsx", { chunk });
      expect(sheets[0].values).toEqual(whole[0].values);
    }
  });
});

describe("a text longer than the bytes of a chunk copied to finish it (8 kB)", () => {
  // 20 000 characters, 2–3 bytes for each å, ä, ö and dash: no chunk size finishes it in its head.
  const long = "Åtgärder – ökad tillgänglighet, ".repeat(625);
  const cells = (n: number) =>
    `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>${long}</t></is></c><c r="B${n}" t="str"><v>${long.slice(0, 9000)}</v></c><c r="C${n}"><v>${n}.25</v></c></row>`;
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${[1, 2, 3].map(cells).join("")}</sheetData></worksheet>`;
  const file = zipOf(workbookEntries(sheet).map((e) => ({ ...e, stored: true })));

  it("is read whole, whatever the chunk size", async () => {
    const expected = [1, 2, 3].map((n) => [long, long.slice(0, 9000), n + 0.25]);
    for (const chunk of [1, 997, 8192, 9001, 12_000, 30_000, 70_000, 200_000]) {
      const sheets = await readXlsx(bytesAt(file), file.length, "lång.xlsx", { chunk });
      expect({ chunk, values: sheets[0].values }).toEqual({ chunk, values: expected });
    }
  });
});
