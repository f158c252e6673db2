/**
 * LKjIP Pengadilan Negeri Prabumulih 2020, Ringkasan Eksekutif: the DIPA 01 (Badan Urusan Administrasi) table
 * No | Jenis belanja | Pagu | Realisasi | Sisa | %, amounts printed "Rp.3.783.296.000", the sisa of Belanja Modal
 * printed "0", and a Jumlah row.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "DIPA 01";

const table: RealTable = {
  id: "pn-prabumulih-2020-dipa01-realisasi",
  source: {
    agency: "Pengadilan Negeri Prabumulih",
    kind: "pengadilan",
    level: "pusat",
    report: "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2020",
    year: 2020,
    table: "Ringkasan Eksekutif, DIPA 01 (untitled)",
    url: "https://123dok.com/document/zp11ewrz-ringkasan-eksekutif-dipa-sembilan-belas-rupiah-rincian-berikut.html",
    transcribedFrom:
      "The three jenis belanja rows and the Jumlah row with Pagu, Realisasi, Sisa and % as printed; the sentence above it (DIPA 01 total in words) became the title row.",
  },
  layouts: ["name-jumlah", "budget", "other"],
  settings: { tahun: 2020 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["DIPA 01 (Unit Organisasi Badan Urusan Administrasi) Tahun 2020 : Rp. 5.022.210.000"],
      [],
      ["No", "Jenis belanja", "Pagu", "Realisasi", "Sisa", "%"],
      [1, "Belanja Pegawai", "Rp.3.783.296.000", "Rp.3.274.064.975", "Rp.509.231.025", "86,54%"],
      [2, "Belanja Barang", "Rp.1.213.914.000", "Rp.1.192.362.958", "Rp.21.551.042", "98,22%"],
      [3, "Belanja Modal", "Rp.25.000.000", "Rp.25.000.000", "0", "100%"],
      ["Jumlah", null, "Rp.5.022.210.000", "Rp.4.491.427.933", "Rp.530.782.067", "89,43%"],
    ]);
    merge(ws, "A1:F1", "A7:B7");
    bold(ws, 3, 1, 6);
    bold(ws, 7, 1, 6);
    grid(ws, "A3:F7");
    ws.getColumn(2).width = 20;
    for (const c of [3, 4, 5]) ws.getColumn(c).width = 20;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "penyerapan", value: 86.54, why: "3.274.064.975/3.783.296.000*100 = 86.5400" },
    { sheet: S, row: 5, figure: "penyerapan", value: 98.22, why: "1.192.362.958/1.213.914.000*100 = 98.2247" },
    { sheet: S, row: 6, figure: "penyerapan", value: 100, why: "25.000.000/25.000.000*100 = 100" },
    { sheet: S, row: 7, figure: "penyerapan", value: 89.43, why: "4.491.427.933/5.022.210.000*100 = 89.4313" },
    { sheet: S, row: 4, figure: "sisa", value: 509231025, why: "3.783.296.000 - 3.274.064.975 = 509.231.025" },
    { sheet: S, row: 5, figure: "sisa", value: 21551042, why: "1.213.914.000 - 1.192.362.958 = 21.551.042" },
    { sheet: S, row: 6, figure: "sisa", value: 0, why: "25.000.000 - 25.000.000 = 0" },
    { sheet: S, row: 7, figure: "sisa", value: 530782067, why: "5.022.210.000 - 4.491.427.933 = 530.782.067" },
  ],
  cells: [
    { sheet: S, cell: "F4", flagged: false, why: "printed 86,54%; 3.274.064.975/3.783.296.000*100 = 86,54" },
    { sheet: S, cell: "F5", flagged: false, why: "printed 98,22%; 1.192.362.958/1.213.914.000*100 = 98,22" },
    { sheet: S, cell: "F6", flagged: false, why: "printed 100%; 25.000.000/25.000.000*100 = 100" },
    { sheet: S, cell: "F7", flagged: false, why: "printed 89,43%; 4.491.427.933/5.022.210.000*100 = 89,43" },
    { sheet: S, cell: "E4", flagged: false, why: "printed Rp.509.231.025 = 3.783.296.000 - 3.274.064.975" },
    { sheet: S, cell: "E5", flagged: false, why: "printed Rp.21.551.042 = 1.213.914.000 - 1.192.362.958" },
    { sheet: S, cell: "E7", flagged: false, why: "printed Rp.530.782.067 = 5.022.210.000 - 4.491.427.933" },
    {
      sheet: S,
      cell: "C7",
      flagged: false,
      why: "printed Rp.5.022.210.000 = 3.783.296.000 + 1.213.914.000 + 25.000.000",
    },
    {
      sheet: S,
      cell: "D7",
      flagged: false,
      why: "printed Rp.4.491.427.933 = 3.274.064.975 + 1.192.362.958 + 25.000.000",
    },
  ],
};

export default table;
