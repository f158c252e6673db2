/**
 * Laporan Akuntabilitas Kinerja Direktorat Kesehatan Keluarga (Kementerian Kesehatan) 2017, Ikhtisar Eksekutif
 * (halaman iii): the one indicator that missed its target, "Buku KIA yang dicetak dan didistribusikan" (realisasi
 * sebesar 2,5 juta buku dari target 5 juta buku), laid out as a target/realisasi row with the figures as printed.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Capaian Indikator";

const table: RealTable = {
  id: "dit-kesga-kemenkes-2017-ikhtisar-buku-kia",
  source: {
    agency: "Direktorat Kesehatan Keluarga, Kementerian Kesehatan",
    kind: "kementerian",
    level: "pusat",
    report: "Laporan Akuntabilitas Kinerja Direktorat Kesehatan Keluarga 2017",
    year: 2017,
    table: "halaman iii (Ikhtisar Eksekutif)",
    url: "https://123dok.com/document/ydvn1ogy-lakip-kesga-final.html",
    transcribedFrom:
      "The one indicator the Ikhtisar gives with both figures (target 5 juta buku, realisasi 2,5 juta buku); it prints no capaian for it. The serapan DIPA (96,83%) and dekonsentrasi figures are given without their amounts and are left out.",
  },
  layouts: ["capaian-kinerja-with-units", "other"],
  settings: { tahun: 2017 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["CAPAIAN INDIKATOR KINERJA TAHUN 2017"],
      [],
      ["No", "Indikator", "Target", "Realisasi", "Capaian (%)"],
      [1, "Buku KIA yang dicetak dan didistribusikan", "5 juta buku", "2,5 juta buku", null],
    ]);
    merge(ws, "A1:E1");
    bold(ws, 1, 1, 5);
    bold(ws, 3, 1, 5);
    grid(ws, "A3:E4");
    ws.getColumn(2).width = 44;
    ws.getColumn(3).width = 14;
    ws.getColumn(4).width = 14;
    return wb;
  },
  figures: [{ sheet: S, row: 4, figure: "capaian", value: 50, why: "2,5 juta / 5 juta * 100 = 50" }],
  cells: [],
};

export default table;
