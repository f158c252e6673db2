/**
 * LKjIP Kabupaten Wonogiri 2020, page 102, sasaran "Meningkatnya kualitas lingkungan hidup": the Indeks Kualitas
 * Lingkungan Hidup (target 80, realisasi 72,39, capaian 90,49%) and its three components, printed as a list
 * ("IKA = target : 82% realisasi : 77,50%"); kept as the office's small sheet with text percentages.
 */
import { book, bold, grid, put } from "../sheet";
import type { RealTable } from "../types";

const S = "IKLH 2020";

const table: RealTable = {
  id: "pemkab-wonogiri-2020-iklh",
  source: {
    agency: "Pemerintah Kabupaten Wonogiri",
    kind: "lain",
    level: "kabupaten",
    report: "LKjIP Kabupaten Wonogiri 2020",
    year: 2020,
    table: "halaman 102 (IKLH and its components, printed as a list)",
    url: "http://online.flipbuilder.com/lheij/zlgt/files/basic-html/page102.html",
    transcribedFrom:
      "The IKLH figures from the text (target 80, realisasi 72,39, capaian 90,49%) and the three component lines (IKA, IKU, IKL with target and realisasi); the components have no printed capaian.",
  },
  layouts: ["name-indeks", "other"],
  settings: { tahun: 2020 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Sasaran: Meningkatnya kualitas lingkungan hidup Kabupaten Wonogiri"],
      [],
      ["Indikator", "Target", "Realisasi", "Capaian"],
      ["Indeks Kualitas Lingkungan Hidup (IKLH)", 80, 72.39, "90,49%"],
      ["IKA", "82%", "77,50%"],
      ["IKU", "82%", "84,18%"],
      ["IKL", "67,6%", "41,81%"],
    ]);
    bold(ws, 3, 1, 4);
    grid(ws, "A3:D7");
    ws.getColumn(1).width = 42;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "capaian", value: 90.49, why: "72,39/80*100 = 90.4875" },
    { sheet: S, row: 5, figure: "capaian", value: 94.51, why: "77,50/82*100 = 94.5122" },
    { sheet: S, row: 6, figure: "capaian", value: 102.66, why: "84,18/82*100 = 102.6585" },
    { sheet: S, row: 7, figure: "capaian", value: 61.85, why: "41,81/67,6*100 = 61.8491" },
    {
      sheet: S,
      row: 4,
      figure: "predikat",
      value: "Berhasil",
      why: "90.49: 80 <= x < 95 (default scale; none printed)",
    },
    { sheet: S, row: 7, figure: "predikat", value: "Cukup Berhasil", why: "61.85: 50 <= x < 80 (default scale)" },
  ],
  cells: [{ sheet: S, cell: "D4", flagged: false, why: "printed 90,49%; 72,39/80*100 = 90,49" }],
};

export default table;
