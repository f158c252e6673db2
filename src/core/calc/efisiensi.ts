/** Efisiensi from capaian and penyerapan (domain.md §3.4). */
import type { Computed } from "../model";
import type { Settings } from "../settings/settings";
import { calcPesan } from "../i18n/calc";
import { allNumbers, operand } from "./formula";

export interface EfisiensiResult {
  nilai: Computed;
  /** selisih: nilai > 0; indeks: nilai >= 1; sisa: efisien when the target is met (capaian >= 100). */
  efisien: boolean | null;
}

function finite(x: number | null | undefined): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

const none = (reason: string): EfisiensiResult => ({ nilai: { value: null, reason }, efisien: null });

/**
 * selisih: capaian - penyerapan; indeks: capaian / penyerapan; sisa: 100 - penyerapan.
 * Both inputs in percent points, unrounded (the seed's 50,95 - 93,84 = -42,89 comes from the unrounded
 * 50,9488... - 93,8450...).
 */
export function efisiensi(
  capaian: number | null,
  penyerapan: number | null,
  mode: Settings["efisiensi"],
): EfisiensiResult {
  const C = finite(capaian);
  const P = finite(penyerapan);
  switch (mode) {
    case "selisih": {
      if (C === null) return none(calcPesan.capaianKosong);
      if (P === null) return none(calcPesan.penyerapanKosong);
      const v = C - P;
      return { nilai: { value: v === 0 ? 0 : v, reason: null }, efisien: v > 0 };
    }
    case "indeks": {
      if (C === null) return none(calcPesan.capaianKosong);
      if (P === null) return none(calcPesan.penyerapanKosong);
      if (P === 0) return none(calcPesan.penyerapanNol);
      const v = C / P;
      if (!Number.isFinite(v)) return none(calcPesan.tidakTerhingga);
      return { nilai: { value: v === 0 ? 0 : v, reason: null }, efisien: v >= 1 };
    }
    case "sisa": {
      if (P === null) return none(calcPesan.penyerapanKosong);
      const v = 100 - P;
      return { nilai: { value: v === 0 ? 0 : v, reason: null }, efisien: C === null ? null : C >= 100 };
    }
    default: {
      const never: never = mode;
      throw new Error(`unknown efisiensi mode ${String(never)}`);
    }
  }
}

/** Formula of the same value from the capaian and penyerapan cells (both in percent points). */
export function efisiensiFormula(capaianRef: string, penyerapanRef: string, mode: Settings["efisiensi"]): string {
  const C = operand(capaianRef);
  const P = operand(penyerapanRef);
  switch (mode) {
    case "selisih":
      return `IF(${allNumbers([capaianRef, penyerapanRef])},${C}-${P},"")`;
    case "indeks":
      return `IF(${allNumbers([capaianRef, penyerapanRef])},IF(${P}=0,"",${C}/${P}),"")`;
    case "sisa":
      return `IF(${allNumbers([penyerapanRef])},100-${P},"")`;
    default: {
      const never: never = mode;
      throw new Error(`unknown efisiensi mode ${String(never)}`);
    }
  }
}
