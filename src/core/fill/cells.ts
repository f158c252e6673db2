/** The workbook as the fill sees it: what a cell holds now, and how a planned write compares with it. */
import type { CellValue, CellWrite, SheetSnapshot } from "../workbook/port";
import { isCellError } from "../workbook/port";
import { a1 } from "../workbook/address";

export interface Existing {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
}

export class SheetCells {
  constructor(private readonly s: SheetSnapshot | undefined) {}
  /** A cell covered by a merged area other than its top-left cell: nothing can be written there. */
  hidden(row: number, col: number): boolean {
    return !!this.s?.merges.some(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
    );
  }
  /** The merged area a cell is part of, if any. */
  mergeAt(row: number, col: number) {
    return this.s?.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? null;
  }
  get(row: number, col: number): Existing {
    const s = this.s;
    if (!s) return { value: null, formula: null, numberFormat: "General" };
    const r = row - s.originRow;
    const c = col - s.originCol;
    if (r < 0 || c < 0 || r >= s.values.length || c >= (s.values[r]?.length ?? 0))
      return { value: null, formula: null, numberFormat: "General" };
    return {
      value: s.values[r][c],
      formula: s.formulas[r]?.[c] ?? null,
      numberFormat: s.numberFormats[r]?.[c] ?? "General",
    };
  }
}

export function isEmpty(e: Existing): boolean {
  return e.formula === null && (e.value === null || (typeof e.value === "string" && e.value.trim() === ""));
}

function normFormula(f: string): string {
  return f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
}

/** The cell already holds exactly what would be written. */
export function sameContent(e: Existing, w: CellWrite): boolean {
  if (w.formula !== undefined) return e.formula !== null && normFormula(e.formula) === normFormula(w.formula);
  if (e.formula !== null) return false;
  const v = w.value ?? null;
  if (typeof v === "number" && typeof e.value === "number")
    return Math.abs(v - e.value) <= 1e-9 * Math.max(1, Math.abs(v));
  if (typeof v === "string" && typeof e.value === "string") return v.trim() === e.value.trim();
  return v === e.value;
}

/** The write that puts a cell back as it is now (for Batalkan). */
export function previous(e: Existing): CellWrite {
  if (e.formula !== null) return { formula: e.formula, numberFormat: e.numberFormat };
  const v = isCellError(e.value) ? null : e.value;
  return { value: v, numberFormat: e.numberFormat };
}

/** More separate ranges than this cannot make a formula under MAX_FORMULA. */
export const MAX_FORMULA = 8000;
export const MAX_RUNS = 400;

export function countRuns(rows: { row: number }[]): number {
  let n = 0;
  for (let i = 0; i < rows.length; i++) if (i === 0 || rows[i].row !== rows[i - 1].row + 1) n++;
  return n;
}

/** Contiguous runs of rows as A1 ranges in one column: [5,6,7,9] -> ["C6:C8", "C10"]. */
export function runs(rows: number[], col: number): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? a1(sorted[i], col) : `${a1(sorted[i], col)}:${a1(sorted[j], col)}`);
    i = j + 1;
  }
  return out;
}
