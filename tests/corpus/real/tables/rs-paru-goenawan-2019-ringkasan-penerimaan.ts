/**
 * Laporan Akuntabilitas Kinerja Rumah Sakit Paru Dr. M. Goenawan Partowidigdo (RSPG) Cisarua Bogor, Ringkasan
 * Eksekutif, "C. Pencapaian kinerja keuangan tahun 2019": "Realisasi Penerimaan mencapai Rp69.680.521.764,-
 * (82,80%) dari target sebesar Rp84.157.000.000,-", laid out as the one-row summary an office keeps
 * (Uraian / Target / Realisasi / %), amounts as printed text with "Rp" and ",-".
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Kinerja Keuangan";

const table: RealTable = {
  id: "rs-paru-goenawan-2019-ringkasan-penerimaan",
  source: {
    agency: "Rumah Sakit Paru Dr. M. Goenawan Partowidigdo Cisarua Bogor (Kementerian Kesehatan)",
    kind: "vertikal",
    level: "pusat",
    report: "Laporan Akuntabilitas Kinerja Instansi Pemerintah RSPG 2019",
    year: 2019,
    table: "halaman ii (Ringkasan Eksekutif, C. Pencapaian kinerja keuangan)",
    url: "https://fdokumen.com/document/lakip-2020-1-27-laporan-akuntabilitas-kinerja-instansi-pemerintah-rumah-sakit.html",
    transcribedFrom:
      "Item C.1 (realisasi penerimaan against its target, with the printed percentage) as one row; item C.2 (pengeluaran) is cut off in the copy before its alokasi and is left out.",
  },
  layouts: ["budget", "other"],
  settings: { tahun: 2019 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["PENCAPAIAN KINERJA KEUANGAN TAHUN 2019"],
      [],
      ["No", "Uraian", "Target (Rp)", "Realisasi (Rp)", "%"],
      [1, "Penerimaan", "Rp84.157.000.000,-", "Rp69.680.521.764,-", "82,80%"],
    ]);
    merge(ws, "A1:E1");
    bold(ws, 1, 1, 5);
    bold(ws, 3, 1, 5);
    grid(ws, "A3:E4");
    ws.getColumn(2).width = 24;
    ws.getColumn(3).width = 22;
    ws.getColumn(4).width = 22;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "penyerapan", value: 82.8, why: "69.680.521.764/84.157.000.000*100 = 82.7982" },
  ],
  cells: [{ sheet: S, cell: "E4", flagged: false, why: "printed 82,80%; 69.680.521.764/84.157.000.000 = 82,80" }],
};

export default table;
