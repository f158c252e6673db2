/**
 * For `npm run bench` (bench/run.ts): the Office.js adapter on the strict fake, filling a generated budget
 * sheet of `rows` rows end to end in one Excel.run (read -> analyze -> planFill -> apply), as Excel desktop
 * (no response limit) and as Excel on the web (5 MB request and response limits). Counts, never asserts.
 */
import { generateBudgetWorkbook } from "../../../bench/generate";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { runExcelAction } from "../../../src/adapters/office";
import { analyze, planFill } from "../../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/settings";
import type { WorkbookSnapshot } from "../../../src/core/workbook/port";
import { FakeExcel, WEB_PAYLOAD_LIMIT } from "./index";
import { FakeBook } from "./model";

export interface OfficeFillMeasure {
  rows: number;
  /** All context.sync calls of the action (read and apply), failed ones included. */
  syncs: number;
  readSyncs: number;
  applySyncs: number;
  /** Syncs Excel refused (payload limits) and the adapter retried smaller. */
  failedSyncs: number;
  /** Largest request payload of an accepted sync, bytes (the web refuses over 5 MB). */
  largestPayloadBytes: number;
  /** Largest response payload of an accepted sync, bytes. */
  largestResponseBytes: number;
  cellsWritten: number;
  /** Wall time of the action on the fake (the fake's own work included), ms. */
  ms: number;
}

async function measure(
  snapshot: WorkbookSnapshot,
  rows: number,
  responseLimitBytes: number,
): Promise<OfficeFillMeasure> {
  const excel = new FakeExcel(FakeBook.fromSnapshot(snapshot), {
    requestLimitBytes: WEB_PAYLOAD_LIMIT,
    responseLimitBytes,
  }).install();
  try {
    const t = process.hrtime.bigint();
    let readSyncs = 0;
    const cellsWritten = await runExcelAction(async (book) => {
      const snap = await book.read();
      readSyncs = excel.stats.syncs;
      const analysis = analyze(snap, DEFAULT_SETTINGS);
      const fill = planFill(snap, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false });
      return (await book.apply(fill.plan)).cellsWritten;
    });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    return {
      rows,
      syncs: excel.stats.syncs,
      readSyncs,
      applySyncs: excel.stats.syncs - readSyncs,
      failedSyncs: excel.stats.failedSyncs,
      largestPayloadBytes: excel.stats.largestRequestBytes,
      largestResponseBytes: excel.stats.largestResponseBytes,
      cellsWritten,
      ms: Math.round(ms),
    };
  } finally {
    excel.uninstall();
  }
}

/** Desktop-like figures (no response limit); `web` holds the same run with Excel on the web's limits. */
export async function measureOfficeFill(rows: number): Promise<OfficeFillMeasure & { web: OfficeFillMeasure }> {
  const file = await ExcelJsWorkbook.load(await generateBudgetWorkbook(rows));
  const snapshot = await file.read();
  const desktop = await measure(snapshot, rows, Number.POSITIVE_INFINITY);
  const web = await measure(snapshot, rows, WEB_PAYLOAD_LIMIT);
  return { ...desktop, web };
}
