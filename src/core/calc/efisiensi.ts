/** Efisiensi from capaian and penyerapan (domain.md §3.4). */
import type { Computed } from "../model";
import type { Settings } from "../settings/settings";

export interface EfisiensiResult {
  nilai: Computed;
  /** selisih: nilai > 0; indeks: nilai >= 1; sisa: efisien when the target is met (capaian >= 100). */
  efisien: boolean | null;
}

/** selisih: capaian - penyerapan; indeks: capaian / penyerapan; sisa: 100 - penyerapan. */
export function efisiensi(capaian: number | null, penyerapan: number | null, mode: Settings["efisiensi"]): EfisiensiResult {
  throw new Error("not implemented");
}

/** Formula of the same value from the capaian and penyerapan cells (both in percent points). */
export function efisiensiFormula(capaianRef: string, penyerapanRef: string, mode: Settings["efisiensi"]): string {
  throw new Error("not implemented");
}
