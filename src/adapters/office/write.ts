/**
 * Carrying out a WritePlan through Office.js. (Over 400 lines: the translation of every op kind stays in
 * one place; the payload budgeting is in ./payload.ts.)
 *
 * The plan becomes a list of units (one Excel call or a small group of them), queued in plan order and
 * synced in batches under a payload budget (./payload.ts). A cells op becomes blocks: runs of rows that
 * write something, trimmed to the columns they write, as whole 2-D arrays with null for cells left alone.
 *
 * Order inside a block: numberFormat, then values (constants), then formulas, then setCellProperties.
 * The number format goes first so that a formula written into a cell the user had formatted as Text
 * ("@") is not stored as text when the plan gives the cell a format of its own.
 * Wrap text is queued after everything else (it slows Excel on the web, office-js #3774).
 *
 * Over 400 lines because every op kind of the port is queued here in one ordered pass (payload budgeting lives in
 * ./payload.ts, looks in ./look.ts); splitting the pass would split the order Excel must see the ops in.
 */
import type {
  ApplyResult,
  CellWrite,
  ProgressFn,
  RangeBox,
  StoredState,
  WriteOp,
  WritePlan,
} from "../../core/workbook/port";
import { STATE_SHEET } from "../../core/workbook/port";
import { encodeState } from "../../core/workbook/state";
import { a1, boxA1, columnLetter } from "../../core/workbook/address";
import { officeText } from "../../core/i18n/office";
import {
  chartType,
  contentOf,
  encodeConstant,
  hasProps,
  isWritableNumber,
  paperType,
  printTitleRows,
  styleProps,
  type RawInput,
} from "./encode";
import { OfficeActionError } from "./errors";
import { blockUnit, fitToBudget, runUnits, sheetOf, simpleUnit, type BlockArrays, type Unit } from "./payload";
import { queueMerges } from "./read";
import type { ApiSupport } from "./support";
import { looksUnit, prepareLooks, widthPoints } from "./look";
import { pushAll, maxOf } from "../../core/arrays";
import { sheetNameProblem } from "../../core/workbook/sheet-name";

export interface WriteOptions {
  support: ApiSupport;
  /** Estimated request payload allowed per sync, in bytes. */
  budgetBytes: number;
}

/** Characters of state JSON per cell of the state sheet (Excel's cell limit is 32,767). */
export { STATE_CHUNK } from "../../core/workbook/state";

function isEmptyWrite(c: CellWrite): boolean {
  return c.value === undefined && c.formula === undefined && c.numberFormat === undefined && c.style === undefined;
}

/** Rows of one number format at least this long are written with it once (`[[code]]`), not once a cell. */
export const SHARED_FORMAT_ROWS = 32;

/**
 * A block's rows as [start, end, shared format] segments: a run of at least SHARED_FORMAT_ROWS rows whose
 * every cell gets the same number format is a segment of its own with that format; the rows between runs
 * stay together, each cell with its own entry (format null). One segment over all `height` rows when there
 * is no run, or no number format at all (`nf` null). A block that is one shared format whatever its height
 * is one segment with it.
 */
export function formatSegments(nf: (string | null)[][] | null, height: number): [number, number, string | null][] {
  if (!nf || height === 0) return [[0, height, null]];
  const key = nf.map((row) => {
    const f = row[0] ?? null;
    return f !== null && row.every((x) => x === f) ? f : null;
  });
  const out: [number, number, string | null][] = [];
  let mixedFrom = 0;
  let i = 0;
  while (i < height) {
    let j = i + 1;
    while (j < height && key[j] === key[i]) j++;
    const whole = i === 0 && j === height;
    if (key[i] !== null && (j - i >= SHARED_FORMAT_ROWS || whole)) {
      if (mixedFrom < i) out.push([mixedFrom, i, null]);
      out.push([i, j, key[i]]);
      mixedFrom = j;
    }
    i = j;
  }
  if (mixedFrom < height) out.push([mixedFrom, height, null]);
  return out;
}

interface CellsPlan {
  units: Unit[];
  wrapUnits: Unit[];
  cellsWritten: number;
  hasStyles: boolean;
}

