/**
 * LKjIP Kabupaten Manggarai Timur 2019, Tabel 3.8 "Analisis Pencapaian Sasaran Strategis 5 Menurunnya Kematian Ibu
 * Baru Melahirkan dan Anak Baru Lahir": three negatif indicators (Angka Kematian Ibu / Bayi / Balita) with the
 * realisasi of 2015-2018 (headed "Capaian Kinerja Tahun ...") beside the 2019 Target / Realisasi / Capaian, and a
 * "Rata-rata Capaian Kinerja" row without inputs of its own. The report divides target by realisasi; its AKI
 * capaian 87,10 comes from the unrounded 162/186 per 100.000 KH, not from the printed 0,16 / 0,19.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.8";

const table: RealTable = {
  id: "pemkab-manggaraitimur-2019-t3-8",
  source: {
    agency: "Pemerintah Kabupaten Manggarai Timur (sasaran urusan kesehatan)",
    kind: "lain",
    level: "kabupaten",
    report: "LKjIP Kabupaten Manggarai Timur 2019",
    year: 2019,
    table: "Tabel 3.8",
    url: "https://123dok.com/article/menurunnya-kematian-ibu-baru-melahirkan-anak-baru-lahir.qojrmjjz",
    transcribedFrom:
      "All rows of Tabel 3.8 (three indicators and the Rata-rata Capaian Kinerja row) with every printed column, as printed.",
  },
  layouts: ["negatif", "other"],
  settings: { tahun: 2019 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.8"],
      ["Anlisis Pencapaian Sasaran Strategis 5 Menurunnya Kematian Ibu Baru Melahirkan dan Anak Baru Lahir"],
      [],
      [
        "NO.",
        "Indikator Sasaran",
        "Capaian Kinerja Tahun 2015",
        "Capaian Kinerja Tahun 2016",
        "Capaian Kinerja Tahun 2017",
        "Capaian Kinerja Tahun 2018",
        "Tahun 2019",
        null,
        "Capaian Kinerja Tahun 2019",
      ],
      [null, null, null, null, null, null, "Target", "Realisasi"],
      ["1.", "Angka Kematian Ibu per 100.000KH", 0.15, 0.21, 0.19, 0.17, 0.16, 0.19, 87.1],
      ["2.", "Angka Kematian Bayi per 1.000KH", 8.49, 8.17, 8.17, 8.1, 9.2, 9.53, 96.54],
      ["3.", "Angka Kematian Balita per 1.000KH", 1.5, 0.55, 2.41, 0.3, 0.64, 0.18, 72.52],
      // The label is merged over the No. and indicator columns (A9:B9): it lives in A9, the merge's first cell.
      ["Rata-rata Capain Kinerja", null, 81.93, 83.65, 83.14, 91.02, null, null, 85.38],
    ]);
    merge(ws, "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:H4", "I4:I5", "A9:B9");
    bold(ws, 4, 1, 9);
    bold(ws, 5, 1, 9);
    bold(ws, 9, 1, 9);
    grid(ws, "A4:I9");
    ws.getColumn(2).width = 36;
    return wb;
  },
  figures: [
    {
      sheet: S,
      row: 6,
      figure: "capaian",
      value: 84.21,
      why: "negatif, target/realisasi as the report does: 0,16/0,19*100 = 84.2105",
    },
    { sheet: S, row: 7, figure: "capaian", value: 96.54, why: "negatif: 9,20/9,53*100 = 96.5373" },
    {
      sheet: S,
      row: 8,
      figure: "capaian",
      value: 355.56,
      why: "negatif: 0,64/0,18*100 = 355.5556 (the printed 72,52 fits no variant)",
    },
    {
      sheet: S,
      row: 6,
      figure: "sasaranCapaian",
      value: 178.77,
      why: "mean of the three capaian (84.2105+96.5373+355.5556)/3 = 178.7678",
    },
  ],
  cells: [
    {
      sheet: S,
      cell: "I6",
      flagged: true,
      why: "printed 87,10 (from 162/186); the printed inputs give 0,16/0,19*100 = 84,21",
    },
    { sheet: S, cell: "I7", flagged: false, why: "printed 96,54; 9,20/9,53*100 = 96,54" },
    { sheet: S, cell: "I8", flagged: true, why: "printed 72,52; 0,64/0,18*100 = 355,56" },
    { sheet: S, cell: "I9", flagged: true, why: "printed rata-rata 85,38; the mean of the capaian is 178,77" },
  ],
};

export default table;
