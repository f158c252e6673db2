/**
 * LKjIP Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa (DPMPD) Kabupaten Kediri 2019, B. Analisa Capaian
 * Kinerja, sasaran 1.2.2.1: No / Sasaran Strategis / Indikator Kinerja / Target 2018, 2019 / Realisasi 2018, 2019,
 * with a column-number row (1 ... 7). The realisasi cells carry a remark ("66 (>100%)"); the capaian is only in the
 * text (66/32 x 100% = 206,25%). The report year 2019 decides the pair.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Sasaran 1.2.2.1";

const table: RealTable = {
  id: "dpmpd-kediri-2019-bumdes",
  source: {
    agency: "Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa Kabupaten Kediri",
    kind: "dinas",
    level: "kabupaten",
    report: "LKjIP DPMPD Kabupaten Kediri 2019",
    year: 2019,
    table: "B. Analisa Capaian Kinerja, sasaran 1.2.2.1 (untitled table)",
    url: "https://123dok.com/article/analisa-capaian-kinerja-akuntabilitas-kinerja.yd8210jq",
    transcribedFrom:
      "The whole small table (one indicator, targets and realisasi of 2018 and 2019, realisasi with their printed remarks).",
  },
  layouts: ["renstra-multi-year", "name-jumlah", "other"],
  settings: { tahun: 2019 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["1.2.2.1. Sasaran Meningkatnya kelompok usaha ekonomi masyarakat desa"],
      [],
      ["No.", "Sasaran Strategis", "Indikator Kinerja", "Target", null, "Realisasi"],
      [null, null, null, 2018, 2019, 2018, 2019],
      [1, 2, 3, 4, 5, 6, 7],
      [
        1,
        "Meningkatnya kelompok usaha ekonomi masyarakat desa",
        "Jumlah BUMDesa yang terbentuk",
        24,
        32,
        "82 (>100%)",
        "66 (>100%)",
      ],
    ]);
    merge(ws, "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3");
    bold(ws, 3, 1, 7);
    bold(ws, 4, 1, 7);
    grid(ws, "A3:G6");
    ws.getColumn(2).width = 40;
    ws.getColumn(3).width = 32;
    return wb;
  },
  figures: [
    {
      sheet: S,
      row: 6,
      figure: "capaian",
      value: 206.25,
      why: "2019: 66/32*100 = 206.25 (the text: 66 x 100% / 32 = 206,25%)",
    },
  ],
  cells: [],
};

export default table;
