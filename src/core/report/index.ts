/**
 * The LKjIP report tables (issue 4, issue 10): model, sentences and the Excel write plan, all pure.
 * The Word export lives in src/adapters/docx. Hosts reach it through planReport in src/core/engine.ts.
 */
import type { Analysis } from "../model";
import type { Settings } from "../settings/settings";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { buildReport } from "./build";
import { assignSheets, planReport, type PlanReportOptions } from "./excel-plan";
import type { Report, SkippedTable, TableId } from "./model";

export { buildReport, instansiName } from "./build";
export { planReport, type PlanReportOptions } from "./excel-plan";
export { reportToText, tableToText, tableGrid } from "./text";
export { cellText } from "./cells";
export type * from "./model";

/** A table the report made: its number and title, the sheet it went to, and its body rows. */
export interface MadeTable {
  id: TableId;
  nomor: string;
  title: string;
  sheet: string;
  rows: number;
}

/** What a host shows after "Buat tabel laporan": the plan to apply, and what it makes and leaves out. */
export interface ReportOutcome {
  plan: WritePlan;
  report: Report;
  made: MadeTable[];
  skipped: SkippedTable[];
}

/** Build the report and plan its sheets in one call, with the list of tables made and skipped. */
export function reportOutcome(
  snapshot: WorkbookSnapshot,
  analysis: Analysis,
  settings: Settings,
  options: PlanReportOptions = {},
): ReportOutcome {
  const report = buildReport(analysis, settings);
  const plan = planReport(report, snapshot, settings, options);
  const made = assignSheets(report, snapshot).assignments.map(({ table, sheet }) => ({
    id: table.id,
    nomor: table.nomor,
    title: table.title,
    sheet,
    rows: table.rows.length,
  }));
  return { plan, report, made, skipped: report.skipped };
}

/** Build the report and plan its sheets in one call. */
export function planReportSheets(
  snapshot: WorkbookSnapshot,
  analysis: Analysis,
  settings: Settings,
  options: PlanReportOptions = {},
): WritePlan {
  return reportOutcome(snapshot, analysis, settings, options).plan;
}
