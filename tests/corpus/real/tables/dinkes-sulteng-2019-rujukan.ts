/**
 * LKIP Dinas Kesehatan Provinsi Sulawesi Tengah, year 2019 (the page footer still reads "LKIP Dinkes 2017"),
 * "3. Kegiatan Kesehatan Rujukan, a. Indikator Program Peningkatan Pelayanan Kesehatan": No / Uraian /
 * Target Indikator Th 2019 / Realisasi Indikator Th 2019, no capaian column; the second indicator's target and
 * realisasi carry their unit ("13 Kab/Kota").
 */
import { book, bold, grid, put } from "../sheet";
import type { RealTable } from "../types";

const S = "Indikator Program";

const table: RealTable = {
  id: "dinkes-sulteng-2019-rujukan",
  source: {
    agency: "Dinas Kesehatan Provinsi Sulawesi Tengah",
    kind: "dinas",
    level: "provinsi",
    report: "Laporan Kinerja Instansi Pemerintah (LKIP) Dinas Kesehatan Provinsi Sulawesi Tengah 2019",
    year: 2019,
    table: "halaman 78 (Indikator Program Peningkatan Pelayanan Kesehatan)",
    url: "https://123dok.com/article/melakukan-pelayanan-kesehatan-bergerak-terpencil-pegunungan-kepulauan-berjumlah.q5neo07q",
    transcribedFrom:
      'Both rows of the small table as printed (target and realisasi with their units); a stray "100" printed before the second row\'s target, whose column the copy does not show, is left out.',
  },
  layouts: ["capaian-kinerja-with-units", "name-persentase", "name-jumlah"],
  settings: { tahun: 2019 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(S);
    put(ws, "A1", [
      ["3. Kegiatan Kesehatan Rujukan"],
      ["a. Indikator Program Peningkatan Pelayanan Kesehatan"],
      [],
      ["No", "Uraian", "Target Indikator Th 2019", "Realisasi Indikator Th 2019"],
      [1, "Persentase rumah sakit yang terakreditasi", "70 %", "81,5 %"],
      [2, "Jumlah Kabupaten/Kota yang memiliki minimal 1 rumah sakit yang terakreditasi", "13 Kab/Kota", "13 Kab/Kota"],
    ]);
    bold(ws, 4, 1, 4);
    grid(ws, "A4:D6");
    ws.getColumn(2).width = 60;
    ws.getColumn(3).width = 18;
    ws.getColumn(4).width = 18;
    return wb;
  },
  figures: [
    { sheet: S, row: 5, figure: "capaian", value: 116.43, why: "81,5/70*100 = 116.4286" },
    { sheet: S, row: 6, figure: "capaian", value: 100, why: "13 Kab/Kota / 13 Kab/Kota *100 = 100" },
    {
      sheet: S,
      row: 5,
      figure: "predikat",
      value: "Sangat Berhasil",
      why: "116.43 >= 95 (default scale; none printed)",
    },
    { sheet: S, row: 6, figure: "predikat", value: "Sangat Berhasil", why: "100 >= 95 (default scale)" },
  ],
  cells: [],
};

export default table;
