/**
 * Reading a whole workbook through Office.js in a constant number of context.sync calls:
 *   sync 1: the worksheets (name, visibility);
 *   sync 2: each sheet's used range (values only) position and size;
 *   sync 3: every block of every sheet (values, formulas, number formats, value types, bold, hidden rows),
 *           each sheet's hidden columns and whether it has merged areas;
 *   sync 4: only when some sheet has merged areas: where they are.
 * A used range is read in row blocks (at most `blockCells` cells, `blockRows` rows), all queued before the
 * one sync, so that no single range reaches Excel's 5,000,000-cell read limit. Only when Excel on the web
 * refuses the combined response (ResponsePayloadSizeLimitExceeded, 5 MB) does it fall back to one sync
 * per block, halving a block that is still too big.
 */
import type { CellValue, RangeBox, SheetSnapshot, StoredState, WorkbookSnapshot } from "../../core/workbook/port";
import { STATE_SHEET } from "../../core/workbook/port";
import { decodeState as decodeStoredState } from "../../core/workbook/state";
import { boxA1 } from "../../core/workbook/address";
import { decodeCell } from "./encode";
import { isPayloadError, toOfficeActionError } from "./errors";
import type { ApiSupport } from "./support";

export interface ReadOptions {
  support: ApiSupport;
  /** Largest number of cells in one read block. */
  blockCells: number;
  /** Largest number of rows in one read block. */
  blockRows: number;
}

interface BlockData {
  top: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  bold: boolean[][] | null;
  hiddenRows: number[];
}

interface SheetData {
  hiddenCols: number[];
  merges: RangeBox[];
}

interface Job {
  ws: Excel.Worksheet;
  name: string;
  visibility: string;
  isState: boolean;
  box: RangeBox | null;
  blocks: { top: number; bottom: number }[];
}

type Collect<T> = () => T;

function queueBlock(
  ctx: Excel.RequestContext,
  job: Job,
  top: number,
  bottom: number,
  opts: ReadOptions,
): Collect<BlockData> {
  const box = job.box as RangeBox;
  const range = job.ws.getRange(boxA1({ top, left: box.left, bottom, right: box.right }));
  const full = !job.isState;
  range.load(full ? ["values", "formulas", "numberFormat", "valueTypes"] : ["values", "valueTypes"]);
  const props =
    full && opts.support.cellProperties ? range.getCellProperties({ format: { font: { bold: true } } }) : null;
  const rowProps = full && opts.support.cellProperties ? range.getRowProperties({ rowHidden: true }) : null;
  return () => {
    const valueTypes = range.valueTypes as unknown as string[][];
    const values = range.values as unknown[][];
    const hiddenRows: number[] = [];
    if (rowProps) rowProps.value.forEach((p, i) => p.rowHidden === true && hiddenRows.push(top + i));
    return {
      top,
      values,
      formulas: full ? (range.formulas as unknown[][]) : values,
      numberFormat: full ? (range.numberFormat as unknown[][]) : [],
      valueTypes,
      bold: props ? props.value.map((row) => row.map((p) => p.format?.font?.bold === true)) : null,
      hiddenRows,
    };
  };
}

/**
 * The merged areas that touch a range (ExcelApi 1.13), in two steps: `queue` asks for the RangeAreas
 * (sync), then `more` queues the positions of its areas when there are any (sync), then `collect`.
 * Positions come from `areas`, not from the RangeAreas address, which was reported to give only each
 * area's top-left cell (office-js #1590); and `areas` is only touched once the RangeAreas is known not to
 * be a null object.
 */
export function queueMerges(range: Excel.Range): { more(): boolean; collect(): RangeBox[] } {
  const merged = range.getMergedAreasOrNullObject();
  merged.load("areaCount");
  let asked = false;
  return {
    more() {
      if (merged.isNullObject || merged.areaCount === 0) return false;
      merged.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
      asked = true;
      return true;
    },
    collect() {
      if (!asked) return [];
      return merged.areas.items
        .map((r) => ({
          top: r.rowIndex,
          left: r.columnIndex,
          bottom: r.rowIndex + r.rowCount - 1,
          right: r.columnIndex + r.columnCount - 1,
        }))
        .sort((a, b) => a.top - b.top || a.left - b.left);
    },
  };
}

interface SheetQueue {
  /** After the first sync: queues what else is needed; true when a further sync is needed. */
  more(): boolean;
  collect(): SheetData;
}

function queueSheet(job: Job, opts: ReadOptions): SheetQueue {
  const box = job.box as RangeBox;
  const used = job.ws.getRange(boxA1(box));
  const colProps = opts.support.cellProperties ? used.getColumnProperties({ columnHidden: true }) : null;
  const merged = opts.support.mergedAreas ? queueMerges(used) : null;
  return {
    more: () => (merged ? merged.more() : false),
    collect: () => {
      const hiddenCols: number[] = [];
      if (colProps) colProps.value.forEach((p, i) => p.columnHidden === true && hiddenCols.push(box.left + i));
      return { hiddenCols, merges: merged ? merged.collect() : [] };
    },
  };
}

/** Reads one block in its own sync, halving it while Excel refuses the response as too large. */
async function readBlockAlone(
  ctx: Excel.RequestContext,
  job: Job,
  top: number,
  bottom: number,
  opts: ReadOptions,
): Promise<BlockData[]> {
  const collect = queueBlock(ctx, job, top, bottom, opts);
  try {
    await ctx.sync();
    return [collect()];
  } catch (e) {
    if (!isPayloadError(e, "response") || bottom === top) throw toOfficeActionError(e);
    const mid = top + Math.floor((bottom - top) / 2);
    const a = await readBlockAlone(ctx, job, top, mid, opts);
    const b = await readBlockAlone(ctx, job, mid + 1, bottom, opts);
    return [...a, ...b];
  }
}

