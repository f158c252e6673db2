/**
 * LKjIP Dinas Perpustakaan dan Kearsipan Kabupaten Lima Puluh Kota 2020, "Tabel 6 Pengukuran Capaian Kinerja
 * Sasaran Strategis 1 Tahun 2020": No / Indikator Kinerja / Target / Realisasi / Capaian % / Prediket, with a
 * Rata-rata row. The third indicator's capaian is printed 100 although 79,29 against 72,29 is over 100.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 6";

const table: RealTable = {
  id: "dispusip-limapuluhkota-2020-tabel-6",
  source: {
    agency: "Dinas Perpustakaan dan Kearsipan Kabupaten Lima Puluh Kota",
    kind: "dinas",
    level: "kabupaten",
    report: "LKjIP Dinas Perpustakaan dan Kearsipan Kabupaten Lima Puluh Kota 2020",
    year: 2020,
    table: "Tabel 6",
    url: "https://123dok.com/article/capaian-kinerja-organisasi-akuntabilitas-kinerja-metodologi-pengukuran-capaian.zlv3dggy",
    transcribedFrom:
      "The whole table: three indicators with target, realisasi, capaian and prediket, and the Rata-rata row.",
  },
  layouts: ["name-persentase", "name-indeks", "other"],
  settings: { tahun: 2020 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 6"],
      ["Pengukuran Capaian Kinerja Sasaran Strategis 1 Tahun 2020"],
      [],
      ["NO.", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN%", "PREDIKET"],
      [1, "Persentase Pengunjung Perpustakaan per Tahun", 0.35, 0.35, 100, "Sangat Tinggi"],
      [
        2,
        "Persentase koleksi buku (tercetak dan e-book) yang tersedia di perpustakaan daerah",
        60,
        60,
        100,
        "Sangat Tinggi",
      ],
      [
        3,
        "Indeks Kepuasan Masyarakat untuk Layanan Dinas Perpustakaan dan Kearsipan",
        72.29,
        79.29,
        100,
        "Sangat Tinggi",
      ],
      ["Rata-rata", null, null, null, 100, "Sangat Tinggi"],
    ]);
    merge(ws, "A1:F1", "A2:F2", "A8:D8");
    bold(ws, 4, 1, 6);
    bold(ws, 8, 1, 6);
    grid(ws, "A4:F8");
    ws.getColumn(2).width = 60;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: 100, why: "0,35/0,35*100 = 100" },
    { sheet: S, row: 6, figure: "capaian", value: 100, why: "60/60*100 = 100" },
    {
      sheet: S,
      row: 7,
      figure: "capaian",
      value: 109.68,
      why: "79,29/72,29*100 = 109.6832 (no cap is visible in the table)",
    },
    { sheet: S, row: 5, figure: "sasaranCapaian", value: 103.23, why: "(100+100+109.6832)/3 = 103.2277" },
  ],
  cells: [
    { sheet: S, cell: "E5", flagged: false, why: "printed 100; 0,35/0,35" },
    { sheet: S, cell: "E6", flagged: false, why: "printed 100; 60/60" },
    { sheet: S, cell: "E7", flagged: true, why: "printed 100; 79,29/72,29*100 = 109,68" },
    { sheet: S, cell: "E8", flagged: true, why: "printed mean 100; (100+100+109,68)/3 = 103,23" },
  ],
};

export default table;
