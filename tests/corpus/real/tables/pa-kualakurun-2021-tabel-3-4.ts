/**
 * LKjIP Pengadilan Agama Kuala Kurun 2021, Tabel 3.4 "Perbandingan Tahunan Perkara Perdata Agama Yang
 * Diselesaikan Tepat Waktu": one indicator with its years as rows (2020, 2021), the case counts beside the
 * target, realisasi and capaian (percent fractions shown with no decimals).
 */
import { book, bold, grid, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.4";

const table: RealTable = {
  id: "pa-kualakurun-2021-tabel-3-4",
  source: {
    agency: "Pengadilan Agama Kuala Kurun",
    kind: "pengadilan",
    level: "pusat",
    report: "Laporan Kinerja Instansi Pemerintah (LKjIP) 2021",
    year: 2021,
    table: "Tabel 3.4",
    url: "https://fliphtml5.com/mdbow/ddde/Laporan_Kinerja_Instansi_Pemerintah_LKJiP_Tahun_2021/30",
    transcribedFrom: "Both year rows of Tabel 3.4 (perkara, perkara selesai, target, realisasi, capaian) as printed.",
  },
  layouts: ["years-as-rows", "fraction-percent"],
  settings: { tahun: 2021 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.4 Perbandingan Tahunan Perkara Perdata Agama Yang Diselesaikan Tepat Waktu"],
      [],
      ["No", "Tahun", "Perkara Perdata Agama", "Perkara Perdata Agama Selesai", "Target", "Realisasi", "Capaian"],
      [1, 2020, 49, 47, 0.95, 0.96, 1.01],
      [2, 2021, 63, 62, 0.95, 0.98, 1.03],
    ]);
    bold(ws, 3, 1, 7);
    numFmt(ws, "0%", "E4:G5");
    grid(ws, "A3:G5");
    ws.getColumn(3).width = 22;
    ws.getColumn(4).width = 22;
    return wb;
  },
  figures: [
    {
      sheet: S,
      row: 4,
      figure: "capaian",
      value: 101.05,
      why: "2020: realisasi 96 (printed; 47/49 = 95.92) / target 95 *100 = 101.0526",
    },
    {
      sheet: S,
      row: 5,
      figure: "capaian",
      value: 103.16,
      why: "2021: realisasi 98 (printed; 62/63 = 98.41) / 95 *100 = 103.1579",
    },
  ],
  cells: [
    { sheet: S, cell: "G4", flagged: false, why: "printed 101%; 96/95*100 = 101.05, at 0 decimals 101" },
    { sheet: S, cell: "G5", flagged: false, why: "printed 103%; 98/95*100 = 103.16, at 0 decimals 103" },
  ],
};

export default table;
