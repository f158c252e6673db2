/**
 * LAKIP Semester II Tahun 2022 Lembaga Pemasyarakatan Kelas IIA Baubau, Tabel 3.18 "Efisiensi penggunaan Sumber
 * daya" for the indicator Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani:
 * NO. | ANGGARAN | REALISASI ANGGARAN | % REALISASI ANGGARAN, amounts as "Rp. 65.040.000,-". The % is printed
 * 99,99% where 65.038.490/65.040.000*100 = 99.9977 (100,00 at 2 decimals): truncated.
 */
import { book, bold, grid, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.18";

const table: RealTable = {
  id: "lapas-baubau-2022-smt2-t3-18",
  source: {
    agency: "Lembaga Pemasyarakatan Kelas IIA Baubau",
    kind: "vertikal",
    level: "pusat",
    report: "LAKIP Semester II Tahun 2022",
    year: 2022,
    table: "Tabel 3.18",
    url: "http://online.flipbuilder.com/jwfbe/firh/files/basic-html/page34.html",
    transcribedFrom: "The single row of Tabel 3.18 as printed; the formula table 3.17 above it was left out.",
  },
  layouts: ["rupiah-dash", "budget"],
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.18 Efisiensi penggunaan Sumber daya"],
      [],
      ["NO.", "ANGGARAN", "REALISASI ANGGARAN", "% REALISASI ANGGARAN"],
      ["1.", "Rp. 65.040.000,-", "Rp. 65.038.490,-", "99,99%"],
    ]);
    bold(ws, 3, 1, 4);
    grid(ws, "A3:D4");
    for (const c of [2, 3, 4]) ws.getColumn(c).width = 22;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "penyerapan", value: 100, why: "65.038.490/65.040.000*100 = 99.9977" },
    { sheet: S, row: 4, figure: "sisa", value: 1510, why: "65.040.000 - 65.038.490 = 1.510" },
  ],
  cells: [{ sheet: S, cell: "D4", flagged: true, why: "printed 99,99%; 99.9977 at 2 decimals is 100,00 (truncated)" }],
};

export default table;
