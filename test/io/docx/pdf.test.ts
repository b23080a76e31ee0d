import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReportDocument } from "../../../src/core/report/document";
import { exportDocx } from "../../../src/io/docx";
import { isFigure } from "../../../src/io/chapter";
import { exampleDocument, makeTemplate } from "./helpers";
import { describeIfInstalled } from "../../needs";

/**
 * A real office suite opens what we write: LibreOffice converts the exports to PDF and the PDF's
 * text holds the tables' figures. CI installs LibreOffice (.ci/run), so there a missing soffice is
 * a failure; on a developer machine without it the test is skipped.
 */
const has = (cmd: string, flag: string) => spawnSync(cmd, [flag], { timeout: 60_000 }).status === 0;
const available = has("soffice", "--version") && has("pdftotext", "-v");
const suite = describeIfInstalled(
  available,
  "PDF-provet av Word-exporten",
  "soffice eller pdftotext (apt-get install libreoffice-writer-nogui poppler-utils)",
);

suite("LibreOffice opens the exports", () => {
  const dir = mkdtempSync(join(tmpdir(), "eko-pdf-"));
  const text: Record<string, string> = {};
  let doc000: ReportDocument;
  let doc002: ReportDocument;

  beforeAll(async () => {
    if (!available)
      throw new Error(
        "soffice eller pdftotext saknas; i CI installerar .ci/run libreoffice-writer-nogui och poppler-utils, och testet får inte hoppas över där",
      );
    doc000 = await exampleDocument("uppfoljningsrapport1-2021.xlsx");
    doc002 = await exampleDocument("arsredovisning-2020.xlsx");
    const template = await makeTemplate([
      "Avvikelse {belopp:resultatindikator.avvikelse}",
      "{tabell:resultatrakning}",
      [
        ["Uppdrag", "Prognos"],
        ["{#rader:prognos}{kolumn:1}", "{kolumn:prognos}{/rader:prognos}"],
      ],
    ]);
    const files = {
      builtin000: await exportDocx(doc000),
      builtin002: await exportDocx(doc002),
      mall000: await exportDocx(doc000, { template }),
    };
    for (const [name, bytes] of Object.entries(files))
      writeFileSync(join(dir, `${name}.docx`), bytes);
    // A private profile: a developer's running LibreOffice, or a parallel test, must not share it.
    const convert = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profil")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...Object.keys(files).map((n) => join(dir, `${n}.docx`)),
      ],
      { timeout: 120_000, encoding: "utf8" },
    );
    if (convert.status !== 0)
      throw new Error(
        `soffice kunde inte konvertera (status ${convert.status}): ${convert.stderr}`,
      );
    for (const name of Object.keys(files)) {
      const pdf = spawnSync("pdftotext", [join(dir, `${name}.pdf`), "-"], {
        encoding: "utf8",
        timeout: 30_000,
      });
      if (pdf.status !== 0)
        throw new Error(`pdftotext misslyckades för ${name}.pdf: ${pdf.stderr}`);
      text[name] = pdf.stdout.replace(/\u00a0/g, " ");
    }
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const figures = (doc: ReportDocument) =>
    doc.tables.flatMap((t) => t.rows.flatMap((r, i) => r.filter((_, c) => isFigure(t, i, c))));

  it("seed 000: every figure of chapters 4 and 5 is in the PDF of the built-in template", () => {
    expect(text.builtin000).toContain("5.2.1 Resultaträkning");
    expect(text.builtin000).toContain("-475 423 tkr");
    for (const f of figures(doc000)) expect(text.builtin000).toContain(f);
  });

  it("seed 002: every figure of chapters 4, 5 and 6 is in the PDF of the built-in template", () => {
    expect(text.builtin002).toContain("6 Verksamhetsmått");
    expect(text.builtin002).toContain("-504 844 tkr");
    for (const f of figures(doc002)) expect(text.builtin002).toContain(f);
  });

  it("seed 000: the filled organisation template converts with its header, footer and figures", () => {
    for (const s of [
      "Regionkontoret – Uppföljningsrapport 1 januari–april 2021",
      "Mallens sidfot",
      "Avvikelse 20 694 tkr",
      "-154,7",
      "-131,6",
    ])
      expect(text.mall000).toContain(s);
  });
});
