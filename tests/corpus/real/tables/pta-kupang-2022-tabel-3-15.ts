/**
 * LKjIP Pengadilan Tinggi Agama Kupang 2022, Tabel 3.15 "Capaian Index Responden Survey IKM PTA Kupang": the
 * indicator "Index responden pengadilan tingkat pertama yang puas terhadap layanan pengadilan tingkat banding"
 * with its years 2018-2022 as rows (respondents, satisfied respondents, target, realisasi, capaian).
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.15";

const table: RealTable = {
  id: "pta-kupang-2022-tabel-3-15",
  source: {
    agency: "Pengadilan Tinggi Agama Kupang",
    kind: "pengadilan",
    level: "pusat",
    report: "Laporan Kinerja Instansi Pemerintah 2022",
    year: 2022,
    table: "Tabel 3.15",
    url: "https://fliphtml5.com/glksm/vudd/Laporan_Kinerja_PTA_Kupang_Tahun_2022/62",
    transcribedFrom:
      'All five year rows (2018-2022) of Tabel 3.15 as printed, sorted by year; the capaian of 2022 is printed with a decimal comma ("102,43") while the others use a point, kept so.',
  },
  layouts: ["years-as-rows", "name-indeks", "text-percent-decimal-point"],
  settings: { tahun: 2022 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.15 Capaian Index Responden Survey IKM PTA Kupang"],
      ["Index Responden Pengadilan Tingkat Pertama yang puas terhadap layanan Pengadilan Tingkat Banding"],
      [],
      [
        "TAHUN",
        "JUMLAH RESPONDEN PERADILAN TINGKAT PERTAMA",
        "JUMLAH RESPONDEN PENGADILAN TINGKAT PERTAMA YANG PUAS TERHADAP LAYANAN PENGADILAN TINGKAT BANDING",
        "TARGET (%)",
        "REALISASI (%)",
        "CAPAIAN (%)",
      ],
      [2018, 140, 121, 85, 86.11, 101.31],
      [2019, 89, 77, 85, 86.65, 101.94],
      [2020, 140, 131, 85, 93.39, 109.87],
      [2021, 135, 129, 90, 95.27, 105.56],
      [2022, 132, 122, 91, 93.21, "102,43"],
    ]);
    merge(ws, "A1:F1", "A2:F2");
    bold(ws, 4, 1, 6);
    numFmt(ws, "0.00", "E5:E9", "F5:F8");
    grid(ws, "A4:F9");
    ws.getColumn(2).width = 20;
    ws.getColumn(3).width = 30;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: 101.31, why: "2018: 86,11/85*100 = 101.3059" },
    { sheet: S, row: 6, figure: "capaian", value: 101.94, why: "2019: 86,65/85*100 = 101.9412" },
    { sheet: S, row: 7, figure: "capaian", value: 109.87, why: "2020: 93,39/85*100 = 109.8706" },
    { sheet: S, row: 8, figure: "capaian", value: 105.86, why: "2021: 95,27/90*100 = 105.8556" },
    { sheet: S, row: 9, figure: "capaian", value: 102.43, why: "2022: 93,21/91*100 = 102.4286" },
  ],
  cells: [
    { sheet: S, cell: "F5", flagged: false, why: "printed 101.31; 86,11/85*100 = 101.31" },
    { sheet: S, cell: "F6", flagged: false, why: "printed 101.94; 86,65/85*100 = 101.94" },
    { sheet: S, cell: "F7", flagged: false, why: "printed 109.87; 93,39/85*100 = 109.87" },
    { sheet: S, cell: "F8", flagged: true, why: "printed 105.56; 95,27/90*100 = 105.86 (digits swapped)" },
    { sheet: S, cell: "F9", flagged: false, why: "printed 102,43; 93,21/91*100 = 102.43" },
  ],
};

export default table;
