/**
 * Laporan Kinerja Triwulan IV Tahun 2022 Kejaksaan Negeri Pesisir Selatan, halaman 37: the sasaran table
 * SASARAN STRATEGIS | INDIKATOR KINERJA | CAPAIAN TRIWULAN IV for "Persentase berkurangnya Laporan Pengaduan
 * Masyarakat terhadap Aparatur Kejaksaan RI", whose capaian is printed "-" (no pengaduan data in the quarter).
 * There is no target or realisasi column: nothing to compute and nothing to flag.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Capaian TW IV";

const table: RealTable = {
  id: "kejari-pesisirselatan-2022-tw4-sasaran-pengaduan",
  source: {
    agency: "Kejaksaan Negeri Pesisir Selatan",
    kind: "vertikal",
    level: "pusat",
    report: "Laporan Kinerja Triwulan IV Tahun 2022",
    year: 2022,
    table: "halaman 37, capaian sasaran Meningkatnya Akuntabilitas dan Integritas Aparatur Kejaksaan RI (untitled)",
    url: "https://fliphtml5.com/pwbtq/hepm/LAPORAN_KINERJA_TRIWULAN_IV_TAHUN_2022_KEJAKSAAN_NEGERI_PESISIR_SELATAN/28",
    transcribedFrom:
      'The header and the one sasaran/indikator row with its printed capaian "-"; the rumus above it and the RO table below it (a separate file) were left out.',
  },
  layouts: ["name-persentase", "other"],
  settings: { tahun: 2022 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Capaian Sasaran Strategis Triwulan IV Tahun 2022"],
      [],
      ["SASARAN STRATEGIS", "INDIKATOR KINERJA", "CAPAIAN TRIWULAN IV"],
      [
        "Meningkatnya Akuntabilitas dan Integritas Aparatur Kejaksaan RI",
        "Persentase berkurangnya Laporan Pengaduan Masyarakat terhadap Aparatur Kejaksaan RI",
        "-",
      ],
    ]);
    merge(ws, "A1:C1");
    bold(ws, 3, 1, 3);
    grid(ws, "A3:C4");
    ws.getColumn(1).width = 40;
    ws.getColumn(2).width = 50;
    ws.getColumn(3).width = 16;
    return wb;
  },
  figures: [
    {
      sheet: S,
      row: 4,
      figure: "capaian",
      value: null,
      why: 'no target and no realisasi printed, capaian "-": nothing to compute',
    },
  ],
  cells: [{ sheet: S, cell: "C4", flagged: false, why: 'printed "-" where nothing was measured: not a slip' }],
};

export default table;
