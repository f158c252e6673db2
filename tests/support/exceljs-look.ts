/**
 * Test support: a cell's look in an ExcelJS workbook as the port's host-neutral CellLook, so tests can compare
 * what the package writer wrote by reading its bytes back with ExcelJS (an independent reader).
 */
import type ExcelJS from "exceljs";
import type { BorderEdge, CellLook } from "../../src/core/workbook/port";

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
