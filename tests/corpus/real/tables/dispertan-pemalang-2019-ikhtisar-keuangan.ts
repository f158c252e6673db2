/**
 * LKjIP Dinas Pertanian Kabupaten Pemalang 2019, Ikhtisar Eksekutif (halaman ii): the year's whole budget,
 * "pagu Rp 20.415.109.000,- terealisasi Rp 20.311.383.762,- atau mencapai 99,49 %", laid out as the one-row
 * realisasi keuangan summary an office keeps (Pagu / Realisasi / %), amounts as printed text with "Rp" and ",-".
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Realisasi Keuangan";

const table: RealTable = {
  id: "dispertan-pemalang-2019-ikhtisar-keuangan",
  source: {
    agency: "Dinas Pertanian Kabupaten Pemalang",
    kind: "dinas",
    level: "kabupaten",
    report: "LKjIP Dinas Pertanian Kabupaten Pemalang 2019",
    year: 2019,
    table: "halaman ii (Ikhtisar Eksekutif)",
    url: "https://pdfslide.tips/documents/lkjip-2019-masih-lemahnya-data-distribusi-komoditas-4-hewan-seperti-vaksin.html",
    transcribedFrom:
      "The one sentence of the Ikhtisar Eksekutif giving the whole budget (pagu, realisasi, percentage) as one row; the efisiensi figure that follows is cut off in the copy and left out.",
  },
  layouts: ["budget", "other"],
  settings: { tahun: 2019 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["REALISASI KEUANGAN DINAS PERTANIAN TAHUN 2019"],
      [],
      ["No", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "%"],
      [1, "Dinas Pertanian Kabupaten Pemalang", "Rp 20.415.109.000,-", "Rp 20.311.383.762,-", "99,49 %"],
    ]);
    merge(ws, "A1:E1");
    bold(ws, 1, 1, 5);
    bold(ws, 3, 1, 5);
    grid(ws, "A3:E4");
    ws.getColumn(2).width = 36;
    ws.getColumn(3).width = 22;
    ws.getColumn(4).width = 22;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "penyerapan", value: 99.49, why: "20.311.383.762/20.415.109.000*100 = 99.4919" },
    { sheet: S, row: 4, figure: "sisa", value: 103725238, why: "20.415.109.000 - 20.311.383.762 = 103.725.238" },
  ],
  cells: [{ sheet: S, cell: "E4", flagged: false, why: "printed 99,49 %; 20.311.383.762/20.415.109.000 = 99,49" }],
};

export default table;
