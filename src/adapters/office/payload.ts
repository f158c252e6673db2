/**
 * Payload budgeting of Office.js writes (issue 11 item 4): a write is a list of units (one Excel call or a
 * small group), each with an estimated request payload (JSON length of the queued values, formulas, formats
 * and properties plus a fixed overhead per call). Units are split until each fits the budget and synced in
 * batches that stay under it (4 MB by default; Excel on the web refuses requests over 5 MB), a block cut by
 * rows to fill what is left of a batch, so that a write takes about one sync per 4 MB. If Excel still
 * answers RequestPayloadSizeLimitExceeded, the batch is halved, and a single block is halved (rows, then
 * columns), until it goes through or cannot be split.
 */
import { boxA1 } from "../../core/workbook/address";
import type { ProgressFn } from "../../core/workbook/port";
import type { RawInput } from "./encode";
import { isPayloadError, toOfficeActionError } from "./errors";
import type { ApiSupport } from "./support";

/** Fixed payload estimate per queued call (object path, action, ids). */
export const CALL_OVERHEAD = 200;

export interface Unit {
  /** Progress weight: cells for blocks, 1 for other ops. */
  weight: number;
  bytes: number;
  queue(ctx: Excel.RequestContext): void;
  split(): [Unit, Unit] | null;
  /** A first part whose estimate fits `room` bytes and the rest (blocks, by rows); null when none fits. */
  splitAt?(room: number): [Unit, Unit] | null;
}

