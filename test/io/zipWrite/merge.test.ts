import { WorkbookEdits } from "../../../src/io/zipWrite";
import { SheetMerge } from "../../../src/io/zipWrite/sheetMerge";
import { StyleBook } from "../../../src/io/zipWrite/styles";

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A sheet with a namespace prefix, a comment, rows and cells without `r`, and a row style. */
const SHEET =
  `<?xml version="1.0" encoding="UTF-8"?><x:worksheet ${NS}><x:dimension ref="A1:C4"/>` +
  `<x:sheetData><!-- <x:row r="9"> i en kommentar --><x:row r="1" spans="1:3"><x:c r="A1" t="inlineStr"><x:is><x:t>Förtroendevalda</x:t></x:is></x:c><x:c r="C1" s="1"><x:v>3</x:v></x:c></x:row>` +
  `<x:row><x:c><x:v>10</x:v></x:c><x:c><x:v>11</x:v></x:c></x:row>` +
  `<x:row r="4" s="1" customFormat="1"/></x:sheetData><x:mergeCells count="0"/></x:worksheet>`;

function edits() {
  const e = new WorkbookEdits();
  e.set("s", 0, 1, { value: "Åtgärd & <mer>", format: "@", bold: true });
  e.set("s", 0, 2, null);
  e.set("s", 1, 3, { value: 1234.5, format: "#,##0.0" });
  e.set("s", 2, 0, { value: 7, format: "0%" });
  e.set("s", 3, 1, { value: -2, format: "General" });
  e.set("s", 6, 4, { value: "Ny rad" });
  e.set("s", 7, 0, null);
  return e.sheets.get("s")!;
}

/** The merged sheet, its bytes handed over `size` at a time. */
function merge(size: number): string {
  const bytes = new TextEncoder().encode(SHEET);
  const out: Uint8Array[] = [];
  const styles: string[] = [];
  const m = new SheetMerge(
    edits(),
    (base, e) => (styles.push(`${base}:${e.format}:${!!e.bold}`), 10 + styles.length),
    (b) => void out.push(b.slice()),
    (why) => new Error(why),
  );
  for (let i = 0; i < bytes.length; i += size) m.push(bytes.subarray(i, i + size));
  m.end();
  return Buffer.concat(out).toString("utf8");
}

describe("merging cells into a sheet as it streams", () => {
  const whole = merge(1 << 20);

  it("replaces, adds and clears exactly the edited cells, in column order, keeping the rest byte for byte", () => {
    expect(whole).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><x:worksheet ${NS}><x:dimension ref="A1:E7"/>` +
        `<x:sheetData><!-- <x:row r="9"> i en kommentar --><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Förtroendevalda</x:t></x:is></x:c>` +
        `<x:c r="B1" s="11" t="inlineStr"><x:is><x:t xml:space="preserve">Åtgärd &amp; &lt;mer&gt;</x:t></x:is></x:c></x:row>` +
        `<x:row r="2"><x:c r="A2"><x:v>10</x:v></x:c><x:c r="B2"><x:v>11</x:v></x:c><x:c r="D2" s="12"><x:v>1234.5</x:v></x:c></x:row>` +
        `<x:row r="3"><x:c r="A3" s="13"><x:v>7</x:v></x:c></x:row>` +
        `<x:row r="4" s="1" customFormat="1"><x:c r="B4" s="14"><x:v>-2</x:v></x:c></x:row>` +
        `<x:row r="7"><x:c r="E7" t="inlineStr"><x:is><x:t xml:space="preserve">Ny rad</x:t></x:is></x:c></x:row>` +
        `</x:sheetData><x:mergeCells count="0"/></x:worksheet>`,
    );
  });

  it("gives the same bytes however the sheet is cut into chunks (1 to 200 bytes)", () => {
    for (let size = 1; size <= 200; size++) expect(merge(size)).toBe(whole);
  });
});

describe("the styles part", () => {
  const xml =
    `<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;x&quot;"/></numFmts>` +
    `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><i/><b/><sz val="9"/></font></fonts>` +
    `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
    `<cellXfs count="2"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="2" fontId="1" fillId="3" xfId="0"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;

  it("appends formats, fonts and cell styles, never changing one there, and reuses what it made", () => {
    const book = new StyleBook(xml);
    expect(book.styleOf(0, { value: 1, format: "#,##0", bold: true })).toBe(2);
    expect(book.styleOf(1, { value: 1, format: "#,##0.0" })).toBe(3);
    expect(book.styleOf(0, { value: 1, format: "#,##0", bold: true })).toBe(2);
    expect(book.styleOf(0, { value: 1, format: '0.0"x"', bold: false })).toBe(4);
    expect(book.result()).toBe(
      `<styleSheet xmlns="m"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0&quot;x&quot;"/><numFmt numFmtId="165" formatCode="#,##0.0"/></numFmts>` +
        `<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font><font><i/><b/><sz val="9"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><i/><sz val="9"/></font></fonts>` +
        `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
        `<cellXfs count="5"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="2" fontId="1" fillId="3" xfId="0"><alignment wrapText="1"/></xf>` +
        `<xf numFmtId="3" fontId="2" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
        `<xf numFmtId="165" fontId="3" fillId="3" xfId="0" applyNumberFormat="1" applyFont="1"><alignment wrapText="1"/></xf>` +
        `<xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs></styleSheet>`,
    );
  });

  it("makes the number format list where the part has none, first in the part", () => {
    const book = new StyleBook(xml.replace(/<numFmts.*<\/numFmts>/, ""));
    book.styleOf(0, { value: 1, format: "0.0%" });
    expect(book.result()).toMatch(
      /^<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"\/><\/numFmts><fonts count="2">/,
    );
  });
});
