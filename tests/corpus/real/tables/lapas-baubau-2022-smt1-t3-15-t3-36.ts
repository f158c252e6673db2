/**
 * LAKIP Semester I 2022 Lembaga Pemasyarakatan Kelas IIA Baubau (Kementerian Hukum dan HAM), Tabel 3.15 and
 * Tabel 3.36: each indicator table prints Sasaran Kegiatan | Indikator Kinerja | TAHUN 2021 (Target, Realisasi,
 * Capaian) | TAHUN 2022 (Target, Realisasi, Capaian) with a column-number row "1 2 3 4 5 = 4/3x100% 6 7
 * 8 = 7/6x100%". The office keeps the indicator tables in one sheet; both rows share the same header.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Pengukuran Smt I 2022";

const table: RealTable = {
  id: "lapas-baubau-2022-smt1-t3-15-t3-36",
  source: {
    agency: "Lembaga Pemasyarakatan Kelas IIA Baubau",
    kind: "vertikal",
    level: "pusat",
    report: "LAKIP Semester I Tahun 2022",
    year: 2022,
    table: "Tabel 3.15 and Tabel 3.36",
    url: "http://online.flipbuilder.com/qncfi/qnhr/files/basic-html/page36.html",
    transcribedFrom:
      "The indicator rows of Tabel 3.15 (page 36) and Tabel 3.36 (page 51, http://online.flipbuilder.com/qncfi/hoqg/files/basic-html/page51.html), both years' target, realisasi and capaian as printed, put under one shared header; the formula tables below each were left out.",
  },
  layouts: ["years-group", "fraction-percent", "name-persentase"],
  settings: { tahun: 2022 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["PENGUKURAN KINERJA SEMESTER I TAHUN 2022"],
      ["LEMBAGA PEMASYARAKATAN KELAS IIA BAUBAU"],
      [],
      ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TAHUN 2021", null, null, "TAHUN 2022"],
      [null, null, "TARGET", "REALISASI", "CAPAIAN", "TARGET", "REALISASI", "CAPAIAN"],
      ["1", "2", "3", "4", "5 = 4/3x100%", "6", "7", "8 = 7/6x100%"],
      [
        "Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak, Pengendalian Penyakit Menular dan Peningkatan Kualitas Hidup Narapidana Peserta Rehabilitasi Narkotika di wilayah",
        "Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar",
        0.75,
        0.75,
        1,
        0.8,
        1,
        1.25,
      ],
      [
        "Meningkatnya Pelayanan Pembinaan Kepribadian, Pelatihan Vokasi, Pendidikan dan Penanganan Narapidana Resiko Tinggi",
        "Persentase Narapidana resiko tinggi yang berubah perilakunya menjadi Sadar, Patuh dan Dispilin",
        0.13,
        0.13,
        1,
        0.15,
        1,
        6.6666,
      ],
    ]);
    merge(ws, "A4:A5", "B4:B5", "C4:E4", "F4:H4");
    bold(ws, 4, 1, 8);
    bold(ws, 5, 1, 8);
    numFmt(ws, "0%", "C7:H8");
    numFmt(ws, "0.00%", "H8");
    grid(ws, "A4:H8");
    ws.getColumn(1).width = 40;
    ws.getColumn(2).width = 40;
    return wb;
  },
  figures: [
    { sheet: S, row: 7, figure: "capaian", value: 125, why: "2022: 100/80*100 = 125" },
    { sheet: S, row: 8, figure: "capaian", value: 666.67, why: "2022: 100/15*100 = 666.6667" },
  ],
  cells: [
    { sheet: S, cell: "H7", flagged: false, why: "printed 125%; 100/80*100 = 125" },
    { sheet: S, cell: "H8", flagged: true, why: "printed 666,66%; 100/15*100 = 666.67 at 2 decimals (truncated)" },
    { sheet: S, cell: "E7", flagged: false, why: "2021 printed 100%; 75/75*100 = 100" },
    { sheet: S, cell: "E8", flagged: false, why: "2021 printed 100%; 13/13*100 = 100" },
  ],
};

export default table;
