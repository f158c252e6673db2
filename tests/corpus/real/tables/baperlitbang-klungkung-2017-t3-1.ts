/**
 * LKjIP Baperlitbang Kabupaten Klungkung 2017, Tabel 3.1 "Pengukuran Kinerja Sasaran Strategis I": two
 * indicators without their own capaian; the one "Capaian Kinerja" cell (100,12) is merged over both rows and is
 * the sasaran's mean. The second indicator's name begins with "Rata-rata" and has its own target and realisasi.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.1";

const table: RealTable = {
  id: "baperlitbang-klungkung-2017-t3-1",
  source: {
    agency: "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan (Baperlitbang) Kabupaten Klungkung",
    kind: "badan",
    level: "kabupaten",
    report: "LKjIP Baperlitbang Kabupaten Klungkung 2017",
    year: 2017,
    table: "Tabel 3.1",
    url: "https://123dok.com/article/capaian-kinerja-organisasi-akuntabilitas-kinerja.q5n83xwq",
    transcribedFrom:
      "The whole table (sasaran strategis I, two indicators); the printed capaian 100,12 is the sasaran's (its text: 'capaian sasaran strategis I yaitu sebesar 100,12%'), kept as one cell merged over both rows.",
  },
  layouts: ["name-rata-rata", "other"],
  settings: { tahun: 2017 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.1"],
      ["Pengukuran Kinerja Sasaran Strategis I Baperlitbang Kabupaten Klungkung Tahun 2017"],
      [],
      ["No.", "Sasaran", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Capaian Kinerja"],
      [
        "1.",
        "meningkatnya kualitas perencanaan pembangunan daerah",
        "Nilai LHE AKIP Komponen Perencanaan",
        "poin",
        22,
        20.83,
        100.12,
      ],
      [null, null, "Rata-rata capaian program RKPD", "persen", 90, 95, null],
    ]);
    merge(ws, "A1:G1", "A2:G2", "A5:A6", "B5:B6", "G5:G6");
    bold(ws, 4, 1, 7);
    numFmt(ws, "0.00", "F5", "G5");
    grid(ws, "A4:G6");
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 38;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: 94.68, why: "20,83/22*100 = 94.6818" },
    {
      sheet: S,
      row: 6,
      figure: "capaian",
      value: 105.56,
      why: "95/90*100 = 105.5556 (an indicator, though its name begins with Rata-rata)",
    },
    { sheet: S, row: 5, figure: "sasaranCapaian", value: 100.12, why: "(94.6818+105.5556)/2 = 100.1187" },
  ],
  cells: [
    { sheet: S, cell: "G5", flagged: false, why: "printed 100,12 merged over both rows = the sasaran mean 100,12" },
  ],
};

export default table;
