/**
 * LKjIP Inspektorat Daerah Kabupaten Sampang 2019, "Tabel 3.1 Pencapaian Kinerja": the first indicator, whose
 * target is printed "55%" and whose realisasi and capaian are "n/a".
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.1";

const table: RealTable = {
  id: "inspektorat-sampang-2019-t3-1",
  source: {
    agency: "Inspektorat Daerah Kabupaten Sampang",
    kind: "inspektorat",
    level: "kabupaten",
    report: "LKjIP Inspektorat Daerah Kabupaten Sampang 2019",
    year: 2019,
    table: "Tabel 3.1 Pencapaian Kinerja",
    url: "https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html",
    transcribedFrom:
      "The sasaran row and indicator 1 (target 55%, realisasi and capaian n/a); the page's text breaks off in indicator 2, which is left out.",
  },
  layouts: ["name-persentase", "other"],
  settings: { tahun: 2019 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.1 Pencapaian Kinerja"],
      [],
      ["N0", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"],
      [null, "Sasaran Strategis 1. Meningkatnya Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah"],
      [1, "Persentase penurunan temuan keuangan yang bersifat materil", "%", "55%", "n/a", "n/a"],
    ]);
    merge(ws, "A1:F1", "B4:F4");
    bold(ws, 3, 1, 6);
    bold(ws, 4, 1, 6);
    grid(ws, "A3:F5");
    ws.getColumn(2).width = 50;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: null, why: "realisasi printed n/a: no capaian can be computed" },
  ],
  cells: [
    { sheet: S, cell: "F5", flagged: false, why: "printed n/a where realisasi is n/a: nothing to disagree with" },
  ],
};

export default table;
