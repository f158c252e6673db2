/** What a computed cell computes, in words for the user (the formula itself only on request). */
import { teksIsi } from "../i18n/fill";
import type { Polaritas } from "../model";
import type { RunSettings, Settings } from "../settings/settings";

const W = teksIsi.rumus;

export function describeCapaian(polaritas: Polaritas, settings: RunSettings, akhir = false): string {
  const t = akhir ? W.targetAkhir : W.target;
  switch (polaritas) {
    case "positif":
      return W.capaianPositif(t);
    case "negatif":
      return settings.negatif === "2T-R" ? W.capaianNegatif2TR(t) : W.capaianNegatifTR(t);
    case "range":
      return W.capaianRentang;
    default:
      return W.capaianStabil(t);
  }
}

export function describeEfisiensi(settings: Settings): string {
  return W.efisiensi[settings.efisiensi] ?? W.efisiensi.selisih;
}
