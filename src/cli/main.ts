import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { EkoError } from "../core/errors";
import { Layout } from "../core/layout/model";
import { layoutFromJson } from "../core/layout/validate";
import { MappingFile } from "../core/mapping/match";
import { nothingMapped, runReport } from "../core/pipeline";
import { toDocument } from "../core/report/document";
import { checkText } from "../core/textcheck/textcheck";
import { exportDocx, readSourceMap } from "../io/docx";
import { renderHtml } from "../io/html";
import { CliArgs, parseCommandLine, UsageError } from "./args";
import { renderMarkdown, renderText } from "./render";
import { readWorkbooks } from "./workbooks";

const USAGE = `Användning: npm run report -- FIL.xlsx [fler.xlsx] [--type TYP] [--period P] [--org NAMN]
                         [--mapping M.json] [--layout L.json] [--write-layout L.json] [--json UT.json] [--markdown UT.md] [--check-text TEXT.txt]
                         [--docx UT.docx [--template MALL.docx]] [--html UT.html]

  --type      manadsrapport, uppfoljningsrapport1, uppfoljningsrapport2, arsredovisning, verksamhetsplan
              (utan --type följer typen av perioden: helår → årsredovisning, april → uppföljningsrapport 1,
              augusti → uppföljningsrapport 2, övriga månader → månadsrapport)
  --period    2023 (helår) eller 2021-04 (januari–april)
  --org       organisationens namn i rubriker och text
  --mapping   JSON-fil som anger vilka tabeller och kolumner som används (se docs/mapping.md)
  --layout    rapportens layout: tabeller, nummer, rubriker, kolumner, enheter (se docs/layout.md)
  --write-layout  skriv layouten körningen använder (efter att typ och period bestämts), att utgå från
  --json      var JSON-dokumentet skrivs (standard: out/<första filens namn>.json)
  --markdown  skriv även rapporten som Markdown
  --check-text  jämför belopp, procent och riktningsord i en egen text (t.ex. förra rapportens kapitel)
              med de framräknade siffrorna; avvikelserna kommer med bland kontrollerna
  --docx      skriv rapporten som Word-dokument, och källorna för varje siffra bredvid (UT.docx.json)
  --template  organisationens egen Word-mall med platshållare (se README, "Export till Word")
  --html      skriv kapitlet som HTML, för förhandsvisning och för att klistra in tabeller`;

export async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`Fel: ${e.message}.\n\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.values.template && !args.values.docx) {
    process.stderr.write(`--template kräver --docx UT.docx.\n\n${USAGE}\n`);
    return 2;
  }
  if (!args.positionals.length) {
    process.stderr.write(`Ange minst en arbetsbok.\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const mapping = args.values.mapping ? readMapping(args.values.mapping) : undefined;
    const layout = args.values.layout ? readLayout(args.values.layout) : undefined;
    const sheets = await readWorkbooks(args.positionals, mapping);
    const run = runReport(sheets, {
      type: args.values.type,
      period: args.values.period,
      org: args.values.org,
      mapping,
      fileName: basename(args.positionals[0]),
      layout,
    });
    const layoutOut = args.values["write-layout"];
    if (layoutOut) {
      write(layoutOut, JSON.stringify(run.report.layout, null, 2) + "\n");
      process.stdout.write(`Layouten skriven till ${layoutOut}\n`);
    }
    const nothing = nothingMapped(run);
    if (nothing) throw new EkoError(`${nothing} (--mapping M.json, se docs/mapping.md).`);
    const textFile = args.values["check-text"];
    if (textFile) run.report.checks.push(...checkText(readText(textFile), run.report));
    const headers = Object.fromEntries(run.tables.map((t) => [t.id, t.headers]));
    const doc = toDocument(run.report, run.mappings, headers);
    process.stdout.write(renderText(doc));
    const jsonPath =
      args.values.json ??
      join("out", `${basename(args.positionals[0], extname(args.positionals[0]))}.json`);
    write(jsonPath, JSON.stringify(doc, null, 2) + "\n");
    process.stdout.write(`JSON skrivet till ${jsonPath}\n`);
    if (args.values.markdown) {
      write(args.values.markdown, renderMarkdown(doc));
      process.stdout.write(`Markdown skrivet till ${args.values.markdown}\n`);
    }
    if (args.values.html) {
      write(args.values.html, renderHtml(doc));
      process.stdout.write(`HTML skrivet till ${args.values.html}\n`);
    }
    if (args.values.docx) {
      const template = args.values.template ? readFile(args.values.template, "mallen") : undefined;
      const docx = await exportDocx(doc, { template, templateName: args.values.template });
      write(args.values.docx, docx);
      // The same source map as inside the document, for tools that do not open .docx files.
      write(`${args.values.docx}.json`, JSON.stringify(readSourceMap(docx), null, 2) + "\n");
      process.stdout.write(
        `Word-dokument skrivet till ${args.values.docx} (källor i ${args.values.docx}.json)\n`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof EkoError) {
      // The core names the choice; here it is a flag (the task pane shows it at its field).
      const flag = e.field && !e.where ? `--${e.field}: ` : "";
      process.stderr.write(`Fel: ${flag}${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function readFile(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new EkoError(`${what} ${file} finns inte eller kan inte läsas`);
  }
}

function readText(file: string, what = "textfilen"): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
    throw new EkoError(`${what} ${file} ${missing ? "finns inte" : "kan inte läsas"}`);
  }
}

function readMapping(file: string): MappingFile {
  const text = readText(file, "mappningsfilen");
  try {
    return JSON.parse(text) as MappingFile;
  } catch (e) {
    throw new EkoError(`mappningsfilen ${file} kan inte läsas som JSON (${(e as Error).message})`);
  }
}

function readLayout(file: string): Layout {
  return layoutFromJson(readText(file, "layoutfilen"), file);
}

function write(path: string, content: string | Uint8Array) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`Oväntat fel: ${(e as Error).message}\n`);
      process.exit(3);
    },
  );
}
