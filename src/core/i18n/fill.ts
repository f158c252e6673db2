/**
 * Indonesian text of the fill: what each computed cell computes in words, why a cell got a value instead of a
 * formula, and the summary sentences shown the same in the pane and on the command line.
 * Numbers inside are formatted by the caller (../numbers/format).
 */

export const teksIsi = {
  /** What a formula computes, in words (never the formula itself). */
  rumus: {
    capaianPositif: (target: string) => `Realisasi ÷ ${target} × 100`,
    capaianNegatifTR: (target: string) => `${target} ÷ Realisasi × 100`,
    capaianNegatif2TR: (target: string) => `(2 × ${target} − Realisasi) ÷ ${target} × 100`,
    capaianRentang:
      "100 bila Realisasi di dalam rentang target; di atasnya Realisasi ÷ batas atas × 100; di bawahnya Realisasi ÷ batas bawah × 100",
    capaianStabil: (target: string) => `yang lebih kecil dari Realisasi ÷ ${target} dan ${target} ÷ Realisasi, × 100`,
    target: "Target",
    targetAkhir: "Target akhir",
    penyerapan: "Realisasi anggaran ÷ Anggaran × 100",
    penyerapanInduk: "jumlah realisasi rinciannya ÷ jumlah anggaran rinciannya × 100",
    sisa: "Anggaran − Realisasi anggaran",
    sisaInduk: "jumlah anggaran rinciannya − jumlah realisasi rinciannya",
    sisaTerbalik: "Realisasi anggaran − Anggaran",
    sisaIndukTerbalik: "jumlah realisasi rinciannya − jumlah anggaran rinciannya",
    efisiensi: {
      selisih: "Capaian − Penyerapan",
      indeks: "Capaian ÷ Penyerapan",
      sisa: "100 − Penyerapan",
    } as Record<string, string>,
    predikat: "predikat menurut skala dari capaian di sebelahnya",
    rataRata: "rata-rata capaian indikator sasarannya",
    rataRataBobot: "rata-rata capaian indikator sasarannya menurut bobot",
    rataRataEfisiensi: "rata-rata efisiensi indikator sasarannya",
    judul: "judul kolom",
    nomor: "nomor kolom",
  },

  /** Why a computed cell was written as a value although formulas were asked for. */
  alasanNilai: {
    teks: (input: string) => `${input} berisi angka dalam bentuk teks`,
    rumusPanjang: "rumusnya akan terlalu panjang untuk Excel",
    dibulatkan: "pengaturan “hitung dari nilai yang dibulatkan” dipakai",
    capaianTeks: (input: string) => `${input} berisi teks, sehingga rumus akan kosong`,
    tanpaKolom: "lembar ini tidak punya kolom capaian dan penyerapan untuk dirujuk",
  },

  ditulisSebagaiNilai: (ref: string, label: string, alasan: string) =>
    `${label} di ${ref} ditulis sebagai nilai, bukan rumus, karena ${alasan}.`,
  dibiarkan: (ref: string, label: string, existing: string, wanted: string) =>
    `${label} di ${ref} berisi ${existing}, padahal hitungannya ${wanted}; sel itu dibiarkan. Periksa angkanya, lalu timpa bila perlu.`,
  dibiarkanTanpaNilai: (ref: string, label: string, existing: string) =>
    `${label} di ${ref} berisi ${existing}, padahal tidak ada angka yang dapat dihitung; sel itu dibiarkan.`,
  teksKosong: "teks kosong",
  tanpaAngka: "tidak ada angka",

  /** Header of an added column when recognition gave none. */
  ringkasan: {
    galatJudul: (n: string) => `${n} sel dibiarkan karena isinya berbeda dari hitungan:`,
    galat: (ref: string, label: string, existing: string, wanted: string) =>
      `${ref} (${label}): tertulis ${existing}, hitungan ${wanted}`,
    tanpaNilai: (ref: string, label: string, existing: string) =>
      `${ref} (${label}): berisi ${existing}, tanpa angka hitungan`,
    timpaPane: (n: string) => `Bila hitungannya yang benar, tekan “Timpa juga ${n} sel yang berbeda”.`,
    timpaCli: "Jalankan lagi dengan --force untuk menimpanya juga.",
    ditimpa: (n: string) => `${n} sel yang isinya berbeda ditimpa dengan hitungan (atas permintaan).`,
    rumus: (n: string) => `${n} sel diisi rumus Excel (angka ikut berubah bila data diubah).`,
    nilaiDipilih: (n: string) => `${n} sel diisi nilai hasil hitungan (pilihan “nilai”).`,
    nilaiJudul: (n: string) => `${n} sel diisi nilai, bukan rumus:`,
    nilai: (ref: string, label: string, alasan: string) => `${ref} (${label}): ${alasan}`,
    samaNilai: (n: string) => `${n} sel diganti rumus, nilai tetap (angka yang tertulis sama dengan hitungan).`,
    rumusPengguna: (n: string) => `${n} sel sudah berisi rumus Anda dengan hasil yang sama; dibiarkan.`,
    sudahSama: (n: string) => `${n} sel sudah berisi rumus yang sama; tidak diubah.`,
    teksDiubah: (n: string) => `${n} angka-teks diubah menjadi angka (formatnya menampilkan yang tertulis).`,
    teksAda: (n: string) =>
      `${n} sel masukan berisi angka dalam bentuk teks; rumus tidak dapat memakainya, sehingga hitungannya ditulis sebagai nilai.`,
    teksCli: "Jalankan dengan --convert-text agar diubah menjadi angka dan semua hitungan menjadi rumus.",
    teksPane: (n: string) => `Tekan “Ubah ${n} angka-teks menjadi angka” agar semua hitungan menjadi rumus.`,
    kolomBaru: (sheet: string, cols: string) => `Kolom baru di lembar “${sheet}”: ${cols}.`,
    tidakAda: "Tidak ada sel yang perlu diisi: semua kolom hitungan sudah berisi hitungan yang sama.",
    tidakAdaTabel: "Tidak ada kolom hitungan yang dapat diisi (tidak ditemukan tabel indikator atau anggaran).",
    dilewati: (what: string) => `Tidak dapat dilakukan: ${what}`,
  },

  /** The text-to-number action. */
  ubahTeks: {
    tombol: (n: string) => `Ubah ${n} angka-teks menjadi angka`,
    pemberitahuan: (n: string) =>
      `${n} sel masukan berisi angka dalam bentuk teks (mis. dari SIPD/SIMDA). Rumus tidak dapat memakainya.`,
    item: (ref: string, text: string, shown: string) => `${ref}: “${text}” → ${shown}`,
    selesai: (n: string) => `${n} angka-teks diubah menjadi angka. Dapat dibatalkan di tab Batalkan.`,
  },
};
