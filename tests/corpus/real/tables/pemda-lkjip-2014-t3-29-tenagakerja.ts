/**
 * LKjIP 2014 of a kabupaten/kota government (the copy does not name it), "Tabel 3.29 Hasil Pengukuran Capaian
 * Kinerja Sasaran Meningkatnya Partisipasi Angkatan Kerja dan Kesejahteraan Tenaga Kerja pada tahun 2013 dan 2014":
 * No / Indikator Sasaran / Satuan, then Target / Realisasi / Capaian (%) under "Tahun 2013" and again under
 * "Tahun 2014". The report year 2014 decides the pair. The report computes the sengketa indicator as negatif with
 * (2T-R)/T (2013: (340-186)/170 = 90,59; 2014: (350-178)/175 = 98,29).
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Tabel 3.29";

const table: RealTable = {
  id: "pemda-lkjip-2014-t3-29-tenagakerja",
  source: {
    agency: "Pemerintah kabupaten/kota (LKjIP 2014, sasaran strategis 12 of misi 2; the copy does not name the region)",
    kind: "lain",
    level: "kabupaten",
    report: "LKjIP 2014",
    year: 2014,
    table: "Tabel 3.29",
    url: "https://123dok.com/article/meningkatnya-partisipasi-angkatan-kerja-kesejahteraan-tenaga-kerja.y8p23vrz",
    transcribedFrom:
      "Indicators 1-10 with all four sub-rows of indicator 9, both years as printed; indicator 11 (Fasilitasi Lembaga Kerjasama Tripartit) is cut off in the copy and left out.",
  },
  layouts: ["years-group", "group-header", "negatif", "name-jumlah"],
  settings: { tahun: 2014 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      [
        "Tabel 3.29. Hasil Pengukuran Capaian Kinerja Sasaran Meningkatnya Partisipasi Angkatan Kerja dan Kesejahteraan Tenaga Kerja pada tahun 2013 dan 2014",
      ],
      [],
      ["No", "Indikator Sasaran", "Satuan", "Tahun 2013", null, null, "Tahun 2014"],
      [null, null, null, "Target", "Realisasi", "Capaian (%)", "Target", "Realisasi", "Capaian (%)"],
      ["1.", "Angka partisipasi angkatan kerja", "%", 62.26, 65.722, 105.56, 65.8, 65.8, 100],
      ["2.", "Tingkat partisipasi angkatan kerja", "%", 62.26, 65.722, 105.56, 65.8, 65.8, 100],
      ["3.", "Tingkat pengangguran terbuka", "%", 13.31, 8.62, 64.76, 8.62, 8.62, 100],
      ["4.", "Jumlah pencari kerja yang terampil", "Org", 400, 400, 100, 560, 590, 105.36],
      ["5.", "Pencari kerja yang ditempatkan", "Org", 800, 800, 100, 800, 4325, 540.63],
      ["6.", "Rasio penduduk yang bekerja", "%", 89.69, 90.93, 101.38, 90.19, 90.19, 100],
      ["7.", "Jumlah tenaga kerja yang terserap dalam program padat karya", "Org", 100, 100, 100, 130, 65, 50],
      ["8.", "Angka sengketa pengusaha-pekerja per tahun", "Kasus", 170, 186, 90.59, 175, 178, 98.29],
      ["9.", "Keselamatan dan perlindungan"],
      [null, "- Panitia keselamatan dan kesehatan kerja di perusahaan", "Org", 30, 30, 100, 30, 30, 100],
      [null, "- Pemberian perlindungan hokum dan jamsostek", "Psrh", 200, 200, 100, 200, 200, 100],
      [null, "- Perlindungan pekerja malam wanita", "Prsh", 60, 60, 100, 98, 98, 100],
      [
        null,
        "- Pengawasan, perlindungan dan penegakan hokum terhadap hak normatif pekerja",
        "Prsh",
        308,
        308,
        100,
        742,
        742,
        100,
      ],
      ["10.", "Terwujudnya system pengupahan yang memadai", "Dok", 1, 1, 100, 1, 1, 100],
    ]);
    merge(ws, "A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3");
    bold(ws, 3, 1, 9);
    bold(ws, 4, 1, 9);
    grid(ws, "A3:I18");
    ws.getColumn(2).width = 55;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: 100, why: "2014: 65,8/65,8*100 = 100" },
    { sheet: S, row: 6, figure: "capaian", value: 100, why: "2014: 65,8/65,8*100 = 100" },
    { sheet: S, row: 7, figure: "capaian", value: 100, why: "2014: 8,62 against 8,62 = 100 under any polarity" },
    { sheet: S, row: 8, figure: "capaian", value: 105.36, why: "2014: 590/560*100 = 105.3571" },
    { sheet: S, row: 9, figure: "capaian", value: 540.63, why: "2014: 4325/800*100 = 540.625" },
    { sheet: S, row: 10, figure: "capaian", value: 100, why: "2014: 90,19/90,19*100 = 100" },
    { sheet: S, row: 11, figure: "capaian", value: 50, why: "2014: 65/130*100 = 50" },
    {
      sheet: S,
      row: 12,
      figure: "capaian",
      value: 98.29,
      why: "2014, negatif as the report does ((2T-R)/T in both years): (2*175-178)/175*100 = 98.2857",
    },
    { sheet: S, row: 14, figure: "capaian", value: 100, why: "2014: 30/30*100 = 100" },
    { sheet: S, row: 17, figure: "capaian", value: 100, why: "2014: 742/742*100 = 100" },
    { sheet: S, row: 18, figure: "capaian", value: 100, why: "2014: 1/1*100 = 100" },
  ],
  cells: [
    { sheet: S, cell: "I8", flagged: false, why: "printed 105,36; 590/560 = 105,36" },
    { sheet: S, cell: "I9", flagged: false, why: "printed 540,63; 4325/800 = 540,625 -> 540,63" },
    { sheet: S, cell: "I11", flagged: false, why: "printed 50,00; 65/130 = 50" },
    { sheet: S, cell: "I12", flagged: false, why: "printed 98,29; (2*175-178)/175 = 98,29" },
  ],
};

export default table;