/** A cells op as block units: runs of consecutive rows that write something, trimmed to their columns. */
export function planCells(op: Extract<WriteOp, { kind: "cells" }>, withProps: boolean): CellsPlan {
  const out: CellsPlan = { units: [], wrapUnits: [], cellsWritten: 0, hasStyles: false };
  const rows = op.cells;
  const live = (c: CellWrite | null): c is CellWrite => c !== null && !isEmptyWrite(c);
  // validate numbers first: nothing is written when one is bad
  rows.forEach((row, r) =>
    row.forEach((c, k) => {
      if (c && !isWritableNumber(c.value)) {
        throw new OfficeActionError("InvalidArgument", officeText.badNumber(op.sheet, a1(op.row + r, op.col + k)));
      }
    }),
  );
  let r = 0;
  while (r < rows.length) {
    if (!rows[r].some(live)) {
      r++;
      continue;
    }
    const start = r;
    while (r < rows.length && rows[r].some(live)) r++;
    const end = r; // exclusive
    let minC = Number.POSITIVE_INFINITY;
    let maxC = -1;
    for (let i = start; i < end; i++) {
      rows[i].forEach((c, k) => {
        if (live(c)) {
          minC = Math.min(minC, k);
          maxC = Math.max(maxC, k);
        }
      });
    }
    const width = maxC - minC + 1;
    const nf: (string | null)[][] = [];
    const values: RawInput[][] = [];
    const formulas: RawInput[][] = [];
    const props: Excel.SettableCellProperties[][] = [];
    const wraps: Excel.SettableCellProperties[][] = [];
    let anyNf = false;
    let anyV = false;
    let anyF = false;
    let anyP = false;
    let anyW = false;
    const weights: number[] = [];
    for (let i = start; i < end; i++) {
      const nfRow: (string | null)[] = new Array(width).fill(null);
      const vRow: RawInput[] = new Array(width).fill(null);
      const fRow: RawInput[] = new Array(width).fill(null);
      const pRow: Excel.SettableCellProperties[] = new Array(width);
      const wRow: Excel.SettableCellProperties[] = new Array(width);
      let count = 0;
      for (let k = 0; k < width; k++) {
        const c = rows[i][minC + k] ?? null;
        pRow[k] = {};
        wRow[k] = {};
        if (!live(c)) continue;
        count++;
        if (c.numberFormat !== undefined) {
          nfRow[k] = c.numberFormat === "" ? "General" : c.numberFormat;
          anyNf = true;
        }
        const content = contentOf(c);
        if (content.values !== null) {
          vRow[k] = content.values;
          anyV = true;
        }
        if (content.formulas !== null) {
          fRow[k] = content.formulas;
          anyF = true;
        }
        if (c.style) {
          out.hasStyles = true;
          const p = styleProps(c.style);
          if (hasProps(p)) {
            pRow[k] = p;
            anyP = true;
          }
          if (c.style.wrap !== undefined) {
            wRow[k] = { format: { wrapText: c.style.wrap } };
            anyW = true;
          }
        }
      }
      out.cellsWritten += count;
      weights.push(count);
      nf.push(nfRow);
      values.push(vRow);
      formulas.push(fRow);
      props.push(pRow);
      wraps.push(wRow);
    }
    const height = end - start;
    const top = op.row + start;
    const left = op.col + minC;
    for (const [s, e, shared] of formatSegments(anyNf ? nf : null, height)) {
      const arrays: BlockArrays = {};
      const cut = <T>(a: T[][]) => (s === 0 && e === height ? a : a.slice(s, e));
      if (shared !== null) arrays.numberFormatAll = shared;
      else if (anyNf) arrays.numberFormat = cut(nf);
      const some = <T>(a: T[][], hit: (x: T) => boolean) => a.some((row) => row.some(hit));
      const isSet = (x: RawInput) => x !== null;
      if (anyV && some(cut(values), isSet)) arrays.values = cut(values);
      if (anyF && some(cut(formulas), isSet)) arrays.formulas = cut(formulas);
      if (anyP && withProps && some(cut(props), hasProps)) arrays.props = cut(props);
      const w = s === 0 && e === height ? weights : weights.slice(s, e);
      if (arrays.numberFormat || shared !== null || arrays.values || arrays.formulas || arrays.props) {
        out.units.push(blockUnit(op.sheet, top + s, left, e - s, width, arrays, w));
      } else {
        // only styles the host cannot apply, or only wrap: still counted as progress
        out.units.push({ weight: w.reduce((t, n) => t + n, 0), bytes: 0, queue: () => undefined, split: () => null });
      }
    }
    if (anyW && withProps) {
      out.wrapUnits.push(blockUnit(op.sheet, top, left, height, width, { props: wraps }, new Array(height).fill(0)));
    }
  }
  return out;
}

