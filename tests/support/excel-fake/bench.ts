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
import type { CellWrite, WorkbookSnapshot } from "../../../src/core/workbook/port";
import { encodeState } from "../../../src/core/workbook/state";
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
  /** Request plus response bytes of the accepted syncs, reading and applying. */
  readBytes: number;
  applyBytes: number;
  /** Characters of the stored state (the undo record within) and of its undo cells, as written to the state sheet. */
  stateChars: number;
  /** Distinct row objects in the undo record's cells ops (rows of empty cells are shared), and rows in all. */
  undoRowObjects: number;
  undoRows: number;
  /** True when the state went out in a sync that also wrote cells (it needed no sync of its own). */
  stateWithCells: boolean;
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
    let stateChars = 0;
    const rowObjects = new Set<(CellWrite | null)[]>();
    let undoRows = 0;
    const cellsWritten = await runExcelAction(async (book) => {
      const snap = await book.read();
      readSyncs = excel.stats.syncs;
      const analysis = analyze(snap, DEFAULT_SETTINGS);
      const fill = planFill(snap, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false });
      for (const op of fill.plan.ops)
        if (op.kind === "state") stateChars = encodeState(op.state).reduce((n, c) => n + c.length, 0);
      for (const op of fill.undo) {
        if (op.kind !== "cells") continue;
        undoRows += op.cells.length;
        for (const row of op.cells) rowObjects.add(row);
      }
      return (await book.apply(fill.plan)).cellsWritten;
    });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const accepted = (from: number, to: number) =>
      excel.stats.records
        .slice(from, to)
        .filter((r) => r.error === null)
        .reduce((n, r) => n + r.requestBytes + r.responseBytes, 0);
    const stateSync = excel.stats.records.find((r) => r.error === null && r.names.includes("Worksheet.visibility"));
    return {
      rows,
      syncs: excel.stats.syncs,
      readSyncs,
      applySyncs: excel.stats.syncs - readSyncs,
      failedSyncs: excel.stats.failedSyncs,
      largestPayloadBytes: excel.stats.largestRequestBytes,
      largestResponseBytes: excel.stats.largestResponseBytes,
      readBytes: accepted(0, readSyncs),
      applyBytes: accepted(readSyncs, excel.stats.syncs),
      stateChars,
      undoRowObjects: rowObjects.size,
      undoRows,
      stateWithCells: !!stateSync && stateSync.names.includes("Range.formulas"),
      cellsWritten,
      ms: Math.round(ms),
    };
  } finally {
    excel.uninstall();
  }
}

/** The fill on Excel on the web's limits only (5 MB request and response). */
export async function measureOfficeFillWeb(rows: number): Promise<OfficeFillMeasure> {
  const file = await ExcelJsWorkbook.load(await generateBudgetWorkbook(rows));
  return measure(await file.read(), rows, WEB_PAYLOAD_LIMIT);
}

/** Desktop-like figures (no response limit); `web` holds the same run with Excel on the web's limits. */
export async function measureOfficeFill(rows: number): Promise<OfficeFillMeasure & { web: OfficeFillMeasure }> {
  const file = await ExcelJsWorkbook.load(await generateBudgetWorkbook(rows));
  const snapshot = await file.read();
  const desktop = await measure(snapshot, rows, Number.POSITIVE_INFINITY);
  const web = await measure(snapshot, rows, WEB_PAYLOAD_LIMIT);
  return { ...desktop, web };
}
