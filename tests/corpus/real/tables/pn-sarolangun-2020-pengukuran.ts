/**
 * LKjIP Pengadilan Negeri Sarolangun 2020, BAB III "A. Capaian Kinerja Organisasi", the end of the pengukuran
 * kinerja table (Sasaran / Indikator / Target / Realisasi / Capaian) with its footnote "*Capaian = Realisasi x 100%
 * Target".
 */
import { book, bold, grid, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Pengukuran Kinerja";

const table: RealTable = {
  id: "pn-sarolangun-2020-pengukuran",
  source: {
    agency: "Pengadilan Negeri Sarolangun",
    kind: "pengadilan",
    level: "kabupaten",
    report: "LKjIP Pengadilan Negeri Sarolangun 2020",
    year: 2020,
    table: "BAB III A. Capaian Kinerja Organisasi (tabel pengukuran kinerja, untitled in the copy)",
    url: "https://123dok.com/article/evaluasi-dan-analisa-capaian-kinerja-capaian-kinerja-organisasi.yn7m7j0z",
    transcribedFrom:
      "The last two rows the copy shows (the Posbakum indicator, whose sasaran row is above the copy, and sasaran 4 with its indicator) and the footnote; the rows above them are not in the copy.",
  },
  layouts: ["name-persentase", "other"],
  settings: { tahun: 2020 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Pengukuran Kinerja Pengadilan Negeri Sarolangun Tahun 2020"],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian*"],
      [
        null,
        null,
        "Persentase pencari keadilan golongan tertentu yang mendapat layanan Bantuan Hukum (Posbakum)",
        100,
        100,
        100,
      ],
      [
        "4.",
        "Meningkatnya kepatuhan terhadap putusan pengadilan",
        "Persentase putusan perkara perdata yang ditindaklanjuti (dieksekusi)",
        100,
        100,
        100,
      ],
      ["*Capaian = Realisasi x 100% : Target"],
    ]);
    bold(ws, 3, 1, 6);
    grid(ws, "A3:F5");
    ws.getColumn(2).width = 35;
    ws.getColumn(3).width = 55;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "capaian", value: 100, why: "100/100*100 = 100" },
    { sheet: S, row: 5, figure: "capaian", value: 100, why: "100/100*100 = 100" },
    { sheet: S, row: 5, figure: "predikat", value: "Sangat Berhasil", why: "100 >= 95 (default scale; none printed)" },
  ],
  cells: [
    { sheet: S, cell: "F4", flagged: false, why: "printed 100; 100/100" },
    { sheet: S, cell: "F5", flagged: false, why: "printed 100; 100/100" },
  ],
};

export default table;
