/**
 * LKjIP Pengadilan Negeri Prabumulih 2020, Ringkasan Eksekutif: the DIPA 03 (Direktorat Jenderal Badan Peradilan
 * Umum) table No | Jenis belanja | Pagu | Realisasi | Sisa | %, where Belanja Pegawai and Belanja Modal have no
 * pagu and print "-" in every column, and a Jumlah row equal to the one funded row.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "DIPA 03";

const table: RealTable = {
  id: "pn-prabumulih-2020-dipa03-realisasi",
  source: {
    agency: "Pengadilan Negeri Prabumulih",
    kind: "pengadilan",
    level: "pusat",
    report: "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2020",
    year: 2020,
    table: "Ringkasan Eksekutif, DIPA 03 (untitled)",
    url: "https://123dok.com/document/zp11ewrz-ringkasan-eksekutif-dipa-sembilan-belas-rupiah-rincian-berikut.html",
    transcribedFrom:
      'The three jenis belanja rows (two of them all "-") and the Jumlah row with Pagu, Realisasi, Sisa and % as printed; the sentence above it (DIPA 03 total in words) became the title row.',
  },
  layouts: ["name-jumlah", "budget", "other"],
  settings: { tahun: 2020 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["DIPA 03 (Dirjen Badilum) Tahun 2020 : Rp. 94.615.000"],
      [],
      ["No", "Jenis belanja", "Pagu", "Realisasi", "Sisa", "%"],
      [1, "Belanja Pegawai", "-", "-", "-", "-"],
      [2, "Belanja Barang", "Rp.94.615.000", "Rp.89.675.690", "Rp.4.939.310", "94,78%"],
      [3, "Belanja Modal", "-", "-", "-", "-"],
      ["Jumlah", null, "Rp.94.615.000", "Rp.89.675.690", "Rp.4.939.310", "94,78%"],
    ]);
    merge(ws, "A1:F1", "A7:B7");
    bold(ws, 3, 1, 6);
    bold(ws, 7, 1, 6);
    grid(ws, "A3:F7");
    ws.getColumn(2).width = 20;
    for (const c of [3, 4, 5]) ws.getColumn(c).width = 18;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "penyerapan", value: null, why: 'no pagu ("-"): nothing to compute' },
    { sheet: S, row: 5, figure: "penyerapan", value: 94.78, why: "89.675.690/94.615.000*100 = 94.7796" },
    { sheet: S, row: 6, figure: "penyerapan", value: null, why: 'no pagu ("-"): nothing to compute' },
    { sheet: S, row: 7, figure: "penyerapan", value: 94.78, why: "89.675.690/94.615.000*100 = 94.7796" },
    { sheet: S, row: 5, figure: "sisa", value: 4939310, why: "94.615.000 - 89.675.690 = 4.939.310" },
    { sheet: S, row: 7, figure: "sisa", value: 4939310, why: "94.615.000 - 89.675.690 = 4.939.310" },
  ],
  cells: [
    { sheet: S, cell: "F5", flagged: false, why: "printed 94,78%; 89.675.690/94.615.000*100 = 94,78" },
    { sheet: S, cell: "F7", flagged: false, why: "printed 94,78%; 89.675.690/94.615.000*100 = 94,78" },
    { sheet: S, cell: "E5", flagged: false, why: "printed Rp.4.939.310 = 94.615.000 - 89.675.690" },
    { sheet: S, cell: "E7", flagged: false, why: "printed Rp.4.939.310 = 94.615.000 - 89.675.690" },
    { sheet: S, cell: "F4", flagged: false, why: 'printed "-" for a row with no pagu: not a slip' },
  ],
};

export default table;
