/** Budget figures: penyerapan, sisa and parent totals (domain.md §3.3). */
import type { Computed } from "../model";
import type { Settings } from "../settings/settings";
import { calcPesan } from "../i18n/calc";
import { allNumbers, operand } from "./formula";
import { rataRata } from "./rata-rata";

function finite(x: number | null | undefined): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

/** realisasi / anggaran * 100; null + reason when anggaran is 0 or either is missing. */
export function penyerapan(anggaran: number | null, realisasi: number | null): Computed {
  const A = finite(anggaran);
  const R = finite(realisasi);
  if (A === null) return { value: null, reason: calcPesan.anggaranKosong };
  if (R === null) return { value: null, reason: calcPesan.realisasiAnggaranKosong };
  if (A === 0) return { value: null, reason: calcPesan.anggaranNol };
  const v = (R / A) * 100;
  if (!Number.isFinite(v)) return { value: null, reason: calcPesan.tidakTerhingga };
  return { value: v === 0 ? 0 : v, reason: null };
}

/** anggaran - realisasi; null + reason when either is missing. */
export function sisa(anggaran: number | null, realisasi: number | null): Computed {
  const A = finite(anggaran);
  const R = finite(realisasi);
  if (A === null) return { value: null, reason: calcPesan.anggaranKosong };
  if (R === null) return { value: null, reason: calcPesan.realisasiAnggaranKosong };
  const v = A - R;
  return { value: v === 0 ? 0 : v, reason: null };
}

export interface ChildFigures {
  anggaran: number | null;
  realisasi: number | null;
}

/**
 * A parent's penyerapan from its children: "bobot" Σrealisasi / Σanggaran * 100 (money-weighted, default),
 * "rata-rata" the mean of the children's own penyerapan.
 * "bobot" is penyerapan(jumlah(anggaran), jumlah(realisasi)): a child without realisasi adds nothing spent.
 */
export function penyerapanInduk(children: ChildFigures[], mode: Settings["penyerapanInduk"]): Computed {
  if (mode === "rata-rata") {
    const own = children.map((c) => penyerapan(c.anggaran, c.realisasi));
    const values = own.map((p) => p.value);
    if (values.every((v) => v === null)) {
      // Say why the children have none (the first child's reason is the typical one).
      const first = own.find((p) => p.reason !== null);
      return { value: null, reason: first?.reason ?? calcPesan.tidakAdaNilai };
    }
    return rataRata(values);
  }
  return penyerapan(jumlah(children.map((c) => c.anggaran)), jumlah(children.map((c) => c.realisasi)));
}

/** Sum of the non-null values, or null when all are null. */
export function jumlah(values: (number | null)[]): number | null {
  let any = false;
  let s = 0;
  for (const v of values) {
    if (typeof v === "number" && Number.isFinite(v)) {
      s += v;
      any = true;
    }
  }
  return any ? (s === 0 ? 0 : s) : null;
}

/** Formula for penyerapan from two references ("" when anggaran is 0 or empty). */
export function penyerapanFormula(anggaranRef: string, realisasiRef: string, asFraction: boolean): string {
  const A = operand(anggaranRef);
  const R = operand(realisasiRef);
  const ratio = asFraction ? `${R}/${A}` : `${R}/${A}*100`;
  return `IF(${allNumbers([anggaranRef, realisasiRef])},IF(${A}=0,"",${ratio}),"")`;
}

/** Formula for sisa from two references ("" when either is empty). */
export function sisaFormula(anggaranRef: string, realisasiRef: string): string {
  return `IF(${allNumbers([anggaranRef, realisasiRef])},${operand(anggaranRef)}-${operand(realisasiRef)},"")`;
}

function list(ranges: string[]): string {
  return ranges.map((r) => r.trim()).join(",");
}

/**
 * Formula for a parent's penyerapan: "bobot" SUM(realisasi ranges)/SUM(anggaran ranges)*100;
 * "rata-rata" AVERAGE of the children's penyerapan cells. Ranges are A1 ranges like "C5:C9".
 * childPenyerapanRefs are in percent points (a fraction column passes "X5*100"); asFraction divides the
 * result by 100. Both give "" where penyerapanInduk() gives null: no number among the anggaran or the
 * realisasi, Σanggaran 0, or no child with a penyerapan.
 */
export function penyerapanIndukFormula(
  anggaranRanges: string[],
  realisasiRanges: string[],
  childPenyerapanRefs: string[],
  mode: Settings["penyerapanInduk"],
  asFraction: boolean,
): string {
  if (mode === "rata-rata") {
    const refs = childPenyerapanRefs.map((r) => r.trim());
    if (refs.length === 0) return `""`;
    const count = refs.map((r) => `${allNumbers([r])}*1`).join("+");
    const sum = refs.map((r) => `IF(${allNumbers([r])},${r},0)`).join("+");
    const mean = `(${sum})/(${count})`;
    return `IF((${count})=0,"",${asFraction ? `${mean}/100` : mean})`;
  }
  if (anggaranRanges.length === 0 || realisasiRanges.length === 0) return `""`;
  const A = `SUM(${list(anggaranRanges)})`;
  const R = `SUM(${list(realisasiRanges)})`;
  const ratio = asFraction ? `${R}/${A}` : `${R}/${A}*100`;
  return `IF(OR(COUNT(${list(anggaranRanges)})=0,COUNT(${list(realisasiRanges)})=0),"",IF(${A}=0,"",${ratio}))`;
}

/**
 * Formula for a parent's sisa: SUM(anggaran ranges) - SUM(realisasi ranges), "" when either has no number
 * (as sisa(jumlah(anggaran), jumlah(realisasi))).
 */
export function sisaIndukFormula(anggaranRanges: string[], realisasiRanges: string[]): string {
  if (anggaranRanges.length === 0 || realisasiRanges.length === 0) return `""`;
  return `IF(OR(COUNT(${list(anggaranRanges)})=0,COUNT(${list(realisasiRanges)})=0),"",SUM(${list(anggaranRanges)})-SUM(${list(realisasiRanges)}))`;
}
