/** Comparisons the LKjIP makes: against earlier years and against the end-of-period target (domain.md §3.5). */

/** Change in points between consecutive years, sorted by year: 19,48 -> 20,18 gives +0,70. */
export function perubahan(tahunan: { tahun: number; nilai: number }[]): { dari: number; ke: number; selisih: number }[] {
  throw new Error("not implemented");
}

/** The part left to reach the end target: 100 - capaian when capaian < 100, else 0; null for null. */
export function sisaCapaian(capaian: number | null): number | null {
  throw new Error("not implemented");
}
