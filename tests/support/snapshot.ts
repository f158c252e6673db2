/**
 * A small builder of WorkbookSnapshots for tests: a sheet from a 2-D array (as the user sees it, row 1 first),
 * with optional bold rows, merges, number formats, formulas and hidden rows, all in A1 terms.
 */
import { columnIndex, parseA1 } from "../../src/core/workbook/address";
import type { CellValue, RangeBox, SheetSnapshot, StoredState, WorkbookSnapshot } from "../../src/core/workbook/port";

export interface SheetOptions {
  /** Bold rows, 1-based as the user sees them ("row 7"). */
  boldRows?: number[];
  /** Bold single cells ("B7"). */
  boldCells?: string[];
  /** Merged areas ("A5:A6"); values inside a merge other than its top-left are cleared, as Excel stores them. */
  merges?: string[];
  /** Number formats: a column letter ("E") for the whole column, or a cell ("E7"). */
  formats?: Record<string, string>;
  /** Formulas (without "=") by cell; the value stays what the array says (the cached result). */
  formulas?: Record<string, string>;
  /** Hidden rows, 1-based. */
  hiddenRows?: number[];
  /** Hidden columns by letter. */
  hiddenCols?: string[];
  hidden?: boolean;
}

export function box(range: string): RangeBox {
  const [a, b] = range.split(":");
  const s = parseA1(a);
  const e = parseA1(b ?? a);
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

/** A sheet from rows of values (undefined and "" are empty cells). */
export function sheet(name: string, rows: (CellValue | undefined)[][], opts: SheetOptions = {}): SheetSnapshot {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values: CellValue[][] = rows.map((r) =>
    Array.from({ length: width }, (_, c) => (r[c] === undefined || r[c] === "" ? null : (r[c] as CellValue))),
  );
  const merges = (opts.merges ?? []).map(box);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && values[r]) values[r][c] = null;
  }
  const numberFormats = values.map((r) => r.map(() => "General"));
  for (const [key, fmt] of Object.entries(opts.formats ?? {})) {
    if (/^[A-Z]+$/.test(key)) {
      const c = columnIndex(key);
      for (const r of numberFormats) if (c < r.length) r[c] = fmt;
    } else {
      const { row, col } = parseA1(key);
      numberFormats[row][col] = fmt;
    }
  }
  const formulas: (string | null)[][] = values.map((r) => r.map(() => null));
  for (const [key, f] of Object.entries(opts.formulas ?? {})) {
    const { row, col } = parseA1(key);
    formulas[row][col] = f;
  }
  const bold = values.map((r) => r.map(() => false));
  for (const r of opts.boldRows ?? []) if (bold[r - 1]) bold[r - 1] = bold[r - 1].map(() => true);
  for (const a of opts.boldCells ?? []) {
    const { row, col } = parseA1(a);
    bold[row][col] = true;
  }
  return {
    name,
    originRow: 0,
    originCol: 0,
    values,
    formulas,
    numberFormats,
    bold,
    merges,
    hiddenRows: (opts.hiddenRows ?? []).map((r) => r - 1),
    hiddenCols: (opts.hiddenCols ?? []).map(columnIndex),
    hidden: opts.hidden,
  };
}

export function workbook(sheets: SheetSnapshot[], state: StoredState | null = null): WorkbookSnapshot {
  return { sheets, state };
}
