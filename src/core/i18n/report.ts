/** User-facing text of the report tables (Indonesian). The sentences under them are in ./kalimat.ts. */

export const REPORT_TEXT = {
  instansiDefault: "Perangkat Daerah",
  sasaranTanpaNama: "(sasaran tidak disebutkan)",

  titles: {
    perjanjianKinerja: (tahun: string) => `Perjanjian Kinerja Tahun ${tahun}`,
    targetKinerja: (tahun: string) => `Target Kinerja dalam Perjanjian Kinerja Tahun ${tahun}`,
    capaianKeseluruhan: (tahun: string) => `Pengukuran Capaian Indikator Kinerja Utama Tahun ${tahun}`,
    capaian: (no: number, sasaran: string, tahun: string) =>
      `Pengukuran Capaian Kinerja Sasaran ${no}: ${sasaran} Tahun ${tahun}`,
    perbandinganTahunan: "Perbandingan Realisasi Kinerja dengan Tahun-Tahun Sebelumnya",
    targetAkhir: (label: string) => `Perbandingan Realisasi Kinerja dengan ${label}`,
    efisiensi: (tahun: string) => `Analisis Efisiensi Penggunaan Sumber Daya Tahun ${tahun}`,
    ringkasanAnggaran: (tahun: string) => `Realisasi Anggaran Menurut Jenis Belanja Tahun ${tahun}`,
    rincianAnggaran: (tahun: string) => `Realisasi Anggaran per Program dan Kegiatan Tahun ${tahun}`,
    sheetSuffix: (sheet: string) => ` (lembar ${sheet})`,
  },

  headers: {
    no: "No",
    tujuan: "Tujuan",
    sasaran: "Sasaran Strategis",
    indikator: "Indikator Kinerja",
    satuan: "Satuan",
    target: "Target",
    realisasi: "Realisasi",
    capaian: "Capaian (%)",
    predikat: "Predikat",
    program: "Program",
    anggaranRp: "Anggaran (Rp)",
    perubahan: (dari: number, ke: number) => `Perubahan ${dari}–${ke} (poin)`,
    realisasiSd: (tahun: string) => `Realisasi s/d ${tahun}`,
    targetAkhir: (label: string) => label,
    kinerja: "Kinerja",
    anggaran: "Anggaran",
    alokasiRp: "Alokasi (Rp)",
    realisasiRp: "Realisasi (Rp)",
    penyerapan: "Penyerapan (%)",
    efisiensi: {
      selisih: "Tingkat Efisiensi (%)",
      indeks: "Indeks Efisiensi",
      sisa: "Efisiensi Anggaran (%)",
    },
    uraian: "Uraian",
    kode: "Kode Program / Kegiatan",
  },

  rows: {
    rataRataCapaian: "RATA-RATA CAPAIAN",
    rataRataEfisiensi: "RATA-RATA TINGKAT EFISIENSI",
    jumlah: "JUMLAH",
  },

  targetAkhirLabel: (jenis: string | null, tahun: number | null) =>
    `Target Akhir${jenis ? ` ${jenis}` : ""}${tahun !== null ? ` (${tahun})` : ""}`,
  targetAkhirKalimat: (jenis: string | null, tahun: number | null) =>
    `target akhir${jenis ? ` ${jenis}` : ""}${tahun !== null ? ` (${tahun})` : ""}`,
  targetAkhirPeriode: (jenis: string | null) => (jenis ? `Target Akhir Periode ${jenis}` : "Target Akhir Periode"),

  charts: {
    capaian: (no: number) => `Capaian Indikator Kinerja Sasaran ${no} (%)`,
    capaianSeries: "Capaian (%)",
    target100: "Target 100%",
    realisasiTahunan: (indikator: string) => `Realisasi ${indikator}`,
    realisasiSeries: "Realisasi",
    penyerapanProgram: "Penyerapan Anggaran per Program (%)",
    penyerapanSeries: "Penyerapan (%)",
    penyerapanTotal: (persen: string) => `Penyerapan total ${persen}`,
    dataTitle: (title: string) => `Data grafik: ${title}`,
    kategori: "Kategori",
  },

  /** A table that was not made: what it is, why not, and what the workbook would need for it. */
  skipped: {
    perjanjianKinerja: {
      judul: "Tabel Perjanjian Kinerja (Bab II)",
      alasan: "tidak ditemukan indikator dengan kolom Program",
      perlu: "lembar Perjanjian Kinerja dengan kolom Sasaran, Indikator, Target, Program dan Anggaran",
    },
    targetKinerja: {
      judul: "Tabel target kinerja dalam Perjanjian Kinerja",
      alasan: "tidak ditemukan indikator dengan target",
      perlu: "lembar indikator (IKU atau Perjanjian Kinerja) dengan kolom Sasaran, Indikator dan Target",
    },
    capaian: {
      judul: "Tabel pengukuran capaian kinerja",
      alasan: "tidak ditemukan lembar indikator dengan target dan realisasi",
      perlu: "lembar indikator (IKU) dengan kolom Sasaran, Indikator, Target dan Realisasi",
    },
    perbandinganTahunan: {
      judul: "Tabel perbandingan dengan tahun-tahun sebelumnya",
      alasan: "tidak ada realisasi tahun sebelumnya",
      perlu: "kolom realisasi per tahun pada lembar indikator, misalnya Realisasi 2019 dan Realisasi 2020",
    },
    targetAkhir: {
      judul: "Tabel perbandingan dengan target akhir RPJMD/Renstra",
      alasan: "tidak ada kolom Target Akhir",
      perlu: "kolom Target Akhir RPJMD atau Renstra (dengan tahunnya) pada lembar indikator",
    },
    efisiensi: {
      judul: "Tabel analisis efisiensi",
      alasan: "tidak ada indikator dengan alokasi dan realisasi anggaran",
      perlu: "kolom Alokasi (Pagu) dan Realisasi Anggaran pada lembar indikator, di samping Target dan Realisasi",
    },
    ringkasanAnggaran: {
      judul: "Tabel realisasi anggaran menurut jenis belanja",
      alasan: "tidak ada lembar ringkasan belanja",
      perlu:
        "lembar anggaran dengan baris jenis belanja (Belanja Tidak Langsung/Langsung, Belanja Operasi …) dan kolom Anggaran serta Realisasi",
    },
    rincianAnggaran: {
      judul: "Tabel realisasi anggaran per program dan kegiatan",
      alasan: "tidak ada lembar anggaran per program/kegiatan",
      perlu: "lembar anggaran (DPA/realisasi) dengan baris Program dan Kegiatan serta kolom Anggaran dan Realisasi",
    },
  },
  /** "Tabel X tidak dibuat: alasan. Yang diperlukan: ..." */
  skippedLine: (s: { judul: string; alasan: string; perlu: string }) =>
    `${s.judul} tidak dibuat: ${s.alasan}. Yang diperlukan: ${s.perlu}.`,

  excel: {
    sumberCatatan: "Angka dihitung oleh Asisten LKjIP dari data lembar kerja; jangan diubah langsung di lembar ini.",
  },

  docx: {
    judul: (instansi: string, tahun: string) =>
      `Tabel Laporan Kinerja Instansi Pemerintah (LKjIP) ${instansi} Tahun ${tahun}`,
    babII: "BAB II PERENCANAAN KINERJA",
    babIII: "BAB III AKUNTABILITAS KINERJA",
    bagianI: "I. Akuntabilitas Kinerja",
    bagianII: "II. Realisasi Anggaran",
    /** The lettered sections (A., B. …) of Bab II and of Bab III I, as the seed LKjIP titles them. */
    bagian: {
      "perjanjian-kinerja": "Perjanjian Kinerja",
      target: "Target Kinerja dalam Perjanjian Kinerja",
      capaian: "Pengukuran Capaian Kinerja Dibandingkan dengan Target Perjanjian Kinerja",
      tahunan: "Pengukuran Capaian Kinerja Dibandingkan dengan Tahun Sebelumnya",
      "target-akhir": "Pengukuran Capaian Kinerja Dibandingkan dengan Target Jangka Menengah",
      efisiensi: "Analisis Efisiensi Penggunaan Sumber Daya Dikaitkan dengan Hasil (Kinerja) yang Telah Dicapai",
      anggaran: "Realisasi Anggaran",
    },
    tidakDibuat: "Tabel yang tidak dibuat:",
    grafikGagal: (judul: string) => `Grafik "${judul}" tidak dapat digambar.`,
  },
} as const;

/** Number words for small counts: "2 (dua)". */
const TERBILANG = [
  "nol",
  "satu",
  "dua",
  "tiga",
  "empat",
  "lima",
  "enam",
  "tujuh",
  "delapan",
  "sembilan",
  "sepuluh",
  "sebelas",
  "dua belas",
  "tiga belas",
  "empat belas",
  "lima belas",
  "enam belas",
  "tujuh belas",
  "delapan belas",
  "sembilan belas",
  "dua puluh",
];

export function terbilang(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < TERBILANG.length ? `${n} (${TERBILANG[n]})` : String(n);
}
