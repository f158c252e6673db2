/** Comparisons the LKjIP makes: against earlier years and against the end-of-period target (domain.md §3.5). */

import { decimalDifference } from "../numbers/round";

/** A difference of two printed figures on their decimal values: 20.18 - 19.48 = 0.7, not 0.6999999999999993. */
function difference(a: number, b: number): number {
  return decimalDifference(a, b);
}

/**
 * Change in points between consecutive years, sorted by year: 19,48 -> 20,18 gives +0,70.
 * Entries with a non-finite nilai are skipped; when a year occurs twice the later entry wins.
 */
export function perubahan(
  tahunan: { tahun: number; nilai: number }[],
): { dari: number; ke: number; selisih: number }[] {
  const byYear = new Map<number, number>();
  for (const t of tahunan) {
    if (Number.isFinite(t.tahun) && Number.isFinite(t.nilai)) byYear.set(t.tahun, t.nilai);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const out: { dari: number; ke: number; selisih: number }[] = [];
  for (let i = 1; i < years.length; i++) {
    out.push({
      dari: years[i - 1],
      ke: years[i],
      selisih: difference(byYear.get(years[i]) as number, byYear.get(years[i - 1]) as number),
    });
  }
  return out;
}

/** The part left to reach the end target: 100 - capaian when capaian < 100, else 0; null for null. */
export function sisaCapaian(capaian: number | null): number | null {
  if (capaian === null || !Number.isFinite(capaian)) return null;
  return capaian < 100 ? 100 - capaian : 0;
}
