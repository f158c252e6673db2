/**
 * LKjIP Kantor Lingkungan Hidup Kabupaten Kulon Progo 2016, "Tabel 6. Capaian Kinerja Kantor Lingkungan Hidup
 * Kabupaten Kulon Progo Tahun 2016": realisasi 2014 and 2015, then 2016 Target / Realisasi / capaian, the Renstra
 * end target (2016) and the capaian against it, with a column-number row (1 ... 8).
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 6";

const table: RealTable = {
  id: "klh-kulonprogo-2016-tabel-6",
  source: {
    agency: "Kantor Lingkungan Hidup Kabupaten Kulon Progo",
    kind: "lain",
    level: "kabupaten",
    report: "LKjIP Kantor Lingkungan Hidup Kabupaten Kulon Progo 2016",
    year: 2016,
    table: "Tabel 6",
    url: "https://text-id.123dok.com/document/rz33r527z-target-dan-realisasi-indikator-kinerja-utama-kantor-lingkungan-hidup-klh-kulon-progo.html",
    transcribedFrom:
      "The Indeks Kualitas Udara row with all its columns; the Indeks Kualitas Air row (printed 0.94, 70, 0,79, 62, -, 0.79, -) mixes scales between its target (0,79) and realisasi (62) and prints no capaian, so it is left out.",
  },
  layouts: ["name-indeks", "group-header", "other"],
  settings: { tahun: 2016 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 6. Capaian Kinerja Kantor Lingkungan Hidup Kabupaten Kulon Progo Tahun 2016"],
      [],
      [
        "Indikator Kinerja Utama",
        "Capaian",
        null,
        "2016",
        null,
        null,
        "Target Akhir Renstra 2016",
        "Capaian s.d 2016 terhadap 2016",
      ],
      [null, "realisasi 2014", "2015", "Target", "Realisasi", "Capaian (%)"],
      [1, 2, 3, 4, 5, 6, 7, 8],
      ["Indeks Kualitas Udara", 98.74, 98.77, 97.72, 98.07, 100.36, 97.72, 100.36],
    ]);
    merge(ws, "A1:H1", "A3:A4", "B3:C3", "D3:F3", "G3:G4", "H3:H4");
    bold(ws, 3, 1, 8);
    bold(ws, 4, 1, 8);
    numFmt(ws, "0.00", "B6:H6");
    grid(ws, "A3:H6");
    ws.getColumn(1).width = 30;
    return wb;
  },
  figures: [{ sheet: S, row: 6, figure: "capaian", value: 100.36, why: "98,07/97,72*100 = 100.3582" }],
  cells: [{ sheet: S, cell: "F6", flagged: false, why: "printed 100,36; 98,07/97,72*100 = 100,36" }],
};

export default table;
