/** The fill's working list: every cell it wants to write, with the figure it stands for and how to explain it. */
import type { TextConversion } from "../convert/text-number";
import type { Reading } from "../model";
import type { RunSettings, Settings } from "../settings/settings";
import { a1 } from "../workbook/address";
import type { CellWrite } from "../workbook/port";
import type { SheetCells } from "./cells";
import type { FillOptions, ValueReason } from "./types";

export interface Wanted {
  sheet: string;
  row: number;
  col: number;
  write: CellWrite;
  /** A computed cell, the header of an added column, or its column number. */
  kind: "hitung" | "judul" | "nomor";
  label: string;
  /** The engine's figure as the cell shows it (percent points for percentages, predikat text), null: none. */
  figure: number | string | null;
  decimals: number;
  /** What the cell computes, in words. */
  description: string;
  /** Written as a value although formulas were asked for: why. */
  valueReason?: { reason: ValueReason; input: string | null };
  /** The formula reads these cells: when one of them stays text, `fallback` (a value) is written instead. */
  dependsOn?: { row: number; col: number }[];
  fallback?: CellWrite | null;
}

export const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

export class PlanContext {
  readonly wanted: Wanted[] = [];
  constructor(
    readonly settings: RunSettings,
    readonly mode: FillOptions["mode"],
    readonly sheets: Map<string, SheetCells>,
    /** Input conversions this plan makes (text -> number), by cellKey; empty when none are made. */
    readonly converted: Map<string, TextConversion>,
  ) {}

  want(w: Wanted): void {
    // A formula built with template strings is kept by V8 as a tree of its pieces, three times the size of
    // its text; reading one character joins it into one flat string in place (200,000 formulas: 72 -> 22 MB).
    if (w.write.formula !== undefined) w.write.formula.charCodeAt(0);
    if (w.fallback?.formula !== undefined) w.fallback.formula.charCodeAt(0);
    this.wanted.push(w);
  }

  /**
   * A reference usable in a formula for an input reading, `{ text }` when the cell holds a number stored as text
   * that this plan does not convert, or null when there is no input.
   */
  operand(sheet: string, r: Reading | null): { ref: string } | { text: Reading } | null {
    if (!r) return null;
    const ref = a1(r.row, r.col);
    if (r.fromText && r.value !== null) {
      const conv = this.converted.get(cellKey(sheet, r.row, r.col));
      if (!conv) return { text: r };
      return { ref: conv.fraction ? `${ref}*100` : ref };
    }
    // A numeric cell formatted as percent holds a fraction; the rules work in points.
    if (r.unit === "%" && !r.isFormula && r.value !== null) return { ref: `${ref}*100` };
    return { ref };
  }

  /** The reading holds a number stored as text that stays text (not converted by this plan). */
  staysText(sheet: string, r: Reading | null | undefined): boolean {
    return !!r && r.fromText && r.value !== null && !this.converted.has(cellKey(sheet, r.row, r.col));
  }
}

export function numberFormatFor(role: string, settings: Settings, asFraction: boolean): string {
  if (role === "sisa") return "#,##0";
  const d = settings.desimal;
  const base = d > 0 ? `0.${"0".repeat(d)}` : "0";
  return asFraction ? `${base}%` : base;
}
