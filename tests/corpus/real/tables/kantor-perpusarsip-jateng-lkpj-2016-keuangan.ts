/**
 * LKPJ 2017 (realisasi 2016), Urusan Wajib Perpustakaan, "B. Realisasi Pelaksanaan Program dan Kegiatan,
 * 1. Realisasi Keuangan": SKPD / Anggaran (Rp) / Realisasi Anggaran (Rp) / Persentase (%), one SKPD and a JUMLAH
 * row; published on the Jawa Tengah open-data portal.
 */
import { book, bold, grid, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Realisasi Keuangan";

const table: RealTable = {
  id: "kantor-perpusarsip-jateng-lkpj-2016-keuangan",
  source: {
    agency: "Kantor Perpustakaan dan Arsip (a kabupaten/kota of Jawa Tengah; the copy does not name it)",
    kind: "lain",
    level: "kabupaten",
    report: "LKPJ 2017 (realisasi 2016), Urusan Wajib Perpustakaan",
    year: 2016,
    table: "B.1 Realisasi Keuangan",
    url: "https://text-id.123dok.com/document/zl92pl6z-perpustakaan-lkpj-2017-kumpulan-data-open-data-provinsi-jawa-tengah.html",
    transcribedFrom: "The whole small table: the SKPD row and the JUMLAH row with anggaran, realisasi and persentase.",
  },
  layouts: ["budget", "name-jumlah", "other"],
  settings: { tahun: 2016 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["1. REALISASI KEUANGAN"],
      [],
      ["SKPD", "ANGGARAN (Rp)", "REALISASI ANGGARAN (Rp)", "PERSENTASE (%)"],
      ["Kantor Perpustakaan dan Arsip", 3521689000, 3452723215, 98.04],
      ["JUMLAH", 3521689000, 3452723215, 98.04],
    ]);
    bold(ws, 3, 1, 4);
    bold(ws, 5, 1, 4);
    numFmt(ws, "#,##0", "B4:C5");
    numFmt(ws, "0.00", "D4:D5");
    grid(ws, "A3:D5");
    ws.getColumn(1).width = 32;
    ws.getColumn(2).width = 18;
    ws.getColumn(3).width = 22;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "penyerapan", value: 98.04, why: "3.452.723.215/3.521.689.000*100 = 98.0417" },
    { sheet: S, row: 4, figure: "sisa", value: 68965785, why: "3.521.689.000 - 3.452.723.215 = 68.965.785" },
  ],
  cells: [{ sheet: S, cell: "D4", flagged: false, why: "printed 98,04; 3.452.723.215/3.521.689.000 = 98,04" }],
};

export default table;
