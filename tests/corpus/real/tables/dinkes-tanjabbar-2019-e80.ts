/**
 * Evaluasi terhadap Hasil Renstra Perangkat Daerah (Permendagri 86/2017 Formulir E.80), Dinas Kesehatan
 * Kabupaten Tanjung Jabung Barat, Periode Pelaksanaan 2016 - 2019: targets for Renstra years 1..5 and realisasi
 * for years 1..4, each as a K / Rp pair (kinerja as "12 Bulan" or 12, anggaran in Rupiah), and the Rasio Capaian
 * (K, Rp) of years 1 and 2 as percent fractions. The years are headed "Tahun ke-1 ... ke-5": the period decides
 * which is the report year (2019 = tahun ke-4).
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "E.80 Renstra";

const table: RealTable = {
  id: "dinkes-tanjabbar-2019-e80",
  source: {
    agency: "Dinas Kesehatan Kabupaten Tanjung Jabung Barat",
    kind: "dinas",
    level: "kabupaten",
    report: "Evaluasi Renstra 2016-2019 (Permendagri 86 Formulir E.80)",
    year: 2019,
    table: "Formulir E.80, halaman 1",
    url: "https://id.scribd.com/document/588490565/Form-E-80-Evaluasi-Renstra-Dinkes",
    transcribedFrom:
      'The Program Pelayanan Administrasi Perkantoran row and its first two kegiatan, every column the copy shows (columns 1-15, 17 and 18: awal, akhir, targets years 1-5, realisasi years 1-4, rasio years 1-2); the rasio columns of years 3-5 are cut off the page in the copy, and the second kegiatan\'s name is cut after "Sumber daya air dan".',
  },
  layouts: ["K-Rp", "renstra-multi-year", "capaian-kinerja-with-units", "fraction-percent", "budget"],
  settings: { tahun: 2019 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    const yrs = (n: number) => Array.from({ length: n }, (_, i) => [String(i + 1), null]).flat();
    const kr = (n: number) => Array.from({ length: n }, () => ["K", "Rp"]).flat();
    put(ws, "A1", [
      ["Formulir E.80"],
      ["Evaluasi Terhadap Hasil Renstra Perangkat Daerah Lingkup Kabupaten/ Kota"],
      ["Renstra Perangkat Daerah Dinas Kesehatan Kabupaten Tanjung Jabung Barat"],
      ["Periode Pelaksanaan : 2016 - 2019"],
      [],
      [
        "No",
        "Sasaran",
        "Program/ Kegiatan",
        "Indikator Kinerja",
        "Data Capaian pada Awal Tahun Perencanaan",
        "Target Capaian Pada Akhir Tahun Perencanaan",
        null,
        "Target Renstra Perangkat Daerah Kabupaten/ Kota Tahun ke-",
        ...Array(9).fill(null),
        "Realisasi Capaian Tahun ke-",
        ...Array(7).fill(null),
        "Rasio Capaian pada Tahun ke-",
      ],
      [null, null, null, null, null, null, null, ...yrs(5), ...yrs(4), ...yrs(2)],
      [null, null, null, null, null, ...kr(12)],
      [
        "(1)",
        "(2)",
        "(3)",
        "(4)",
        "(5)",
        "(6)",
        null,
        "(7)",
        null,
        "(8)",
        null,
        "(9)",
        null,
        "(10)",
        null,
        "(11)",
        null,
        "(12)",
        null,
        "(13)",
        null,
        "(14)",
        null,
        "(15)",
        null,
        "(17)",
        null,
        "(18)",
      ],
      [
        1,
        "Tertib Pengelolaan Administrasi Perkantoran",
        "Program Pelayanan Administrasi Perkantoran",
        "Indikator Kinerja Program (Out Come): Berjalannya kegiatan administrasi perkantoran dengan lancar (Rata – rata)",
        "12 Bulan",
        "12 Bulan",
        38592428000,
        "12 Bulan",
        6855368000,
        "12 Bulan",
        9621030000,
        "12 Bulan",
        11830000000,
        "12 Bulan",
        11580000000,
        "12 Bulan",
        10735000000,
        "12 Bulan",
        1670024358,
        "12 Bulan",
        4665459134,
        "12 Bulan",
        9244258241,
        "12 Bulan",
        3260289688,
        1,
        0.2436,
        1,
        0.4849,
      ],
      [
        null,
        null,
        "Kegiatan : 1. Penyediaan Jasa Surat Menyurat",
        "Tersedianya Jasa Surat Menyurat",
        "12 BLn",
        "72 Bulan",
        1000000000,
        12,
        200000000,
        12,
        200000000,
        12,
        200000000,
        12,
        200000000,
        12,
        200000000,
        12,
        3741000,
        12,
        9365910,
        12,
        8034700,
        12,
        1710000,
        1,
        0.0187,
        1,
        0.0468,
      ],
      [
        null,
        null,
        "2. Penyediaan Jasa Komunikasi, Sumber daya air dan",
        "Tersedianya Jasa Komunikasi,",
        "12 BLn",
        "72 Bulan",
        4500000000,
        12,
        250000000,
        12,
        950000000,
        12,
        1100000000,
        12,
        1100000000,
        12,
        1100000000,
        12,
        216879966,
        12,
        935291824,
        12,
        1028523299,
        12,
        313123259,
        1,
        0.8675,
        1,
        0.9845,
      ],
    ]);
    merge(ws, "A6:A8", "B6:B8", "C6:C8", "D6:D8", "E6:E8", "F6:G7", "H6:Q6", "R6:Y6", "Z6:AC6");
    for (const c of ["H", "J", "L", "N", "P", "R", "T", "V", "X", "Z", "AB"]) {
      const n = ws.getColumn(c).number;
      ws.mergeCells(7, n, 7, n + 1);
    }
    for (let r = 6; r <= 9; r++) bold(ws, r, 1, 29);
    numFmt(ws, "#,##0", "G10:G12", "I10:I12", "K10:K12", "M10:M12", "O10:O12", "Q10:Q12");
    numFmt(ws, "#,##0", "S10:S12", "U10:U12", "W10:W12", "Y10:Y12");
    numFmt(ws, "0%", "Z10:Z12", "AB10:AB12");
    numFmt(ws, "0.00%", "AA10:AA12", "AC10:AC12");
    grid(ws, "A6:AC12");
    ws.getColumn(3).width = 34;
    ws.getColumn(4).width = 34;
    return wb;
  },
  figures: [
    { sheet: S, row: 10, figure: "capaian", value: 100, why: "tahun ke-4 (2019): 12 Bulan / 12 Bulan *100 = 100" },
    {
      sheet: S,
      row: 10,
      figure: "penyerapan",
      value: 28.15,
      why: "tahun ke-4: 3.260.289.688/11.580.000.000*100 = 28.1545",
    },
    { sheet: S, row: 11, figure: "capaian", value: 100, why: "tahun ke-4: 12/12*100 = 100" },
    { sheet: S, row: 11, figure: "penyerapan", value: 0.86, why: "tahun ke-4: 1.710.000/200.000.000*100 = 0.855" },
    { sheet: S, row: 12, figure: "capaian", value: 100, why: "tahun ke-4: 12/12*100 = 100" },
    {
      sheet: S,
      row: 12,
      figure: "penyerapan",
      value: 28.47,
      why: "tahun ke-4: 313.123.259/1.100.000.000*100 = 28.4658",
    },
  ],
  cells: [
    {
      sheet: S,
      cell: "AA10",
      flagged: false,
      why: "year 1 Rp rasio printed 24.36%; 1.670.024.358/6.855.368.000 = 24.36%",
    },
    { sheet: S, cell: "AC10", flagged: false, why: "year 2 printed 48.49%; 4.665.459.134/9.621.030.000 = 48.49%" },
    { sheet: S, cell: "AA11", flagged: false, why: "year 1 printed 1.87%; 3.741.000/200.000.000 = 1.87%" },
    { sheet: S, cell: "AC11", flagged: false, why: "year 2 printed 4.68%; 9.365.910/200.000.000 = 4.68%" },
    { sheet: S, cell: "AA12", flagged: false, why: "year 1 printed 86.75%; 216.879.966/250.000.000 = 86.75%" },
    { sheet: S, cell: "AC12", flagged: false, why: "year 2 printed 98.45%; 935.291.824/950.000.000 = 98.45%" },
    { sheet: S, cell: "AB10", flagged: false, why: "year 2 K rasio printed 100%; 12/12" },
  ],
};

export default table;
