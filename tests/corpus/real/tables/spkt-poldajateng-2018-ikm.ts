/**
 * Laporan kinerja SPKT Polda Jawa Tengah 2018 (published on its blog), "Tabel Indikator Kinerja": one
 * indicator with target, realisasi and capaian printed as text percentages ("65 %", "90,83 %", "139,73 %").
 */
import { book, bold, grid, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Indikator Kinerja";

const table: RealTable = {
  id: "spkt-poldajateng-2018-ikm",
  source: {
    agency: "Sentra Pelayanan Kepolisian Terpadu (SPKT) Polda Jawa Tengah",
    kind: "vertikal",
    level: "provinsi",
    report: "Laporan kinerja SPKT Polda Jawa Tengah 2018 (Presentase Tingkat Kepuasan Masyarakat)",
    year: 2018,
    table: "Tabel Indikator Kinerja",
    url: "https://spktpoldajateng.blogspot.com",
    transcribedFrom:
      "The whole table (one indicator); the later per-Polres count table (puas / tidak puas) is not a capaian table and is left out.",
  },
  layouts: ["other"],
  settings: { tahun: 2018 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel Indikator Kinerja"],
      [],
      ["INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN"],
      ["Tingkat kepuasan masyarakat terhadap Polri", "65 %", "90,83 %", "139,73 %"],
    ]);
    bold(ws, 3, 1, 4);
    grid(ws, "A3:D4");
    ws.getColumn(1).width = 45;
    return wb;
  },
  figures: [
    { sheet: S, row: 4, figure: "capaian", value: 139.74, why: "90,83/65*100 = 139.7385" },
    { sheet: S, row: 4, figure: "predikat", value: "Sangat Berhasil", why: "139.74 >= 95 (default scale)" },
  ],
  cells: [
    {
      sheet: S,
      cell: "D4",
      flagged: true,
      why: "printed 139,73 %; 90,83/65*100 = 139,7385, at 2 decimals 139,74 (truncated)",
    },
  ],
};

export default table;
