/** What the fill is asked to do and what it tells back: one shape for every host (pane, command line, JSON). */
import type { Temuan } from "../model";
import type { WriteOp, WritePlan } from "../workbook/port";

export interface FillOptions {
  /** "rumus": live Excel formulas (default); "nilai": computed values. */
  mode: "rumus" | "nilai";
  /** Overwrite cells whose content differs from the computed figure too. */
  force: boolean;
  /** First turn input numbers stored as text into real numbers (in the same plan, taken back together). */
  convertText?: boolean;
}

export interface CellRef {
  sheet: string;
  cell: string;
}

/** A computed cell whose content differs from what fill computes: left alone (a galat), unless forced. */
export interface LeftAlone extends CellRef {
  /** "beda": the cell shows another figure; "tanpaNilai": the engine has no figure for it but the cell has one. */
  kind: "beda" | "tanpaNilai";
  /** The column's name ("Capaian"). */
  label: string;
  /** What the cell shows, in Indonesian numbers at its printed precision (or its text in quotes). */
  existing: string;
  /** The engine's figure at the same precision ("" when it has none). */
  wanted: string;
  /** The formula the cell holds (English syntax, no "="), or null for a typed value. For --json only. */
  existingFormula: string | null;
  /** What fill would write: its formula (for --json and "tampilkan rumus"), or null for a value. */
  formula: string | null;
  /** What the cell computes, in words ("Realisasi ÷ Target × 100"). */
  description: string;
}

export type ValueReason = "teks" | "rumusPanjang" | "dibulatkan" | "capaianTeks" | "tanpaKolom";

/** A computed cell written as a value although formulas were asked for, and why. */
export interface ValueCell extends CellRef {
  label: string;
  reason: ValueReason;
  /** The input cell that stopped the formula ("Sheet!A1"), if one did. */
  input: string | null;
}

/** An input cell holding a number stored as text, and the number it becomes. */
export interface TextInput extends CellRef {
  label: string;
  /** The text as stored. */
  text: string;
  value: number;
  /** The number format that shows what was there. */
  numberFormat: string;
  /** The text as the converted cell shows it, in Indonesian numbers ("19,34%"). */
  shown: string;
}

export interface AddedColumn {
  sheet: string;
  /** Column letter. */
  column: string;
  header: string;
}

export interface FillResult {
  /** The complete plan, ending with a "state" op that records `undo` in the workbook. */
  plan: WritePlan;
  mode: FillOptions["mode"];
  force: boolean;
  /** Every cell written (computed cells, headers of added columns, converted inputs). */
  written: CellRef[];
  /** Computed cells written as live formulas. */
  formulas: CellRef[];
  /** Computed cells written as values in "rumus" mode, with why; in "nilai" mode every computed cell (reason null). */
  values: ValueCell[];
  /** Typed values that agree with the computed figure at their printed precision, replaced by the formula. */
  sameValue: CellRef[];
  /** Cells that already hold what fill would write (nothing to do). */
  unchanged: CellRef[];
  /** The user's own formulas that give the computed figure: kept. */
  keptFormulas: CellRef[];
  /** Cells whose content differs from the computed figure, left alone (galat); overwritten with force. */
  leftAlone: LeftAlone[];
  /** Cells that differed and were overwritten because force was asked. */
  overwritten: LeftAlone[];
  /** Input cells holding numbers stored as text. */
  textInputs: TextInput[];
  /** textInputs were turned into numbers by this plan. */
  converted: boolean;
  /** Columns added to the right of a table. */
  addedColumns: AddedColumn[];
  /** Ops that restore what the plan replaces (for "Batalkan"); adapters add the looks and widths they record. */
  undo: WriteOp[];
  /** Findings of the fill (cells left alone: galat; values written instead of formulas: info). */
  temuan: Temuan[];
}
