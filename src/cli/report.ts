/** `lkjip report`: the LKjIP tables as new sheets (through the workbook port) and, on request, a .docx. */
import { writeFile } from "node:fs/promises";
import { saveWorkbookFile } from "../adapters/exceljs/file";
import { renderDocx } from "../adapters/docx/render";
import { buildReport } from "../core/report/build";
import { planReport } from "../core/report/excel-plan";
import type { Loaded } from "./main";

export interface ReportOutcome {
  output: string | null;
  docx: string | null;
  sheets: string[];
  omitted: string[];
  skipped: string[];
}

export async function runReport(loaded: Loaded, out: string, docx: string | null): Promise<ReportOutcome> {
  const report = buildReport(loaded.analysis, loaded.settings);
  const plan = planReport(report, loaded.snapshot, loaded.settings);
  const res = await loaded.book.apply(plan);
  await saveWorkbookFile(loaded.book, out);
  if (docx) await writeFile(docx, await renderDocx(report, loaded.settings));
  const sheets = plan.ops.flatMap((op) => (op.kind === "addSheet" ? [op.sheet] : []));
  return { output: out, docx, sheets, omitted: report.omitted, skipped: res.skipped ?? [] };
}
