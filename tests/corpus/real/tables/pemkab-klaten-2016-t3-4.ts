/**
 * LKjIP Kabupaten Klaten 2016, Tabel 3.4 "Rencana dan Realisasi Capaian Sasaran Kinerja Terwujudnya Pemenuhan
 * Kebutuhan Pendidikan Bagi Masyarakat": No | Indikator Kinerja Utama | Capaian Tahun 2015 | Kondisi Tahun 2016
 * (Target / Realisasi / Capaian) | Target Akhir RPJMD | Capaian s.d. Tahun 2016 thd Target Akhir RPJMD.
 * Two negatif indicators (Angka Putus Sekolah): the report's end-target column uses target/realisasi, its 2016
 * column realisasi/target (150 and 80) - the latter are slips against the report's own method.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.4";

type Row = [string, number, number, number, number, number, number];
const rows: Row[] = [
  ["Angka Partisipasi Kasar PAUD", 92.19, 92.19, 92.37, 100.2, 93.19, 99.12],
  ["Angka Partisipasi Kasar (APK) SD/MI/Paket A", 94.53, 94.53, 105.23, 111.32, 97.03, 108.45],
  ["Angka Partisipasi Kasar (APK) SMP/MTs/Paket B", 87.58, 87.58, 97.57, 111.41, 90.08, 108.31],
  ["Angka Partisipasi Murni (APM) SD/MI/Paket A", 81.6, 81.6, 91.26, 111.84, 84.1, 108.51],
  ["Angka Partisipasi Murni (APM) SMP/MTs/Paket B", 63.94, 63.94, 72.77, 113.81, 66.44, 109.53],
  ["Angka Melanjutkan (AM) dari SMP/MTs ke SMA/SMK/MA", 96.64, 96.64, 92.43, 95.64, 96.69, 95.59],
  ["Angka Putus Sekolah (APS) SD/MI", 0.02, 0.02, 0.03, 150, 0.01, 33.33],
  ["Angka Putus Sekolah (APS) SMP/MTs", 0.1, 0.1, 0.08, 80, 0.05, 62.5],
  ["Angka kelulusan SD/MI", 97.78, 97.78, 99, 101.25, 97.83, 101.2],
  ["Angka kelulusan SMP/ MTs", 95.55, 95.55, 98, 102.56, 95.6, 102.51],
];

// [capaian 2016, why, slip?, capaian akhir, why, slip?]
const want: [number, string, boolean, number, string, boolean][] = [
  [100.2, "92,37/92,19*100 = 100.1952", false, 99.12, "92,37/93,19*100 = 99.1201", false],
  [111.32, "105,23/94,53*100 = 111.3192", false, 108.45, "105,23/97,03*100 = 108.4510", false],
  [111.41, "97,57/87,58*100 = 111.4067", false, 108.31, "97,57/90,08*100 = 108.3148", false],
  [111.84, "91,26/81,6*100 = 111.8382", false, 108.51, "91,26/84,10*100 = 108.5137", false],
  [113.81, "72,77/63,94*100 = 113.8098", false, 109.53, "72,77/66,44*100 = 109.5274", false],
  [95.64, "92,43/96,64*100 = 95.6436", false, 95.59, "92,43/96,69*100 = 95.5942", false],
  [
    66.67,
    "negatif (putus sekolah), T/R as the report's end-target column does: 0,02/0,03*100 = 66.6667; printed 150 = R/T",
    true,
    33.33,
    "0,01/0,03*100 = 33.3333 (T/R)",
    false,
  ],
  [125, "negatif, T/R: 0,1/0,08*100 = 125; printed 80 = R/T", true, 62.5, "0,05/0,08*100 = 62.5 (T/R)", false],
  [101.25, "99/97,78*100 = 101.2477", false, 101.2, "99/97,83*100 = 101.1960", false],
  [102.56, "98/95,55*100 = 102.5641", false, 102.51, "98/95,60*100 = 102.5105", false],
];

const FIRST = 6;

const table: RealTable = {
  id: "pemkab-klaten-2016-t3-4",
  source: {
    agency: "Pemerintah Kabupaten Klaten (sasaran urusan pendidikan)",
    kind: "lain",
    level: "kabupaten",
    report: "LKjIP Kabupaten Klaten Tahun 2016",
    year: 2016,
    table: "Tabel 3.4",
    url: "https://text-id.123dok.com/document/ozlxo2rgz-angka-partisipasi-kasar-paud.html",
    transcribedFrom: "All ten indicator rows of Tabel 3.4 with every printed column, as printed.",
  },
  layouts: ["group-header", "negatif", "other"],
  settings: { tahun: 2016 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.4"],
      ["Rencana dan Realisasi Capaian Sasaran Kinerja Terwujudnya Pemenuhan Kebutuhan Pendidikan Bagi Masyarakat"],
      [],
      [
        "No",
        "Indikator Kinerja Utama",
        "Capaian Tahun 2015",
        "Kondisi Tahun 2016",
        null,
        null,
        "Target Akhir RPJMD",
        "Capaian sd Tahun 2016 Thd Target Akhir RPJMD",
      ],
      [null, null, null, "Target", "Realisasi", "Capaian"],
      ...rows.map((r, i) => [i + 1, ...r]),
    ]);
    merge(ws, "A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:G5", "H4:H5");
    bold(ws, 4, 1, 8);
    bold(ws, 5, 1, 8);
    grid(ws, `A4:H${FIRST + rows.length - 1}`);
    ws.getColumn(2).width = 48;
    return wb;
  },
  figures: want.flatMap(([c, cw, , a, aw], i) => [
    { sheet: S, row: FIRST + i, figure: "capaian" as const, value: c, why: cw },
    { sheet: S, row: FIRST + i, figure: "capaianAkhir" as const, value: a, why: aw },
  ]),
  cells: want.flatMap(([, cw, cs, , aw, as], i) => [
    { sheet: S, cell: `F${FIRST + i}`, flagged: cs, why: `printed ${rows[i][4]}; ${cw}` },
    { sheet: S, cell: `H${FIRST + i}`, flagged: as, why: `printed ${rows[i][6]}; ${aw}` },
  ]),
};

export default table;
