/**
 * LKjIP Kecamatan Gunung Kaler (Kabupaten Tangerang) 2020, Tabel 3.5 "Analisis Pencapaian Sasaran 1":
 * Target 2019, Target 2020, Realisasi 2019, Realisasi 2020, Capaian 2019(%), Capaian 2020(%), with a JUMLAH
 * and a RATA-RATA row. The report year (2020) decides which pair is this year's.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.5";

const table: RealTable = {
  id: "kec-gunungkaler-tangerang-2020-t3-5",
  source: {
    agency: "Kecamatan Gunung Kaler Kabupaten Tangerang",
    kind: "kecamatan",
    level: "kabupaten",
    report: "LKjIP Kecamatan Gunung Kaler 2020",
    year: 2020,
    table: "Tabel 3.5",
    url: "https://123dok.com/id/article/sasaran-strategis-pengukuran-evaluasi-analisis-capaian-kinerja-strategi.10176983",
    transcribedFrom:
      "The whole table: three indicators of sasaran 1 with targets, realisasi and capaian of 2019 and 2020, the Jumlah and Rata-Rata rows.",
  },
  layouts: ["renstra-multi-year", "name-persentase", "other"],
  settings: { tahun: 2020 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.5"],
      ["Analisis Pencapaian Sasaran 1"],
      ["Kecamatan Gunung Kaler Kabupaten Tangerang"],
      [],
      [
        "No.",
        "Indikator Kinerja",
        "Satuan",
        "Target 2019",
        "Target 2020",
        "Realisasi 2019",
        "Realisasi 2020",
        "Capaian 2019(%)",
        "Capaian 2020(%)",
      ],
      ["01.01", "Hasil Indeks Kepuasan Masyarakat", "Nilai", 82.5, 84.75, 88.94, 88.95, 107.81, 104.96],
      [
        "01.02",
        "Prosentase desa/kelurahan dengan kategori minimal Berkembang",
        "Persen",
        65,
        70,
        66.67,
        66.7,
        102.57,
        95.24,
      ],
      [
        "01.03",
        "Persentase desa dengan laporan pertanggungjawaban baik",
        "Persen",
        44.44,
        55.56,
        44.44,
        55.56,
        100,
        100,
      ],
      ["Jumlah Capaian Realisasi Kinerja", null, null, null, null, null, null, 310.38, 300.2],
      ["Rata-Rata Capaian Realisasi Kinerja", null, null, null, null, null, null, 103.46, 100.07],
    ]);
    merge(ws, "A1:I1", "A2:I2", "A3:I3", "A9:G9", "A10:G10");
    bold(ws, 5, 1, 9);
    bold(ws, 9, 1, 9);
    bold(ws, 10, 1, 9);
    numFmt(ws, "#,##0.00", "D6:I10");
    numFmt(ws, "0.0", "G7");
    grid(ws, "A5:I10");
    ws.getColumn(2).width = 45;
    return wb;
  },
  figures: [
    { sheet: S, row: 6, figure: "capaian", value: 104.96, why: "2020: 88,95/84,75*100 = 104.9558" },
    {
      sheet: S,
      row: 7,
      figure: "capaian",
      value: 95.29,
      why: "2020: 66,7/70*100 = 95.2857 (the report used 66,67 and printed 95,24)",
    },
    { sheet: S, row: 8, figure: "capaian", value: 100, why: "2020: 55,56/55,56*100 = 100" },
    { sheet: S, row: 6, figure: "sasaranCapaian", value: 100.08, why: "(104.9558+95.2857+100)/3 = 100.0805" },
    {
      sheet: S,
      row: 6,
      figure: "predikat",
      value: "Sangat Berhasil",
      why: "104.96 >= 95 (default scale; the table prints none)",
    },
    { sheet: S, row: 7, figure: "predikat", value: "Sangat Berhasil", why: "95.29 >= 95" },
  ],
  cells: [
    { sheet: S, cell: "I6", flagged: false, why: "printed 104,96; 88,95/84,75*100 = 104,96" },
    {
      sheet: S,
      cell: "I7",
      flagged: true,
      why: "printed 95,24; 66,7/70*100 = 95,29 (computed from an unprinted 66,67)",
    },
    { sheet: S, cell: "I8", flagged: false, why: "printed 100,00; 55,56/55,56" },
    { sheet: S, cell: "I10", flagged: true, why: "printed mean 100,07; (104,96+95,29+100)/3 = 100,08" },
    { sheet: S, cell: "H6", flagged: false, why: "printed 107,81; 88,94/82,5*100 = 107,81" },
    { sheet: S, cell: "H7", flagged: false, why: "printed 102,57; 66,67/65*100 = 102,57" },
    { sheet: S, cell: "H10", flagged: false, why: "printed mean 103,46; (107,81+102,57+100)/3 = 103,46" },
  ],
};

export default table;
