/**
 * LAKIP KPPN Tanjungbalai 2012 (Kantor Pelayanan Perbendaharaan Negara, Kementerian Keuangan), Bab III A.
 * Capaian IKU: No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | % with a column-number row.
 * Kept as an Indonesian-locale Excel keeps a pasted table: "96.00" (decimal point) stays text, "99,42" becomes
 * a number; the % printed without decimals except where the report wrote them.
 */
import { book, bold, grid, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Capaian IKU 2012";

const rows: [string, string, number, number | string, number][] = [
  [
    "Pelaksanaan Belanja Negara Yang Efektif",
    "Persentase penyerapan belanja negara dalam DIPA Satker",
    90,
    "96.00",
    107,
  ],
  ["Tingkat Kepuasan Pelanggan Yang Tinggi", "Indeks kepuasan satker terhadap layanan", 3, 3, 100],
  ["Pelaksanaan Belanja Negara Yang Efektif", "Persentase Penyaluran dana oleh BO I secara tepat waktu", 80, 100, 125],
  [
    "Pelaksanaan Belanja Negara Yang Efektif",
    "Persentase ketetapatan pola penarikan dana dalam DIPA Satker",
    80,
    "98.79",
    123,
  ],
  [
    "Pemanfaatan TIK Secara Optimal",
    "Persentase jumlah sarana dan prasarana yang terpenuhi sesuai kebutuhan",
    90,
    100,
    111,
  ],
  [
    "Pengelolaan Anggaran Yang Optimal",
    "Persentase penyerapan DIPA KPPN Tanjungbalai (non belanja pegawai)",
    95,
    "99.10",
    104,
  ],
  ["Pengelolaan keuangan yang transparan dan akuntabel", "Nilai Kualitas LKPP Kuasa BUN KPPN", 90, 100, 111],
  ["Pelayanan Prima", "Persentase jumlah SP2D yang diterbitkan tepat waktu", 100, 99.42, 99.42],
  [
    "Penatausahaan Penerimaan dan Pengeluaran Negara Yang Akurat",
    "Persentase tingkat akurasi dan ketepatan waktu Laporan Kas Posisi",
    90,
    100,
    111,
  ],
  [
    "Penatausahaan Penerimaan dan Pengeluaran Negara Yang Akurat",
    "Persentase penyelesaian data unmatch MPN",
    95,
    100,
    105,
  ],
  [
    "Penatausahaan Penerimaan dan Pengeluaran Negara Yang Akurat",
    "Persentase ketapatan waktu dan akurasi permintaan kebutuhan dana",
    90,
    100,
    111,
  ],
  [
    "Peningkatan Pemahaman Stakeholder",
    "Tingkat pemahaman stakeholders terhadap tugas bidang perbendaharaan",
    75,
    85,
    113,
  ],
  [
    "Peningkatan Pemahaman Stakeholder",
    "Persentase jumlah program manajemen perubahan dan komunikasi dalam rangka integrasi dan modernisasi sistem perbendaharaan melalui SPAN yang dilaksanakan",
    80,
    100,
    125,
  ],
  ["Optimalisasi Monitoring dan Evaluasi", "Persentase jumlah satker yang penarikan dananya akurat", 50, 83.2, 166.4],
];

// hand-checked capaian (realisasi / target * 100), at 2 decimals, and whether the printed % is a slip
const expect: [number, string, boolean][] = [
  [106.67, "96/90*100 = 106.6667; printed 107", false],
  [100, "3/3*100 = 100; printed 100", false],
  [125, "100/80*100 = 125; printed 125", false],
  [123.49, "98,79/80*100 = 123.4875; printed 123", false],
  [111.11, "100/90*100 = 111.1111; printed 111", false],
  [104.32, "99,10/95*100 = 104.3158; printed 104", false],
  [111.11, "100/90*100 = 111.1111; printed 111", false],
  [99.42, "99,42/100*100 = 99.42; printed 99,42", false],
  [111.11, "100/90*100 = 111.1111; printed 111", false],
  [105.26, "100/95*100 = 105.2632; printed 105", false],
  [111.11, "100/90*100 = 111.1111; printed 111", false],
  [113.33, "85/75*100 = 113.3333; printed 113", false],
  [125, "100/80*100 = 125; printed 125", false],
  [166.4, "83,2/50*100 = 166.4; printed 166,4", false],
];

const FIRST = 6;

const table: RealTable = {
  id: "kppn-tanjungbalai-2012-capaian-iku",
  source: {
    agency: "Kantor Pelayanan Perbendaharaan Negara (KPPN) Tanjungbalai",
    kind: "vertikal",
    level: "pusat",
    report: "LAKIP KPPN Tanjungbalai Tahun 2012",
    year: 2012,
    table: "Bab III A. Capaian IKU (halaman 7)",
    url: "https://adoc.pub/bab-iii-akuntabilitas-kinerja-dan-akuntabilitas-keuangan.html",
    transcribedFrom:
      "Rows 1-14 of the Capaian IKU table (sasaran, indikator, target, realisasi, %) as printed; row 15 is cut in the copy and was left out.",
  },
  layouts: ["text-percent-decimal-point", "name-persentase", "name-indeks", "other"],
  settings: { tahun: 2012 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["BAB III AKUNTABILITAS KINERJA DAN AKUNTABILITAS KEUANGAN"],
      ["A. Capaian IKU"],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "%"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      ...rows.map(([sasaran, ind, t, r, p], i) => [i + 1, sasaran, ind, t, r, p]),
    ]);
    bold(ws, 4, 1, 6);
    grid(ws, `A4:F${FIRST + rows.length - 1}`);
    ws.getColumn(2).width = 34;
    ws.getColumn(3).width = 60;
    return wb;
  },
  figures: expect.map(([v, why], i) => ({ sheet: S, row: FIRST + i, figure: "capaian" as const, value: v, why })),
  cells: expect.map(([, why, slip], i) => ({ sheet: S, cell: `F${FIRST + i}`, flagged: slip, why })),
};

export default table;
