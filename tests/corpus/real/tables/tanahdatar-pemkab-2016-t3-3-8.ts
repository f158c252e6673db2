/**
 * LKjIP Pemerintah Kabupaten Tanah Datar 2016, Tabel 3.3.8 (sasaran strategis 2.1.1, APM): the two APM
 * indicators as the report's text quotes them from the table (target, realisasi, tingkat capaian).
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.3.8";

const table: RealTable = {
  id: "tanahdatar-pemkab-2016-t3-3-8",
  source: {
    agency: "Pemerintah Kabupaten Tanah Datar",
    kind: "lain",
    level: "kabupaten",
    report: "LKjIP Pemerintah Kabupaten Tanah Datar 2016",
    year: 2016,
    table: "Tabel 3.3.8",
    url: "https://text-id.123dok.com/document/dy445j4ry-angka-partisipasi-murni-sdmi-angka-partisipasi-murni-apm-smpmts.html",
    transcribedFrom:
      "The APM SD/MI and APM SMP/MTs rows (target, realisasi, capaian) as quoted from Tabel 3.3.8 on pages 49-50; the other indicators of sasaran 2.1.1 are not in the excerpt and were left out.",
  },
  layouts: ["name-persentase", "other"],
  settings: { tahun: 2016 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.3.8"],
      ["Capaian Indikator Kinerja Sasaran Strategis 2.1.1 Tahun 2016"],
      [],
      ["No.", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      [1, "Persentase APM SD/MI", "%", 90.89, 92.22, 101.46],
      [2, "Persentase APM SMP/MTs", "%", 81.73, 82.92, 101.46],
    ]);
    merge(ws, "A1:F1", "A2:F2");
    bold(ws, 4, 1, 6);
    numFmt(ws, "0.00", "D6:F7");
    grid(ws, "A4:F7");
    ws.getColumn(2).width = 40;
    return wb;
  },
  figures: [
    { sheet: S, row: 6, figure: "capaian", value: 101.46, why: "92,22/90,89*100 = 101.4633" },
    { sheet: S, row: 7, figure: "capaian", value: 101.46, why: "82,92/81,73*100 = 101.4560" },
  ],
  cells: [
    { sheet: S, cell: "F6", flagged: false, why: "printed 101,46; 92,22/90,89*100 = 101,46" },
    { sheet: S, cell: "F7", flagged: false, why: "printed 101,46; 82,92/81,73*100 = 101,46" },
  ],
};

export default table;
