/**
 * Laporan Kinerja 2023 Lembaga Pemasyarakatan Perempuan Kelas IIB Jambi (Kementerian Hukum dan HAM), halaman 85,
 * "Perbandingan Target dan Realisasi Kinerja Tahun 2023" for the indicator "% narapidana yang mendapatkan hak
 * pendidikan": a month-by-month count table No | Bulan | A | B (A = narapidana yang mendapatkan hak pendidikan,
 * B = narapidana yang memiliki latar belakang pendidikan formal) with a Total row and a Rata-Rata row. The
 * realisasi below it uses the December counts, A/B = 9/9 x 100% = 100%. The printed Rata-Rata (9, 9) is not the
 * mean of the months (45/12 = 3,75; 130/12 = 10,83) but the December value the report goes on to use; whether
 * that is a slip cannot be told, so those two cells carry no expectation.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Hak Pendidikan 2023";

const table: RealTable = {
  id: "lapas-perempuan-jambi-2023-hak-pendidikan-bulanan",
  source: {
    agency: "Lembaga Pemasyarakatan Perempuan Kelas IIB Jambi",
    kind: "vertikal",
    level: "pusat",
    report: "Laporan Kinerja Lembaga Pemasyarakatan Perempuan Jambi Tahun 2023",
    year: 2023,
    table: "halaman 85 (flipbook page 88), untitled monthly A/B table",
    url: "http://online.flipbuilder.com/gzsmk/kzcl/files/basic-html/page88.html",
    transcribedFrom:
      "The twelve month rows with A and B, the Total row and the Rata-Rata row as printed; the Keterangan kept as a note row below; the formula lines (9/9 x 100% = 100%) and the narrative were left out.",
  },
  layouts: ["other"],
  settings: { tahun: 2023 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Perbandingan Target dan Realisasi Kinerja Tahun 2023"],
      ["% narapidana yang mendapatkan hak pendidikan"],
      [],
      ["No", "Bulan", "A", "B"],
      [1, "Januari", 0, 2],
      [2, "Februari", 0, 2],
      [3, "Maret", 0, 3],
      [4, "April", 0, 21],
      [5, "Mei", 0, 19],
      [6, "Juni", 0, 19],
      [7, "Juli", 0, 19],
      [8, "Agustus", 9, 9],
      [9, "September", 9, 9],
      [10, "Oktober", 9, 9],
      [11, "November", 9, 9],
      [12, "Desember", 9, 9],
      ["Total", null, 45, 130],
      ["Rata-Rata", null, 9, 9],
      [],
      [
        "Keterangan: A = jumlah narapidana yang mendapatkan hak narapidana; B = jumlah narapidana yang memiliki latar belakang pendidikan formal",
      ],
    ]);
    merge(ws, "A1:D1", "A2:D2", "A17:B17", "A18:B18");
    bold(ws, 4, 1, 4);
    bold(ws, 17, 1, 4);
    bold(ws, 18, 1, 4);
    grid(ws, "A4:D18");
    ws.getColumn(2).width = 14;
    return wb;
  },
  figures: [],
  cells: [
    { sheet: S, cell: "C17", flagged: false, why: "printed Total 45 = 9+9+9+9+9 (Agustus-Desember; Januari-Juli 0)" },
    { sheet: S, cell: "D17", flagged: false, why: "printed Total 130 = 2+2+3+21+19+19+19+9+9+9+9+9" },
  ],
};

export default table;
