/**
 * Capaian (achievement, percent points) of one indicator: domain.md §3.1.
 * The engine's number and the Excel formula written into the sheet live side by side here, so that
 * what the user audits in Excel is the same rule the engine applies.
 */
import type { Computed, Polaritas } from "../model";
import type { Settings } from "../settings/settings";

export interface CapaianInput {
  polaritas: Polaritas;
  target: number | null;
  realisasi: number | null;
  /** Bounds for polaritas "range". */
  targetRange?: [number, number] | null;
}

export type CapaianOptions = Pick<Settings, "negatif" | "batasCapaian" | "batasBawahNol">;

/**
 * positif R/T*100; negatif "T/R" T/R*100 or "2T-R" (2T-R)/T*100; range [L,U]: inside 100, above R/U*100,
 * below R/L*100; stabil min(R/T, T/R)*100. Then the cap (batasCapaian) and floor 0 (batasBawahNol, or
 * whenever a cap is set). Never divides by zero: value null with an Indonesian reason instead.
 */
export function capaian(input: CapaianInput, opts: CapaianOptions): Computed {
  throw new Error("not implemented");
}

export interface CapaianRefs {
  /** A1 references (or numeric literals) of the target and realisasi cells. */
  target: string;
  realisasi: string;
  /** For "range": references or literals of the bounds. */
  low?: string;
  high?: string;
}

/**
 * The Excel formula (English names, "," separators, no leading "=") that computes capaian() from the
 * referenced cells, giving "" (empty text) wherever capaian() gives null. asFraction: the result is the
 * fraction (0.9678) for a column formatted "0.00%", instead of percent points (96.78).
 */
export function capaianFormula(refs: CapaianRefs, polaritas: Polaritas, opts: CapaianOptions, asFraction: boolean): string {
  throw new Error("not implemented");
}
