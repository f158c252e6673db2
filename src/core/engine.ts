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
  /** The complete plan, ending with a "state" op that records `undo` in the workbook. */
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

/** The plan that takes back the last fill (from StoredState.undo), or null when there is nothing to take back. */
export function planUndo(snapshot: WorkbookSnapshot): WritePlan | null {
  throw new Error("not implemented");
}

/** A plan that saves settings and/or overrides into the workbook's stored state (keeping the rest). */
export function planSaveState(snapshot: WorkbookSnapshot, patch: { settings?: Record<string, unknown>; overrides?: Record<string, unknown> }): WritePlan {
  throw new Error("not implemented");
}

/** Settings for a workbook: defaults, then what the workbook stores, then the host's (e.g. --settings file). */
export function effectiveSettings(snapshot: WorkbookSnapshot, hostSettings?: Record<string, unknown>): Settings {
  throw new Error("not implemented");
}
