/**
 * Indonesian text of the sign of a printed "Lebih/(Kurang)" or "Selisih" column (compute/sisa-arah.ts): the guess
 * shown in the Lembar tab, `lkjip scan` and `lkjip check`.
 */
import type { SisaArah } from "../model";

export const ARAH_SISA: Record<SisaArah, string> = {
  "anggaran-realisasi": "anggaran − realisasi",
  "realisasi-anggaran": "realisasi − anggaran",
};

export const teksSisaArah = {
  bukti: (header: string, arah: SisaArah, cocok: number, lain: number, arahPendapatan: SisaArah, pendapatan: number) =>
    `Kolom "${header}" dibaca sebagai sisa anggaran bertanda ${ARAH_SISA[arah]}: ` +
    (cocok > 0 ? `${cocok} baris belanja cocok dengan selisih itu` : `baris pendapatan cocok dengan selisih itu`) +
    (lain > 0 ? `, ${lain} dengan tanda sebaliknya (dilaporkan berbeda)` : "") +
    "." +
    (pendapatan > 0 && cocok > 0
      ? ` Baris pendapatan bertanda ${ARAH_SISA[arahPendapatan]} (${pendapatan} baris).`
      : "") +
    ` Angka yang sudah tercetak tidak ditimpa; sel yang kosong diisi menurut tanda itu.`,
};
