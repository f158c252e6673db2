/**
 * Indonesian text of the ExcelJS adapter (opening, checking and saving .xlsx files, carrying out write
 * plans). Kept here so that every user-facing sentence lives in src/core/i18n.
 */
export const pesanExcelJs = {
  // Opening a file
  berkasTidakAda: (file: string) => `Berkas "${file}" tidak ditemukan. Periksa nama dan foldernya.`,
  berkasAdalahFolder: (file: string) => `"${file}" adalah folder, bukan berkas Excel.`,
  berkasTidakTerbaca: (file: string, why: string) => `Berkas "${file}" tidak dapat dibaca (${why}).`,
  bukanXlsx: (file: string) =>
    `Berkas "${file}" bukan buku kerja Excel .xlsx. Buka di Excel lalu simpan sebagai "Excel Workbook (*.xlsx)".`,
  xlsLama: (file: string) =>
    `Berkas "${file}" berformat Excel lama (.xls) atau dilindungi kata sandi. Buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai "Excel Workbook (*.xlsx)".`,
  berkasRusak: (file: string) =>
    `Berkas "${file}" rusak atau tidak lengkap sehingga tidak dapat dibuka sebagai .xlsx. Coba buka dan simpan ulang di Excel.`,
  bukanBukuKerja: (file: string) =>
    `Berkas "${file}" bukan buku kerja Excel: di dalamnya tidak ada lembar kerja (mungkin dokumen Word atau berkas lain yang namanya diganti menjadi .xlsx). Pilih buku kerja yang benar, atau buka di Excel lalu simpan sebagai "Excel Workbook (*.xlsx)".`,
  tanpaIzinBaca: "tidak ada izin membaca",
  sistemMenolakBaca: "sistem berkas menolak pembacaan",
  berkasKosong: (file: string) => `Berkas "${file}" kosong (0 byte).`,

  // Saving a file
  simpanHarusXlsx: (file: string) => `Hasil hanya dapat disimpan sebagai berkas .xlsx, bukan "${file}".`,
  /** An ordinary workbook (no VBA project) asked to be saved as .xlsm, often because its input was so named. */
  simpanTanpaMakro: (file: string) =>
    `Buku kerja ini tidak memuat makro (isinya buku kerja .xlsx biasa, walau namanya mungkin berakhiran .xlsm), ` +
    `jadi hasilnya hanya dapat disimpan sebagai berkas .xlsx, bukan "${file}": Excel menolak membuka buku kerja ` +
    `biasa yang bernama .xlsm.`,
  simpanHarusXlsm: (file: string) =>
    `Buku kerja ini memuat makro (VBA), jadi hasilnya hanya dapat disimpan sebagai berkas .xlsm, bukan "${file}".`,
  gagalSimpan: (file: string, why: string) => `Berkas "${file}" gagal disimpan (${why}). Berkas lama tidak diubah.`,
  folderTidakAda: (folder: string) => `Folder "${folder}" tidak ada.`,
  tidakBolehTulis: "tidak ada izin menulis",
  berkasSedangDibuka: "berkas mungkin sedang dibuka di program lain",
  diskPenuh: "ruang disk penuh",

  // A write plan that cannot be carried out (nothing is changed)
  rencanaDitolak: (detail: string) => `Perubahan dibatalkan, buku kerja tidak diubah: ${detail}`,
  lembarTidakAda: (sheet: string) => `lembar "${sheet}" tidak ada.`,
  lembarSudahAda: (sheet: string) => `lembar "${sheet}" sudah ada.`,
  namaLembarKosong: "nama lembar kosong.",
  namaLembarPanjang: (sheet: string) => `nama lembar "${sheet}" lebih dari 31 karakter.`,
  namaLembarTerlarang: (sheet: string) =>
    `nama lembar "${sheet}" memuat karakter yang tidak boleh (/ \\ ? * : [ ]) atau diawali/diakhiri tanda petik.`,
  namaLembarCadangan: (sheet: string) => `nama lembar "${sheet}" dipakai khusus oleh Excel atau oleh Asisten LKjIP.`,
  lembarTerakhir: "buku kerja harus tetap memiliki sedikitnya satu lembar yang terlihat.",
  selDiLuarBatas: (sheet: string, where: string) =>
    `sel ${where} di lembar "${sheet}" berada di luar batas lembar kerja.`,
  koordinatSalah: (sheet: string, what: string) => `koordinat tidak sah (${what}) untuk lembar "${sheet}".`,
  nilaiTidakSah: (sheet: string, cell: string, what: string) =>
    `isi sel ${cell} di lembar "${sheet}" tidak sah: ${what}.`,
  nilaiDanRumus: "nilai dan rumus diisi bersamaan",
  angkaTidakHingga: "angka tidak terhingga atau bukan angka",
  rumusKosong: "rumus kosong",
  rumusTerlaluPanjang: "rumus lebih dari 8.192 karakter",
  teksTerlaluPanjang: "teks lebih dari 32.767 karakter",
  formatTidakSah: "format angka tidak sah",
  gayaTidakSah: (what: string) => `gaya tidak sah (${what})`,
  selGabunganBawahan: (sheet: string, cell: string, master: string) =>
    `sel ${cell} di lembar "${sheet}" adalah bagian dari sel gabungan ${master}; isi hanya dapat ditulis ke ${master}.`,
  gabunganTumpang: (sheet: string, range: string, other: string) =>
    `gabungan sel ${range} di lembar "${sheet}" bertumpang tindih dengan gabungan ${other} yang sudah ada.`,
  lebarKolomSalah: (sheet: string, col: string) => `lebar kolom ${col} di lembar "${sheet}" harus antara 0 dan 255.`,
  tinggiBarisSalah: (sheet: string, row: number) =>
    `tinggi baris ${row} di lembar "${sheet}" harus antara 0 dan 409 poin.`,
  tataHalamanSalah: (sheet: string, what: string) => `tata halaman lembar "${sheet}" tidak sah (${what}).`,
  stateTidakSah: "data pengaturan Asisten LKjIP tidak sah.",
  jenisTidakDikenal: (kind: string) => `jenis perubahan "${kind}" tidak dikenal.`,

  // Things the file host cannot do
  grafikDilewati: (title: string, sheet: string) =>
    `Grafik "${title}" di lembar "${sheet}" tidak dibuat: penulisan berkas .xlsx di luar Excel belum dapat membuat grafik. Buka berkas di Excel dan gunakan add-in untuk membuat grafiknya.`,
} as const;