/** The units that write StoredState into the (very hidden) state sheet's column A. */
function planState(state: StoredState, exists: boolean): Unit[] {
  const chunks: RawInput[][] = encodeState(state).map((c) => [encodeConstant(c)]);
  const units: Unit[] = [
    simpleUnit((ctx) => {
      if (exists) {
        const ws = sheetOf(ctx, STATE_SHEET);
        ws.getRange("A:A").clear("Contents");
        ws.visibility = "VeryHidden";
      } else {
        const ws = ctx.workbook.worksheets.add(STATE_SHEET);
        ws.visibility = "VeryHidden";
      }
    }, 3),
  ];
  units.push(blockUnit(STATE_SHEET, 0, 0, chunks.length, 1, { values: chunks }, new Array(chunks.length).fill(0)));
  return units;
}

function chartUnit(sheet: string, chart: Extract<WriteOp, { kind: "chart" }>["chart"]): Unit {
  const calls = 4 + chart.series.length * 3;
  return simpleUnit((ctx) => {
    const ws = sheetOf(ctx, sheet);
    const [first, ...rest] = chart.series;
    const seriesBy = first.values.left === first.values.right ? "Columns" : "Rows";
    const c = ws.charts.add(chartType(chart.kind), ws.getRange(boxA1(first.values)), seriesBy);
    c.title.text = chart.title;
    c.setPosition(a1(chart.anchor.top, chart.anchor.left), a1(chart.anchor.bottom, chart.anchor.right));
    const categories = ws.getRange(boxA1(chart.categories));
    const s0 = c.series.getItemAt(0);
    s0.name = first.name;
    s0.setXAxisValues(categories);
    for (const s of rest) {
      const added = c.series.add(s.name);
      added.setValues(ws.getRange(boxA1(s.values)));
      added.setXAxisValues(categories);
    }
  }, calls);
}

/**
 * The merged areas over the cells each existing sheet is about to get (ExcelApi 1.13; one or two syncs,
 * whatever the plan's size), by lower-case sheet name. Without 1.13 nothing is known (empty map).
 */
async function loadMerges(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  items: Excel.Worksheet[],
  support: ApiSupport,
): Promise<Map<string, RangeBox[]>> {
  const out = new Map<string, RangeBox[]>();
  if (!support.mergedAreas) return out;
  const boxes = new Map<string, RangeBox>();
  for (const op of plan.ops) {
    if (op.kind !== "cells" || op.cells.length === 0) continue;
    const width = maxOf(
      op.cells.map((r) => r.length),
      0,
    );
    if (width === 0) continue;
    const box = { top: op.row, left: op.col, bottom: op.row + op.cells.length - 1, right: op.col + width - 1 };
    const key = op.sheet.toLowerCase();
    const had = boxes.get(key);
    boxes.set(
      key,
      had
        ? {
            top: Math.min(had.top, box.top),
            left: Math.min(had.left, box.left),
            bottom: Math.max(had.bottom, box.bottom),
            right: Math.max(had.right, box.right),
          }
        : box,
    );
  }
  const queries: { key: string; q: ReturnType<typeof queueMerges> }[] = [];
  for (const ws of items) {
    const key = ws.name.toLowerCase();
    const box = boxes.get(key);
    if (box && boxOk(box)) queries.push({ key, q: queueMerges(ws.getRange(boxA1(box))) });
  }
  if (queries.length === 0) return out;
  await ctx.sync();
  if (queries.map(({ q }) => q.more()).some(Boolean)) await ctx.sync();
  for (const { key, q } of queries) out.set(key, q.collect());
  return out;
}

/**
 * Refuses, before anything is written, a plan that puts content (a value or formula) into a cell of a
 * merged area other than its top-left one: Excel would drop it silently. Merges made earlier in the same
 * plan count; a sheet added by the plan starts without any.
 */
