import { plainIndex, plainNumber, TextCache } from "../../../src/io/stream/bytes";
import { readXlsx } from "../../../src/io/stream/read";
import { decode } from "../../../src/io/stream/xml";
import { bytesAt } from "../../../src/io/zip";
import { workbookEntries, zipOf } from "./zipWriter";

const bytes = (s: string) => new TextEncoder().encode(s);

/** A fixed pseudo-random sequence, so a failure names a number that fails again. */
function* numbers(): Generator<string> {
  let seed = 12345;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const digits = (n: number) => Array.from({ length: n }, () => next(10)).join("");
  for (let i = 0; i < 20_000; i++) {
    const sign = next(3) ? "" : "-";
    const whole = digits(1 + next(12));
    const decimals = next(4) ? digits(next(8)) : "";
    yield `${sign}${whole}${decimals ? `.${decimals}` : ""}`;
  }
  yield* ["0", "-0", "0.1", "0.2", "0.30000000000000004", "5.", ".5", "000123.4500"];
  yield* ["123456789012345", "-999999999999999", "0.000000000000000000001"];
  yield* ["26564.48", "-18163.2", "49736.96", "202201", "1.7976931348623157"];
}

describe("reading values straight from a cell's bytes", () => {
  it("gives exactly parseFloat's number for every plain decimal it takes", () => {
    let taken = 0;
    const wrong: string[] = [];
    for (const s of numbers()) {
      const n = plainNumber(bytes(s), 0, s.length);
      if (n === undefined) continue;
      taken++;
      if (!Object.is(n, parseFloat(s))) wrong.push(`${s} → ${n}`);
    }
    expect(wrong).toEqual([]);
    expect(taken).toBeGreaterThan(19_000);
  });

  it("leaves anything else to parseFloat: exponents, 16 digits and more, signs and spaces it does not know", () => {
    for (const s of [
      "1.5E-3",
      "1e5",
      "0.10000000000000001",
      "12345678901234567",
      "",
      "-",
      ".",
      " 1",
      "1 ",
      "+1",
      "1.2.3",
      "12abc",
      "−5",
    ])
      expect({ s, n: plainNumber(bytes(s), 0, s.length) }).toEqual({ s, n: undefined });
  });

  it("reads a shared string's index, and nothing that is not plain digits", () => {
    expect(plainIndex(bytes("x17y"), 1, 3)).toBe(17);
    expect(plainIndex(bytes("0"), 0, 1)).toBe(0);
    for (const s of ["", "-1", "1.0", " 1", "1234567890"])
      expect(plainIndex(bytes(s), 0, s.length)).toBe(-1);
  });

  it("decodes a text once and gives the same string back, entities and line ends as decode gives them", () => {
    const cache = new TextCache();
    const texts = [
      "Förtroendevalda",
      "Åtgärder – ökad tillgänglighet",
      "a &amp; b",
      "rad\r\nny",
      "x".repeat(100),
      "",
    ];
    for (const t of texts) {
      const b = bytes(`>${t}<`);
      const first = cache.text(b, 1, b.length - 1);
      expect(first).toBe(decode(b, 1, b.length - 1));
      expect(cache.text(bytes(`${t}`), 0, b.length - 2)).toBe(first);
    }
    expect(cache.text(bytes("a &amp; b"), 0, 9)).toBe("a & b");
    expect(cache.text(bytes("rad\r\nny"), 0, 7)).toBe("rad\nny");
  });
});

/** Cells of every kind, written as Excel writes them (tags back to back). */
const CELLS = [
  `<c r="A1"><v>26564.48</v></c>`,
  `<c r="B1"><v>-18163.2</v></c>`,
  `<c r="C1"><v>1.5E-3</v></c>`,
  `<c r="D1"><v>0.10000000000000001</v></c>`,
  `<c r="E1" t="s"><v>1</v></c>`,
  `<c r="F1" t="s"><v>7</v></c>`,
  `<c r="G1" t="str"><v>Förtroendevalda &amp; Hälsa</v></c>`,
  `<c r="H1" t="b"><v>1</v></c>`,
  `<c r="I1" t="e"><v>#N/A</v></c>`,
  `<c r="J1" t="n"><v>7</v></c>`,
  `<c r="K1"><v></v></c>`,
  `<c r="L1"/>`,
  `<c t='str' r='M1'><v>enkla citattecken</v></c>`,
  `<c><v>13</v></c>`,
  `<c r="P1" t="inlineStr"><is><t>Måltid</t></is></c>`,
  `<c r="Q1"><f>A1*2</f><v>53128.96</v></c>`,
  `<c r="R1" t="str"><f>G1</f><v>Övriga</v></c>`,
];

function sheet(cells: string[]) {
  const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells.join("")}</row></sheetData></worksheet>`;
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Noll</t></si><si><t>Ett år</t></si></sst>`;
  return zipOf(workbookEntries(xml, sst));
}

describe("a sheet's cells read in one go and tag by tag", () => {
  it("give the same values, and the values these cells hold", async () => {
    // White space between the tags: the one-go reading declines and every tag is read alone.
    const loose = CELLS.map((c) => c.replace(/><v>/, "> <v>").replace(/<\/v><\/c>/, "</v> </c>"));
    expect(loose.filter((c, i) => c !== CELLS[i]).length).toBeGreaterThan(12);
    const read = async (cells: string[]) => {
      const file = sheet(cells);
      return (await readXlsx(bytesAt(file), file.length, "celler.xlsx"))[0].values;
    };
    const tight = await read(CELLS);
    expect(await read(loose)).toEqual(tight);
    expect(tight).toEqual([
      [
        26564.48,
        -18163.2,
        0.0015,
        0.1,
        "Ett år",
        null,
        "Förtroendevalda & Hälsa",
        true,
        { error: "#N/A" },
        7,
        null,
        null,
        "enkla citattecken",
        13,
        null,
        "Måltid",
        53128.96,
        "Övriga",
      ],
    ]);
  });
});

describe("a sheet's rows read in one go and tag by tag", () => {
  // Row tags as Excel and others write them: spans and prefixed attributes after r, r after
  // others, no r (the next row), single quotes, a quoted ">", an empty self-closing row.
  const ROWS = [
    `<row r="2" spans="1:2" x14ac:dyDescent="0.25"><c r="A2"><v>1</v></c></row>`,
    `<row spans="1:2"><c><v>2</v></c></row>`,
    `<row r="5"/>`,
    `<row ht='15' r='7' customHeight="1"><c r="B7"><v>7</v></c></row>`,
    `<row r="8" x="a>b/"><c r="A8"><v>8</v></c><c r="C8" t="str"><v>Åtta</v></c></row>`,
    `<row><c r="B9"><v>9</v></c></row>`,
  ];
  const read = async (rows: string[], prefix = "") => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
    // A namespace prefix on row and cell tags: the one-go reading declines them all.
    const file = zipOf(
      workbookEntries(prefix ? xml.replace(/<(\/?)(row|c|v)\b/g, `<$1${prefix}$2`) : xml),
    );
    return (await readXlsx(bytesAt(file), file.length, "rader.xlsx"))[0].values;
  };

  it("give the same rows, at the rows and columns their tags say", async () => {
    const tight = await read(ROWS);
    expect(await read(ROWS, "x:")).toEqual(tight);
    expect(tight).toEqual([[], [1], [2], [], [], [], [null, 7], [8, null, "Åtta"], [null, 9]]);
  });
});
