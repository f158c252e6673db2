/**
 * LKjIP Dinas Pekerjaan Umum dan Penataan Ruang Kota Dumai, "Tabel 3-1 Indikator Kinerja Sasaran Strategis
 * Beserta Target dan Realisasi" (titled "Tahun 2019", its columns headed "Target Tahun 2020" and "Realisasi Tahun
 * 2020"): Sasaran Strategis / Indikator Kinerja / Satuan / Target / Realisasi / Capaian (%).
 */
import { book, bold, grid, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3-1";

const table: RealTable = {
  id: "dpupr-dumai-2020-t3-1",
  source: {
    agency: "Dinas Pekerjaan Umum dan Penataan Ruang Kota Dumai",
    kind: "dinas",
    level: "kota",
    report: "LKjIP Dinas Pekerjaan Umum dan Penataan Ruang Kota Dumai 2020",
    year: 2020,
    table: "Tabel 3-1",
    url: "https://123dok.com/article/capaian-kinerja-organisasi-akuntabilitas-kinerja.yev4vr50",
    transcribedFrom:
      'The first two rows as printed; the copy breaks off in the third sasaran ("Meningkatkan infrastruktur Jalan dan Sarana Penge..."), which is left out.',
  },
  layouts: ["name-persentase", "other"],
  settings: { tahun: 2020 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      [
        "Tabel 3-1 Indikator Kinerja Sasaran Strategis Beserta Target dan Realisasi Dinas Pekerjaan Umum dan Penataan Ruang Kota Dumai Tahun 2019",
      ],
      [],
      ["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Tahun 2020", "Realisasi Tahun 2020", "Capaian (%)"],
      ["Meningkatkan Kapasitas Air Bersih", "Kapasitas Debit Air Bersih", "Liter/detik", 405, 65, 16.05],
      [
        "Mewujudkan fungsi dan klasifikasi kegiatan sesuai peruntukan ruang / kawasan / lahan berdasarkan peraturan yang berlaku",
        "Persentase Permohonan / Pengajuan yang diselesaikan dalam setahun",
        "%",
        100,
        100,
        100,
      ],
    ]);
    bold(ws, 3, 1, 6);
    numFmt(ws, "0.00", "F4");
    grid(ws, "A3:F5");
    ws.getColumn(1).width = 40;
    ws.getColumn(2).width = 40;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "capaian", value: 16.05, why: "65/405*100 = 16.0494" },
    { sheet: S, row: 5, figure: "capaian", value: 100, why: "100/100*100 = 100" },
    { sheet: S, row: 4, figure: "predikat", value: "Kurang Berhasil", why: "16.05 < 50 (default scale; none printed)" },
  ],
  cells: [
    { sheet: S, cell: "F4", flagged: false, why: "printed 16,05; 65/405*100 = 16,05" },
    { sheet: S, cell: "F5", flagged: false, why: "printed 100; 100/100*100" },
  ],
};

export default table;
