/**
 * Narasi LKPJ (published as "contoh narasi LKPJ 2020"), urusan Ketentraman, Ketertiban Umum dan Perlindungan
 * Masyarakat, "Tabel 4.II.16.2 Capaian Indikator Kinerja Urusan ... (Satpol PP)": Target (%) / Realisasi (%) /
 * Capaian (%) / Kesimpulan, for the report year 2019. The text computes the first indicator as target/realisasi
 * (47/49,81 = 94,35, with a target of 47 where the table prints 46).
 */
import { book, bold, grid, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 4.II.16.2";

const table: RealTable = {
  id: "satpolpp-lkpj-2019-t4-ii-16-2",
  source: {
    agency: "Satuan Polisi Pamong Praja (a kota; the copy does not name the city)",
    kind: "lain",
    level: "kota",
    report:
      "Narasi LKPJ 2020 (contoh), urusan Ketentraman, Ketertiban Umum dan Perlindungan Masyarakat, realisasi 2019",
    year: 2019,
    table: "Tabel 4.II.16.2",
    url: "https://id.scribd.com/document/556359386/contoh-narasi-lkpj-2020",
    transcribedFrom: "All five indicators with target, realisasi, capaian and kesimpulan as printed.",
  },
  layouts: ["negatif", "other"],
  settings: { tahun: 2019 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["Tabel 4.II.16.2"],
      ["Capaian Indikator Kinerja Urusan Ketentraman, Ketertiban Umum Dan Perlindungan Masyarakat (Satpol PP)"],
      [],
      ["No.", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)", "Kesimpulan"],
      ["1.", "Menurunnya Tingkat Pelanggaran Perda", 46, 49.81, 94.35, "Berhasil"],
      ["2.", "Rasio Jumlah personil Pol PP per 10.000 penduduk", 2.95, 6.72, 229.38, "Berhasil"],
      ["3.", "Rasio Jumlah Linmas per 1.000 penduduk", 5.85, 5.07, 87.35, "Cukup Berhasil"],
      ["4.", "Tingkat penyelesaian K3 (Ketertiban, Ketentraman, Keamanan)", 100, 100, 100, "Berhasil"],
      ["5.", "Tingkat Waktu tanggap (Response time rate) bencana kebakaran", 20, 20, 100, "Berhasil"],
      ["Sumber : Kantor Satpol PP"],
    ]);
    bold(ws, 4, 1, 6);
    numFmt(ws, "0.00", "C5:E9");
    grid(ws, "A4:F9");
    ws.getColumn(2).width = 55;
    return wb;
  },
  figures: [
    {
      sheet: S,
      row: 5,
      figure: "capaian",
      value: 92.35,
      why: "pelanggaran: negatif, target/realisasi as the report's text does: 46/49,81*100 = 92.3509",
    },
    { sheet: S, row: 6, figure: "capaian", value: 227.8, why: "6,72/2,95*100 = 227.7966" },
    { sheet: S, row: 7, figure: "capaian", value: 86.67, why: "5,07/5,85*100 = 86.6667" },
    { sheet: S, row: 8, figure: "capaian", value: 100, why: "100/100*100" },
    { sheet: S, row: 9, figure: "capaian", value: 100, why: "20/20*100" },
  ],
  cells: [
    { sheet: S, cell: "E5", flagged: true, why: "printed 94,35; 46/49,81*100 = 92,35 (the text used a target of 47)" },
    { sheet: S, cell: "E6", flagged: true, why: "printed 229,38; 6,72/2,95*100 = 227,80" },
    { sheet: S, cell: "E7", flagged: true, why: "printed 87,35; 5,07/5,85*100 = 86,67" },
    { sheet: S, cell: "E8", flagged: false, why: "printed 100; 100/100" },
    { sheet: S, cell: "E9", flagged: false, why: "printed 100; 20/20" },
  ],
};

export default table;