export function sheetOf(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

export function simpleUnit(queue: (ctx: Excel.RequestContext) => void, calls = 1): Unit {
  return { weight: 1, bytes: CALL_OVERHEAD * calls, queue, split: () => null };
}

/** A rectangle of 2-D arrays written to one range. Each array is optional; all share one shape. */
export interface BlockArrays {
  numberFormat?: (string | null)[][];
  /**
   * One number format for every cell of the block, written as the 1x1 array `[[code]]` that Excel applies to
   * the whole range (docs/office-adapter.md): one entry instead of one a cell. Used instead of `numberFormat`.
   */
  numberFormatAll?: string;
  values?: RawInput[][];
  formulas?: RawInput[][];
  props?: Excel.SettableCellProperties[][];
}

function jsonLength(v: unknown): number {
  return JSON.stringify(v).length;
}

function rowBytesOf(arrays: BlockArrays, r: number): number {
  let n = 0;
  if (arrays.numberFormat) n += jsonLength(arrays.numberFormat[r]) + 1;
  if (arrays.values) n += jsonLength(arrays.values[r]) + 1;
  if (arrays.formulas) n += jsonLength(arrays.formulas[r]) + 1;
  if (arrays.props) n += jsonLength(arrays.props[r]) + 1;
  return n;
}

function callsOf(arrays: BlockArrays): number {
  const nf = arrays.numberFormat || arrays.numberFormatAll !== undefined ? 1 : 0;
  return 1 + nf + (arrays.values ? 1 : 0) + (arrays.formulas ? 1 : 0) + (arrays.props ? 1 : 0);
}

/** Bytes a block costs whatever its size: its calls, and a number format written once for all its cells. */
function fixedBytesOf(arrays: BlockArrays): number {
  const once = arrays.numberFormatAll !== undefined ? jsonLength([[arrays.numberFormatAll]]) : 0;
  return CALL_OVERHEAD * callsOf(arrays) + once;
}

function sliceArrays(arrays: BlockArrays, r0: number, r1: number, c0: number, c1: number): BlockArrays {
  const cut = <T>(a: T[][] | undefined) => (a ? a.slice(r0, r1).map((row) => row.slice(c0, c1)) : undefined);
  const out: BlockArrays = {};
  if (arrays.numberFormatAll !== undefined) out.numberFormatAll = arrays.numberFormatAll;
  const nf = cut(arrays.numberFormat);
  const v = cut(arrays.values);
  const f = cut(arrays.formulas);
  const p = cut(arrays.props);
  if (nf) out.numberFormat = nf;
  if (v) out.values = v;
  if (f) out.formulas = f;
  if (p) out.props = p;
  return out;
}

export function blockUnit(
  sheet: string,
  top: number,
  left: number,
  rows: number,
  cols: number,
  arrays: BlockArrays,
  weights: number[],
  rowBytes?: number[],
): Unit {
  const rb = rowBytes ?? Array.from({ length: rows }, (_, r) => rowBytesOf(arrays, r));
  const fixed = fixedBytesOf(arrays);
  const bytes = rb.reduce((s, n) => s + n, 0) + fixed;
  const part = (h: number): [Unit, Unit] => [
    blockUnit(sheet, top, left, h, cols, sliceArrays(arrays, 0, h, 0, cols), weights.slice(0, h), rb.slice(0, h)),
    blockUnit(
      sheet,
      top + h,
      left,
      rows - h,
      cols,
      sliceArrays(arrays, h, rows, 0, cols),
      weights.slice(h),
      rb.slice(h),
    ),
  ];
  return {
    weight: weights.reduce((s, n) => s + n, 0),
    bytes,
    queue(ctx) {
      const range = sheetOf(ctx, sheet).getRange(boxA1({ top, left, bottom: top + rows - 1, right: left + cols - 1 }));
      if (arrays.numberFormatAll !== undefined) range.numberFormat = [[arrays.numberFormatAll]];
      else if (arrays.numberFormat) range.numberFormat = arrays.numberFormat as unknown as string[][];
      if (arrays.values) range.values = arrays.values as unknown as (string | number | boolean)[][];
      if (arrays.formulas) range.formulas = arrays.formulas as unknown as (string | number | boolean)[][];
      if (arrays.props) range.setCellProperties(arrays.props);
    },
    splitAt(room) {
      let h = 0;
      let used = fixed;
      while (h < rows && used + rb[h] <= room) used += rb[h++];
      return h >= 1 && h < rows ? part(h) : null;
    },
    split() {
      if (rows > 1) return part(Math.floor(rows / 2));
      if (cols > 1) {
        const h = Math.floor(cols / 2);
        const w = weights[0];
        const wa = Math.round((w * h) / cols);
        return [
          blockUnit(sheet, top, left, 1, h, sliceArrays(arrays, 0, 1, 0, h), [wa]),
          blockUnit(sheet, top, left + h, 1, cols - h, sliceArrays(arrays, 0, 1, h, cols), [w - wa]),
        ];
      }
      return null;
    },
  };
}

/** Room left in a batch below which a block is not cut to fill it (the cut costs its calls again). */
const MIN_FILL_BYTES = 16 * CALL_OVERHEAD;

/** Splits a unit until its estimate fits the budget (or it cannot be split). */
export function fitToBudget(unit: Unit, budget: number, out: Unit[]): void {
  if (unit.bytes <= budget) {
    out.push(unit);
    return;
  }
  const parts = unit.split();
  if (!parts) {
    out.push(unit);
    return;
  }
  fitToBudget(parts[0], budget, out);
  fitToBudget(parts[1], budget, out);
}

/** Queues the units in order and syncs them in batches under `budget`, halving what Excel still refuses. */
export async function runUnits(
  ctx: Excel.RequestContext,
  ordered: Unit[],
  budget: number,
  support: ApiSupport,
  onProgress?: ProgressFn,
): Promise<void> {
  const total = ordered.reduce((s, u) => s + u.weight, 0);
  let done = 0;

  const runBatch = async (batch: Unit[]): Promise<void> => {
    if (support.suspendCalculation) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    if (support.suspendScreenUpdating) ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const u of batch) u.queue(ctx);
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e, "request")) throw e;
      if (batch.length > 1) {
        const h = Math.floor(batch.length / 2);
        await runBatch(batch.slice(0, h));
        await runBatch(batch.slice(h));
        return;
      }
      const parts = batch[0].split();
      if (!parts) throw toOfficeActionError(e);
      await runBatch([parts[0]]);
      await runBatch([parts[1]]);
      return;
    }
    done += batch.reduce((s, u) => s + u.weight, 0);
    onProgress?.(done, total);
  };

  // Greedy in plan order; a block that does not fit what is left of a batch gives it its first rows, so
  // every batch but the last is full: a write takes about one sync per budget of bytes.
  let batch: Unit[] = [];
  let bytes = 0;
  for (const unit of ordered) {
    let u = unit;
    while (batch.length > 0 && bytes + u.bytes > budget) {
      const parts = budget - bytes >= MIN_FILL_BYTES ? (u.splitAt?.(budget - bytes) ?? null) : null;
      if (parts) batch.push(parts[0]);
      await runBatch(batch);
      batch = [];
      bytes = 0;
      if (parts) u = parts[1];
    }
    batch.push(u);
    bytes += u.bytes;
  }
  if (batch.length > 0) await runBatch(batch);
}
