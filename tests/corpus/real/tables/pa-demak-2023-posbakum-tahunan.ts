/**
 * LKjIP Pengadilan Agama Demak 2023, Akuntabilitas Kinerja halaman 42: (f) realisasi and capaian of the Posbakum
 * indicator for 2020-2023, "Realisasi %" and "Capaian (%)" each over a group of four years, no target column; (g)
 * realisasi up to 2023 against the medium-term (Renstra) target.
 */
import { book, bold, grid, merge, put } from "../sheet";
import type { RealTable } from "../types";

const S1 = "Tahun Sebelumnya";
const S2 = "Target Jangka Menengah";
const IND = "Presentase Pencari Keadilan Golongan Tertentu yang mendapat layanan Bantuan Hukum (Posbakum)";

const table: RealTable = {
  id: "pa-demak-2023-posbakum-tahunan",
  source: {
    agency: "Pengadilan Agama Demak",
    kind: "pengadilan",
    level: "kabupaten",
    report: "LKjIP Pengadilan Agama Demak 2023",
    year: 2023,
    table: "halaman 42, tables f and g (untitled)",
    url: "https://fliphtml5.com/iehwi/fpuv/LKJIP_PENGADILAN_AGAMA_DEMAK_TAHUN_2023/54",
    transcribedFrom:
      "Both small tables of the page as printed: f (realisasi and capaian 2020-2023, no targets printed) and g (realisasi s.d. 2023 against the target jangka menengah).",
  },
  layouts: ["years-group", "name-persentase", "other"],
  settings: { tahun: 2023 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S1);
    put(ws, "A1", [
      ["f. Analisa realisasi dan capaian kinerja dibandingkan tahun-tahun sebelumnya"],
      [],
      ["Indikator", "Realisasi %", null, null, null, "Capaian (%)"],
      [null, 2020, 2021, 2022, 2023, 2020, 2021, 2022, 2023],
      [IND, 100, 101.66, 100, 100, 100, 101.67, 100, 100],
    ]);
    merge(ws, "A3:A4", "B3:E3", "F3:I3");
    bold(ws, 3, 1, 9);
    bold(ws, 4, 1, 9);
    grid(ws, "A3:I5");
    ws.getColumn(1).width = 50;

    const ws2 = wb.addWorksheet(S2);
    put(ws2, "A1", [
      ["g. Analisa realisasi kinerja sampai dengan tahun ini dengan target jangka menengah"],
      [],
      ["Indikator", "Realisasi s.d Tahun 2023", "Target Jangka Menengah"],
      [IND, "100%", "100%"],
    ]);
    bold(ws2, 3, 1, 3);
    grid(ws2, "A3:C4");
    ws2.getColumn(1).width = 50;
    return wb;
  },
  figures: [
    {
      sheet: S1,
      row: 5,
      figure: "capaian",
      value: null,
      why: "no target is printed for any year: no capaian can be computed (the printed 101,67 for 2021 cannot be checked)",
    },
    {
      sheet: S2,
      row: 4,
      figure: "capaian",
      value: 100,
      why: "realisasi s.d. 2023 100% / target jangka menengah 100% = 100",
    },
  ],
  cells: [],
};

export default table;
