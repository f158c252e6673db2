/**
 * The LKjIP report tables (issue 4): model, sentences and the Excel write plan, all pure.
 * The Word export lives in src/adapters/docx.
 */
import type { Analysis } from "../model";
import type { Settings } from "../settings/settings";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { buildReport } from "./build";
import { planReport, type PlanReportOptions } from "./excel-plan";

export { buildReport, instansiName } from "./build";
export { planReport, type PlanReportOptions } from "./excel-plan";
export { reportToText, tableToText, tableGrid } from "./text";
export { cellText } from "./cells";
export type * from "./model";

/** Build the report and plan its sheets in one call (the task pane's "Buat tabel laporan"). */
export function planReportSheets(
  snapshot: WorkbookSnapshot,
  analysis: Analysis,
  settings: Settings,
  options: PlanReportOptions = {},
): WritePlan {
  return planReport(buildReport(analysis, settings), snapshot, settings, options);
}
