/**
 * Indonesian text of sheet recognition: the reasons shown with every guess (the engine prefixes them with
 * "Tebakan:" and adds how to correct them), and the headers of columns that fill will add.
 */

import { namaPeran } from "./peran";

const jenis: Record<string, string> = {
  anggaran: "lembar anggaran",
  indikator: "lembar indikator kinerja",
  lain: "lembar lain (tidak dibaca)",
  abaikan: "lembar yang diabaikan",
};

function daftarBaris(rows: number[]): string {
  const shown = rows.slice(0, 8).join(", ");
  return rows.length > 8 ? `${shown} dan ${rows.length - 8} baris lain` : shown;
}

export const teksRecognize = {
  namaPeran,

  jenisLembar: (kind: string, bukti: string) => `Lembar ini dibaca sebagai ${jenis[kind] ?? kind} karena ${bukti}.`,
  buktiKeuangan:
    "indikatornya hanya disertai anggaran dan realisasi (Rp) program/kegiatan, tanpa target dan realisasi kinerja; yang dihitung adalah penyerapan tiap baris anggaran",
  buktiKolom: (kolom: string[]) => `ada kolom ${kolom.join(", ")}`,
  lembarBuatan: "lembar ini dibuat oleh Asisten LKjIP sendiri",

  realisasiSd: (header: string) =>
    `Kolom "${header}" dibaca sebagai realisasi indikator (nilai sampai dengan tahun laporan).`,
  realisasiUang: (header: string, kiri: string) =>
    `Kolom "${header}" dibaca sebagai realisasi anggaran (rupiah) karena berada tepat di kanan kolom "${kiri}".`,
  persenUang: (header: string, kiri: string) =>
    `Kolom "${header}" dibaca sebagai penyerapan anggaran karena berada tepat di kanan kolom "${kiri}" (rupiah).`,
  unitUraian: (header: string) =>
    `Kolom "${header}" dibaca sebagai uraian (nama baris anggaran) karena lembar ini tidak memiliki kolom uraian, kode, maupun program.`,
  targetAnggaran: (header: string) =>
    `Kolom "${header}" dibaca sebagai anggaran (target pendapatan/belanja) karena lembar ini tidak memiliki kolom indikator maupun kolom anggaran.`,
  dariIsi: (header: string, role: string) =>
    `Kolom "${header}" dibaca sebagai ${namaPeran(role)} karena isinya berupa ${role === "predikat" ? "predikat (mis. Sangat Berhasil)" : "polaritas (positif/negatif)"}.`,
  jumlahAnggaran: (header: string) => `Kolom "${header}" dibaca sebagai anggaran karena tidak ada kolom anggaran lain.`,
  targetAkhirTahun: (header: string) =>
    `Kolom "${header}" dibaca sebagai target akhir periode (Renstra/RPJMD), bukan target tahun laporan.`,
  tahunRealisasi: (header: string) => `Kolom "${header}" dibaca sebagai realisasi tahun itu.`,
  kolomGanda: (header: string, dipakai: string, role: string) =>
    `Kolom "${header}" juga tampak sebagai ${namaPeran(role)}, tetapi yang dipakai adalah kolom "${dipakai}".`,
  peranTakDikenal: (role: string) => `Pengaturan kolom menyebut peran "${role}" yang tidak dikenal; diabaikan.`,
  kolomTakDikenal: (letter: string, role: string) =>
    `Pengaturan kolom untuk ${namaPeran(role)} menyebut kolom "${letter}" yang tidak sah; diabaikan.`,
  barisJudulTakSah: (a: number, b: number) =>
    `Pengaturan baris judul ${a}-${b} berada di luar lembar; baris judul dicari otomatis.`,

  rezimKode: (regime: string, tahun: number | null) =>
    regime === "pra2021"
      ? `Kode program/kegiatan dibaca menurut aturan sebelum 2021 (Permendagri 13/2006)${tahun !== null ? ` karena tahun laporan ${tahun}` : ""}.`
      : `Kode program/kegiatan dibaca menurut aturan sejak 2021 (Permendagri 90/2019)${tahun !== null ? ` karena tahun laporan ${tahun}` : ""}.`,
  tingkatBaris: (from: "tebal" | "urutan", rows: number[]) =>
    from === "tebal"
      ? `Tingkat (program/kegiatan) baris ${daftarBaris(rows)} ditentukan dari huruf tebal: baris tebal dianggap induk dari baris biasa di bawahnya.`
      : `Tingkat (program/kegiatan) baris ${daftarBaris(rows)} ditentukan dari urutan baris, karena kodenya tidak ada atau sama dengan kode induknya.`,
  tabelLain: (row: number) =>
    `Mulai baris ${row} ada tabel lain dengan judul kolom berbeda; tabel itu tidak dibaca. Pindahkan ke lembar tersendiri agar ikut dihitung.`,
  barisTersembunyi: (rows: number[]) => `Baris ${daftarBaris(rows)} tersembunyi, tetapi tetap dibaca sebagai data.`,

  polaritasTebakan: (nama: string, pol: string, kata: string) =>
    `Polaritas "${nama}" dianggap ${pol} karena namanya memuat kata "${kata}".`,
  polaritasBawaan: (nama: string) =>
    `Polaritas "${nama}" dianggap positif (semakin tinggi semakin baik) karena tidak ada kolom polaritas.`,
  polaritasRentang: (nama: string, text: string) => `Polaritas "${nama}" dianggap rentang karena targetnya "${text}".`,
  polaritasTakTerbaca: (nama: string, text: string) =>
    `Polaritas "${nama}" tertulis "${text}" dan tidak dikenali; dipakai tebakan dari nama indikator.`,
  // Warnings (peringatan): what is missing, what it costs, and what the user can do in the Lembar tab.
  tanpaTabel: (sheet: string) =>
    `Lembar "${sheet}" berisi angka, tetapi tidak ada tabel indikator atau anggaran yang dikenali di dalamnya (tidak ditemukan baris judul kolom seperti "Indikator", "Target", "Realisasi", "Anggaran"), sehingga tidak ada yang diperiksa di lembar ini. Bila lembar ini berisi data, buka tab Lembar: tetapkan jenis lembar, baris judul kolom dan kolom-kolomnya; bila tidak, pilih "abaikan".`,
  tanpaPeran: (sheet: string, kind: string, roles: string[], akibat: string) =>
    `Lembar "${sheet}" dibaca sebagai ${jenis[kind] ?? kind}, tetapi tidak ada kolom ${roles.map(namaPeran).join(" maupun ")}; ${akibat}. Bila kolom itu ada, tetapkan di tab Lembar (bagian Kolom).`,
  akibatCapaian: "capaian tidak dapat dihitung dan tidak diperiksa",
  akibatPenyerapan: "penyerapan dan sisa anggaran tidak dapat dihitung dan tidak diperiksa",
  tanpaBaris: (sheet: string) =>
    `Lembar "${sheet}" memiliki judul kolom, tetapi tidak ada baris data di bawahnya yang dapat dibaca. Bila datanya ada, periksa baris judul kolom di tab Lembar.`,
  perjanjianKinerja: (sheet: string) =>
    `Lembar "${sheet}" tidak memiliki kolom realisasi: dibaca sebagai Perjanjian Kinerja (target saja), sehingga capaian tidak dihitung di sini.`,
  melawanJudul: (header: string, role: string, bukti: string) =>
    `Kolom "${header}" dibaca sebagai ${namaPeran(role)}, berlawanan dengan judulnya, karena ${bukti}. Bila keliru, tetapkan perannya di tab Lembar (bagian Kolom).`,
  buktiSatuan: (unit: string) => `isinya memakai satuan target ("${unit}")`,
  buktiMengikutiTarget: (near: number, n: number) =>
    `nilainya mengikuti target baris demi baris (${near} dari ${n} baris dekat dengan targetnya)`,
  uraianIndikator: (header: string, target: string) =>
    `Kolom "${header}" dibaca sebagai nama indikator karena lembar ini memiliki target dan realisasi kinerja (kolom "${target}" tidak berisi rupiah) tanpa kolom indikator maupun anggaran.`,
  barisTahun: (header: string, judul: string | null) =>
    `Baris tabel ini adalah tahun (kolom "${header}"): satu indikator${judul ? ` ("${judul}")` : ""} dari tahun ke tahun; tiap tahun dihitung capaiannya.`,
  barisUnit: (header: string, judul: string | null) =>
    `Baris tabel ini adalah unit kerja (kolom "${header}"): satu indikator${judul ? ` ("${judul}")` : ""} per unit; tiap unit dihitung capaiannya.`,
  cocokRumus: (header: string, role: string, ok: number, n: number, rumus: string) =>
    `Kolom "${header}" dikonfirmasi sebagai ${namaPeran(role)} tercetak: ${ok} dari ${n} baris sama dengan ${rumus}.`,
  takCocokRumus: (header: string, role: string, ok: number, n: number, rumus: string) =>
    `Kolom "${header}" dibaca sebagai ${namaPeran(role)} tercetak, tetapi hanya ${ok} dari ${n} baris sama dengan ${rumus}. Mungkin kolom ini atau kolom masukannya terbaca keliru: periksa perannya di tab Lembar (bagian Kolom).`,
  rumusCapaian: "realisasi/target × 100 (atau varian negatifnya)",
  rumusPenyerapan: "realisasi/anggaran × 100",
  rataRataKeseluruhan: () =>
    `Baris rata-rata ini mencakup lebih dari satu sasaran, sehingga tidak dipakai sebagai rata-rata sasaran mana pun.`,

  /** Headers of the columns that fill adds to the right of a table. */
  headerTambahan: {
    capaian: "Capaian (%)",
    predikat: "Predikat",
    penyerapan: "Penyerapan (%)",
    sisa: "Sisa Anggaran (Rp)",
    efisiensi: "Tingkat Efisiensi",
    capaianAkhir: "Capaian thd Target Akhir (%)",
  } as Record<string, string>,
};
