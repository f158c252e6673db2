/**
 * One measured process of `npm run bench` (bench/run.ts starts it; never imported). Modes:
 *   generate ROWS FILE   writes the generated budget workbook
 *   exceljs FILE OUT     ExcelJS alone: read the file into its model and write it back
 *   fill FILE OUT        the command line's fill path: open -> read -> analyze -> plan -> apply -> save
 * Prints one JSON line: wall milliseconds of each phase and the process's peak memory (maxRSS, KiB).
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { openWorkbookFile, saveWorkbookFile } from "../src/adapters/exceljs/file";
import { analyze, planFill } from "../src/core/engine";
import { DEFAULT_SETTINGS } from "../src/core/settings/settings";
import { generateBudgetWorkbook } from "./generate";

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function main(): Promise<void> {
  const [mode, a, b] = process.argv.slice(2);
  const t0 = now();
  const out: Record<string, number> = {};
  if (mode === "generate") {
    writeFileSync(b, await generateBudgetWorkbook(Number(a)));
  } else if (mode === "exceljs") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(a);
    out.read = now() - t0;
    const t1 = now();
    await wb.xlsx.writeFile(b);
    out.write = now() - t1;
  } else if (mode === "fill") {
    const book = await openWorkbookFile(a);
    const snapshot = await book.read();
    out.read = now() - t0;
    const t1 = now();
    const analysis = analyze(snapshot, DEFAULT_SETTINGS);
    const fill = planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false });
    out.engine = now() - t1;
    const t2 = now();
    await book.apply(fill.plan);
    out.apply = now() - t2;
    const t3 = now();
    await saveWorkbookFile(book, b);
    out.write = now() - t3;
    out.written = fill.written.length;
  } else throw new Error(`unknown mode ${mode}`);
  out.total = now() - t0;
  out.maxRssKiB = process.resourceUsage().maxRSS;
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
