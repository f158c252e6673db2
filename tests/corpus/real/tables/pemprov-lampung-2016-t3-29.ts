/**
 * LKj Provinsi Lampung 2016, Bab III, Tabel 3.29 "Rencana dan Realisasi Capaian Sasaran Tuntasnya Wajib Belajar
 * Pendidikan 9 Tahun": Indikator | Capaian 2015 | 2016 (Target / Realisasi / Capaian) | Target Akhir RPJMD 2019 |
 * Capaian s.d. 2016 terhadap 2019. One indicator is "Angka rata-rata lama sekolah" with its own target and
 * realisasi: an indicator, not an average row.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.29";

type Row = [string, number, number, number, number, number, number];
const rows: Row[] = [
  ["Angka Partisipasi Kasar (APK) SD/MI/Paket A", 110.17, 111.94, 111.44, 99.55, 112.08, 99.43],
  ["APK SMP/MTS Paket B", 95.66, 96.45, 93.58, 97.02, 97.62, 95.86],
  ["Angka Partisipasi Murni (APM) SD/MI/Paket A", 92.92, 95.61, 98.46, 102.98, 95.75, 102.83],
  ["APM SMP/MTs Paket B", 72.24, 75.9, 78.34, 103.21, 77.1, 101.61],
  ["Angka rata-rata lama sekolah", 7.2, 7.55, 7.56, 100.13, 7.7, 98.18],
  ["Angka Kelulusan", 100, 100, 100, 100, 100, 100],
];

const want: [number, string, number, string][] = [
  [99.55, "111,44/111,94*100 = 99.5533", 99.43, "111,44/112,08*100 = 99.4290"],
  [97.02, "93,58/96,45*100 = 97.0244", 95.86, "93,58/97,62*100 = 95.8615"],
  [102.98, "98,46/95,61*100 = 102.9809", 102.83, "98,46/95,75*100 = 102.8303"],
  [103.21, "78,34/75,90*100 = 103.2148", 101.61, "78,34/77,10*100 = 101.6083"],
  [
    100.13,
    "7,56/7,55*100 = 100.1325 (Rata-rata lama sekolah: its own target and realisasi)",
    98.18,
    "7,56/7,70*100 = 98.1818",
  ],
  [100, "100/100*100 = 100", 100, "100/100*100 = 100"],
];

const FIRST = 7;

const table: RealTable = {
  id: "pemprov-lampung-2016-t3-29",
  source: {
    agency: "Pemerintah Provinsi Lampung (sasaran urusan pendidikan)",
    kind: "lain",
    level: "provinsi",
    report: "Laporan Kinerja (LKj) Provinsi Lampung Tahun 2016",
    year: 2016,
    table: "Tabel 3.29",
    url: "https://text-id.123dok.com/document/ky64ex25q-sasaran-tuntasnya-wajib-belajar-pendidikan-9-tahun.html",
    transcribedFrom:
      'Indicators 1-6 of Tabel 3.29 with every printed column as printed (page 143); indicator 7 (Angka Melanjutkan) continues on page 144 and is cut in the copy, so it was left out. The copy\'s second header line ("Target Realisasi Realisasi") was read as Target / Realisasi / Capaian under 2016.',
  },
  layouts: ["name-rata-rata", "group-header", "other"],
  settings: { tahun: 2016 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 3.29"],
      ["Rencana dan Realisasi Capaian Sasaran Tuntasnya Wajib Belajar Pendidikan 9 Tahun"],
      [],
      [
        "No",
        "Indikator",
        "Capaian 2015",
        "2016",
        null,
        null,
        "Target Akhir RPJMD 2019",
        "Capaian s.d 2016 terhadap 2019",
      ],
      [null, null, null, "Target", "Realisasi", "Capaian"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
      ...rows.map((r, i) => [i + 1, ...r]),
    ]);
    merge(ws, "A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:G5", "H4:H5");
    bold(ws, 4, 1, 8);
    bold(ws, 5, 1, 8);
    grid(ws, `A4:H${FIRST + rows.length - 1}`);
    ws.getColumn(2).width = 44;
    return wb;
  },
  figures: want.flatMap(([c, cw, a, aw], i) => [
    { sheet: S, row: FIRST + i, figure: "capaian" as const, value: c, why: cw },
    { sheet: S, row: FIRST + i, figure: "capaianAkhir" as const, value: a, why: aw },
  ]),
  cells: want.flatMap(([, cw, , aw], i) => [
    { sheet: S, cell: `F${FIRST + i}`, flagged: false, why: `printed ${rows[i][4]}; ${cw}` },
    { sheet: S, cell: `H${FIRST + i}`, flagged: false, why: `printed ${rows[i][6]}; ${aw}` },
  ]),
};

export default table;
