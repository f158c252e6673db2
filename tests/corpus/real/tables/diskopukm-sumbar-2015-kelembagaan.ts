/**
 * Renja 2017 Dinas Koperasi dan UMKM Provinsi Sumatera Barat, "Pencapaian Realisasi Sasaran Meningkatnya
 * Kualitas Kelembagaan Koperasi Tahun 2011-2015": Sasaran / Indikator Kinerja / Realisasi 2011 ... 2014 / 2015
 * Target, Realisasi, Capaian. The year 2015 decides the pair; 2011-2014 are earlier realisasi.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Kelembagaan Koperasi";

const table: RealTable = {
  id: "diskopukm-sumbar-2015-kelembagaan",
  source: {
    agency: "Dinas Koperasi dan UMKM Provinsi Sumatera Barat",
    kind: "dinas",
    level: "provinsi",
    report: "Renja 2017 Dinas Koperasi dan UMKM Provinsi Sumatera Barat (evaluasi 2011-2015)",
    year: 2015,
    table: "Pencapaian Realisasi Sasaran Meningkatnya Kualitas Kelembagaan Koperasi Tahun 2011-2015 (untitled number)",
    url: "https://text-id.123dok.com/document/oy82pv30y-perbandingan-antara-target-dengan-realisasi-kinerja-presentase-koperasi-aktif-persentase-peningkatan-tingkat-kesehatan-usaha-simpan-pinjamksp.html",
    transcribedFrom:
      "The whole table: one sasaran, two indicators, realisasi 2011-2014 and the 2015 target, realisasi and capaian.",
  },
  layouts: ["group-header", "years-group", "name-persentase"],
  settings: { tahun: 2015 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Pencapaian Realisasi Sasaran Meningkatnya Kualitas Kelembagaan Koperasi Tahun 2011- 2015"],
      [],
      ["Sasaran", "Indikator Kinerja", "Realisasi", null, null, null, "2015"],
      [null, null, 2011, 2012, 2013, 2014, "Target", "Realisasi", "Capaian"],
      [
        "Meningkatnya Kualitas Kelembagaan Koperasi",
        "Persentase Koperasi Aktif",
        66.31,
        69.36,
        70.48,
        69.03,
        71.5,
        69.88,
        97.73,
      ],
      [
        null,
        "Persentase Peningkatan tingkat kesehatan usaha simpan pinjam/KSP",
        30.42,
        30.48,
        30.56,
        32.57,
        32,
        40.45,
        126.41,
      ],
    ]);
    merge(ws, "A1:I1", "A3:A4", "B3:B4", "C3:F3", "G3:I3", "A5:A6");
    bold(ws, 3, 1, 9);
    bold(ws, 4, 1, 9);
    numFmt(ws, "0.00", "C5:I6");
    grid(ws, "A3:I6");
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 45;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: 97.73, why: "2015: 69,88/71,5*100 = 97.7343" },
    { sheet: S, row: 6, figure: "capaian", value: 126.41, why: "2015: 40,45/32*100 = 126.4063" },
    { sheet: S, row: 5, figure: "sasaranCapaian", value: 112.07, why: "(97.7343+126.4063)/2 = 112.0703" },
    {
      sheet: S,
      row: 5,
      figure: "predikat",
      value: "Sangat Berhasil",
      why: "97.73 >= 95 (default scale; none printed)",
    },
  ],
  cells: [
    { sheet: S, cell: "I5", flagged: false, why: "printed 97,73; 69,88/71,5*100 = 97,73" },
    { sheet: S, cell: "I6", flagged: false, why: "printed 126,41; 40,45/32*100 = 126,41" },
  ],
};

export default table;
