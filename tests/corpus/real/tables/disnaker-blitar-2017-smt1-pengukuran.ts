/**
 * Pengukuran Kinerja Plt. Kepala Dinas Tenaga Kerja Kabupaten Blitar, Semester I Tahun 2017: No / Sasaran
 * Strategis / Indikator Kinerja / Penjelasan / Formulasi Perhitungan / Target / Realisasi s.d Semester I /
 * % Capaian, with a column-number row (1 ... 7) and percentages printed as text ("91,76%", "119.16%").
 */
import { book, bold, grid, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Pengukuran Smt I 2017";

const table: RealTable = {
  id: "disnaker-blitar-2017-smt1-pengukuran",
  source: {
    agency: "Dinas Tenaga Kerja Kabupaten Blitar",
    kind: "dinas",
    level: "kabupaten",
    report: "Pengukuran Kinerja Plt. Kepala Dinas Tenaga Kerja Kabupaten Blitar Semester I Tahun 2017",
    year: 2017,
    table: "Pengukuran Kinerja Semester I (page 1)",
    url: "https://pdfslide.net/documents/pengukuran-kinerja-plt-kepala-dinas-tenaga-kerja-pengukuran-kinerja-plt.html",
    transcribedFrom:
      "Sasaran 1 and 2 with their three indicators (target, realisasi s.d. semester I, capaian) and the first indicator's formula; the formulas of the other two are not legible in the copy, and sasaran 3 (its target only) is cut off and left out.",
  },
  layouts: ["text-percent-decimal-point", "name-persentase", "other"],
  settings: { tahun: 2017 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["PENGUKURAN KINERJA Plt. KEPALA DINAS TENAGA KERJA KABUPATEN BLITAR"],
      ["SEMESTER I TAHUN 2017"],
      [],
      [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Penjelasan / Formulasi Perhitungan",
        "Target",
        "Realisasi s.d Semester I",
        "% Capaian",
      ],
      [1, 2, 3, 4, 5, 6, 7],
      [
        1,
        "Meningkatnya keterampilan/kompetensi dan produktivitas tenaga kerja",
        "Prosentase kelulusan peserta yang mendapat pelatihan",
        "∑ peserta pelatihan yang lulus / ∑ seluruh peserta pelatihan × 100%",
        "80%",
        "0%",
        "0%",
      ],
      [
        2,
        "Meningkatnya penempatan dan perluasan kesempatan kerja",
        "Prosentase lowongan kerja yang terpenuhi",
        null,
        "77%",
        "91,76%",
        "119.16%",
      ],
      [
        null,
        null,
        "Prosentase peserta pelatihan kewirausahaan yang berhasil membentuk wirausaha baru (WUB)",
        null,
        "80%",
        "0%",
        "0%",
      ],
    ]);
    bold(ws, 4, 1, 7);
    grid(ws, "A4:G8");
    ws.getColumn(2).width = 35;
    ws.getColumn(3).width = 45;
    ws.getColumn(4).width = 40;
    return wb;
  },
  figures: [
    { sheet: S, row: 6, figure: "capaian", value: 0, why: "0/80*100 = 0" },
    { sheet: S, row: 7, figure: "capaian", value: 119.17, why: "91,76/77*100 = 119.1688" },
    { sheet: S, row: 8, figure: "capaian", value: 0, why: "0/80*100 = 0" },
  ],
  cells: [
    { sheet: S, cell: "G6", flagged: false, why: "printed 0%; 0/80 = 0" },
    {
      sheet: S,
      cell: "G7",
      flagged: true,
      why: "printed 119.16%; 91,76/77*100 = 119,1688, at 2 decimals 119,17 (truncated)",
    },
    { sheet: S, cell: "G8", flagged: false, why: "printed 0%; 0/80 = 0" },
  ],
};

export default table;