function checkMergedWrites(
  plan: WritePlan,
  existing: Map<string, RangeBox[]>,
  sheetsAtStart: Map<string, string>,
): void {
  const merges = new Map<string, RangeBox[]>();
  for (const key of sheetsAtStart.keys()) merges.set(key, [...(existing.get(key) ?? [])]);
  for (const op of plan.ops) {
    const key = "sheet" in op ? op.sheet.toLowerCase() : "";
    if (op.kind === "addSheet" || op.kind === "deleteSheet") merges.set(key, []);
    else if (op.kind === "merge") merges.get(key)?.push(op.range);
    else if (op.kind === "cells") {
      const list = merges.get(key) ?? [];
      if (list.length === 0) continue;
      op.cells.forEach((row, i) =>
        row.forEach((w, j) => {
          if (!w) return;
          const content = w.formula !== undefined || (w.value !== undefined && w.value !== null && w.value !== "");
          if (!content) return;
          const r = op.row + i;
          const c = op.col + j;
          const m = list.find(
            (b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right && (r !== b.top || c !== b.left),
          );
          if (m)
            throw new OfficeActionError("MergedCell", officeText.mergedCell(op.sheet, a1(r, c), a1(m.top, m.left)));
        }),
      );
    }
  }
}

/** The one home of the rules: src/core/workbook/sheet-name.ts (the state sheet is the adapter's own to add). */
function validSheetName(name: string): boolean {
  return sheetNameProblem(name, true) === null;
}

function boxOk(b: RangeBox): boolean {
  return (
    [b.top, b.left, b.bottom, b.right].every((n) => Number.isInteger(n) && n >= 0) &&
    b.bottom >= b.top &&
    b.right >= b.left
  );
}

export async function applyPlan(
  ctx: Excel.RequestContext,
  given: WritePlan,
  opts: WriteOptions,
  onProgress?: ProgressFn,
): Promise<ApplyResult> {
  const support = opts.support;
  const coll = ctx.workbook.worksheets;
  coll.load("items/name");
  await ctx.sync();
  // Looks of styleLike sources, and what recorded ops replace, read before anything is written (./look.ts).
  const { plan, sources } = await prepareLooks(ctx, given, support);
  const sheets = new Map<string, string>();
  for (const ws of coll.items) sheets.set(ws.name.toLowerCase(), ws.name);
  const has = (name: string) => sheets.has(name.toLowerCase());
  const need = (name: string) => {
    if (!has(name)) throw new OfficeActionError("ItemNotFound", officeText.sheetMissing(name));
  };

  const merges = await loadMerges(ctx, plan, coll.items, support);
  checkMergedWrites(plan, merges, sheets);

  const skipped: string[] = [];
  const units: Unit[] = [];
  const wrapUnits: Unit[] = [];
  /** State writes that record something to take back go first; a state that clears the record goes last. */
  const firstUnits: Unit[] = [];
  const lastUnits: Unit[] = [];
  let cellsWritten = 0;
  const styleSkipped = new Set<string>();

  plan.ops.forEach((op, index) => {
    switch (op.kind) {
      case "addSheet":
        if (!validSheetName(op.sheet))
          throw new OfficeActionError("InvalidArgument", officeText.badSheetName(op.sheet));
        if (has(op.sheet)) throw new OfficeActionError("ItemAlreadyExists", officeText.sheetExists(op.sheet));
        sheets.set(op.sheet.toLowerCase(), op.sheet);
        units.push(simpleUnit((c) => void c.workbook.worksheets.add(op.sheet)));
        break;
      case "deleteSheet":
        if (!has(op.sheet)) {
          skipped.push(officeText.skippedDelete(op.sheet));
          break;
        }
        sheets.delete(op.sheet.toLowerCase());
        units.push(simpleUnit((c) => sheetOf(c, op.sheet).delete(), 2));
        break;
      case "cells": {
        need(op.sheet);
        const p = planCells(op, support.cellProperties);
        if (p.hasStyles && !support.cellProperties && !styleSkipped.has(op.sheet)) {
          styleSkipped.add(op.sheet);
          skipped.push(officeText.skippedStyles(op.sheet));
        }
        cellsWritten += p.cellsWritten;
        pushAll(units, p.units);
        pushAll(wrapUnits, p.wrapUnits);
        break;
      }
      case "merge":
        need(op.sheet);
        if (!boxOk(op.range))
          throw new OfficeActionError("InvalidArgument", officeText.badAddress(op.sheet, JSON.stringify(op.range)));
        units.push(simpleUnit((c) => sheetOf(c, op.sheet).getRange(boxA1(op.range)).merge(false), 3));
        break;
      case "unmerge":
        need(op.sheet);
        if (!boxOk(op.range))
          throw new OfficeActionError("InvalidArgument", officeText.badAddress(op.sheet, JSON.stringify(op.range)));
        units.push(simpleUnit((c) => sheetOf(c, op.sheet).getRange(boxA1(op.range)).unmerge(), 3));
        break;
      case "styleLike":
      case "restoreStyles": {
        need(op.sheet);
        if (!support.cellProperties) {
          if (!styleSkipped.has(op.sheet)) {
            styleSkipped.add(op.sheet);
            skipped.push(officeText.skippedStyles(op.sheet));
          }
          break;
        }
        const box =
          op.kind === "styleLike"
            ? op.range
            : {
                top: op.row,
                left: op.col,
                bottom: op.row + op.looks.length - 1,
                right:
                  op.col +
                  maxOf(
                    op.looks.map((l) => l.length),
                    1,
                  ) -
                  1,
              };
        if (!boxOk(box))
          throw new OfficeActionError("InvalidArgument", officeText.badAddress(op.sheet, JSON.stringify(box)));
        const h = box.bottom - box.top + 1;
        const w = box.right - box.left + 1;
        const looks =
          op.kind === "styleLike"
            ? Array.from({ length: h }, (_, i) =>
                Array.from({ length: w }, (_, j) => sources.get(index)?.[i]?.[j] ?? {}),
              )
            : Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => op.looks[i]?.[j] ?? null));
        units.push(looksUnit(op.sheet, box, looks));
        break;
      }
      case "columnWidth": {
        need(op.sheet);
        const letter = columnLetter(op.col);
        const points = widthPoints(op.width);
        units.push(
          simpleUnit((c) => void (sheetOf(c, op.sheet).getRange(`${letter}:${letter}`).format.columnWidth = points), 3),
        );
        break;
      }
      case "rowHeight": {
        need(op.sheet);
        if (!Number.isInteger(op.row) || op.row < 0 || !(op.height >= 0 && op.height <= 409))
          throw new OfficeActionError("InvalidArgument", officeText.badAddress(op.sheet, `baris ${op.row + 1}`));
        const row = op.row + 1;
        const points = op.height;
        units.push(
          simpleUnit((c) => void (sheetOf(c, op.sheet).getRange(`${row}:${row}`).format.rowHeight = points), 3),
        );
        break;
      }
      case "pageSetup": {
        need(op.sheet);
        if (!support.pageLayout) {
          skipped.push(officeText.skippedPageSetup(op.sheet));
          break;
        }
        const setup = op.setup;
        units.push(
          simpleUnit((c) => {
            const layout = sheetOf(c, op.sheet).pageLayout;
            layout.paperSize = paperType(setup.paper);
            layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
            if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
            if (setup.printTitleRows) layout.setPrintTitleRows(printTitleRows(setup.printTitleRows));
          }, 6),
        );
        break;
      }
      case "chart":
        need(op.sheet);
        if (!support.chartSeries || op.chart.series.length === 0) {
          skipped.push(officeText.skippedChart(op.sheet, op.chart.title));
          break;
        }
        units.push(chartUnit(op.sheet, op.chart));
        break;
      case "state": {
        const exists = has(STATE_SHEET);
        sheets.set(STATE_SHEET.toLowerCase(), STATE_SHEET);
        const stateUnits = planState(op.state, exists);
        if (op.state.undo && op.state.undo.length > 0) pushAll(firstUnits, stateUnits);
        else pushAll(lastUnits, stateUnits);
        break;
      }
    }
  });

  const ordered: Unit[] = [];
  for (const u of [...firstUnits, ...units, ...wrapUnits, ...lastUnits]) fitToBudget(u, opts.budgetBytes, ordered);
  await runUnits(ctx, ordered, opts.budgetBytes, support, onProgress);

  const result: ApplyResult = { cellsWritten };
  if (skipped.length > 0) result.skipped = skipped;
  return result;
}
