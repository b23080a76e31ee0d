import { builtinLayout } from "../../../src/core/layout/builtin";
import { Layout } from "../../../src/core/layout/model";
import { checkMessages, runExample } from "../../golden/helpers";

/**
 * examples/uppfoljningsrapport2-2023.xlsx has no staff figures, so 4.4 Personalomsättning and
 * 4.5 Sjukfrånvaro (the built-in layout's numbers) cannot be made: each is a check of its own.
 */
describe("a table the data cannot make is the check tabell-saknas", () => {
  it("names the table by the layout's section and title, with the reason and the Word document", async () => {
    const run = await runExample("uppfoljningsrapport2-2023.xlsx");
    expect(run.report.checks.filter((c) => c.id === "tabell-saknas")).toEqual([
      {
        id: "tabell-saknas",
        severity: "varning",
        message:
          "4.4 Personalomsättning kan inte tas fram: personalomsättning saknas i arbetsboken. Den lämnas utanför Word-dokumentet.",
        where: ["personalomsattning"],
      },
      {
        id: "tabell-saknas",
        severity: "varning",
        message:
          "4.5 Sjukfrånvaro kan inte tas fram: sjukfrånvaro saknas i arbetsboken. Den lämnas utanför Word-dokumentet.",
        where: ["sjukfranvaro"],
      },
    ]);
  });

  it("follows a renamed, renumbered layout and says when the layout requires the table", async () => {
    const layout: Layout = JSON.parse(JSON.stringify(builtinLayout("uppfoljningsrapport2")));
    const sjuk = layout.tables.find((t) => t.id === "sjukfranvaro")!;
    Object.assign(sjuk, { section: "14.5", title: "Frånvaro på grund av sjukdom", required: true });
    layout.tables = layout.tables.filter((t) => t.id !== "personalomsattning");
    const run = await runExample("uppfoljningsrapport2-2023.xlsx", { layout });
    expect(checkMessages(run, "tabell-saknas")).toEqual([
      "14.5 Frånvaro på grund av sjukdom kan inte tas fram: sjukfrånvaro saknas i arbetsboken. Layouten kräver den, så Word-dokumentet visar rubriken med skälet.",
    ]);
  });

  it("is not there when every table is made (seed 000)", async () => {
    const run = await runExample("uppfoljningsrapport1-2021.xlsx");
    expect(checkMessages(run, "tabell-saknas")).toEqual([]);
  });
});
