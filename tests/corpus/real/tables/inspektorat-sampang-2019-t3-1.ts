/**
 * LKjIP Inspektorat Daerah Kabupaten Sampang 2019, Tabel 3.1 "Pencapaian Kinerja": N0 | Indikator Kinerja Utama |
 * Satuan | Target | Realisasi | Capaian under the Sasaran Strategis heading row. The first indicator is not
 * measured (realisasi and capaian printed "n/a"): nothing to compute, nothing to flag as a slip.
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
    report: "LKjIP Inspektorat Daerah Kabupaten Sampang Tahun 2019",
    year: 2019,
    table: "Tabel 3.1 Pencapaian Kinerja (halaman 30)",
    url: "https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html",
    transcribedFrom:
      'The Sasaran Strategis 1 heading and its first indicator row as printed; the copy is cut inside the second indicator\'s name ("Persentase penurunan nilai temuan kod...") before its values, so the rest of the table was left out.',
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
      ["Sasaran Strategis 1. Meningkatnya Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah"],
      [1, "Persentase penurunan temuan keuangan yang bersifat materil", "%", "55%", "n/a", "n/a"],
    ]);
    merge(ws, "A4:F4");
    bold(ws, 3, 1, 6);
    bold(ws, 4, 1, 6);
    grid(ws, "A3:F5");
    ws.getColumn(2).width = 50;
    return wb;
  },
  figures: [{ sheet: S, row: 5, figure: "capaian", value: null, why: "realisasi n/a: nothing measured, no capaian" }],
  cells: [{ sheet: S, cell: "F5", flagged: false, why: "printed n/a where nothing was measured: not a slip" }],
};

export default table;
