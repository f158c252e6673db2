/**
 * Reading a whole workbook through Office.js in syncs sized by bytes, as writes are (issue 9 item 3):
 *   sync 1: the worksheets (name, visibility);
 *   sync 2: each sheet's used range (values only) position and size;
 *   sync 3: each sheet's hidden columns and whether it has merged areas, and the first rows of every sheet
 *           (values, formulas, number formats, value types, bold, hidden rows), to learn their weight;
 *   sync 4: only when some sheet has merged areas: where they are;
 *   then:   the rest in row blocks, as many per sync as fit the response budget (4 MB by default; Excel on
 *           the web refuses a response over 5 MB), sized by the bytes per cell each sheet really weighed.
 * So a sheet of any size takes a constant number of syncs plus about one per 4 MB of data, and no block
 * reaches Excel's 5,000,000-cell read limit (`blockCells`, `blockRows`). A response refused all the same
 * (a sheet whose later rows are much heavier) is read again one block per sync, halving a block still too big.
 */
import type { CellValue, RangeBox, SheetSnapshot, StoredState, WorkbookSnapshot } from "../../core/workbook/port";
import { STATE_SHEET } from "../../core/workbook/port";
import { decodeState as decodeStoredState } from "../../core/workbook/state";
import { boxA1 } from "../../core/workbook/address";
import { decodeCell } from "./encode";
import { isPayloadError, toOfficeActionError } from "./errors";
import type { ApiSupport } from "./support";
import { pushAll } from "../../core/arrays";

export interface ReadOptions {
  support: ApiSupport;
  /** Largest number of cells in one read block. */
  blockCells: number;
  /** Largest number of rows in one read block. */
  blockRows: number;
  /** Response bytes allowed per sync (Excel on the web refuses 5 MB). */
  budgetBytes: number;
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
    pushAll(snap.hiddenRows, b.hiddenRows);
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

/** The response bytes of a block as Excel sends them (JSON of everything loaded), to size the next syncs. */
function blockBytes(b: BlockData): number {
  let n = JSON.stringify(b.values).length;
  if (b.formulas !== b.values) n += JSON.stringify(b.formulas).length;
  n += JSON.stringify(b.numberFormat).length + JSON.stringify(b.valueTypes).length;
  // getCellProperties answers {"format":{"font":{"bold":false}}}, a comma, per cell; getRowProperties
  // {"rowHidden":false}, a comma, per row
  if (b.bold) n += b.values.length * (b.bold[0]?.length ?? 0) * 35 + b.values.length * 20;
  return n;
}

/**
 * What a cell is assumed to weigh over the heaviest it weighed so far: a little more, for rows that differ.
 * The budget (4 MB) is itself a fifth under the web's limit (5 MB), so a sheet whose later rows are heavier
 * still goes through; one much heavier is read again in halves.
 */
const WEIGHT_MARGIN = 1.05;

/** Bytes per cell assumed for a sheet before any of it was read (enough for numbers, short text and formats). */
const FIRST_GUESS_BYTES_PER_CELL = 160;

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
    return { ws, name, visibility, isState: name.toLowerCase() === STATE_SHEET.toLowerCase(), box, blocks: [] };
  });

  const results = new Map<Job, { blocks: BlockData[]; sheet: SheetData }>();
  const empty: SheetData = { hiddenCols: [], merges: [] };
  const pending = jobs.filter((j) => j.box !== null);
  for (const job of pending) results.set(job, { blocks: [], sheet: empty });

  // The blocks go out in syncs whose response stays under the byte budget: the first rows of each sheet
  // with a first guess of bytes per cell, then the rest sized by what the sheet's blocks really weighed.
  // Excel on the web refuses a response over 5 MB; a block refused all the same is read alone, halved.
  const perCell = new Map<Job, number>();
  const next = new Map<Job, number>(pending.map((j) => [j, (j.box as RangeBox).top]));
  const unfinished = () => pending.filter((j) => (next.get(j) as number) <= (j.box as RangeBox).bottom);
  let sheetQueues = new Map<Job, SheetQueue>();
  for (const job of pending) if (!job.isState) sheetQueues.set(job, queueSheet(job, opts));
  let first = true;
  while (pending.length > 0 && (first || unfinished().length > 0)) {
    const queued: { job: Job; collect: Collect<BlockData>; top: number; bottom: number }[] = [];
    let bytes = 0;
    for (const job of unfinished()) {
      const box = job.box as RangeBox;
      const width = box.right - box.left + 1;
      let top = next.get(job) as number;
      while (top <= box.bottom) {
        const known = perCell.has(job);
        const cellBytes = perCell.get(job) ?? FIRST_GUESS_BYTES_PER_CELL;
        const room = Math.floor((opts.budgetBytes - bytes) / (cellBytes * width));
        // a sheet not read yet: only a first slice, to learn its weight
        const cap = known ? opts.blockRows : Math.min(opts.blockRows, 500);
        let rows = Math.min(room, cap, Math.max(1, Math.floor(opts.blockCells / width)), box.bottom - top + 1);
        if (rows < 1 && queued.length === 0) rows = 1; // even one row is over the budget: it goes alone
        if (rows < 1) break;
        queued.push({ job, collect: queueBlock(ctx, job, top, top + rows - 1, opts), top, bottom: top + rows - 1 });
        bytes += rows * width * cellBytes;
        top += rows;
        if (!known) break;
      }
      next.set(job, top);
      if (bytes >= opts.budgetBytes) break;
    }
    let refused = false;
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e, "response")) throw toOfficeActionError(e);
      refused = true;
    }
    if (first) {
      first = false;
      if (refused) {
        // Nothing of a refused sync was carried out: the sheet-wide parts again, alone.
        sheetQueues = new Map([...sheetQueues.keys()].map((job) => [job, queueSheet(job, opts)]));
        await ctx.sync();
      }
      // Where a sheet has merged areas, their positions (one more small sync).
      if ([...sheetQueues.values()].map((q) => q.more()).some(Boolean)) await ctx.sync();
    }
    for (const q of queued) {
      const got = results.get(q.job) as { blocks: BlockData[]; sheet: SheetData };
      if (refused) {
        pushAll(got.blocks, await readBlockAlone(ctx, q.job, q.top, q.bottom, opts));
        continue;
      }
      const b = q.collect();
      got.blocks.push(b);
      const cells = b.values.length * (b.values[0]?.length ?? 1);
      const weight = (blockBytes(b) / Math.max(1, cells)) * WEIGHT_MARGIN;
      perCell.set(q.job, Math.max(weight, perCell.get(q.job) ?? 0, 8));
    }
  }
  for (const [job, q] of sheetQueues) (results.get(job) as { sheet: SheetData }).sheet = q.collect();

  const sheets: SheetSnapshot[] = [];
  let state: StoredState | null = null;
  for (const job of jobs) {
    const got = results.get(job) ?? { blocks: [], sheet: empty };
    if (job.isState) state = decodeState(got.blocks, job.box);
    else sheets.push(assemble(job, got.blocks, got.sheet));
  }
  // Excel calculated every formula: one showing nothing shows an empty text, it is not a missing value.
  return { sheets, state, calculated: true };
}
