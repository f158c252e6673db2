/**
 * Laporan Realisasi Anggaran Semester Pertama Tahun 2011, Badan Rumah Sakit Daerah (RSUD) Kabupaten Kudus:
 * NO. Urut | URAIAN | Anggaran Tahun 2011 | Realisasi | Lebih / (Kurang), amounts as numbers shown with
 * thousands commas and negatives in parentheses. Pendapatan (Retribusi Pelayanan Kesehatan) above Belanja;
 * for pendapatan the Lebih/(Kurang) is realisasi - anggaran (negative here), for belanja anggaran - realisasi.
 * The Lebih / (Kurang) column is the printed sisa (its sign read from its values, revenue rows by their own).
 */
import { book, bold, grid, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "LRA Semester I 2011";

const table: RealTable = {
  id: "rsud-kudus-2011-lra-semester1",
  source: {
    agency: "Badan Rumah Sakit Daerah (RSUD) Kabupaten Kudus",
    kind: "rsud",
    level: "kabupaten",
    report: "Laporan Realisasi Anggaran Semester Pertama Tahun Anggaran 2011",
    year: 2011,
    table: "Laporan Realisasi Anggaran Semester Pertama Tahun 2011 (ringkasan)",
    url: "https://id.scribd.com/doc/288410755/Bab-3-Instalasi",
    transcribedFrom:
      "The summary LRA (pendapatan 4 - 4.1.2.01.01, belanja 5.1 - 5.2.3, Jumlah, Surplus/(Defisit)) as printed; the pendapatan amounts are printed twice in the copy and were read as the Retribusi Pelayanan Kesehatan row and its Jumlah, the headings 4, 4.1 and 4.1.2 left without amounts; the detailed SIMDA listing below it was left out.",
  },
  layouts: ["budget", "name-jumlah", "other"],
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["PEMERINTAH KABUPATEN KUDUS"],
      ["RUMAH SAKIT UMUM DAERAH"],
      ["LAPORAN REALISASI ANGGARAN"],
      ["SEMESTER PERTAMA TAHUN 2011"],
      [],
      ["NO. Urut", "URAIAN", "Anggaran Tahun 2011", "Realisasi", "Lebih / (Kurang)"],
      ["4", "PENDAPATAN"],
      ["4.1", "PENDAPATAN ASLI DAERAH"],
      ["4.1.2", "Hasil Retribusi Daerah"],
      ["4.1.2.01.01", "Retribusi Pelayanan Kesehatan", 41106544000, 16105590736, -25000953264],
      [null, "Jumlah", 41106544000, 16105590736, -25000953264],
      [],
      ["5", "BELANJA"],
      ["5.1", "BELANJA TIDAK LANGSUNG", 19041251000, 9043001806, 9998249194],
      ["5.1.1", "Belanja Pegawai", 19041251000, 9043001806, 9998249194],
      ["5.2", "BELANJA LANGSUNG", 42608644000, 11980712153, 30627931847],
      ["5.2.1", "Belanja Pegawai", 1374184000, 297327100, 1076856900],
      ["5.2.2", "Belanja Barang dan Jasa", 32590385000, 11624804553, 20965580447],
      ["5.2.3", "Belanja Modal", 8644075000, 58580500, 8585494500],
      [null, "Jumlah", 61649895000, 21023713959, 40626181041],
      [],
      [null, "Surplus / (Defisit)", -20543351000, -4918123223],
    ]);
    for (const r of [6, 7, 11, 13, 14, 16, 20, 22]) bold(ws, r, 1, 5);
    numFmt(ws, "#,##0;(#,##0)", "C7:E22");
    numFmt(ws, "@", "A7:A22");
    grid(ws, "A6:E22");
    ws.getColumn(2).width = 36;
    for (const c of [3, 4, 5]) ws.getColumn(c).width = 20;
    return wb;
  },
  figures: [
    { sheet: S, row: 14, figure: "penyerapan", value: 47.49, why: "9.043.001.806/19.041.251.000*100 = 47.4916" },
    { sheet: S, row: 15, figure: "penyerapan", value: 47.49, why: "9.043.001.806/19.041.251.000*100 = 47.4916" },
    { sheet: S, row: 16, figure: "penyerapan", value: 28.12, why: "11.980.712.153/42.608.644.000*100 = 28.1180" },
    { sheet: S, row: 17, figure: "penyerapan", value: 21.64, why: "297.327.100/1.374.184.000*100 = 21.6366" },
    { sheet: S, row: 18, figure: "penyerapan", value: 35.67, why: "11.624.804.553/32.590.385.000*100 = 35.6694" },
    { sheet: S, row: 19, figure: "penyerapan", value: 0.68, why: "58.580.500/8.644.075.000*100 = 0.6777" },
    { sheet: S, row: 20, figure: "penyerapan", value: 34.1, why: "21.023.713.959/61.649.895.000*100 = 34.1018" },
    { sheet: S, row: 14, figure: "sisa", value: 9998249194, why: "19.041.251.000 - 9.043.001.806" },
    { sheet: S, row: 16, figure: "sisa", value: 30627931847, why: "42.608.644.000 - 11.980.712.153" },
    { sheet: S, row: 17, figure: "sisa", value: 1076856900, why: "1.374.184.000 - 297.327.100" },
    { sheet: S, row: 18, figure: "sisa", value: 20965580447, why: "32.590.385.000 - 11.624.804.553" },
    { sheet: S, row: 19, figure: "sisa", value: 8585494500, why: "8.644.075.000 - 58.580.500" },
    { sheet: S, row: 20, figure: "sisa", value: 40626181041, why: "61.649.895.000 - 21.023.713.959" },
  ],
  cells: [
    {
      sheet: S,
      cell: "D22",
      flagged: false,
      why: "Surplus / (Defisit): realisasi (4,918,123,223) against anggaran (20,543,351,000), both negative; a smaller defisit is no overrun",
    },
    {
      sheet: S,
      cell: "E11",
      flagged: false,
      why: "pendapatan Jumlah: printed (25,000,953,264) = realisasi 16,105,590,736 - anggaran 41,106,544,000, the revenue rows' sign",
    },
    { sheet: S, cell: "E14", flagged: false, why: "printed 9,998,249,194 = 19,041,251,000 - 9,043,001,806" },
    { sheet: S, cell: "E15", flagged: false, why: "printed 9,998,249,194 = 19,041,251,000 - 9,043,001,806" },
    { sheet: S, cell: "E16", flagged: false, why: "printed 30,627,931,847 = 42,608,644,000 - 11,980,712,153" },
    { sheet: S, cell: "E17", flagged: false, why: "printed 1,076,856,900" },
    { sheet: S, cell: "E18", flagged: false, why: "printed 20,965,580,447" },
    { sheet: S, cell: "E19", flagged: false, why: "printed 8,585,494,500" },
    { sheet: S, cell: "E20", flagged: false, why: "printed 40,626,181,041 = the sum of 5.1 and 5.2" },
    {
      sheet: S,
      cell: "C16",
      flagged: false,
      why: "printed 42,608,644,000 = 1,374,184,000 + 32,590,385,000 + 8,644,075,000",
    },
    {
      sheet: S,
      cell: "D16",
      flagged: false,
      why: "printed 11,980,712,153 = 297,327,100 + 11,624,804,553 + 58,580,500",
    },
    { sheet: S, cell: "C20", flagged: false, why: "printed 61,649,895,000 = 19,041,251,000 + 42,608,644,000" },
    {
      sheet: S,
      cell: "E10",
      flagged: false,
      why: "pendapatan: printed (25,000,953,264) = realisasi 16,105,590,736 - anggaran 41,106,544,000, the LRA's sign for revenue",
    },
  ],
};

export default table;
