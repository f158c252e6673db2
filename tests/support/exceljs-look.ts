/**
 * Test support: reading cell looks of an ExcelJS workbook as the port's CellLook (the tests compare what the
 * package writer wrote by reading its bytes back with ExcelJS). Formerly the ExcelJS adapter's looks: "styleLike" (copy a cell's look onto a range), "restoreStyles",
 * "unmerge", and the records that let Batalkan put back looks and column widths (ops with `record`).
 *
 * Recording happens before anything is written: `withRecords` reads the looks and widths a plan is about to
 * replace and puts their restore ops at the end of the plan's StoredState.undo, so the state written is
 * complete even though the core cannot see styles. Looks are kept in the host-neutral CellLook of the port.
 */
import type ExcelJS from "exceljs";
import type { BorderEdge, CellLook, RangeBox, WriteOp, WritePlan } from "../../src/core/workbook/port";

const EDGES = ["top", "bottom", "left", "right"] as const;

/** "FF1F3864" or "1F3864" -> "1F3864"; theme/indexed colours give undefined (automatic). */
function rgbOf(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = c?.argb;
  if (typeof argb !== "string") return undefined;
  const hex = argb.length === 8 ? argb.slice(2) : argb;
  return /^[0-9A-Fa-f]{6}$/.test(hex) ? hex.toUpperCase() : undefined;
}

/** The look of an ExcelJS style (number format left out). */
export function lookOf(style: Partial<ExcelJS.Style> | undefined): CellLook {
  const look: CellLook = {};
  if (!style) return look;
  const f = style.font;
  if (f) {
    const font: NonNullable<CellLook["font"]> = {};
    if (f.name !== undefined) font.name = f.name;
    if (f.size !== undefined) font.size = f.size;
    if (f.bold) font.bold = true;
    if (f.italic) font.italic = true;
    if (f.underline) font.underline = true;
    const color = rgbOf(f.color);
    if (color) font.color = color;
    if (Object.keys(font).length > 0) look.font = font;
  }
  const fill = style.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") {
    const color = rgbOf(fill.fgColor);
    if (color) look.fill = color;
  }
  const b = style.border;
  if (b) {
    const borders: NonNullable<CellLook["borders"]> = {};
    for (const e of EDGES) {
      const edge = b[e];
      if (!edge?.style) continue;
      const out: BorderEdge = { style: edge.style };
      const color = rgbOf(edge.color);
      if (color) out.color = color;
      borders[e] = out;
    }
    if (Object.keys(borders).length > 0) look.borders = borders;
  }
  const al = style.alignment;
  if (al) {
    if (al.horizontal) look.hAlign = al.horizontal;
    if (al.vertical) look.vAlign = al.vertical === "middle" ? "center" : al.vertical;
    if (al.wrapText) look.wrap = true;
  }
  return look;
}