function assemble(job: Job, blocks: BlockData[], sheetData: SheetData): SheetSnapshot {
  const box = job.box;
  const snap: SheetSnapshot = {
    name: job.name,
    originRow: box ? box.top : 0,
    originCol: box ? box.left : 0,
    values: [],
    formulas: [],
    numberFormats: [],
    bold: [],
    merges: sheetData.merges,
    hiddenRows: [],
    hiddenCols: sheetData.hiddenCols,
  };
  if (job.visibility !== "Visible") snap.hidden = true;
  for (const b of blocks) {
    for (let r = 0; r < b.values.length; r++) {
      const vRow = b.values[r];
      const fRow = b.formulas[r];
      const nRow = b.numberFormat[r];
      const tRow = b.valueTypes[r];
      const values: CellValue[] = new Array(vRow.length);
      const formulas: (string | null)[] = new Array(vRow.length);
      const formats: string[] = new Array(vRow.length);
      for (let c = 0; c < vRow.length; c++) {
        const d = decodeCell(vRow[c], fRow[c], tRow[c]);
        values[c] = d.value;
        formulas[c] = d.formula;
        const nf = nRow[c];
        formats[c] = typeof nf === "string" && nf !== "" ? nf : "General";
      }
      snap.values.push(values);
      snap.formulas.push(formulas);
      snap.numberFormats.push(formats);
      snap.bold.push(b.bold ? b.bold[r] : new Array<boolean>(vRow.length).fill(false));
    }
    snap.hiddenRows.push(...b.hiddenRows);
  }
  return snap;
}

/** The stored state from the state sheet's column A (JSON in chunks); null when absent or unreadable. */
export function decodeState(blocks: BlockData[], box: RangeBox | null): StoredState | null {
  if (!box || box.left !== 0) return null;
  const cells: unknown[] = [];
  for (const b of blocks) for (const row of b.values) cells.push(row[0]);
  return decodeStoredState(cells);
}

export async function readWorkbook(ctx: Excel.RequestContext, opts: ReadOptions): Promise<WorkbookSnapshot> {
  const coll = ctx.workbook.worksheets;
  coll.load("items/name,items/visibility");
  await ctx.sync(); // 1

  const used = coll.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return { ws, name: ws.name, visibility: ws.visibility as string, r };
  });
  await ctx.sync(); // 2

  const jobs: Job[] = used.map(({ ws, name, visibility, r }) => {
    const box = r.isNullObject
      ? null
      : {
          top: r.rowIndex,
          left: r.columnIndex,
          bottom: r.rowIndex + r.rowCount - 1,
          right: r.columnIndex + r.columnCount - 1,
        };
    const blocks: { top: number; bottom: number }[] = [];
    if (box) {
      const width = box.right - box.left + 1;
      const rows = Math.max(1, Math.min(opts.blockRows, Math.floor(opts.blockCells / width)));
      for (let top = box.top; top <= box.bottom; top += rows)
        blocks.push({ top, bottom: Math.min(box.bottom, top + rows - 1) });
    }
    return { ws, name, visibility, isState: name.toLowerCase() === STATE_SHEET.toLowerCase(), box, blocks };
  });

  const results = new Map<Job, { blocks: BlockData[]; sheet: SheetData }>();
  const empty: SheetData = { hiddenCols: [], merges: [] };
  const pending = jobs.filter((j) => j.box !== null);
  if (pending.length > 0) {
    const collectors = pending.map((job) => ({
      job,
      sheet: job.isState ? null : queueSheet(job, opts),
      blocks: job.blocks.map((b) => queueBlock(ctx, job, b.top, b.bottom, opts)),
    }));
    let combined = true;
    try {
      await ctx.sync(); // 3
    } catch (e) {
      if (!isPayloadError(e, "response")) throw e;
      combined = false;
    }
    if (combined) {
      const blocks = collectors.map((c) => c.blocks.map((f) => f()));
      // 4, only when some sheet has merged areas: their positions
      if (collectors.map((c) => (c.sheet ? c.sheet.more() : false)).some(Boolean)) await ctx.sync();
      collectors.forEach((c, i) =>
        results.set(c.job, { blocks: blocks[i], sheet: c.sheet ? c.sheet.collect() : empty }),
      );
    } else {
      // Excel on the web: the combined response is over 5 MB. One sync per block instead.
      for (const job of pending) {
        let sheet = empty;
        if (!job.isState) {
          const q = queueSheet(job, opts);
          await ctx.sync();
          if (q.more()) await ctx.sync();
          sheet = q.collect();
        }
        const blocks: BlockData[] = [];
        for (const b of job.blocks) blocks.push(...(await readBlockAlone(ctx, job, b.top, b.bottom, opts)));
        results.set(job, { blocks, sheet });
      }
    }
  }

  const sheets: SheetSnapshot[] = [];
  let state: StoredState | null = null;
  for (const job of jobs) {
    const got = results.get(job) ?? { blocks: [], sheet: empty };
    if (job.isState) state = decodeState(got.blocks, job.box);
    else sheets.push(assemble(job, got.blocks, got.sheet));
  }
  return { sheets, state };
}
