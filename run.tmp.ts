import { readFileSync } from "node:fs";
import { runReport } from "./src/core/pipeline";
import { readWorkbook } from "./src/io/xlsx";
(async () => {
  const [file, type, period] = process.argv.slice(2);
  const r = runReport(await readWorkbook(readFileSync(file), file), { type: type || undefined, period: period || undefined });
  for (const c of r.report.checks) if (c.severity !== "info" || /period|kolumn/.test(c.id)) console.log(c.severity, c.id, c.message);
  for (const t of r.report.tables.slice(0, 3)) console.log(t.id, JSON.stringify(t.rows.at(-1)));
  console.log(r.report.missing);
})();
