/**
 * LAKIP Pemerintah Kabupaten Ogan Ilir 2016, Dinas Pendidikan, Anggaran Belanja Langsung "rincian berdasarkan
 * Program": NO | PROGRAM | PAGU ANGGARAN (Rp.) | REALISASI (Rp.) and % under one header | Sisa (Rp.), with the
 * column-number row 1..6 repeated where the table breaks over a page. Row 7 prints a Pagu that does not fit its
 * own % and Sisa (both fit 5.565.088.920): the printed % and Sisa are slips against the printed Pagu.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Anggaran per Program";

type Row = [string, number, number, number, number];
const before: Row[] = [
  ["Program Pelayanan Administrasi Perkantoran", 925896500, 826994935, 89.32, 98901565],
  ["Program", 230000000, 216006947, 93.92, 13993053],
];
const after: Row[] = [
  ["Program Peningkatan Disiplin Aparatur", 25000000, 24800000, 99.2, 200000],
  ["Program Peningkatan Kapasitas Sumber Daya Aparatur", 50000000, 26740000, 53.48, 23260000],
  [
    "Program Peningkatan Pengembangan system pelaporan capaian kinerja dan keuangan",
    93500000,
    90150000,
    96.42,
    3350000,
  ],
  ["Program Pendidikan Anak Usia Dini", 4719600000, 3505790000, 74.28, 1213810000],
  ["Program Wajib Belajar Pendidikan Dasar Sembilan Tahun", 5569088920, 3513771168, 63.14, 2051317752],
  ["Program Pendidikan Menengah", 1355054126, 1134979400, 83.76, 220074726],
  ["Program Pendidikan Non Formal", 359100000, 341987000, 95.23, 17113000],
  ["Program Peningkatan Mutu Pendidik dan Tenaga Kependidikan", 250000000, 98540000, 39.42, 151460000],
  ["Program Manajemen Pelayanan Pendidikan", 60000000, 0, 0, 60000000],
  ["Program Pelayanan Pendidikan Khusus", 550000000, 345430000, 62.81, 204570000],
];

// sheet rows of the 12 programs (row 10 is the repeated column-number row)
const ROWS = [8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
// hand-checked [penyerapan, sisa] and whether the printed % / Sisa are slips
const want: [number, number, string, boolean][] = [
  [89.32, 98901565, "826.994.935/925.896.500*100 = 89.3183; 925.896.500-826.994.935 = 98.901.565", false],
  [93.92, 13993053, "216.006.947/230.000.000*100 = 93.9161; sisa 13.993.053", false],
  [99.2, 200000, "24.800.000/25.000.000*100 = 99.2; sisa 200.000", false],
  [53.48, 23260000, "26.740.000/50.000.000*100 = 53.48; sisa 23.260.000", false],
  [96.42, 3350000, "90.150.000/93.500.000*100 = 96.4171; sisa 3.350.000", false],
  [74.28, 1213810000, "3.505.790.000/4.719.600.000*100 = 74.2815; sisa 1.213.810.000", false],
  [
    63.09,
    2055317752,
    "3.513.771.168/5.569.088.920*100 = 63.0942 (printed 63,14); 5.569.088.920-3.513.771.168 = 2.055.317.752 (printed 2.051.317.752)",
    true,
  ],
  [83.76, 220074726, "1.134.979.400/1.355.054.126*100 = 83.7590; sisa 220.074.726", false],
  [95.23, 17113000, "341.987.000/359.100.000*100 = 95.2345; sisa 17.113.000", false],
  [39.42, 151460000, "98.540.000/250.000.000*100 = 39.416; sisa 151.460.000", false],
  [0, 60000000, "0/60.000.000*100 = 0; sisa 60.000.000", false],
  [62.81, 204570000, "345.430.000/550.000.000*100 = 62.8055; sisa 204.570.000", false],
];

const table: RealTable = {
  id: "disdik-oganilir-2016-anggaran-program",
  source: {
    agency: "Dinas Pendidikan Kabupaten Ogan Ilir",
    kind: "dinas",
    level: "kabupaten",
    report: "LAKIP Pemerintah Kabupaten Ogan Ilir 2016 (bagian Dinas Pendidikan)",
    year: 2016,
    table: "Anggaran Belanja Langsung, rincian berdasarkan Program (halaman 70-86)",
    url: "https://123dok.com/article/anggaran-belanja-langsung-pemkab-ogan-ilir-lakip-lkip.yjd6606y",
    transcribedFrom:
      'Programs 1-12 with Pagu, Realisasi, % and Sisa as printed, the repeated column-number row where the page breaks kept; program 2\'s name is cut at the page break in the copy (kept as "Program") and program 13 onwards is cut and was left out.',
  },
  layouts: ["group-header", "budget", "other"],
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["DINAS PENDIDIKAN KABUPATEN OGAN ILIR"],
      ["Anggaran Belanja Langsung Tahun Anggaran 2016"],
      ["Adapun rincian berdasarkan Program adalah sebagai berikut :"],
      [],
      ["NO", "PROGRAM", "PAGU ANGGARAN (Rp.)", "REALISASI", null, "Sisa (Rp.)"],
      [null, null, null, "(Rp.)", "%", null],
      [1, 2, 3, 4, 5, 6],
      ...before.map(([n, p, r, pc, s], i) => [`${i + 1}.`, n, p, r, pc, s]),
      [1, 2, 3, 4, 5, 6],
      ...after.map(([n, p, r, pc, s], i) => [`${i + 3}.`, n, p, r, pc, s]),
    ]);
    merge(ws, "A5:A6", "B5:B6", "C5:C6", "D5:E5", "F5:F6");
    bold(ws, 5, 1, 6);
    bold(ws, 6, 1, 6);
    numFmt(ws, "#,##0.00", "C8:D20", "F8:F20");
    numFmt(ws, "0.00", "E8:E20");
    grid(ws, "A5:F20");
    ws.getColumn(2).width = 55;
    for (const c of [3, 4, 6]) ws.getColumn(c).width = 20;
    return wb;
  },
  figures: ROWS.flatMap((row, i) => [
    { sheet: S, row, figure: "penyerapan" as const, value: want[i][0], why: want[i][2] },
    { sheet: S, row, figure: "sisa" as const, value: want[i][1], why: want[i][2] },
  ]),
  cells: ROWS.flatMap((row, i) => [
    {
      sheet: S,
      cell: `E${row}`,
      flagged: want[i][3],
      why: `printed % ${want[i][3] ? "slip" : "right"}: ${want[i][2]}`,
    },
    {
      sheet: S,
      cell: `F${row}`,
      flagged: want[i][3],
      why: `printed Sisa ${want[i][3] ? "slip" : "right"}: ${want[i][2]}`,
    },
  ]),
};

export default table;
