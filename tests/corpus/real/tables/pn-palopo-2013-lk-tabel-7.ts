/**
 * Laporan Keuangan Pengadilan Negeri Kelas I B Palopo Tahun Anggaran 2013, Catatan atas Laporan Keuangan B.2
 * Belanja Negara, Tabel 7 "Rincian Anggaran dan Realisasi Belanja Tahun Anggaran 2013": Kode Jenis Belanja,
 * Uraian, Anggaran, Realisasi and (%), amounts printed with ",00" cents.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 7";

const table: RealTable = {
  id: "pn-palopo-2013-lk-tabel-7",
  source: {
    agency: "Pengadilan Negeri Kelas I B Palopo",
    kind: "pengadilan",
    level: "pusat",
    report: "Laporan Keuangan Tahun Anggaran 2013 (Catatan atas Laporan Keuangan)",
    year: 2013,
    table: "Tabel 7",
    url: "https://123dok.com/article/belanja-negara-penjelasan-atas-pos-laporan-realisasi-anggaran.yro5j98y",
    transcribedFrom:
      "The three jenis belanja rows (51, 52, 53) and Total Belanja Bruto with Anggaran, Realisasi and %, as printed; the Pengembalian Belanja (2.315,00) and Total Belanja Netto rows below the total were left out.",
  },
  layouts: ["name-total", "budget", "other"],
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 7"],
      ["Rincian Anggaran dan Realisasi Belanja Tahun Anggaran 2013 (dalam satuan rupiah)"],
      [],
      ["Kode Jenis Belanja", "Uraian Jenis Belanja", "Anggaran (Rp)", "Realisasi Belanja (Rp)", "(%)"],
      ["51", "Belanja Pegawai", "3.828.095.000,00", "3.717.394.859,00", "97,11"],
      ["52", "Belanja Barang", "687.541.000,00", "645.438.029,00", "93,88"],
      ["53", "Belanja Modal", "965.000.000,00", "846.570.333,00", "87,73"],
      ["Total Belanja Bruto", null, "5.480.636.000,00", "5.209.403.221,00", "95,05"],
      ["Sumber: Laporan Keuangan Sistem Akuntansi Kuasa Pengguna Anggaran (SAKPA)"],
    ]);
    merge(ws, "A1:E1", "A2:E2", "A8:B8");
    bold(ws, 4, 1, 5);
    bold(ws, 8, 1, 5);
    numFmt(ws, "@", "A5:A7");
    grid(ws, "A4:E8");
    ws.getColumn(2).width = 26;
    ws.getColumn(3).width = 20;
    ws.getColumn(4).width = 20;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "penyerapan", value: 97.11, why: "3.717.394.859/3.828.095.000*100 = 97.1082" },
    { sheet: S, row: 6, figure: "penyerapan", value: 93.88, why: "645.438.029/687.541.000*100 = 93.8763" },
    { sheet: S, row: 7, figure: "penyerapan", value: 87.73, why: "846.570.333/965.000.000*100 = 87.7275" },
    {
      sheet: S,
      row: 8,
      figure: "penyerapan",
      value: 95.05,
      why: "5.209.403.221/5.480.636.000*100 = 95.0511 (= the sums of rows 5-7)",
    },
    { sheet: S, row: 5, figure: "sisa", value: 110700141, why: "3.828.095.000 - 3.717.394.859 = 110.700.141" },
    { sheet: S, row: 6, figure: "sisa", value: 42102971, why: "687.541.000 - 645.438.029 = 42.102.971" },
    { sheet: S, row: 7, figure: "sisa", value: 118429667, why: "965.000.000 - 846.570.333 = 118.429.667" },
    { sheet: S, row: 8, figure: "sisa", value: 271232779, why: "5.480.636.000 - 5.209.403.221 = 271.232.779" },
  ],
  cells: [
    { sheet: S, cell: "E5", flagged: false, why: "printed 97,11; 3.717.394.859/3.828.095.000*100 = 97,11" },
    { sheet: S, cell: "E6", flagged: false, why: "printed 93,88; 645.438.029/687.541.000*100 = 93,88" },
    { sheet: S, cell: "E7", flagged: false, why: "printed 87,73; 846.570.333/965.000.000*100 = 87,73" },
    { sheet: S, cell: "E8", flagged: false, why: "printed 95,05; 5.209.403.221/5.480.636.000*100 = 95,05" },
    {
      sheet: S,
      cell: "C8",
      flagged: false,
      why: "printed 5.480.636.000,00 = 3.828.095.000 + 687.541.000 + 965.000.000",
    },
    {
      sheet: S,
      cell: "D8",
      flagged: false,
      why: "printed 5.209.403.221,00 = 3.717.394.859 + 645.438.029 + 846.570.333",
    },
  ],
};

export default table;
