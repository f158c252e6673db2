/**
 * Laporan Kinerja Sekretariat Daerah Provinsi Sumatera Utara 2021, Tabel 19 "Realisasi Keuangan Sasaran
 * Strategis-3": one indicator over a program, two kegiatan and four sub kegiatan with Anggaran, Realisasi and
 * "Capaian Realisasi Anggaran (%)" printed with a decimal point (93.6) beside dotted thousands.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 19";

const table: RealTable = {
  id: "setda-provsumut-2021-t19",
  source: {
    agency: "Sekretariat Daerah Provinsi Sumatera Utara",
    kind: "sekretariat",
    level: "provinsi",
    report: "Laporan Kinerja Sekretariat Daerah Provinsi Sumatera Utara 2021",
    year: 2021,
    table: "Tabel 19",
    url: "https://fliphtml5.com/xgkox/cyxe/LAPORAN_KINERJA_SEKRETARIAT_DAERAH_PROVINSI_SUMATERA_UTARA_TAHUN_2021/49",
    transcribedFrom:
      'The whole table (page 41): program row (only its printed 88.6), two kegiatan rows without amounts, four sub kegiatan with anggaran, realisasi and %; the last name is cut short in the page text ("Evaluasi Pelaksanaan") and completed from the list above the table ("Evaluasi Pelaksanaan Kerja Sama").',
  },
  layouts: ["text-percent-decimal-point", "budget", "name-persentase"],
  settings: { tahun: 2021 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [["Tabel 19"], ["Realisasi Keuangan Sasaran Strategis-3"], []]);
    put(ws, "A4", [
      [
        "NO",
        "INDIKATOR KINERJA",
        "PROGRAM/ KINERJA",
        "ANGGARAN (Rp)",
        "REALISASI (Rp)",
        "CAPAIAN REALISASI ANGGARAN (%)",
      ],
      [1, 2, 3, 4, 5, 6],
      [
        1,
        "Persentase kegiatan dalam pembinaan aparatur pemerintahan dalam penyelenggaran kebijakan pemerintahan di daerah serta Kegiatan Evaluasi Kerjasama Pemerintah/ Badan Usaha/ Swasta",
        "Program Pemerintahan Dan Otonomi Daerah",
        null,
        null,
        "88.6",
      ],
      [null, null, "Kegiatan Pelaksanaan Tugas Pemerintahan"],
      [null, null, "1. Sub Kegiatan Fasilitasi Pelaksanaan Pemerintahan Umum", 749930215, 702188300, "93.6"],
      [null, null, "Kegiatan Fasilitasi Kerjasama Daerah"],
      [null, null, "1.Sub Kegiatan Fasilitasi Kerjasama antar Pemerintah", 216194000, 188957200, "87.4"],
      [null, null, "2.Sub Kegiatan Fasilitasi Kerjasama Badan Usaha/Swasta", 378896500, 351953546, "92.9"],
      [null, null, "3.Sub Kegiatan Evaluasi Pelaksanaan Kerja Sama", 398379650, 307055630, "80.5"],
    ]);
    merge(ws, "A1:F1", "A2:F2", "A6:A12", "B6:B12");
    bold(ws, 4, 1, 6);
    bold(ws, 6, 1, 6);
    numFmt(ws, "#,##0", "D6:E12");
    grid(ws, "A4:F12");
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 40;
    return wb;
  },
  figures: [
    { sheet: S, row: 8, figure: "penyerapan", value: 93.63, why: "702.188.300/749.930.215*100 = 93.6338" },
    { sheet: S, row: 10, figure: "penyerapan", value: 87.4, why: "188.957.200/216.194.000*100 = 87.4017" },
    { sheet: S, row: 11, figure: "penyerapan", value: 92.89, why: "351.953.546/378.896.500*100 = 92.8891" },
    { sheet: S, row: 12, figure: "penyerapan", value: 77.08, why: "307.055.630/398.379.650*100 = 77.0761" },
    { sheet: S, row: 8, figure: "sisa", value: 47741915, why: "749.930.215 - 702.188.300" },
    { sheet: S, row: 10, figure: "sisa", value: 27236800, why: "216.194.000 - 188.957.200" },
    { sheet: S, row: 11, figure: "sisa", value: 26942954, why: "378.896.500 - 351.953.546" },
    { sheet: S, row: 12, figure: "sisa", value: 91324020, why: "398.379.650 - 307.055.630" },
  ],
  cells: [
    { sheet: S, cell: "F8", flagged: false, why: "printed 93.6; 93,63 at 1 decimal = 93,6" },
    { sheet: S, cell: "F10", flagged: false, why: "printed 87.4; 87,40" },
    { sheet: S, cell: "F11", flagged: false, why: "printed 92.9; 92,889 -> 92,9" },
    { sheet: S, cell: "F12", flagged: true, why: "printed 80.5; 307.055.630/398.379.650*100 = 77,08 (a slip)" },
  ],
};

export default table;
