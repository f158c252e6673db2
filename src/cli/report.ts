/**
 * `lkjip report`: the LKjIP tables as new sheets (through the workbook port) and, on request, a .docx.
 * The report modules (and the docx library) are loaded only when a report is asked for.
 */
import { writeFile } from "node:fs/promises";
import { saveWorkbookFile } from "../adapters/exceljs/file";
import type { Loaded } from "./types";

export interface ReportOutcome {
  output: string | null;
  docx: string | null;
  sheets: string[];
  omitted: string[];
  skipped: string[];
}

export async function runReport(loaded: Loaded, out: string, docx: string | null): Promise<ReportOutcome> {
  const { buildReport } = await import("../core/report/build");
  const { planReport } = await import("../core/report/excel-plan");
  const report = buildReport(loaded.analysis, loaded.settings);
  const plan = planReport(report, loaded.snapshot, loaded.settings, { charts: false }); // ExcelJS writes no charts; the .docx has them
  const res = await loaded.book.apply(plan);
  await saveWorkbookFile(loaded.book, out);
  if (docx) {
    const { renderDocx } = await import("../adapters/docx/render");
    await writeFile(docx, await renderDocx(report, loaded.settings));
  }
  const sheets = plan.ops.flatMap((op) => (op.kind === "addSheet" ? [op.sheet] : []));
  return { output: out, docx, sheets, omitted: report.omitted, skipped: res.skipped ?? [] };
}
