/**
 * Indonesian text for writing output files (src/adapters/fs/atomic.ts): every output whole or absent, and
 * why not, in words (never an errno code).
 */
export const pesanBerkas = {
  gagalTulis: (file: string, why: string) =>
    `Berkas "${file}" tidak dapat disimpan: ${why}. Tidak ada berkas hasil yang dibuat atau diubah.`,
  gagalTulisBanyak: (file: string, why: string, semua: string[]) =>
    `Berkas "${file}" tidak dapat disimpan: ${why}. Tidak ada berkas hasil yang dibuat atau diubah (${semua
      .map((f) => `"${f}"`)
      .join(", ")}).`,
  diskPenuh: "ruang disk penuh",
  tanpaIzin: "tidak ada izin menulis di folder itu",
  hanyaBaca: "foldernya hanya dapat dibaca",
  adalahFolder: "nama itu adalah folder, bukan berkas; sebutkan nama berkasnya",
  folderTidakAda: (folder: string) => `folder "${folder}" tidak ada`,
  bukanFolder: (folder: string) => `"${folder}" bukan folder`,
  sedangDibuka: "berkas mungkin sedang dibuka di program lain",
  namaTerlaluPanjang: "nama berkas atau foldernya terlalu panjang",
  galatDisk: "terjadi galat baca-tulis pada disk",
  lainnya: "sistem berkas menolak penulisan",
  dihentikan: "penulisan dihentikan",
  samaDuaKali: (file: string) => `berkas "${file}" disebut dua kali sebagai hasil`,
  harusAkhiran: (file: string, ext: string) => `nama berkas "${file}" harus berakhiran ${ext}`,
};
