/**
 * e-SAKIP (simkinerja) Kabupaten Polewali Mandar 2022, "Pengukuran Kinerja Tahun 2022", Sub Bidang Penyusunan
 * Anggaran: the kinerja table (Target, realisasi per month 1..12 and Jumlah, Kinerja %) and the anggaran table
 * (Alokasi, realisasi per month and Jumlah, Realisasi %), kept on two sheets.
 */
import { book, bold, grid, merge, numFmt, put } from "../sheet";
import type { RealTable } from "../types";

const K = "Kinerja";
const A = "Anggaran";
const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** Realisasi placed in the months at the quarters' ends (see transcribedFrom). */
const inMonths = (vals: number[]): (number | null)[] => {
  const at = vals.length === 4 ? [3, 6, 9, 12] : vals.length === 3 ? [6, 9, 12] : vals.length === 2 ? [9, 12] : [12];
  return months.map((m) => (at.includes(m) ? vals[at.indexOf(m)] : null));
};

const table: RealTable = {
  id: "polman-bkad-subbid-anggaran-2022-pengukuran",
  source: {
    agency: "Badan pengelola keuangan daerah Kabupaten Polewali Mandar (unit 1.24.2.1, Sub Bidang Penyusunan Anggaran)",
    kind: "badan",
    level: "kabupaten",
    report: "Pengukuran Kinerja Tahun 2022 (simkinerja e-SAKIP, eselon IV)",
    year: 2022,
    table: "Pengukuran Kinerja Tahun 2022, Sub Bidang Penyusunan Anggaran",
    url: "https://mail.simkinerja2022.polmankab.go.id/Beranda/pengukurankinerjaeselon4/1.24.2.1/2022",
    transcribedFrom:
      "Both tables whole (3 indicators, 1 kegiatan with 2 sub-kegiatan); the page prints months 1..12 but its text copy loses the empty months, so the monthly realisasi are put, in order, in the months ending the quarters (3, 6, 9, 12); Jumlah and % exactly as printed.",
  },
  layouts: ["group-header", "name-jumlah", "name-persentase", "budget", "triwulan"],
  settings: { tahun: 2022 },
  build() {
    const wb = book();
    const ws = wb.addWorksheet(K);
    put(ws, "A1", [["Pengukuran Kinerja Tahun 2022"], ["Sub Bidang Penyusunan Anggaran"], []]);
    put(ws, "A4", [
      [
        "Pejabat",
        "Sasaran Kegiatan / Sub-Kegiatan",
        "Indikator",
        "Satuan",
        "Target",
        "Realisasi Target",
        ...Array(11).fill(null),
        null,
        "Kinerja(%)",
      ],
      [null, null, null, null, null, ...months, "Jumlah", null],
      ["Kepala Sub Bidang Penyusunan Anggaran"],
      [null, "Sasaran Kegiatan :"],
      [
        null,
        "Meningkatnya Kualitas Penganggaran Pendapatan dan Belanja Daerah",
        "Persentase Perangkat Daerah yang Menyampaikan Dokumen Penganggaran Sesuai Standar dan Tepat Waktu",
        "persen",
        95.56,
        ...inMonths([93]),
        93,
        97.32,
      ],
      [null, "Sasaran Sub-Kegiatan :"],
      [
        null,
        "Tersusunnya Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang Penjabaran APBD",
        "Jumlah Rancangan Perda/Perbup Tentang APBD yang Tersusun sesuai standar dan tepat waktu",
        "dokumen",
        2,
        ...inMonths([1, 0, 2]),
        3,
        150.0,
      ],
      [
        null,
        "Tersusunnya Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala Daerah Tentang Penjabaran Perubahan APBD",
        "Jumlah Rancangan Perda/Perbup Tentang Perubahan APBD yang Tersusun sesuai standar dan tepat waktu",
        "dokumen",
        3,
        ...inMonths([1, 1, 1, 2]),
        5,
        166.67,
      ],
    ]);
    merge(ws, "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:R4", "S4:S5");
    bold(ws, 4, 1, 19);
    bold(ws, 5, 1, 19);
    numFmt(ws, "0.00", "S8:S11");
    grid(ws, "A4:S11");
    ws.getColumn(2).width = 45;
    ws.getColumn(3).width = 45;

    const wa = wb.addWorksheet(A);
    put(wa, "A1", [["Pengukuran Kinerja Tahun 2022 - Anggaran"], ["Sub Bidang Penyusunan Anggaran"], []]);
    put(wa, "A4", [
      [
        "Pejabat",
        "Kegiatan / Sub-Kegiatan",
        "Alokasi Anggaran (Rp)",
        "Realisasi Anggaran (Rp)",
        ...Array(12).fill(null),
        "Realisasi(%)",
      ],
      [null, null, null, ...months, "Jumlah", null],
      ["Kepala Sub Bidang Penyusunan Anggaran"],
      [null, "Kegiatan :"],
      [
        null,
        "Koordinasi dan Penyusunan Rencana Anggaran Daerah",
        1004422800,
        ...inMonths([177776900, 217285100, 159227092, 446683866]),
        1000972958,
        99.66,
      ],
      [null, "Sub-Kegiatan :"],
      [
        null,
        "Koordinasi dan Penyusunan Peraturan Daerah Tentang APBD dan Peraturan Kepala Daerah Tentang Penjabaran APBD",
        808430200,
        ...inMonths([177776900, 139800500, 156653392, 331138792]),
        805369584,
        99.62,
      ],
      [
        null,
        "Koordinasi dan Penyusunan Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala Daerah Tentang Penjabaran Perubahan APBD",
        195992600,
        ...inMonths([77484600, 2573700, 115545074]),
        195603374,
        99.8,
      ],
    ]);
    merge(wa, "A4:A5", "B4:B5", "C4:C5", "D4:P4", "Q4:Q5");
    bold(wa, 4, 1, 17);
    bold(wa, 5, 1, 17);
    bold(wa, 8, 1, 17);
    numFmt(wa, "#,##0", "C8:P11");
    numFmt(wa, "0.00", "Q8:Q11");
    grid(wa, "A4:Q11");
    wa.getColumn(2).width = 50;
    return wb;
  },
  figures: [
    { sheet: K, row: 8, figure: "capaian", value: 97.32, why: "93/95,56*100 = 97.3211" },
    { sheet: K, row: 10, figure: "capaian", value: 150, why: "Jumlah 3 (1+0+2) / 2 * 100 = 150" },
    { sheet: K, row: 11, figure: "capaian", value: 166.67, why: "Jumlah 5 (1+1+1+2) / 3 * 100 = 166.667" },
    { sheet: A, row: 8, figure: "penyerapan", value: 99.66, why: "1.000.972.958/1.004.422.800*100 = 99.6565" },
    { sheet: A, row: 10, figure: "penyerapan", value: 99.62, why: "805.369.584/808.430.200*100 = 99.6214" },
    { sheet: A, row: 11, figure: "penyerapan", value: 99.8, why: "195.603.374/195.992.600*100 = 99.8014" },
    { sheet: A, row: 8, figure: "sisa", value: 3449842, why: "1.004.422.800 - 1.000.972.958" },
    { sheet: A, row: 10, figure: "sisa", value: 3060616, why: "808.430.200 - 805.369.584" },
    { sheet: A, row: 11, figure: "sisa", value: 389226, why: "195.992.600 - 195.603.374" },
  ],
  cells: [
    { sheet: K, cell: "S8", flagged: false, why: "printed 97.32; 93/95.56*100 = 97.32" },
    { sheet: K, cell: "S10", flagged: false, why: "printed 150.00; 3/2*100" },
    { sheet: K, cell: "S11", flagged: false, why: "printed 166.67; 5/3*100 = 166.67" },
    { sheet: A, cell: "Q8", flagged: false, why: "printed 99.66; 99.6565" },
    { sheet: A, cell: "Q10", flagged: false, why: "printed 99.62; 99.6214" },
    { sheet: A, cell: "Q11", flagged: false, why: "printed 99.80; 99.8014" },
  ],
};

export default table;
