/**
 * Laporan Kinerja Badan Urusan Administrasi Mahkamah Agung RI 2019, bab Akuntabilitas Kinerja, C. Realisasi
 * Anggaran, 1. Pagu dan Realisasi DIPA (01): Pagu Awal, Pagu Revisi (the budget after the revisions) and
 * Realisasi per jenis belanja, amounts printed as "1.877.248.000,-" and "0,-", the % against Pagu Revisi.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Realisasi DIPA 01";

const table: RealTable = {
  id: "ma-bua-2019-dipa01-pagu",
  source: {
    agency: "Badan Urusan Administrasi Mahkamah Agung RI",
    kind: "vertikal",
    level: "pusat",
    report: "Laporan Kinerja Instansi Pemerintah 2019 (Badan Urusan Administrasi Mahkamah Agung RI)",
    year: 2019,
    table: "C. Realisasi Anggaran, 1. Pagu dan Realisasi DIPA (01) Badan Urusan Administrasi",
    url: "https://123dok.com/article/pagu-dan-realisasi-dipa-badan-urusan-administrasi.z13gmndq",
    transcribedFrom:
      "The three jenis belanja rows (Pegawai, Barang, Modal) with Pagu Awal, Pagu Revisi, Realisasi and %, as printed; the printed JUMLAH row was left out because every amount in it exceeds the sum of the three rows by Rp 6.000.000 (a row is likely missing from the copy, so it cannot be told whether the total is a slip).",
  },
  layouts: ["pagu-awal-revisi", "rupiah-dash", "budget"],
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["C. REALISASI ANGGARAN"],
      ["1. PAGU DAN REALISASI DIPA (01) BADAN URUSAN ADMINISTRASI"],
      ["Rincian pagu anggaran dan realisasi anggaran untuk DIPA (01) Badan Urusan Administrasi Mahkamah Agung RI"],
      [],
      ["NO.", "KEGIATAN", "PAGU AWAL", "PAGU REVISI", "REALISASI", "%"],
      [null, null, "(Rp.)", "(Rp.)", "(Rp.)", null],
      [1, "Belanja Pegawai", "2.592.320.000,-", "1.877.248.000,-", "1.856.657.167,-", 98.9],
      [2, "Belanja Barang", "1.008.627.000,-", "1.145.827.000,-", "1.144.390.700,-", 99.87],
      [3, "Belanja Modal", "0,-", "26.000.000,-", "25.040.000,-", 96.31],
    ]);
    merge(ws, "A5:A6", "B5:B6", "F5:F6");
    bold(ws, 5, 1, 6);
    bold(ws, 6, 1, 6);
    numFmt(ws, "0.00", "F7:F9");
    grid(ws, "A5:F9");
    ws.getColumn(2).width = 28;
    for (const c of [3, 4, 5]) ws.getColumn(c).width = 18;
    return wb;
  },
  figures: [
    {
      sheet: S,
      row: 7,
      figure: "penyerapan",
      value: 98.9,
      why: "1.856.657.167/1.877.248.000 (Pagu Revisi)*100 = 98.9031",
    },
    { sheet: S, row: 8, figure: "penyerapan", value: 99.87, why: "1.144.390.700/1.145.827.000*100 = 99.8746" },
    {
      sheet: S,
      row: 9,
      figure: "penyerapan",
      value: 96.31,
      why: "25.040.000/26.000.000*100 = 96.3077 (Pagu Awal 0,-)",
    },
    { sheet: S, row: 7, figure: "sisa", value: 20590833, why: "1.877.248.000 - 1.856.657.167 = 20.590.833" },
    { sheet: S, row: 8, figure: "sisa", value: 1436300, why: "1.145.827.000 - 1.144.390.700 = 1.436.300" },
    { sheet: S, row: 9, figure: "sisa", value: 960000, why: "26.000.000 - 25.040.000 = 960.000" },
  ],
  cells: [
    { sheet: S, cell: "F7", flagged: false, why: "printed 98.90; 1.856.657.167/1.877.248.000*100 = 98.90" },
    { sheet: S, cell: "F8", flagged: false, why: "printed 99.87; 1.144.390.700/1.145.827.000*100 = 99.87" },
    { sheet: S, cell: "F9", flagged: false, why: "printed 96.31; 25.040.000/26.000.000*100 = 96.31" },
  ],
};

export default table;
