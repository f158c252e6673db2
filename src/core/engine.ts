/**
 * The engine's front door, the same for every host (add-in, command line, standalone page):
 * read (a WorkbookSnapshot from a port) -> understand (recognize) -> compute (analyze) -> plan (planFill)
 * -> write (the port applies the plan).
 */
import type { Analysis } from "./model";
import type { Settings } from "./settings/settings";
import type { WorkbookSnapshot, WriteOp, WritePlan } from "./workbook/port";

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
  plan: WritePlan;
  written: CellRef[];
  leftAlone: LeftAlone[];
  /** Ops that restore what the plan replaces (for "Batalkan"). */
  undo: WriteOp[];
}

export function analyze(snapshot: WorkbookSnapshot, settings: Settings): Analysis {
  throw new Error("not implemented");
}

export function planFill(snapshot: WorkbookSnapshot, analysis: Analysis, settings: Settings, opts: FillOptions): FillResult {
  throw new Error("not implemented");
}
