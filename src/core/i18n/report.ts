/** User-facing text of the report tables (Indonesian). Sentences are built in src/core/report/kalimat.ts. */

export const REPORT_TEXT = {
  instansiDefault: "Perangkat Daerah",
  sasaranTanpaNama: "(sasaran tidak disebutkan)",

  titles: {
    perjanjianKinerja: (tahun: string) => `Perjanjian Kinerja Tahun ${tahun}`,
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

  omitted: {
    perjanjianKinerja:
      "Tabel Perjanjian Kinerja tidak dibuat: tidak ditemukan indikator dengan kolom Program (lembar Perjanjian Kinerja).",
    capaian:
      "Tabel pengukuran capaian kinerja tidak dibuat: tidak ditemukan lembar indikator dengan target dan realisasi.",
    perbandinganTahunan:
      "Tabel perbandingan dengan tahun-tahun sebelumnya tidak dibuat: tidak ada realisasi tahun sebelumnya (kolom Realisasi per tahun).",
    targetAkhir: "Tabel perbandingan dengan target akhir RPJMD/Renstra tidak dibuat: tidak ada kolom Target Akhir.",
    efisiensi: "Tabel analisis efisiensi tidak dibuat: tidak ada indikator dengan alokasi dan realisasi anggaran.",
    ringkasanAnggaran:
      "Tabel ringkasan realisasi anggaran menurut jenis belanja tidak dibuat: tidak ada lembar ringkasan belanja (Belanja Tidak Langsung/Langsung, Belanja Operasi ...).",
    rincianAnggaran:
      "Tabel rincian realisasi anggaran per program dan kegiatan tidak dibuat: tidak ada lembar anggaran per program/kegiatan.",
  },

  excel: {
    sumberCatatan: "Angka dihitung oleh Asisten LKjIP dari data lembar kerja; jangan diubah langsung di lembar ini.",
  },

  docx: {
    judul: (instansi: string, tahun: string) =>
      `Tabel Laporan Kinerja Instansi Pemerintah (LKjIP) ${instansi} Tahun ${tahun}`,
    babII: "BAB II PERENCANAAN KINERJA",
    babIII: "BAB III AKUNTABILITAS KINERJA",
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
