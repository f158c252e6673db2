/**
 * LKjIP Pengadilan Tinggi Sulawesi Tenggara 2017, "Tabel 4. Hasil Pengukuran Kinerja": one sasaran with five
 * indicators, four of them split into sub-rows (Pidana / Perdata / Tipikor, Kasasi / PK) that carry the figures
 * while the indicator's own row stays empty. Percentages kept as fractions with a % format; one realisasi is
 * negative (-11,5%).
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 4";

const table: RealTable = {
  id: "pt-sultra-2017-tabel-4",
  source: {
    agency: "Pengadilan Tinggi Sulawesi Tenggara",
    kind: "pengadilan",
    level: "provinsi",
    report: "LKjIP Pengadilan Tinggi Sulawesi Tenggara 2017",
    year: 2017,
    table: "Tabel 4. Hasil Pengukuran Kinerja",
    url: "https://cupdf.com/document/a-pengukuran-capaian-kinerja-tahun-2017-p-tahun-2017bab-iii-target-kinerja-tahun.html",
    transcribedFrom:
      "The whole table as printed: sasaran 1 with indicators a-e and their sub-rows (target, realisasi, capaian).",
  },
  layouts: ["fraction-percent", "name-persentase", "name-indeks", "other"],
  settings: { tahun: 2017 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 4. Hasil Pengukuran Kinerja"],
      [],
      ["NO.", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian %"],
      ["1.", "Terwujudnya Proses Peradilan Yang Pasti dan Akuntabel.", "a. Persentase sisa perkara yang diselesaikan"],
      [null, null, "1. Pidana", 1, 1, 1],
      [null, null, "2. Perdata", 1, 1, 1],
      [null, null, "3. Tipikor", 1, 1, 1],
      [null, null, "b. Persentase perkara yang diselesaikan tepat waktu"],
      [null, null, "1. Pidana", 0.95, 0.8975, 0.9447],
      [null, null, "2. Perdata", 0.95, 0.93, 0.9789],
      [null, null, "3. Tipikor", 0.95, 1, 1.0526],
      [null, null, "c. Persentase penurunan sisa perkara"],
      [null, null, "1. Pidana", 0.25, -0.115, -4.5],
      [null, null, "2. Perdata", 0.25, 0.125, 0.5],
      [null, null, "3. Tipikor", 0.3, 0, 0],
      [null, null, "d. Persentase perkara yang Tidak Mengajukan Upaya Hukum :"],
      [null, null, "Kasasi", 0.5, 0.417, 0.834],
      [null, null, "PK", 0.75, 0.9271, 1.236],
      [
        null,
        null,
        "e. Index responden Pengadilan Tingkat Pertama yang puas terhadap layanan Pengadilan Tinggi",
        0.8,
        0.7677,
        0.9596,
      ],
    ]);
    merge(ws, "A1:F1", "A4:A19", "B4:B19");
    bold(ws, 3, 1, 6);
    numFmt(ws, "0%", "D5:F7", "D9:D11", "D13:D15", "D17:D18", "D19", "E11", "E15", "F13:F15", "F5:F7");
    numFmt(ws, "0.00%", "E9:E10", "F9:F11", "E19:F19", "E18");
    numFmt(ws, "0.0%", "E13:E14", "E17", "F17:F18");
    grid(ws, "A3:F19");
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 55;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: 100, why: "100%/100% = 100" },
    { sheet: S, row: 6, figure: "capaian", value: 100, why: "100%/100% = 100" },
    { sheet: S, row: 7, figure: "capaian", value: 100, why: "100%/100% = 100" },
    { sheet: S, row: 9, figure: "capaian", value: 94.47, why: "89,75/95*100 = 94.4737" },
    { sheet: S, row: 10, figure: "capaian", value: 97.89, why: "93/95*100 = 97.8947" },
    { sheet: S, row: 11, figure: "capaian", value: 105.26, why: "100/95*100 = 105.2632" },
    { sheet: S, row: 13, figure: "capaian", value: -46, why: "-11,5/25*100 = -46" },
    { sheet: S, row: 14, figure: "capaian", value: 50, why: "12,5/25*100 = 50" },
    { sheet: S, row: 15, figure: "capaian", value: 0, why: "0/30*100 = 0" },
    { sheet: S, row: 17, figure: "capaian", value: 83.4, why: "41,70/50*100 = 83.4" },
    { sheet: S, row: 18, figure: "capaian", value: 123.61, why: "92,71/75*100 = 123.6133" },
    { sheet: S, row: 19, figure: "capaian", value: 95.96, why: "76,77/80*100 = 95.9625" },
    {
      sheet: S,
      row: 9,
      figure: "predikat",
      value: "Berhasil",
      why: "94.47: 80 <= x < 95 (default scale; none printed)",
    },
    { sheet: S, row: 10, figure: "predikat", value: "Sangat Berhasil", why: "97.89 >= 95 (default scale)" },
    { sheet: S, row: 17, figure: "predikat", value: "Berhasil", why: "83.4: 80 <= x < 95 (default scale)" },
  ],
  cells: [
    { sheet: S, cell: "F9", flagged: false, why: "printed 94,47%; 89,75/95 = 94,47" },
    { sheet: S, cell: "F10", flagged: false, why: "printed 97,89%; 93/95 = 97,89" },
    { sheet: S, cell: "F11", flagged: false, why: "printed 105,26%; 100/95 = 105,26" },
    { sheet: S, cell: "F13", flagged: true, why: "printed -450%; -11,5/25*100 = -46" },
    { sheet: S, cell: "F14", flagged: false, why: "printed 50%; 12,5/25 = 50" },
    { sheet: S, cell: "F17", flagged: false, why: "printed 83,4%; 41,70/50 = 83,4" },
    { sheet: S, cell: "F18", flagged: false, why: "printed 123,6%; 92,71/75 = 123,61, at 1 decimal 123,6" },
    { sheet: S, cell: "F19", flagged: false, why: "printed 95,96%; 76,77/80 = 95,96" },
  ],
};

export default table;
