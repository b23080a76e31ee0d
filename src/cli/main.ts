import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { EkoError } from "../core/errors";
import { Sheet } from "../core/mapping/grid";
import { MappingFile } from "../core/mapping/match";
import { runReport } from "../core/pipeline";
import { toDocument } from "../core/report/document";
import { checkText } from "../core/textcheck/textcheck";
import { exportDocx, readSourceMap } from "../io/docx";
import { renderHtml } from "../io/html";
import { readWorkbookFile } from "../io/xlsxStream";
import { renderMarkdown, renderText } from "./render";

const USAGE = `Användning: npm run report -- FIL.xlsx [fler.xlsx] [--type TYP] [--period P] [--org NAMN]
                         [--mapping M.json] [--json UT.json] [--markdown UT.md] [--check-text TEXT.txt]
                         [--docx UT.docx [--template MALL.docx]] [--html UT.html]

  --type      manadsrapport, uppfoljningsrapport1, uppfoljningsrapport2, arsredovisning, verksamhetsplan
              (utan --type följer typen av perioden: helår → årsredovisning, april → uppföljningsrapport 1,
              augusti → uppföljningsrapport 2, övriga månader → månadsrapport)
  --period    2023 (helår) eller 2021-04 (januari–april)
  --org       organisationens namn i rubriker och text
  --mapping   JSON-fil som anger vilka tabeller och kolumner som används (se docs/mapping.md)
  --json      var JSON-dokumentet skrivs (standard: out/<första filens namn>.json)
  --markdown  skriv även rapporten som Markdown
  --check-text  jämför belopp, procent och riktningsord i en egen text (t.ex. förra rapportens kapitel)
              med de framräknade siffrorna; avvikelserna kommer med bland kontrollerna
  --docx      skriv rapporten som Word-dokument, och källorna för varje siffra bredvid (UT.docx.json)
  --template  organisationens egen Word-mall med platshållare (se README, "Export till Word")
  --html      skriv kapitlet som HTML, för förhandsvisning och för att klistra in tabeller`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        type: { type: "string" },
        period: { type: "string" },
        org: { type: "string" },
        mapping: { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        docx: { type: "string" },
        template: { type: "string" },
        html: { type: "string" },
        "check-text": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
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
    const sheets = await readAll(args.positionals, mapping);
    const run = runReport(sheets, {
      type: args.values.type,
      period: args.values.period,
      org: args.values.org,
      mapping,
      fileName: basename(args.positionals[0]),
    });
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
      const docx = await exportDocx(doc, { template });
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

async function readAll(files: string[], mapping?: MappingFile): Promise<Sheet[]> {
  const sheets: Sheet[] = [];
  for (const file of files) {
    try {
      statSync(file);
    } catch {
      throw new EkoError(`filen ${file} finns inte eller kan inte läsas`);
    }
    // Large workbooks (a ledger export) are read streaming; see src/io/limits.ts.
    const own = await readWorkbookFile(file, file, mapping);
    // Sheets from several workbooks keep their names unless two share one.
    for (const s of own)
      sheets.push(
        sheets.some((x) => x.name === s.name) ? { ...s, name: `${basename(file)} ${s.name}` } : s,
      );
  }
  return sheets;
}

function readFile(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new EkoError(`${what} ${file} finns inte eller kan inte läsas`);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new EkoError(`textfilen ${file} finns inte eller kan inte läsas`);
  }
}

function readMapping(file: string): MappingFile {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as MappingFile;
  } catch (e) {
    throw new EkoError(`mappningsfilen ${file} kan inte läsas som JSON (${(e as Error).message})`);
  }
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
