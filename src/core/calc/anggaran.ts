/** Budget figures: penyerapan, sisa and parent totals (domain.md §3.3). */
import type { Computed } from "../model";
import type { Settings } from "../settings/settings";

/** realisasi / anggaran * 100; null + reason when anggaran is 0 or either is missing. */
export function penyerapan(anggaran: number | null, realisasi: number | null): Computed {
  throw new Error("not implemented");
}

/** anggaran - realisasi; null + reason when either is missing. */
export function sisa(anggaran: number | null, realisasi: number | null): Computed {
  throw new Error("not implemented");
}

export interface ChildFigures {
  anggaran: number | null;
  realisasi: number | null;
}

/**
 * A parent's penyerapan from its children: "bobot" Σrealisasi / Σanggaran * 100 (money-weighted, default),
 * "rata-rata" the mean of the children's own penyerapan.
 */
export function penyerapanInduk(children: ChildFigures[], mode: Settings["penyerapanInduk"]): Computed {
  throw new Error("not implemented");
}

/** Sum of the non-null values, or null when all are null. */
export function jumlah(values: (number | null)[]): number | null {
  throw new Error("not implemented");
}

/** Formula for penyerapan from two references ("" when anggaran is 0 or empty). */
export function penyerapanFormula(anggaranRef: string, realisasiRef: string, asFraction: boolean): string {
  throw new Error("not implemented");
}

/** Formula for sisa from two references ("" when either is empty). */
export function sisaFormula(anggaranRef: string, realisasiRef: string): string {
  throw new Error("not implemented");
}

/**
 * Formula for a parent's penyerapan: "bobot" SUM(realisasi ranges)/SUM(anggaran ranges)*100;
 * "rata-rata" AVERAGE of the children's penyerapan cells. Ranges are A1 ranges like "C5:C9".
 */
export function penyerapanIndukFormula(
  anggaranRanges: string[],
  realisasiRanges: string[],
  childPenyerapanRefs: string[],
  mode: Settings["penyerapanInduk"],
  asFraction: boolean,
): string {
  throw new Error("not implemented");
}

/** Formula for a parent's sisa: SUM(anggaran ranges) - SUM(realisasi ranges). */
export function sisaIndukFormula(anggaranRanges: string[], realisasiRanges: string[]): string {
  throw new Error("not implemented");
}
