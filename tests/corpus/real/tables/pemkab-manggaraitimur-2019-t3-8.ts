/**
 * LKjIP Pemerintah Kabupaten Manggarai Timur 2019, "Tabel 3.8 Analisis Pencapaian Sasaran Strategis 5:
 * Menurunnya Kematian Ibu Baru Melahirkan dan Anak Baru Lahir": the values of 2015-2018 (headed "Capaian Kinerja
 * Tahun 2015" ...), then "Tahun 2019" over Target / Realisasi, then "Capaian Kinerja Tahun 2019". Both indicators
 * are negatif; the report computes capaian as target/realisasi (9,20/9,53 = 96,54).
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.8";

const table: RealTable = {
  id: "pemkab-manggaraitimur-2019-t3-8",
  source: {
    agency: "Pemerintah Kabupaten Manggarai Timur",
    kind: "lain",
    level: "kabupaten",
    report: "LKjIP Kabupaten Manggarai Timur 2019",
    year: 2019,
    table: "Tabel 3.8",
    url: "https://123dok.com/article/menurunnya-kematian-ibu-baru-melahirkan-anak-baru-lahir.qojrmjjz",
    transcribedFrom:
      "Indicators 1 and 2 (Angka Kematian Ibu, Angka Kematian Bayi) with every printed column; indicator 3 (Angka Kematian Balita: 0,64 / 0,18 printed with capaian 72,52, which no reading of the columns reproduces, so the copy is taken as garbled) and the Rata-rata row that depends on it are left out.",
  },
  layouts: ["group-header", "negatif", "other"],
  settings: { tahun: 2019 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.8"],
      ["Analisis Pencapaian Sasaran Strategis 5"],
      ["Menurunnya Kematian Ibu Baru Melahirkan dan Anak Baru Lahir"],
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
    ]);
    merge(ws, "A1:I1", "A2:I2", "A3:I3", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:H5", "I5:I6");
    bold(ws, 5, 1, 9);
    bold(ws, 6, 1, 9);
    numFmt(ws, "#,##0.00", "C7:I8");
    grid(ws, "A5:I8");
    ws.getColumn(2).width = 36;
    return wb;
  },
  figures: [
    {
      sheet: S,
      row: 7,
      figure: "capaian",
      value: 84.21,
      why: "negatif, target/realisasi as the report does: 0,16/0,19*100 = 84.2105",
    },
    { sheet: S, row: 8, figure: "capaian", value: 96.54, why: "negatif: 9,20/9,53*100 = 96.5373" },
    { sheet: S, row: 7, figure: "sasaranCapaian", value: 90.37, why: "(84.2105+96.5373)/2 = 90.3739" },
  ],
  cells: [
    {
      sheet: S,
      cell: "I7",
      flagged: true,
      why: "printed 87,10 (the text: from unprinted 162/186 per 100.000); from the printed 0,16/0,19 = 84,21",
    },
    { sheet: S, cell: "I8", flagged: false, why: "printed 96,54; 9,20/9,53*100 = 96,54" },
  ],
};

export default table;
