/**
 * LKjIP Pengadilan Agama Kuala Kurun 2021, Tabel 3.5 "Perbandingan Tahunan Penurunan Sisa Perkara": the indicator
 * Persentase penurunan sisa perkara with its years as rows; the realisasi is a decrease and can be negative
 * (-100% in 2020). The 2020 capaian is printed -33,33% where -100/3*100 = -3333,33 (the report's own 2021 figure,
 * 1667%, multiplies by 100): a printed slip.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.5";

const table: RealTable = {
  id: "pa-kualakurun-2021-tabel-3-5",
  source: {
    agency: "Pengadilan Agama Kuala Kurun",
    kind: "pengadilan",
    level: "pusat",
    report: "Laporan Kinerja Instansi Pemerintah (LKjIP) 2021",
    year: 2021,
    table: "Tabel 3.5",
    url: "https://fliphtml5.com/mdbow/ddde/Laporan_Kinerja_Instansi_Pemerintah_LKJiP_Tahun_2021/30",
    transcribedFrom:
      "Both year rows of Tabel 3.5 (sisa perkara of the year before and of the year, target, realisasi, capaian) as printed.",
  },
  layouts: ["years-as-rows", "fraction-percent", "name-persentase", "other"],
  settings: { tahun: 2021 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.5 Perbandingan Tahunan Penurunan Sisa Perkara"],
      ["Indikator: Persentase penurunan sisa perkara"],
      [],
      ["No", "Tahun", "Sisa Perkara Tahun Sebelumnya", "Sisa Perkara Tahun Berjalan", "Target", "Realisasi", "Capaian"],
      [1, 2020, 1, 2, 0.03, -1, -0.3333],
      [2, 2021, 2, 1, 0.03, 0.5, 16.67],
    ]);
    merge(ws, "A1:G1", "A2:G2");
    bold(ws, 4, 1, 7);
    numFmt(ws, "0%", "E5:F6", "G6");
    numFmt(ws, "0.00%", "G5");
    grid(ws, "A4:G6");
    ws.getColumn(3).width = 22;
    ws.getColumn(4).width = 22;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: -3333.33, why: "2020: realisasi -100 / target 3 *100 = -3333.3333" },
    { sheet: S, row: 6, figure: "capaian", value: 1666.67, why: "2021: 50/3*100 = 1666.6667" },
  ],
  cells: [
    { sheet: S, cell: "G5", flagged: true, why: "printed -33,33%; -100/3*100 = -3333,33" },
    { sheet: S, cell: "G6", flagged: false, why: "printed 1667%; 50/3*100 = 1666.67, at 0 decimals 1667" },
  ],
};

export default table;
