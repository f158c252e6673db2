/**
 * LKjIP Pengadilan Tinggi Agama Pontianak 2017, Tabel 5 "Pengukuran Capaian Kinerja PTA. Pontianak Tahun 2017":
 * No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Capaian, percentages kept as fractions with a
 * % format, "NA" where nothing was measured, one indicator split into Kasasi / PK sub-rows.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 5";

const table: RealTable = {
  id: "pta-pontianak-2017-tabel-5",
  source: {
    agency: "Pengadilan Tinggi Agama Pontianak",
    kind: "pengadilan",
    level: "pusat",
    report: "Laporan Kinerja Instansi Pemerintah (LKjIP) 2017",
    year: 2017,
    table: "Tabel 5",
    url: "https://123dok.com/article/capaian-kinerja-organisasi-akuntabilitas-kinerja.zg98d47q",
    transcribedFrom:
      "Sasaran 1-3 with their indicators (target, realisasi, capaian) as printed on page 17-18; sasaran 4 (Peningkatan kualitas SDM) is cut in the copy and was left out.",
  },
  layouts: ["fraction-percent", "name-persentase", "name-indeks", "other"],
  settings: { tahun: 2017 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 5. Pengukuran Capaian Kinerja PTA. Pontianak Tahun 2017"],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
      [
        "1.",
        "Mewujudkan Proses Peradilan Yang Pasti, Transparan Dan Akuntabel",
        "a. Persentase sisa perkara yang diselesaikan",
        1,
        "NA",
        "NA",
      ],
      [null, null, "b. Persentase perkara diselesaikan tepat waktu", 0.85, 0.9411, 1.105],
      [null, null, "c. Persentase penurunan sisa perkara", 0.85, 0, 0],
      [null, null, "d. Persentase perkara yang tidak mengajukan upaya hukum:"],
      [null, null, "- Kasasi", 0.5, 0.5313, 1.06],
      [null, null, "- PK", 0.5, 0.7333, 1.4666],
      [
        null,
        null,
        "e. Index responden pengadilan tingkat pertama yang puas terhadap layanan Pengadilan Tinggi Agama",
        70,
        80,
        1.14,
      ],
      [
        "2.",
        "Meningkatkan Efektifitas Pengelolaan Penyelesaian Perkara",
        "a. Persentase salinan putusan yang dikirim ke pengadilan pengaju tepat waktu",
        1,
        1,
        1,
      ],
      [
        null,
        null,
        "b. Persentase putusan yang menarik perhatian masyarakat (ekonomi syariah) yang dapat diakses secara online dalam waktu 1 hari sejak diputus",
        1,
        0,
        0,
      ],
      ["3.", "Meningkatnya kualitas pengawasan", "a. Persentase pengaduan masyarakat yang ditindak lanjuti", 1, 1, 1],
      [null, null, "b. Persentase temuan hasil pemeriksaan internal dan eksternal yang ditindak lanjuti", 1, 1, 1],
    ]);
    merge(ws, "A4:A10", "B4:B10", "A11:A12", "B11:B12", "A13:A14", "B13:B14");
    bold(ws, 3, 1, 6);
    numFmt(ws, "0%", "D4:D9", "D11:D14", "F6", "F8", "F10:F14");
    numFmt(ws, "0.00%", "E5", "E8:E9", "F9");
    numFmt(ws, "0%", "E6", "E11:E14");
    numFmt(ws, "0.0%", "F5");
    grid(ws, "A3:F14");
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 60;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "capaian", value: null, why: "realisasi NA: nothing to compute" },
    { sheet: S, row: 5, figure: "capaian", value: 110.72, why: "94,11/85*100 = 110.7176" },
    {
      sheet: S,
      row: 6,
      figure: "capaian",
      value: 0,
      why: "0/85*100 = 0 (penurunan sisa perkara: higher is better, as the report reads it)",
    },
    { sheet: S, row: 8, figure: "capaian", value: 106.26, why: "53,13/50*100 = 106.26" },
    { sheet: S, row: 9, figure: "capaian", value: 146.66, why: "73,33/50*100 = 146.66" },
    { sheet: S, row: 10, figure: "capaian", value: 114.29, why: "80/70*100 = 114.2857" },
    { sheet: S, row: 11, figure: "capaian", value: 100, why: "100/100*100 = 100" },
    { sheet: S, row: 12, figure: "capaian", value: 0, why: "0/100*100 = 0" },
    { sheet: S, row: 13, figure: "capaian", value: 100, why: "100/100*100 = 100" },
    { sheet: S, row: 14, figure: "capaian", value: 100, why: "100/100*100 = 100" },
    { sheet: S, row: 11, figure: "sasaranCapaian", value: 50, why: "sasaran 2: (100+0)/2 = 50" },
    { sheet: S, row: 13, figure: "sasaranCapaian", value: 100, why: "sasaran 3: (100+100)/2 = 100" },
    {
      sheet: S,
      row: 5,
      figure: "sasaranCapaian",
      value: 95.58,
      why: "sasaran 1, the five measured indicators: (110.7176+0+106.26+146.66+114.2857)/5 = 95.5847",
    },
  ],
  cells: [
    { sheet: S, cell: "F5", flagged: true, why: "printed 110,5%; 94,11/85*100 = 110.72, at 1 decimal 110.7" },
    { sheet: S, cell: "F6", flagged: false, why: "printed 0%; 0/85 = 0" },
    { sheet: S, cell: "F8", flagged: false, why: "printed 106%; 53,13/50*100 = 106.26, at 0 decimals 106" },
    { sheet: S, cell: "F9", flagged: false, why: "printed 146,66%; 73,33/50*100 = 146.66" },
    { sheet: S, cell: "F10", flagged: false, why: "printed 114%; 80/70*100 = 114.29, at 0 decimals 114" },
    { sheet: S, cell: "F11", flagged: false, why: "printed 100%; 100/100 = 100" },
    { sheet: S, cell: "F12", flagged: false, why: "printed 0%; 0/100 = 0" },
  ],
};

export default table;
