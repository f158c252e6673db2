/**
 * LKjIP Pemerintah Kabupaten Lombok Tengah (DP3AP2KB) 2020, "Tabel Evaluasi Capaian Kinerja Sasaran No. 1
 * Tahun 2020": No, Indikator Kinerja, Satuan, Target, Realisasi, %.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Sasaran 1";

const table: RealTable = {
  id: "dp3ap2kb-lomboktengah-2020-sasaran1",
  source: {
    agency:
      "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana (DP3AP2KB) Kabupaten Lombok Tengah",
    kind: "dinas",
    level: "kabupaten",
    report: "LKjIP Pemerintah Kabupaten Lombok Tengah 2020 (III.2 Evaluasi Kinerja Pencapaian Sasaran)",
    year: 2020,
    table: "Tabel Evaluasi Capaian Kinerja Sasaran No. 1 Tahun 2020",
    url: "https://123dok.com/article/evaluasi-kinerja-pencapaian-sasaran-akuntabilitas-kinerja.qo50opg7",
    transcribedFrom:
      "Indicators 2 and 3 with target, realisasi and %; indicator 1's row is missing from the page's text, so it and the RATA-RATA row (96,30, a mean over all three) are left out, as are two trailing columns whose headers are not printed (a repeat of realisasi and the OPD name).",
  },
  layouts: ["name-persentase"],
  settings: { tahun: 2020 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel Evaluasi Capaian Kinerja Sasaran No. 1 Tahun 2020"],
      [
        "SASARAN NO. 1 : Terlaksananya perlindungan terhadap korban kekerasan yang optimal serta terwujudnya penguatan pengarusutamaan gender dan implementasi Kabupaten Layak Anak.",
      ],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "%"],
      [2, "Persentase perempuan dan anak yang mengalami kasus yang mendapat penanganan", "%", 90, 100, 111.11],
      [
        3,
        "Persentase P2TP2A (Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak) yang aktif",
        "%",
        69.23,
        53.85,
        77.78,
      ],
    ]);
    merge(ws, "A1:F1", "A2:F2");
    bold(ws, 4, 1, 6);
    numFmt(ws, "#,##0.00", "D5:F6");
    numFmt(ws, "0", "D5:E5");
    grid(ws, "A4:F6");
    ws.getColumn(2).width = 50;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: 111.11, why: "100/90*100 = 111.1111" },
    { sheet: S, row: 6, figure: "capaian", value: 77.78, why: "53,85/69,23*100 = 77.7842" },
  ],
  cells: [
    { sheet: S, cell: "F5", flagged: false, why: "printed 111,11; 100/90*100 = 111,11" },
    { sheet: S, cell: "F6", flagged: false, why: "printed 77,78; 53,85/69,23*100 = 77,78" },
  ],
};

export default table;
