/**
 * Laporan Kinerja Triwulan IV Tahun 2022 Kejaksaan Negeri Pesisir Selatan, b) Pembangunan / Pengadaan /
 * Peningkatan Sarana dan Prasarana: Rincian Output (RO) per satker, one row per satker under the RO heading
 * (NO. | RINCIAN OUTPUT (RO) PER SATKER | TARGET SETAHUN | SATUAN | CAPAIAN OUTPUT TRIWULAN IV: JUMLAH, %).
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "RO per Satker";

const table: RealTable = {
  id: "kejari-pesisirselatan-2022-tw4-ro",
  source: {
    agency: "Kejaksaan Negeri Pesisir Selatan",
    kind: "vertikal",
    level: "pusat",
    report: "Laporan Kinerja Triwulan IV Tahun 2022",
    year: 2022,
    table: "halaman 37, Layanan Prasarana Internal per satker",
    url: "https://fliphtml5.com/pwbtq/hepm/LAPORAN_KINERJA_TRIWULAN_IV_TAHUN_2022_KEJAKSAAN_NEGERI_PESISIR_SELATAN/28",
    transcribedFrom:
      'The Layanan Prasarana Internal RO table (its heading row and the one satker row) as printed; the sasaran table above it (capaian "-") is its own file, kejari-pesisirselatan-2022-tw4-sasaran-pengaduan.',
  },
  layouts: ["units-as-rows", "group-header", "other"],
  settings: { tahun: 2022 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["b) Pembangunan / Pengadaan / Peningkatan Sarana dan Prasarana"],
      ["Pada tahun anggaran 2022, Layanan Prasarana Internal"],
      [],
      ["NO.", "RINCIAN OUTPUT (RO) PER SATKER", "TARGET SETAHUN", "SATUAN", "CAPAIAN OUTPUT TRIWULAN IV"],
      [null, null, null, null, "JUMLAH", "%"],
      [null, "Layanan Prasarana Internal", null, "Unit"],
      [1, "KEJAKSAAN NEGERI PESISIR SELATAN", 4, "Unit", 4, "100 %"],
    ]);
    merge(ws, "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4");
    bold(ws, 4, 1, 6);
    bold(ws, 5, 1, 6);
    bold(ws, 6, 1, 6);
    grid(ws, "A4:F7");
    ws.getColumn(2).width = 40;
    return wb;
  },
  figures: [{ sheet: S, row: 7, figure: "capaian", value: 100, why: "4 Unit / 4 Unit *100 = 100" }],
  cells: [{ sheet: S, cell: "F7", flagged: false, why: "printed 100 %; 4/4*100 = 100" }],
};

export default table;
