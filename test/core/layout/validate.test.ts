import { builtinLayout } from "../../../src/core/layout/builtin";
import { parseLayout } from "../../../src/core/layout/validate";
import { REPORT_TYPES } from "../../../src/core/report/model";

/** A layout as loose JSON, to break on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type L = any;
const base = (): L => JSON.parse(JSON.stringify(builtinLayout("uppfoljningsrapport1")));

describe("parseLayout", () => {
  it("reads every built-in layout", () => {
    for (const type of REPORT_TYPES) expect(builtinLayout(type).tables.length).toBeGreaterThan(0);
  });

  it("names the place in the file, in Swedish", () => {
    const l = base();
    l.tables[3].columns[1].heading = "";
    expect(() => parseLayout(l, "min.json")).toThrow(
      "min.json, tables[3].columns[1].heading: ska vara en text som inte är tom",
    );
  });

  it.each([
    [(l: L) => (l.tables[0].titel = "x"), "tables[0].titel: okänt fält"],
    [(l: L) => (l.tables[0].id = "okand"), "tables[0].id: ska vara ett av prognosindikator"],
    [(l: L) => (l.tables[1] = l.tables[0]), 'tables[1].id: "personalomsattning" står två gånger'],
    [(l: L) => (l.tables[3].unit = "kkr"), "tables[3].unit: ska vara ett av kr, tkr, mnkr"],
    [(l: L) => delete l.tables[3].unit, "tables[3].unit: ska vara ett av kr, tkr, mnkr"],
    [
      (l: L) => (l.tables[0].unit = "tkr"),
      "tables[0].unit: tabellen personalomsattning har inga belopp",
    ],
    [(l: L) => (l.tables[3].decimals = 1.5), "tables[3].decimals: ska vara ett heltal 0–6"],
    [
      (l: L) => l.tables[3].columns.shift(),
      'tables[3].columns: kolumnen "uppdrag" som namnger raderna behövs',
    ],
    [
      (l: L) => (l.tables[3].columns[1].id = "utfall"),
      "tables[3].columns[1].id: ska vara ett av uppdrag, prognos",
    ],
    [
      (l: L) => (l.tables[3].columns[1].heading = "Utfall {vecka}"),
      "tables[3].columns[1].heading: okänt fält {vecka}",
    ],
    [
      (l: L) => (l.tables[2].total = "Summa"),
      "tables[2].total: tabellen prognosindikator har ingen summarad",
    ],
    [
      (l: L) => (l.texts[0].id = "forord"),
      "texts[0].id: ska vara ett av sammanfattning, prognosforandring",
    ],
    [(l: L) => (l.headings[0].title = 5), "headings[0].title: ska vara en text"],
    [(l: L) => (l.version = 2), "version: ska vara 1"],
  ])("rejects a wrong layout: %#", (edit, message) => {
    const l = base();
    edit(l);
    expect(() => parseLayout(l, "min.json")).toThrow(`min.json, ${message}`);
  });

  it("rejects what is not a layout at all", () => {
    expect(() => parseLayout([], "min.json")).toThrow("min.json, dokumentet: ska vara ett objekt");
  });
});
