/**
 * LPPD-SKPD Dinas Pekerjaan Umum Kota Mojokerto, urusan Pekerjaan Umum dan Perumahan, "1. Program a. Pelayanan
 * Administrasi Perkantoran": each kegiatan with Anggaran, Realisasi and Tingkat Capaian Kinerja, laid out as the
 * office's kegiatan table; amounts as printed text ("Rp. 8,590,000", comma thousands).
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { FigureExpect, RealTable } from "../types";

const S = "LPPD SKPD";

/** [kegiatan, anggaran as printed, realisasi as printed, anggaran, realisasi] */
const ROWS: [string, string, string, number, number][] = [
  ["Kegiatan Penyediaan Jasa Surat Menyurat", "Rp. 8,590,000", "Rp. 8,540,000", 8590000, 8540000],
  [
    "Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    "Rp. 45,000,000",
    "Rp. 25,462,067",
    45000000,
    25462067,
  ],
  [
    "Kegiatan Penyediaan Jasa Pemeliharaan & Perijinan Kendaraan Dinas / Operasional",
    "Rp. 90,815,000",
    "Rp. 77,512,000",
    90815000,
    77512000,
  ],
  ["Kegiatan Penyediaan Jasa Kebersihan Kantor", "Rp. 12,000,000", "Rp. 12,000,000", 12000000, 12000000],
  ["Kegiatan Penyediaan Jasa Administrasi Keuangan", "Rp. 50,750,000", "Rp. 50,400,000", 50750000, 50400000],
  ["Kegiatan Penyediaan Jasa Perbaikan Peralatan Kerja", "Rp. 13,800,000", "Rp. 13,615,000", 13800000, 13615000],
  ["Kegiatan Penyediaan Alat Tulis Kantor", "Rp. 14,000,000", "Rp. 13,999,000", 14000000, 13999000],
  ["Kegiatan Penyediaan Barang Cetakan Dan Penggandaan", "Rp. 15,000,000", "Rp. 14,998,400", 15000000, 14998400],
  [
    "Kegiatan Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
    "Rp. 4,500,000",
    "Rp. 4,500,000",
    4500000,
    4500000,
  ],
  ["Kegiatan Penyediaan Peralatan Dan Perlengkapan Kantor", "Rp. 24,000,000", "Rp. 23,665,000", 24000000, 23665000],
  [
    "Kegiatan Penyediaan Bahan Bacaan & Peraturan Perundang-undangan",
    "Rp. 5,000,000",
    "Rp. 5,000,000",
    5000000,
    5000000,
  ],
  ["Kegiatan Penyediaan Bahan Logistik Kantor", "Rp. 5,000,000", "Rp. 5,000,000", 5000000, 5000000],
  ["Kegiatan Penyediaan Makanan Dan Minuman", "Rp. 4,675,000", "Rp. 4,675,000", 4675000, 4675000],
];
const FIRST = 6; // sheet row of the first kegiatan

const figures: FigureExpect[] = ROWS.flatMap(([, pa, pr, a, r], i) => [
  {
    sheet: S,
    row: FIRST + i,
    figure: "penyerapan" as const,
    value: (r / a) * 100,
    why: `${pr.replace("Rp. ", "")}/${pa.replace("Rp. ", "")}*100 = ${((r / a) * 100).toFixed(4)}`,
  },
  {
    sheet: S,
    row: FIRST + i,
    figure: "sisa" as const,
    value: a - r,
    why: `${a} - ${r} = ${a - r}`,
  },
]);

const table: RealTable = {
  id: "dpu-kotamojokerto-lppd-administrasi-perkantoran",
  source: {
    agency: "Dinas Pekerjaan Umum Kota Mojokerto",
    kind: "dinas",
    level: "kota",
    report: "LPPD-SKPD Dinas Pekerjaan Umum Kota Mojokerto (the copy does not show the year)",
    year: 0,
    table: "1. Program a. Pelayanan Administrasi Perkantoran",
    url: "https://adoc.pub/pilihan-pekerjaan-umum-dan-perumahana9f433a11c0ce0326d0e36b74403a3c349180.html",
    transcribedFrom:
      "Kegiatan 1-13 of the program with Anggaran, Realisasi and Tingkat Capaian Kinerja (all printed 100 %, a physical figure, not the budget ratio, so not checked); kegiatan 14 is cut off in the copy and left out. The copy names no year, so year is 0 and no tahun is set.",
  },
  layouts: ["budget", "group-header", "other"],
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Format LPPD-SKPD"],
      ["Nama SKPD : DINAS PEKERJAAN UMUM KOTA MOJOKERTO"],
      ["Urusan Wajib/pilihan : PEKERJAAN UMUM DAN PERUMAHAN"],
      ["No", "Program / Kegiatan", "Anggaran", "Realisasi", "Tingkat Capaian Kinerja"],
      ["a.", "Pelayanan Administrasi Perkantoran"],
      ...ROWS.map(([k, pa, pr], i) => [`${i + 1})`, k, pa, pr, "100 %"]),
    ]);
    merge(ws, "B5:E5");
    bold(ws, 4, 1, 5);
    bold(ws, 5, 1, 5);
    grid(ws, `A4:E${FIRST + ROWS.length - 1}`);
    ws.getColumn(2).width = 70;
    ws.getColumn(3).width = 18;
    ws.getColumn(4).width = 18;
    return wb;
  },
  figures,
  cells: [],
};

export default table;
