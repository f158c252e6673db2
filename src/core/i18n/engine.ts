/**
 * Indonesian text of the engine (compute, check, fill) and the command line. One place, so it can be
 * translated. Numbers inside messages are formatted by the caller with ../numbers/format.
 */
import { namaPeran } from "./peran";

/** A sentence placed inside another ("...: target belum diisi."): no period of its own, no capital. */
export function sisipan(kalimat: string): string {
  const s = kalimat.trim().replace(/[.]+$/, "");
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

export const pesan = {
  kosong: (label: string) => `${label} kosong`,
  bukanAngka: (label: string, text: string) => `${label} "${text}" bukan angka`,
  tanpaAngka: "baris tanpa angka anggaran",

  // Temuan (findings)
  nilaiTakTerbaca: (label: string, text: string, ref: string) =>
    `${label} di ${ref} ("${text}") tidak dapat dibaca sebagai angka.`,
  nilaiGalat: (label: string, text: string, ref: string) => `${label} di ${ref} berisi galat ${text}.`,
  capaianTakTerhitung: (nama: string, reason: string) => `Capaian "${nama}" tidak dapat dihitung: ${sisipan(reason)}.`,
  targetNol: (nama: string, ref: string) => `Target "${nama}" di ${ref} bernilai 0: capaian tidak dapat dihitung.`,
  subtotalBeda: (label: string, uraian: string, ref: string, printed: string, sum: string, selisih: string) =>
    `${label} "${uraian}" di ${ref} tercetak ${printed}, padahal jumlah rinciannya ${sum} (selisih ${selisih}).`,
  angkaBeda: (label: string, nama: string, ref: string, printed: string, computed: string, dasar: string) =>
    `${label} "${nama}" di ${ref} tercetak ${printed}, seharusnya ${computed} (${dasar}).`,
  predikatBeda: (nama: string, ref: string, printed: string, computed: string, capaian: string) =>
    `Predikat "${nama}" di ${ref} tertulis "${printed}", seharusnya "${computed}" untuk capaian ${capaian}.`,
  realisasiLebih: (uraian: string, ref: string, realisasi: string, anggaran: string) =>
    `Realisasi "${uraian}" di ${ref} (${realisasi}) melebihi anggarannya (${anggaran}).`,
  peringatan: (reason: string) => `Peringatan: ${reason}`,
  tebakan: (reason: string) =>
    `Tebakan: ${reason} Bila keliru, ubah di tab Lembar (baris perintah: "overrides" di berkas pengaturan).`,
  /** A guess corrected in Pengaturan: its reason already says how. */
  tebakanPengaturan: (reason: string) => `Tebakan: ${reason}`,

  // Labels: role names from ./peran, plus the few the engine alone uses
  label: {
    ...Object.fromEntries(
      [
        "capaian",
        "predikat",
        "penyerapan",
        "sisa",
        "efisiensi",
        "capaianAkhir",
        "target",
        "realisasi",
        "targetAkhir",
        "anggaran",
        "realisasiAnggaran",
        "bobot",
      ].map((r) => [r, namaPeran(r)]),
    ),
    rataRataCapaian: "Rata-rata capaian",
    rataRataEfisiensi: "Rata-rata efisiensi",
    alokasi: "Alokasi anggaran",
  } as Record<string, string>,

  dasar: {
    capaian: (t: string, r: string, pol: string) => `target ${t}, realisasi ${r}, polaritas ${pol}`,
    penyerapan: (a: string, r: string) => `anggaran ${a}, realisasi ${r}`,
    sisa: (a: string, r: string) => `anggaran ${a} dikurangi realisasi ${r}`,
    sisaTerbalik: (a: string, r: string) => `realisasi ${r} dikurangi anggaran ${a}`,
    efisiensi: (c: string, p: string, mode: string) => `capaian ${c} dan penyerapan ${p}, cara ${mode}`,
    rataRata: (n: number) => `rata-rata ${n} indikator`,
  },
};
