/**
 * Every user-facing text of the task pane (Indonesian). Numbers inside messages are formatted by the caller
 * with ../numbers/format.ts (id-ID) and passed in as text, so this file holds words only.
 */
import type { ColumnRole, Polaritas, Severity, SheetKind } from "../model";
import { labelPeran } from "./peran";

export const taskpaneText = {
  appTitle: "Asisten LKjIP",
  appSubtitle: "Capaian, predikat, penyerapan, efisiensi",

  // Bootstrap
  loading: "Memuat Asisten LKjIP…",
  loadingOffice: "Menghubungkan ke Excel…",
  officeTimeout:
    "Excel tidak menanggapi (Office.js tidak siap dalam waktu yang wajar). Tutup panel ini lalu buka lagi; jika tetap, periksa koneksi internet karena Office.js dimuat dari server Microsoft.",
  officeTimeoutRetry: "Coba lagi",
  wrongHost: (host: string) =>
    `Add-in ini hanya untuk Microsoft Excel, tetapi dibuka di ${host}. Buka buku kerja di Excel lalu jalankan Asisten LKjIP dari menu Beranda.`,
  oldHost: (required: string) =>
    `Versi Excel ini terlalu lama untuk Asisten LKjIP (dibutuhkan ExcelApi ${required}: Excel 2021, Microsoft 365 atau Excel di web). Perbarui Office, atau gunakan Excel di web, atau buka halaman ini di peramban dan gunakan mode berkas (.xlsx).`,
  standaloneNotice:
    "Mode berkas: Office tidak terdeteksi, jadi panel bekerja pada berkas .xlsx yang Anda buka di peramban ini. Berkas tidak dikirim ke mana pun.",

  // Crash / unexpected errors
  crashTitle: "Terjadi kesalahan pada panel",
  crashBody: (what: string) =>
    `Yang gagal: ${what}. Data Anda di buku kerja tidak diubah oleh kesalahan ini. Muat ulang panel (tombol di bawah); jika terulang, catat pesan ini dan laporkan ke pengelola add-in.`,
  crashReload: "Muat ulang panel",
  unexpected: (detail: string) =>
    `Terjadi kesalahan tak terduga: ${detail}. Coba lagi; jika terulang, muat ulang panel dan laporkan pesan ini.`,
  unknownDetail: "(tanpa keterangan)",
  dismiss: "Tutup pesan",

  // Tabs
  tabs: {
    lembar: "Lembar",
    pengaturan: "Pengaturan",
    periksa: "Periksa",
    hitung: "Hitung",
    batalkan: "Batalkan",
    laporan: "Laporan",
  },
  tabListLabel: "Bagian Asisten LKjIP",

  // Workbook bar
  refresh: "Baca ulang buku kerja",
  refreshShort: "Baca ulang",
  reading: "Membaca buku kerja…",
  analyzing: "Menghitung…",
  saving: "Menyimpan ke buku kerja…",
  filling: "Mengisi kolom hitungan…",
  converting: "Mengubah angka-teks menjadi angka…",
  undoing: "Membatalkan isian…",
  selecting: "Memilih sel…",
  progress: (done: string, total: string) => `${done} dari ${total} langkah`,
  noWorkbookYet: "Buku kerja belum dibaca. Tekan “Baca ulang”.",
  analysisFailed: (detail: string) =>
    `Buku kerja terbaca, tetapi tidak dapat dipahami: ${detail}. Periksa tab Lembar dan koreksi jenis lembar atau kolomnya.`,
  storedSettingsInvalid: (detail: string) =>
    `Pengaturan yang tersimpan di buku kerja tidak valid (${detail}); pengaturan bawaan dipakai. Simpan ulang di tab Pengaturan.`,
  summaryCapaian: "Capaian keseluruhan",
  summaryNone: "belum dapat dihitung",

  // Standalone file bar
  openFile: "Buka berkas .xlsx",
  openFileHint: "Pilih berkas Excel (.xlsx) berisi lembar anggaran dan/atau indikator.",
  fileLoaded: (name: string) => `Berkas: ${name}`,
  noFile: "Belum ada berkas dibuka.",
  loadingFile: (name: string) => `Membuka ${name}…`,
  notXlsx: (name: string) =>
    `Berkas “${name}” bukan buku kerja .xlsx. Simpan dulu sebagai “Buku Kerja Excel (*.xlsx)” lalu buka lagi.`,
  fileUnreadable: (name: string, detail: string) =>
    `Berkas “${name}” tidak dapat dibaca sebagai .xlsx (${detail}). Pastikan berkas tidak rusak dan tidak dilindungi kata sandi.`,
  download: "Unduh hasil",
  downloadHint: "Unduh berkas .xlsx dengan isian dan pengaturan yang tersimpan.",
  downloadName: (name: string) => name.replace(/\.xlsx$/i, "") + "-hasil.xlsx",
  downloadDone: (name: string) => `Berkas “${name}” diunduh.`,
  needFile: "Buka berkas .xlsx dulu (tombol di atas).",

  // Lembar view
  lembar: {
    intro:
      "Lembar yang ditemukan dan arti kolomnya. Tanda “tebakan” berarti panel menebak; koreksi bila salah, lalu simpan. Pilihan disimpan di buku kerja sehingga lain kali cukup sekali klik.",
    none: "Tidak ada lembar yang berisi tabel anggaran atau indikator.",
    kind: "Jenis lembar",
    headerRows: "Baris judul tabel",
    headerFirst: "Baris judul pertama",
    headerLast: "Baris judul terakhir",
    dataRows: "Baris data",
    level: "Tingkat program/kegiatan",
    noTable: "Tabel tidak ditemukan",
    columns: "Kolom",
    columnLetter: (role: string) => `Kolom untuk ${role}`,
    addedColumn: "akan ditambahkan",
    addRole: "Tambah kolom",
    addRoleLabel: "Peran kolom yang ditambahkan",
    addRoleLetter: "Huruf kolom",
    addRoleButton: "Tambah",
    removeRole: (role: string) => `Hapus peran ${role}`,
    guess: "tebakan",
    guessesTitle: "Tebakan dan alasannya",
    indicators: "Polaritas indikator",
    negatifRumus: "Rumus indikator negatif",
    sisaArah: "Tanda kolom sisa",
    polaritasFor: (name: string) => `Polaritas ${name}`,
    polaritasFrom: {
      kolom: "dari kolom",
      pengguna: "pilihan Anda",
      tebakan: "tebakan",
      bawaan: "bawaan",
    } as Record<"kolom" | "pengguna" | "tebakan" | "bawaan", string>,
    save: "Simpan pilihan",
    saved: "Pilihan disimpan di buku kerja dan buku kerja dihitung ulang.",
    reset: "Kembalikan ke tebakan",
    resetDone: "Pilihan untuk lembar ini dihapus (belum disimpan).",
    unsaved: "Ada perubahan yang belum disimpan.",
    leaveTitle: "Buang koreksi yang belum disimpan?",
    leaveBody: "Koreksi di tab Lembar belum disimpan ke buku kerja. Bila pindah tab sekarang, koreksi itu hilang.",
    leaveYes: "Ya, buang",
    leaveNo: "Kembali ke Lembar",
    badLetter: (value: string) => `“${value}” bukan huruf kolom (contoh: B, AA).`,
    badHeaderRows: "Baris judul harus bilangan bulat ≥ 1 dan baris pertama tidak boleh setelah baris terakhir.",
  },

  // Pengaturan view
  pengaturan: {
    intro: "Aturan perhitungan untuk buku kerja ini. Bawaan mengikuti LKjIP Dinas Sosial Kab. Sumenep 2020.",
    save: "Simpan pengaturan",
    saved: "Pengaturan disimpan di buku kerja dan semua angka dihitung ulang.",
    defaults: "Kembalikan bawaan",
    invalid: "Ada isian yang belum benar; perbaiki yang ditandai merah.",
    negatif: "Indikator negatif (makin kecil makin baik)",
    negatifHelp:
      "Cara menghitung capaian bila realisasi yang lebih kecil lebih baik (mis. angka kemiskinan). Otomatis: rumus yang cocok dengan capaian indikator negatif yang sudah tercetak di buku kerja; bila tidak ada atau tidak seragam, T/R (dilaporkan sebagai tebakan). T/R: target dibagi realisasi (dipakai SIPD dan LKjIP Sumenep). 2T−R: (2×target − realisasi) / target, sesuai PermenPANRB 6/2022; bisa di bawah nol.",
    negatifOptions: {
      otomatis: "Otomatis, menurut capaian tercetak (bawaan)",
      "T/R": "T / R × 100",
      "2T-R": "(2T − R) / T × 100",
    } as Record<"otomatis" | "T/R" | "2T-R", string>,
    skala: "Skala predikat",
    skalaHelp: "Batas bawah tiap predikat (termasuk batasnya). Capaian dibulatkan dulu sesuai jumlah desimal.",
    skalaNow: "Skala yang dipakai",
    skalaOptions: {
      "95-80-50": "95 / 80 / 50 (bawaan)",
      "permendagri-86": "Permendagri 86/2017 (91/76/66/51)",
      "100-75-55": "100 / 75 / 55",
      custom: "Skala sendiri…",
    } as Record<"95-80-50" | "permendagri-86" | "100-75-55" | "custom", string>,
    bandsTitle: "Skala sendiri",
    bandMin: (i: number) => `Batas bawah predikat ke-${i}`,
    bandLabel: (i: number) => `Nama predikat ke-${i}`,
    bandAtLeast: "≥",
    bandElse: "Di bawah semua batas",
    bandElseLabel: "Nama predikat untuk capaian di bawah semua batas",
    bandAdd: "Tambah predikat",
    bandRemove: (i: number) => `Hapus predikat ke-${i}`,
    bandMinInvalid: "Batas bawah harus angka (mis. 90 atau 90,5).",
    bandLabelEmpty: "Nama predikat tidak boleh kosong.",
    bandDuplicate: "Dua predikat tidak boleh memakai batas yang sama.",
    bandsEmpty: "Skala sendiri perlu paling sedikit satu batas.",
    efisiensi: "Tingkat efisiensi",
    efisiensiHelp:
      "Hubungan capaian kinerja dengan penyerapan anggaran. Selisih: capaian − penyerapan, efisien bila > 0 (bawaan). Indeks: capaian / penyerapan, efisien bila ≥ 1. Sisa: 100 − penyerapan, efisien bila target tercapai.",
    efisiensiOptions: {
      selisih: "Selisih: capaian − penyerapan (bawaan)",
      indeks: "Indeks: capaian ÷ penyerapan",
      sisa: "Sisa: 100 − penyerapan",
    } as Record<"selisih" | "indeks" | "sisa", string>,
    batas: "Batas atas capaian",
    batasHelp:
      "Capaian indikator dipotong pada batas ini sebelum dirata-ratakan (dan tidak kurang dari 0). Tanpa batas: capaian apa adanya (bawaan).",
    batasOptions: {
      none: "Tanpa batas (bawaan)",
      "100": "100%",
      "120": "120%",
      "200": "200%",
      custom: "Lainnya…",
    } as Record<"none" | "100" | "120" | "200" | "custom", string>,
    batasCustom: "Batas atas lainnya (%)",
    batasInvalid: "Batas atas harus angka lebih dari 0.",
    batasBawahNol: "Capaian tidak kurang dari 0",
    batasBawahNolHelp: "Capaian negatif (mungkin pada rumus 2T−R) dihitung 0 sebelum dirata-ratakan.",
    desimal: "Jumlah desimal",
    desimalHelp:
      "Angka ditampilkan dan dibandingkan dengan angka tercetak sampai desimal ini; pembulatan setengah menjauhi nol seperti ROUND di Excel.",
    desimalInvalid: "Jumlah desimal harus bilangan bulat 0 sampai 6.",
    penyerapanInduk: "Penyerapan program/kegiatan",
    penyerapanIndukHelp:
      "Bobot: jumlah realisasi ÷ jumlah anggaran anak-anaknya (bawaan). Rata-rata: rata-rata persentase anak-anaknya, seperti sebagian laporan.",
    penyerapanIndukOptions: {
      bobot: "Σ realisasi ÷ Σ anggaran (bawaan)",
      "rata-rata": "Rata-rata persentase anak",
    } as Record<"bobot" | "rata-rata", string>,
    capaianKeseluruhan: "Capaian keseluruhan",
    capaianKeseluruhanHelp: "Rata-rata capaian seluruh sasaran (bawaan) atau rata-rata seluruh indikator.",
    capaianKeseluruhanOptions: {
      sasaran: "Rata-rata sasaran (bawaan)",
      indikator: "Rata-rata semua indikator",
    } as Record<"sasaran" | "indikator", string>,
    dariNilaiDibulatkan: "Hitung dari angka yang sudah dibulatkan",
    dariNilaiDibulatkanHelp:
      "Untuk mencocokkan laporan lama yang menghitung dari angka tercetak. Biasanya dimatikan: angka dihitung dari nilai utuh.",
    tahun: "Tahun laporan",
    tahunHelp: "Kosongkan agar tahun diambil dari judul buku kerja.",
    tahunInvalid: "Tahun harus bilangan bulat 2000 sampai 2100, atau kosong.",
    kertas: "Ukuran kertas tabel laporan",
    kertasHelp: "A4 atau F4 (215 × 330 mm).",
    kertasOptions: { A4: "A4", F4: "F4 (215 × 330 mm)" } as Record<"A4" | "F4", string>,
  },

  // Periksa view
  periksa: {
    intro: "Hal-hal di buku kerja yang perlu dilihat: angka tercetak yang tidak cocok, data yang tidak dapat dihitung.",
    filter: "Tampilkan",
    all: (n: string) => `Semua (${n})`,
    bySeverity: (label: string, n: string) => `${label} (${n})`,
    none: "Tidak ada temuan.",
    noneFiltered: "Tidak ada temuan dengan tingkat ini.",
    selectHint: "Klik temuan untuk memilih selnya di Excel.",
    whereStandalone: (ref: string) => `Letaknya: ${ref}. Buka berkas di Excel untuk melihat sel ini.`,
    toLembar: "Ubah di tab Lembar",
    toPengaturan: "Ubah di tab Pengaturan",
    selected: (ref: string) => `Sel ${ref} dipilih.`,
    listLabel: "Daftar temuan",
    count: (n: string) => `${n} temuan`,
    shownOf: (shown: string, total: string) => `Ditampilkan ${shown} dari ${total} temuan.`,
    more: (n: string) => `Tampilkan ${n} berikutnya`,
  },
  severity: {
    error: "Galat",
    warning: "Peringatan",
    info: "Info",
  } as Record<Severity, string>,

  // Hitung view
  hitung: {
    intro:
      "Mengisi kolom capaian, predikat, penyerapan, sisa dan efisiensi dengan rumus. Angka yang tertulis sama dengan hitungan diganti rumus (tampilannya tetap); sel yang isinya berbeda dibiarkan dan dilaporkan, kecuali Anda memilih untuk menimpanya.",
    mode: "Isi dengan",
    modeRumus: "Rumus Excel (angka ikut berubah bila data diubah)",
    modeNilai: "Nilai hasil hitungan saja",
    force: "Timpa juga sel yang isinya berbeda dari hitungan",
    forceHelp: "Isi lama disimpan agar bisa dikembalikan lewat tab Batalkan.",
    run: "Isi kolom hitungan",
    confirmTitle: "Timpa isi sel?",
    confirmBody: (known: string | null) =>
      known
        ? `${known} sel yang isinya berbeda dari hitungan akan ditimpa. Isi lamanya dapat dikembalikan lewat tab Batalkan. Lanjutkan?`
        : "Sel yang isinya berbeda dari hitungan akan ditimpa. Isi lamanya dapat dikembalikan lewat tab Batalkan. Lanjutkan?",
    confirmYes: "Ya, timpa",
    cancel: "Jangan",
    summaryTitle: "Hasil pengisian",
    computes: (words: string) => `Hitungan: ${words}`,
    showFormulas: "Tampilkan rumus",
    hideFormulas: "Sembunyikan rumus",
    forceButton: (n: string) => `Timpa juga ${n} sel yang berbeda`,
    showAll: (n: string) => `Tampilkan semua (${n})`,
    showLess: "Tampilkan lebih sedikit",
    skipped: "Tidak dapat dikerjakan di sini:",
  },

  // Batalkan view
  batalkan: {
    intro:
      "Mengembalikan sel yang diubah oleh pengisian terakhir add-in ini ke isi sebelumnya. Sel lain tidak disentuh; sel hasil pengisian yang sesudahnya Anda ubah sendiri juga dikembalikan, jadi salin dulu ubahan itu bila masih diperlukan.",
    available: (_n: string) =>
      "Pengisian terakhir dapat dibatalkan: setiap sel yang diisinya kembali ke isi sebelum pengisian itu (kosong bila tadinya kosong).",
    nothing: "Tidak ada pengisian yang dapat dibatalkan.",
    run: "Batalkan pengisian terakhir",
    confirmTitle: "Batalkan pengisian terakhir?",
    confirmBody: "Sel yang diisi oleh add-in pada pengisian terakhir akan dikembalikan ke isi sebelumnya. Lanjutkan?",
    confirmYes: "Ya, batalkan",
    cancel: "Jangan",
    done: (n: string) => `Pengisian dibatalkan: ${n} sel dikembalikan.`,
  },

  // Laporan view
  laporan: {
    intro: "Tabel-tabel LKjIP (Bab II dan Bab III) dibuat dari data yang sudah dihitung.",
    build: "Buat tabel laporan",
    buildHelp: "Membuat lembar-lembar tabel laporan baru di buku kerja ini. Lembar Anda sendiri tidak diubah.",
    docx: "Unduh .docx",
    docxHelp: "Mengunduh tabel dan kalimat laporan sebagai dokumen Word.",
    notYet: "Fitur tabel laporan belum tersedia di versi ini.",
    building: "Membuat tabel laporan…",
    built: (n: string) => `Tabel laporan dibuat: ${n} lembar.`,
    builtInFile: (n: string) => `Tabel laporan dibuat: ${n} lembar. Tekan “Unduh hasil” untuk menyimpan berkasnya.`,
    docxDone: (name: string) => `Dokumen “${name}” diunduh.`,
    madeTitle: (n: string) => `Tabel yang dibuat (${n})`,
    madeInSheet: (sheet: string, rows: string) => `lembar “${sheet}”, ${rows} baris`,
    openSheet: (title: string, sheet: string) => `${title} — buka lembar “${sheet}”`,
    skippedTitle: (n: string) => `Tabel yang tidak dibuat (${n})`,
    skippedNone: "Semua tabel yang didukung dapat dibuat dari buku kerja ini.",
    perlu: (what: string) => `Yang perlu ditambahkan: ${what}.`,
  },

  kinds: {
    anggaran: "Anggaran",
    indikator: "Indikator",
    abaikan: "Abaikan",
    lain: "Lain (tidak dikenali)",
  } as Record<SheetKind, string>,

  polaritas: {
    positif: "Positif (makin besar makin baik)",
    negatif: "Negatif (makin kecil makin baik)",
    range: "Rentang (target batas bawah–atas)",
    stabil: "Stabil (sedekat mungkin dengan target)",
  } as Record<Polaritas, string>,
};

/** "realisasi:2019" -> "Realisasi 2019"; unknown roles are shown as they are. */
export function roleLabel(role: ColumnRole | string): string {
  return labelPeran(role);
}
