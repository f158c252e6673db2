/**
 * Laporan Akuntabilitas Kinerja Pengadilan Agama Kangean 2011, Bab III A. Pengukuran Capaian Kinerja: sasaran 1
 * with its six indicators under a group header INDIKATOR KINERJA (Uraian / Target / Realisasi / %), the
 * percentages typed as text with a decimal point ("79.9 %", "17.8%"), the capaian printed with 0 or 1 decimal.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Pengukuran 2011";

const table: RealTable = {
  id: "pa-kangean-2011-pengukuran",
  source: {
    agency: "Pengadilan Agama Kangean",
    kind: "pengadilan",
    level: "pusat",
    report: "Laporan Akuntabilitas Kinerja Instansi Pemerintah 2011",
    year: 2011,
    table: "Bab III A. Pengukuran Capaian Kinerja Tahun 2011 (halaman 17)",
    url: "https://adoc.pub/bab-iii-akuntabilitas-kinerja-tahun-2011.html",
    transcribedFrom:
      "Sasaran 1 (Terwujudnya penyelesaian perkara yang sederhana, tepat waktu, transparan dan akuntabel) with its six indicators, target, realisasi and % as printed; sasaran 2-4 on the next page were left out (their values are cut in the copy).",
  },
  layouts: ["group-header", "text-percent-decimal-point", "name-jumlah", "other"],
  settings: { tahun: 2011 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["A. PENGUKURAN CAPAIAN KINERJA TAHUN 2011"],
      [],
      ["NO", "SASARAN", "INDIKATOR KINERJA"],
      [null, null, "URAIAN", "TARGET", "REALISASI", "%"],
      [
        "1.",
        "Terwujudnya penyelesaian perkara yang sederhana, tepat waktu, transparan dan akuntabel",
        "1. Prosentase Jumlah Penyelesaian Perkara",
        "80 %",
        "79.9 %",
        99.8,
      ],
      [
        null,
        null,
        "2. Jumlah Perkara Bagi Masyarakat Miskin dan Terpinggirkan yang diselesaikan tepat waktu",
        20,
        20,
        100,
      ],
      [
        null,
        null,
        "3. Jumlah kegiatan bagi masyarakat miskin yang terpinggirkan yang mendapatkan layanan sidang keliling",
        "50 %",
        "60%",
        120,
      ],
      [null, null, "4. Prosentase putusan yang diunggah (upload) ke website", "50 %", "17.8%", 35.6],
      [null, null, "5. Prosentase Pelayanan Meja Informasi", "95 %", "100%", 105],
      [null, null, "6. Prosentase Minutasi Berkas Perkara", "90%", "97 %", 107],
    ]);
    merge(ws, "A3:A4", "B3:B4", "C3:F3", "A5:A10", "B5:B10");
    bold(ws, 3, 1, 6);
    bold(ws, 4, 1, 6);
    grid(ws, "A3:F10");
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 55;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: 99.88, why: "79,9/80*100 = 99.875" },
    {
      sheet: S,
      row: 6,
      figure: "capaian",
      value: 100,
      why: "20/20*100 = 100 (an indicator named Jumlah, with its own target and realisasi)",
    },
    { sheet: S, row: 7, figure: "capaian", value: 120, why: "60/50*100 = 120" },
    { sheet: S, row: 8, figure: "capaian", value: 35.6, why: "17,8/50*100 = 35.6" },
    { sheet: S, row: 9, figure: "capaian", value: 105.26, why: "100/95*100 = 105.2632" },
    { sheet: S, row: 10, figure: "capaian", value: 107.78, why: "97/90*100 = 107.7778" },
    {
      sheet: S,
      row: 5,
      figure: "sasaranCapaian",
      value: 94.75,
      why: "mean of the six capaian (99.875+100+120+35.6+105.2632+107.7778)/6 = 94.7527",
    },
  ],
  cells: [
    {
      sheet: S,
      cell: "F5",
      flagged: true,
      why: "printed 99.8; 79,9/80*100 = 99.875, at 1 decimal 99.9 (the report truncates)",
    },
    { sheet: S, cell: "F6", flagged: false, why: "printed 100; 20/20*100 = 100" },
    { sheet: S, cell: "F7", flagged: false, why: "printed 120; 60/50*100 = 120" },
    { sheet: S, cell: "F8", flagged: false, why: "printed 35.6; 17,8/50*100 = 35.6" },
    { sheet: S, cell: "F9", flagged: false, why: "printed 105; 100/95*100 = 105.26, at 0 decimals 105" },
    { sheet: S, cell: "F10", flagged: true, why: "printed 107; 97/90*100 = 107.78, at 0 decimals 108 (truncated)" },
  ],
};

export default table;
