/**
 * LKjIP 2017 Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Gunungkidul, Ringkasan Eksekutif (halaman ii): the
 * capaian of its IKU, "terealisasi 155 prestasi dari target 58 prestasi (267%)" and "terealisasi 6,81 dari target
 * 6,63 (102,71%)", laid out as the IKU table an office keeps (target and realisasi with their units, as printed).
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Capaian IKU";

const table: RealTable = {
  id: "disdikpora-gunungkidul-2017-ringkasan-iku",
  source: {
    agency: "Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Gunungkidul",
    kind: "dinas",
    level: "kabupaten",
    report: "LKjIP 2017 Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Gunungkidul",
    year: 2017,
    table: "halaman ii (Ringkasan Eksekutif, capaian IKU)",
    url: "https://vdocuments.mx/laporan-kinerja-instansi-pemerintah-e-e-gov-pendidikan-pemuda-laporan.html",
    transcribedFrom:
      "IKU 1 and 2 with target, realisasi and the printed capaian; IKU 3 (Harapan lama sekolah) is cut off in the copy and left out.",
  },
  layouts: ["capaian-kinerja-with-units", "other"],
  settings: { tahun: 2017 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2017"],
      [],
      ["No", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian"],
      [
        1,
        "Jumlah Prestasi Pemuda dan Olahraga di tingkat provinsi, regional, nasional, dan internasional",
        "58 prestasi",
        "155 prestasi",
        "267%",
      ],
      [2, "Rata-rata lama sekolah", "6,63", "6,81", "102,71%"],
    ]);
    merge(ws, "A1:E1");
    bold(ws, 1, 1, 5);
    bold(ws, 3, 1, 5);
    grid(ws, "A3:E5");
    ws.getColumn(2).width = 60;
    ws.getColumn(3).width = 14;
    ws.getColumn(4).width = 14;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "capaian", value: 267.24, why: "155/58*100 = 267.2414" },
    { sheet: S, row: 5, figure: "capaian", value: 102.71, why: "6,81/6,63*100 = 102.7149" },
  ],
  cells: [
    { sheet: S, cell: "E4", flagged: false, why: "printed 267% (no decimals); 155/58*100 = 267,24 rounds to 267" },
    { sheet: S, cell: "E5", flagged: false, why: "printed 102,71%; 6,81/6,63*100 = 102,71" },
  ],
};

export default table;
