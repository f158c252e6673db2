/**
 * A sheet snapshot seen through absolute 0-based coordinates, merge-aware: a cell inside a merged area reads
 * as the area's top-left cell, as the user sees it.
 */
import type { CellValue, RangeBox, SheetSnapshot } from "../workbook/port";
import { cellText } from "./text";

export class Grid {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeIndex = new Map<number, RangeBox>();
  /** The rows the merge index covers: a row outside them is in no merged area, without a look-up. */
  private mergedTop = Infinity;
  private mergedBottom = -1;
  private readonly hiddenRowSet: Set<number>;
  private readonly hiddenColSet: Set<number>;

  constructor(readonly sheet: SheetSnapshot) {
    this.top = sheet.originRow;
    this.left = sheet.originCol;
    this.bottom = sheet.originRow + sheet.values.length - 1;
    let width = 0;
    for (const row of sheet.values) width = Math.max(width, row.length);
    this.right = sheet.originCol + width - 1;
    for (const m of sheet.merges) {
      // Only the part of a merge inside the used range matters; cap huge areas (a merged blank block).
      const t = Math.max(m.top, this.top);
      const b = Math.min(m.bottom, this.bottom);
      const l = Math.max(m.left, this.left);
      const r = Math.min(m.right, this.right);
      if ((b - t + 1) * (r - l + 1) > 200_000) continue;
      for (let row = t; row <= b; row++)
        for (let col = l; col <= r; col++) {
          this.mergeIndex.set(this.key(row, col), m);
          if (row < this.mergedTop) this.mergedTop = row;
          if (row > this.mergedBottom) this.mergedBottom = row;
        }
    }
    this.hiddenRowSet = new Set(sheet.hiddenRows);
    this.hiddenColSet = new Set(sheet.hiddenCols);
  }

  get name(): string {
    return this.sheet.name;
  }

  private key(row: number, col: number): number {
    return row * 20_000 + col;
  }

  /**
   * The merged area indexed at (row, col). Most rows of a large sheet are in none: they are not looked up (past
   * 107,000 rows the key is no small integer, and a heap number would be made and hashed for every read).
   */
  private merged(row: number, col: number): RangeBox | undefined {
    if (row < this.mergedTop || row > this.mergedBottom) return undefined;
    return this.mergeIndex.get(this.key(row, col));
  }

  inside(row: number, col: number): boolean {
    return row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
  }

  /** The value stored in the cell itself. */
  raw(row: number, col: number): CellValue {
    if (!this.inside(row, col)) return null;
    const v = this.sheet.values[row - this.top]?.[col - this.left];
    return v === undefined ? null : v;
  }

  mergeAt(row: number, col: number): RangeBox | null {
    return this.merged(row, col) ?? null;
  }

  /** The cell that holds what (row, col) shows: the top-left of its merged area, or itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: Math.max(m.top, this.top), col: Math.max(m.left, this.left) } : { row, col };
  }

  /** The value as the user sees it (merge-aware). */
  value(row: number, col: number): CellValue {
    // Most cells are in no merged area: read them without making an anchor (recognition reads every cell often).
    const m = this.merged(row, col);
    if (m === undefined) return this.raw(row, col);
    return this.raw(Math.max(m.top, this.top), Math.max(m.left, this.left));
  }

  /** Text as the user sees it (merge-aware), trimmed, "" when empty. */
  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  /** Text of the cell itself (not merge-aware). */
  ownText(row: number, col: number): string {
    return cellText(this.raw(row, col));
  }

  format(row: number, col: number): string {
    const m = this.merged(row, col);
    const r = m === undefined ? row : Math.max(m.top, this.top);
    const c = m === undefined ? col : Math.max(m.left, this.left);
    if (!this.inside(r, c)) return "General";
    return this.sheet.numberFormats[r - this.top]?.[c - this.left] ?? "General";
  }

  formula(row: number, col: number): string | null {
    const m = this.merged(row, col);
    const r = m === undefined ? row : Math.max(m.top, this.top);
    const c = m === undefined ? col : Math.max(m.left, this.left);
    if (!this.inside(r, c)) return null;
    return this.sheet.formulas[r - this.top]?.[c - this.left] ?? null;
  }

  isBold(row: number, col: number): boolean {
    const m = this.merged(row, col);
    const r = m === undefined ? row : Math.max(m.top, this.top);
    const c = m === undefined ? col : Math.max(m.left, this.left);
    if (!this.inside(r, c)) return false;
    return this.sheet.bold[r - this.top]?.[c - this.left] === true;
  }

  rowHidden(row: number): boolean {
    return this.hiddenRowSet.has(row);
  }

  colHidden(col: number): boolean {
    return this.hiddenColSet.has(col);
  }

  /** No cell in [c0, c1] of the row shows anything (merge-aware). */
  rowBlank(row: number, c0 = this.left, c1 = this.right): boolean {
    for (let c = c0; c <= c1; c++) if (this.text(row, c) !== "") return false;
    return true;
  }

  /** The cell is part of a merged area but not its anchor. */
  isMergeContinuation(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }
}
