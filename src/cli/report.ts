/**
 * `lkjip report`: the LKjIP tables as new sheets (through the workbook port) and, on request, a .docx.
 * The report modules (and the docx library) are loaded only when a report is asked for.
 */
import { extname } from "node:path";
import { checkXlsxTarget } from "../adapters/exceljs/file";
import { checkTargets, OutputFileError, writeAll, type OutputFile } from "../adapters/fs/atomic";
import { pesanBerkas } from "../core/i18n/berkas";
import type { Loaded } from "./types";

export interface ReportOutcome {
  output: string | null;
  docx: string | null;
  sheets: string[];
  omitted: string[];
  skipped: string[];
}

/**
 * Builds the report and writes the .xlsx and the .docx together, whole or neither (../adapters/fs/atomic.ts):
 * on any failure neither target is touched or created.
 */
export async function runReport(loaded: Loaded, out: string, docx: string | null): Promise<ReportOutcome> {
  checkXlsxTarget(out);
  await checkTargets(docx === null ? [out] : [out, docx]);
  if (docx !== null && extname(docx).toLowerCase() !== ".docx")
    throw new OutputFileError(docx, null, pesanBerkas.gagalTulis(docx, pesanBerkas.harusAkhiran(docx, ".docx")));
  const { planReport } = await import("../core/engine");
  // ExcelJS writes no charts; the .docx has them.
  const { plan, report } = planReport(loaded.snapshot, loaded.analysis, loaded.settings, { charts: false });
  const res = await loaded.book.apply(plan);
  const files: OutputFile[] = [{ path: out, bytes: await loaded.book.toBuffer() }];
  if (docx) {
    const { renderDocx } = await import("../adapters/docx/render");
    files.push({ path: docx, bytes: await renderDocx(report, loaded.settings) });
  }
  await writeAll(files);
  const sheets = plan.ops.flatMap((op) => (op.kind === "addSheet" ? [op.sheet] : []));
  return { output: out, docx, sheets, omitted: report.omitted, skipped: res.skipped ?? [] };
}
