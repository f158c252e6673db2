/**
 * Indonesian messages of the Office.js adapter (src/adapters/office): what the user reads when Excel
 * refuses an action, and what a plan could not carry out on this host.
 */

export const officeText = {
  noExcel: "Excel tidak tersedia: buka Asisten LKjIP dari dalam Excel (desktop atau web).",
  cellEditMode: "Excel sedang dalam mode edit sel: tekan Enter atau Esc, lalu coba lagi.",
  generalException:
    "Excel menolak perintah ini untuk sementara (mungkin buku kerja lain sedang aktif atau Excel sedang sibuk). " +
    "Klik sekali di buku kerja ini, lalu coba lagi.",
  payloadTooLarge:
    "Data terlalu besar untuk dikirim ke Excel, juga setelah dipecah menjadi bagian-bagian kecil. " +
    "Coba di Excel desktop, atau bagi lembar yang sangat besar menjadi beberapa lembar.",
  itemNotFound:
    "Lembar atau sel yang dicari tidak ada lagi di buku kerja (mungkin sudah diganti nama atau dihapus). " +
    "Muat ulang data, lalu coba lagi.",
  itemAlreadyExists:
    "Lembar dengan nama itu sudah ada di buku kerja. Ganti nama atau hapus lembar itu dulu, lalu coba lagi.",
  accessDenied:
    "Excel menolak perubahan: lembar atau buku kerja mungkin diproteksi, atau dibuka hanya-baca. " +
    "Buka proteksinya (Tinjau > Buka Proteksi Lembar), lalu coba lagi.",
  apiNotSupported: (need?: string): string =>
    `Versi Excel ini tidak mendukung fitur yang dibutuhkan${need ? ` (ExcelApi ${need})` : ""}. ` +
    "Gunakan Excel 2021 atau lebih baru, Microsoft 365, atau Excel di web.",
  invalidArgument: (code: string): string =>
    `Excel menolak data yang dikirim (${code}). Ini kesalahan Asisten LKjIP; simpan buku kerja dan laporkan kejadiannya.`,
  unknown: (code: string): string =>
    `Excel mengembalikan kesalahan (${code}). Coba lagi; jika terus terjadi, simpan buku kerja, tutup, lalu buka ulang.`,

  sheetMissing: (sheet: string): string => `Lembar "${sheet}" tidak ditemukan di buku kerja.`,
  badSheetName: (sheet: string): string =>
    `Nama lembar "${sheet}" tidak bisa dipakai di Excel (paling banyak 31 karakter, tanpa / \\ ? * : [ ]).`,
  sheetExists: (sheet: string): string =>
    `Lembar "${sheet}" sudah ada di buku kerja. Ganti nama atau hapus lembar itu dulu, lalu coba lagi.`,
  sheetHidden: (sheet: string): string =>
    `Lembar "${sheet}" sedang disembunyikan. Tampilkan dulu (klik kanan tab lembar > Tampilkan), lalu coba lagi.`,
  badAddress: (sheet: string, address: string): string => `Alamat sel "${address}" di lembar "${sheet}" tidak sah.`,
  mergedCell: (sheet: string, cell: string, anchor: string): string =>
    `Tidak ada yang diubah: sel ${cell} di lembar "${sheet}" adalah bagian dari sel gabungan ${anchor}; isi hanya dapat ditulis ke ${anchor}.`,
  badNumber: (sheet: string, cell: string): string =>
    `Nilai untuk sel ${cell} di lembar "${sheet}" bukan angka yang sah (tak hingga atau NaN); sel itu tidak ditulis.`,

  skippedChart: (sheet: string, title: string): string =>
    `Grafik "${title}" di lembar "${sheet}" tidak dibuat: versi Excel ini belum mendukung grafik dengan seri terpisah (ExcelApi 1.7).`,
  skippedPageSetup: (sheet: string): string =>
    `Pengaturan cetak lembar "${sheet}" (ukuran kertas, orientasi, judul cetak) dilewati: versi Excel ini belum mendukungnya (ExcelApi 1.9).`,
  skippedStyles: (sheet: string): string =>
    `Format sel (tebal, warna, garis, perataan) di lembar "${sheet}" dilewati: versi Excel ini belum mendukungnya (ExcelApi 1.9).`,
  skippedDelete: (sheet: string): string => `Lembar "${sheet}" tidak dihapus karena sudah tidak ada.`,
} as const;
