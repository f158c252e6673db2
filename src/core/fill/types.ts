/** What a fill plan is made of (the engine re-exports these for every host). */
import type { Temuan } from "../model";
import type { WriteOp, WritePlan } from "../workbook/port";

export interface FillOptions {
  /** "rumus": live Excel formulas (default); "nilai": computed values. */
  mode: "rumus" | "nilai";
  /** Overwrite cells that already hold something different. */
  force: boolean;
}

export interface CellRef {
  sheet: string;
  cell: string;
}

export interface LeftAlone extends CellRef {
  /** What the cell holds (as shown). */
  existing: string;
  /** What fill would have written (as shown). */
  wanted: string;
}

export interface FillResult {
  /** The complete plan, ending with a "state" op that records `undo` in the workbook. */
  plan: WritePlan;
  written: CellRef[];
  leftAlone: LeftAlone[];
  /** Ops that restore what the plan replaces (for "Batalkan"). */
  undo: WriteOp[];
  /** Notes about the fill (values written instead of formulas, cells left alone), as findings. */
  temuan: Temuan[];
}
