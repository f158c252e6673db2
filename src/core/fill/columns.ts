/**
 * Columns the fill adds to the right of a table look like the table: each cell takes the look of the table's
 * column beside it (font, size, borders, fill, alignment: a "styleLike" op the adapters carry out and record
 * for Batalkan), the header is merged over the same header rows, the column-number row is continued, and the
 * column gets a width that shows its widest value with its number format.
 */
import { teksIsi } from "../i18n/fill";
import type { ColumnInfo, SheetLayout } from "../model";
import { formatAngka } from "../numbers";
import type { CellValue, RangeBox, WriteOp } from "../workbook/port";
import { isEmpty, type SheetCells } from "./cells";
import type { PlanContext, Wanted } from "./builder";
import { maxOf } from "../arrays";

/** Tables longer than this get looks on their header rows only (the looks of every row would be a huge record). */
export const MAX_STYLED_ROWS = 5000;

const NUMERIC_ROLES = new Set([
  "capaian",
  "penyerapan",
  "efisiensi",
  "capaianAkhir",
  "sisa",
  "anggaran",
  "realisasiAnggaran",
  "realisasi",
  "target",
  "targetAkhir",
]);

export interface AddedColumnsPlan {
  /** styleLike and merge ops: before the cells ops. */
  before: WriteOp[];
  /** columnWidth ops: after the cells ops. */
  after: WriteOp[];
  /** Undo ops the core itself knows (unmerge); looks and widths are recorded by the adapters. */
  undo: WriteOp[];
}

/** Characters a written figure takes with its number format ("1.234.567.890", "95,84%"). */
function shownLength(figure: Wanted["figure"], numberFormat: string | undefined): number {
  if (typeof figure === "string") return figure.length;
  if (typeof figure !== "number") return 0;
  const d = numberFormat && /\.(0+)/.exec(numberFormat) ? /\.(0+)/.exec(numberFormat)![1].length : 0;
  const pct = numberFormat?.includes("%") ? 1 : 0;
  return formatAngka(figure, d).length + pct;
}

/**
 * The widest shown figure. With one number format, the shown length only grows with the rounded magnitude on
 * each side of zero (digits, group separators, the sign), so the widest number is the largest or the most
 * negative: two numbers are formatted per format, not every cell of a column of 100,000 rows.
 */
function widestShown(ws: Wanted[]): number {
  let widest = 0;
  const range = new Map<string | undefined, { min: number; max: number }>();
  for (const w of ws) {
    const f = w.figure;
    if (typeof f !== "number" || !Number.isFinite(f)) {
      widest = Math.max(widest, shownLength(f, w.write.numberFormat));
      continue;
    }
    const r = range.get(w.write.numberFormat);
    if (!r) range.set(w.write.numberFormat, { min: f, max: f });
    else if (f < r.min) r.min = f;
    else if (f > r.max) r.max = f;
  }
  for (const [format, r] of range) widest = Math.max(widest, shownLength(r.min, format), shownLength(r.max, format));
  return widest;
}

/** Width in characters: the widest value plus padding, and the longest word of the (wrapped) header. */
function widthFor(header: string, ws: Wanted[]): number {
  const values = widestShown(ws);
  const word = maxOf(
    header.split(/\s+/).map((x) => x.length),
    0,
  );
  return Math.min(40, Math.max(10, values + 3, word + 2));
}

export function planAddedColumns(ctx: PlanContext, layout: SheetLayout, cells: SheetCells): AddedColumnsPlan {
  const out: AddedColumnsPlan = { before: [], after: [], undo: [] };
  if (!layout.headerRows || !layout.dataRows) return out;
  const added = layout.columns.filter((c) => c.added).sort((x, y) => x.col - y.col);
  if (added.length === 0) return out;
  const sheet = layout.sheet;
  const [top, bottom] = layout.headerRows;
  const lastRow = Math.max(layout.dataRows[1], layout.numberRow ?? -1);
  const existing = layout.columns.filter((c) => !c.added);
  const numeric = existing
    .filter((c) => NUMERIC_ROLES.has(c.role) && c.col <= layout.lastCol)
    .sort((x, y) => y.col - x.col)[0];

  for (const c of added) {
    // Looks: header rows (and the column-number row) like the table's last column; data rows like the
    // nearest figure column (right-aligned numbers), or the last column when there is none.
    const src = layout.lastCol;
    const dataSrc = numeric?.col ?? src;
    const headerEnd = layout.numberRow !== null && layout.numberRow > bottom ? layout.numberRow : bottom;
    const styleRows = lastRow - top + 1 > MAX_STYLED_ROWS ? headerEnd : lastRow;
    const box = (t: number, b: number): RangeBox => ({ top: t, bottom: b, left: c.col, right: c.col });
    out.before.push({
      kind: "styleLike",
      sheet,
      from: { row: top, col: src },
      range: box(top, headerEnd),
      record: true,
    });
    if (styleRows > headerEnd)
      out.before.push({
        kind: "styleLike",
        sheet,
        from: { row: headerEnd + 1, col: dataSrc },
        range: box(headerEnd + 1, styleRows),
        record: true,
      });

    // The header: in the first header row, merged down over the table's header rows.
    ctx.want(headerCell(sheet, top, c));
    const free = (r: number) => isEmpty(cells.get(r, c.col)) && cells.mergeAt(r, c.col) === null;
    if (bottom > top && Array.from({ length: bottom - top + 1 }, (_, i) => top + i).every(free)) {
      out.before.push({ kind: "merge", sheet, range: box(top, bottom) });
      out.undo.push({ kind: "unmerge", sheet, range: box(top, bottom) });
    }

    const ws = ctx.wanted.filter((w) => w.sheet === sheet && w.col === c.col && w.kind === "hitung");
    out.after.push({ kind: "columnWidth", sheet, col: c.col, width: widthFor(c.header, ws), record: true });
  }

  if (layout.numberRow !== null && layout.numberRow > bottom) {
    // Continue the "(1) (2) (3)" or "1 2 3" numbering from the table's last numbered column.
    let last: CellValue = null;
    for (let x = layout.lastCol; x >= 0 && last === null; x--) {
      const v = cells.get(layout.numberRow, x).value;
      if (v !== null && v !== "") last = v;
    }
    let n = typeof last === "number" ? last : Number(/\d+/.exec(String(last ?? ""))?.[0] ?? layout.lastCol + 1);
    const paren = typeof last === "string" && /^\(\d+\)$/.test(last.trim());
    for (const c of added) {
      n += 1;
      ctx.want({
        sheet,
        row: layout.numberRow,
        col: c.col,
        write: { value: paren ? `(${n})` : n },
        kind: "nomor",
        label: teksIsi.rumus.nomor,
        figure: null,
        decimals: 0,
        description: teksIsi.rumus.nomor,
      });
    }
  }
  return out;
}

function headerCell(sheet: string, row: number, c: ColumnInfo): Wanted {
  return {
    sheet,
    row,
    col: c.col,
    write: { value: c.header },
    kind: "judul",
    label: teksIsi.rumus.judul,
    figure: null,
    decimals: 0,
    description: teksIsi.rumus.judul,
  };
}
