/**
 * How the add-in's StoredState is kept inside a workbook, shared by every adapter: JSON text split over
 * column A of the very hidden sheet STATE_SHEET (A1, A2, ...), each cell at most STATE_CHUNK characters
 * (Excel's cell limit is 32,767), never cutting a surrogate pair. Reading joins the cells down column A
 * until the first empty one and accepts only a JSON object of a known version. Pure: no host, no I/O.
 */
import type { CellWrite, StoredState, WriteOp } from "./port";

export { STATE_SHEET } from "./port";

/** Each state cell holds at most this many characters. */
export const STATE_CHUNK = 30_000;
/** The one version of StoredState this build reads and writes. */
export const STATE_VERSION = 1;

/** Splits text into pieces of at most `size` characters without cutting a surrogate pair. */
export function splitChunks(text: string, size: number = STATE_CHUNK): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + size, text.length);
    if (end < text.length) {
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end--;
    }
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * A "cells" op of the undo record as stored: consecutive rows that are the same (most often runs of
 * cells that were empty before the fill) become one [count, row] entry, so 100,000 empty cells cost one.
 */
interface StoredCellsOp {
  kind: "cells";
  sheet: string;
  row: number;
  col: number;
  runs: [number, (CellWrite | null)[]][];
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compactOp(op: WriteOp): WriteOp | StoredCellsOp {
  if (op.kind !== "cells") return op;
  const runs: [number, (CellWrite | null)[]][] = [];
  let lastKey = "";
  let lastLine: (CellWrite | null)[] | null = null;
  for (let i = 0; i < op.cells.length; i++) {
    const line = op.cells[i];
    const last = runs[runs.length - 1];
    // The same writes as the line before: the same row object again (the fill shares the rows of empty cells),
    // or equal writes (a fill shares one undo write among the empty cells it fills): the same JSON, without making it.
    if (last && lastLine && (line === lastLine || sameItems(line, lastLine))) {
      last[0]++;
      continue;
    }
    const key = JSON.stringify(line);
    if (last && key === lastKey) last[0]++;
    else {
      runs.push([1, line]);
      lastKey = key;
    }
    lastLine = line;
  }
  return { kind: "cells", sheet: op.sheet, row: op.row, col: op.col, runs };
}

function expandOp(op: unknown): WriteOp {
  const o = op as StoredCellsOp;
  if (o && o.kind === "cells" && Array.isArray(o.runs) && !("cells" in (o as object))) {
    const cells: (CellWrite | null)[][] = [];
    // a run is one row object repeated: plans are never changed in place, so its rows can share it
    for (const [count, line] of o.runs) for (let i = 0; i < count; i++) cells.push(line);
    return { kind: "cells", sheet: o.sheet, row: o.row, col: o.col, cells };
  }
  return op as WriteOp;
}

/** The state as the cells of column A (A1 first). Throws when the state cannot be turned into JSON. */
export function encodeState(state: StoredState): string[] {
  const stored = Array.isArray(state.undo) ? { ...state, undo: state.undo.map(compactOp) } : state;
  return splitChunks(JSON.stringify(stored));
}

/**
 * The state from the cells of column A, in order (anything that is not text ends the list). Null when
 * there is none, the JSON is broken, or the version is not one this build knows.
 */
export function decodeState(cells: readonly unknown[]): StoredState | null {
  let json = "";
  for (const v of cells) {
    if (typeof v === "number" && Number.isFinite(v)) json += String(v);
    else if (typeof v !== "string" || v === "") break;
    else json += v;
  }
  if (json === "") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  if ((parsed as { version?: unknown }).version !== STATE_VERSION) return null;
  const state = parsed as StoredState;
  if (Array.isArray(state.undo)) state.undo = state.undo.map(expandOp);
  return state;
}
