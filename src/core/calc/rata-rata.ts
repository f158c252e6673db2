/** Means of capaian (sasaran, overall) and of efisiensi: domain.md §3.1. */
import type { Computed } from "../model";

/** Mean of the non-null values; with weights, Σw·v / Σw over the values that have both. null + reason when none. */
export function rataRata(values: (number | null)[], weights?: (number | null)[] | null): Computed {
  throw new Error("not implemented");
}

/** Excel formula of the same mean over the referenced cells ("" when none is a number). */
export function rataRataFormula(refs: string[], weightRefs?: string[] | null): string {
  throw new Error("not implemented");
}