/** An ExcelJS style (a fresh object) with `look` and the number format `numFmt`. */
export function styleOf(look: CellLook, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const st: Partial<ExcelJS.Style> = {};
  if (numFmt !== undefined) st.numFmt = numFmt;
  if (look.font) {
    const f = look.font;
    const font: Partial<ExcelJS.Font> = {};
    if (f.name !== undefined) font.name = f.name;
    if (f.size !== undefined) font.size = f.size;
    if (f.bold) font.bold = true;
    if (f.italic) font.italic = true;
    if (f.underline) font.underline = true;
    if (f.color) font.color = { argb: `FF${f.color}` };
    st.font = font;
  }
  if (look.fill) st.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill}` } };
  if (look.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const e of EDGES) {
      const edge = look.borders[e];
      if (!edge) continue;
      border[e] = {
        style: edge.style as ExcelJS.BorderStyle,
        ...(edge.color ? { color: { argb: `FF${edge.color}` } } : {}),
      };
    }
    st.border = border as ExcelJS.Borders;
  }
  if (look.hAlign !== undefined || look.vAlign !== undefined || look.wrap) {
    const al: Partial<ExcelJS.Alignment> = {};
    if (look.hAlign !== undefined) al.horizontal = look.hAlign as ExcelJS.Alignment["horizontal"];
    if (look.vAlign !== undefined)
      al.vertical = (look.vAlign === "center" ? "middle" : look.vAlign) as ExcelJS.Alignment["vertical"];
    if (look.wrap) al.wrapText = true;
    st.alignment = al;
  }
  return st;
}

function cellsOf(box: RangeBox, fn: (row: number, col: number) => void): void {
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(r, c);
}

/** Copies the looks of the block at `from` onto `range` (same shape); each cell keeps its own number format. */
export function applyStyleLike(ws: ExcelJS.Worksheet, from: { row: number; col: number }, range: RangeBox): void {
  // Read every source look first: the source and target blocks may overlap.
  const looks: CellLook[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const line: CellLook[] = [];
    for (let c = range.left; c <= range.right; c++)
      line.push(lookOf(ws.getCell(from.row + r - range.top + 1, from.col + c - range.left + 1).style));
    looks.push(line);
  }
  cellsOf(range, (r, c) => {
    const cell = ws.getCell(r + 1, c + 1);
    cell.style = styleOf(looks[r - range.top][c - range.left], cell.style?.numFmt);
  });
}

export function applyRestoreStyles(ws: ExcelJS.Worksheet, op: Extract<WriteOp, { kind: "restoreStyles" }>): void {
  op.looks.forEach((line, i) =>
    line.forEach((look, j) => {
      if (!look) return;
      const cell = ws.getCell(op.row + i + 1, op.col + j + 1);
      cell.style = styleOf(look, cell.style?.numFmt);
    }),
  );
}

export function applyColumnWidth(ws: ExcelJS.Worksheet, col: number, width: number | null): void {
  const column = ws.getColumn(col + 1);
  if (width === null) {
    // Back to the sheet's default: ExcelJS writes no <col> width when it is undefined.
    (column as { width?: number }).width = undefined;
  } else column.width = width;
}

/**
 * The plan with the restore ops of its recorded ops ("styleLike" and "columnWidth" with `record`) put at the
 * end of its state op's undo list. Plans without a state op that has an undo list are returned as they are.
 */
export function withRecords(plan: WritePlan, sheetOf: (name: string) => ExcelJS.Worksheet | undefined): WritePlan {
  if (!plan || !Array.isArray(plan.ops)) return plan;
  const stateIndex = plan.ops.findIndex((op) => op.kind === "state" && Array.isArray(op.state?.undo));
  if (stateIndex < 0) return plan;
  const records: WriteOp[] = [];
  for (const op of plan.ops) {
    if (op.kind === "styleLike" && op.record) {
      const ws = sheetOf(op.sheet);
      if (!ws) continue;
      const b = op.range;
      const looks: CellLook[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const line: CellLook[] = [];
        for (let c = b.left; c <= b.right; c++) line.push(lookOf(ws.getCell(r + 1, c + 1).style));
        looks.push(line);
      }
      records.push({ kind: "restoreStyles", sheet: op.sheet, row: b.top, col: b.left, looks });
    } else if (op.kind === "columnWidth" && op.record) {
      const ws = sheetOf(op.sheet);
      if (!ws) continue;
      const w = ws.getColumn(op.col + 1).width;
      records.push({ kind: "columnWidth", sheet: op.sheet, col: op.col, width: typeof w === "number" ? w : null });
    }
  }
  if (records.length === 0) return plan;
  const ops = plan.ops.slice();
  const st = ops[stateIndex] as Extract<WriteOp, { kind: "state" }>;
  ops[stateIndex] = { kind: "state", state: { ...st.state, undo: [...(st.state.undo ?? []), ...records] } };
  return { ...plan, ops };
}
