/**
 * Indonesian text of the negatif variant chosen by evidence (compute/negatif.ts): the guess the user reads in
 * the Lembar tab, `lkjip scan`, `lkjip check` and the JSON, and the names of the two formulas.
 */
import type { NegatifVariant } from "../model";

/** The formulas as the user reads them. */
export const RUMUS_NEGATIF: Record<NegatifVariant, string> = {
  "T/R": "T/R × 100",
  "2T-R": "(2T − R)/T × 100",
};

const perbaiki =
  'Bila keliru, pilih rumusnya di Pengaturan, "Indikator negatif" (baris perintah: "negatif": "T/R" atau "2T-R" di berkas pengaturan).';

export const teksNegatif = {
  bukti: (variant: NegatifVariant, cocok: number, lain: number) =>
    `Capaian indikator negatif dihitung dengan rumus ${RUMUS_NEGATIF[variant]}: ${cocok} capaian tercetak indikator negatif cocok dengan rumus itu saja` +
    (lain > 0 ? `, ${lain} dengan ${RUMUS_NEGATIF[variant === "T/R" ? "2T-R" : "T/R"]} (dilaporkan berbeda).` : ".") +
    ` ${perbaiki}`,
  terbelah: (tr: number, duaTR: number) =>
    `Capaian tercetak indikator negatif tidak seragam: ${tr} cocok dengan ${RUMUS_NEGATIF["T/R"]}, ${duaTR} dengan ${RUMUS_NEGATIF["2T-R"]}. Dipakai rumus bawaan ${RUMUS_NEGATIF["T/R"]}, sehingga ${duaTR} capaian dilaporkan berbeda. ${perbaiki}`,
  tanpaBukti: `Capaian indikator negatif dihitung dengan rumus bawaan ${RUMUS_NEGATIF["T/R"]}: tidak ada capaian tercetak yang membedakannya dari ${RUMUS_NEGATIF["2T-R"]}. ${perbaiki}`,
};
