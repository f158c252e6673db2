/**
 * LAKIP Semester I 2022 Lembaga Pemasyarakatan Kelas IIA Baubau (Kementerian Hukum dan HAM), Tabel 3.36: the indicator
 * table prints Sasaran Kegiatan | Indikator Kinerja | TAHUN 2021 (Target, Realisasi, Capaian) | TAHUN 2022
 * (Target, Realisasi, Capaian) with a column-number row "1 2 3 4 5 = 4/3x100% 6 7 8 = 7/6x100%".
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.36";

const table: RealTable = {
  id: "lapas-baubau-2022-smt1-t3-36",
  source: {
    agency: "Lembaga Pemasyarakatan Kelas IIA Baubau",
    kind: "vertikal",
    level: "pusat",
    report: "LAKIP Semester I Tahun 2022",
    year: 2022,
    table: "Tabel 3.36 (halaman 51)",
    url: "http://online.flipbuilder.com/qncfi/hoqg/files/basic-html/page51.html",
    transcribedFrom:
      "The header, the column-number row and the one indicator row, both years' target, realisasi and capaian as printed; the formula table below it was left out.",
  },
  layouts: ["years-group", "fraction-percent", "name-persentase"],
  settings: { tahun: 2022 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["TABEL 3.36"],
      [],
      ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TAHUN 2021", null, null, "TAHUN 2022"],
      [null, null, "TARGET", "REALISASI", "CAPAIAN", "TARGET", "REALISASI", "CAPAIAN"],
      ["1", "2", "3", "4", "5 = 4/3x100%", "6", "7", "8 = 7/6x100%"],
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
    merge(ws, "A3:A4", "B3:B4", "C3:E3", "F3:H3");
    bold(ws, 3, 1, 8);
    bold(ws, 4, 1, 8);
    numFmt(ws, "0%", "C6:H6");
    numFmt(ws, "0.00%", "H6");
    grid(ws, "A3:H6");
    ws.getColumn(1).width = 40;
    ws.getColumn(2).width = 40;
    return wb;
  },
  figures: [{ sheet: S, row: 6, figure: "capaian", value: 666.67, why: "2022: 100/15*100 = 666.6667" }],
  cells: [
    { sheet: S, cell: "H6", flagged: true, why: "printed 666,66%; 100/15*100 = 666.67 at 2 decimals (truncated)" },
    { sheet: S, cell: "E6", flagged: false, why: "2021 printed 100%; 13/13*100 = 100" },
  ],
};

export default table;
