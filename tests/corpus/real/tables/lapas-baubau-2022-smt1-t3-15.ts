/**
 * LAKIP Semester I 2022 Lembaga Pemasyarakatan Kelas IIA Baubau (Kementerian Hukum dan HAM), Tabel 3.15: the indicator
 * table prints Sasaran Kegiatan | Indikator Kinerja | TAHUN 2021 (Target, Realisasi, Capaian) | TAHUN 2022
 * (Target, Realisasi, Capaian) with a column-number row "1 2 3 4 5 = 4/3x100% 6 7 8 = 7/6x100%".
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.15";

const table: RealTable = {
  id: "lapas-baubau-2022-smt1-t3-15",
  source: {
    agency: "Lembaga Pemasyarakatan Kelas IIA Baubau",
    kind: "vertikal",
    level: "pusat",
    report: "LAKIP Semester I Tahun 2022",
    year: 2022,
    table: "Tabel 3.15 (halaman 36)",
    url: "http://online.flipbuilder.com/qncfi/qnhr/files/basic-html/page36.html",
    transcribedFrom:
      "The header, the column-number row and the one indicator row, both years' target, realisasi and capaian as printed; the formula table below it was left out.",
  },
  layouts: ["years-group", "fraction-percent", "name-persentase"],
  settings: { tahun: 2022 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["TABEL 3.15"],
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
    ]);
    merge(ws, "A3:A4", "B3:B4", "C3:E3", "F3:H3");
    bold(ws, 3, 1, 8);
    bold(ws, 4, 1, 8);
    numFmt(ws, "0%", "C6:H6");
    grid(ws, "A3:H6");
    ws.getColumn(1).width = 40;
    ws.getColumn(2).width = 40;
    return wb;
  },
  figures: [{ sheet: S, row: 6, figure: "capaian", value: 125, why: "2022: 100/80*100 = 125" }],
  cells: [
    { sheet: S, cell: "H6", flagged: false, why: "printed 125%; 100/80*100 = 125" },
    { sheet: S, cell: "E6", flagged: false, why: "2021 printed 100%; 75/75*100 = 100" },
  ],
};

export default table;
