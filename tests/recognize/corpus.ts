/**
 * Sheets laid out the ways real LKjIP workbooks are, built in code (tests/support/snapshot.ts). Each comment
 * says which real layout it stands for. Row numbers in comments are 1-based, as the user sees them.
 */
import seedJson from "../../examples/dinsos-sumenep-2020.json";
import type { CellValue, SheetSnapshot } from "../../src/core/workbook/port";
import { sheet } from "../support/snapshot";

type Row = (CellValue | undefined)[];

/** SIPD-style DPA (2021 regime): title rows, codes in front of names, two anggaran columns, footer. */
export function sipdDpa(): SheetSnapshot {
  const rows: Row[] = [
    ["PEMERINTAH KABUPATEN SUMENEP"],
    ["DOKUMEN PELAKSANAAN ANGGARAN"],
    ["SATUAN KERJA PERANGKAT DAERAH"],
    ["TAHUN ANGGARAN 2021"],
    ["Urusan Pemerintahan : 1.06 - URUSAN PEMERINTAHAN BIDANG SOSIAL"],
    ["Organisasi : 1.06.0.00.0.00.01.0000 - Dinas Sosial"],
    [],
    [
      "Program / Kegiatan / Sub Kegiatan",
      "Anggaran Sebelum Perubahan (Rp)",
      "Anggaran Setelah Perubahan (Rp)",
      "Realisasi (Rp)",
      "%",
    ], // 8
    [1, 2, 3, 4, 5], // 9
    ["1.06.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 500000000, 520000000, 480000000, 0.9231], // 10
    [
      "1.06.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      100000000,
      110000000,
      100000000,
      0.9091,
    ], // 11
    ["1.06.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah", 60000000, 70000000, 65000000, 0.9286], // 12
    ["1.06.01.2.01.0006 Koordinasi dan Penyusunan Laporan Capaian Kinerja", 40000000, 40000000, 35000000, 0.875], // 13
    ["1.06.01.2.02 Administrasi Keuangan Perangkat Daerah", 400000000, 410000000, 380000000, 0.9268], // 14
    ["1.06.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN", 400000000, 410000000, 380000000, 0.9268], // 15
    ["1.06.04 PROGRAM REHABILITASI SOSIAL", 90000000, 80000000, 76000000, 0.95], // 16
    [
      "1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti",
      90000000,
      80000000,
      76000000,
      0.95,
    ], // 17
    ["1.06.04.2.01.0003 Pemberian Alat Bantu", 90000000, 80000000, 76000000, 0.95], // 18
    ["JUMLAH", 590000000, 600000000, 556000000, 0.9267], // 19
    [],
    [undefined, undefined, "Sumenep, 31 Desember 2021"], // 21
    [undefined, undefined, "KEPALA DINAS SOSIAL"], // 22
    [undefined, undefined, "NIP. 19680716 199903 1 004"], // 23
  ];
  return sheet("DPA 2021", rows, {
    merges: ["A1:E1", "A2:E2", "A3:E3", "A4:E4"],
    boldRows: [8, 10, 11, 14, 16, 17, 19],
    formats: { B: "#,##0", C: "#,##0", D: "#,##0", E: "0.00%" },
  });
}

/** SIMDA-style LRA (before 2021): a separate Kode Rekening column with tabs, spaces and dots, text amounts. */
export function simdaLra(): SheetSnapshot {
  const rows: Row[] = [
    ["LAPORAN REALISASI ANGGARAN"],
    ["DINAS SOSIAL"],
    ["KABUPATEN SUMENEP"],
    ["TAHUN ANGGARAN 2019"],
    [],
    ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "Sisa Anggaran", "%"], // 6
    ["1.06.01.15", "Program Pemberdayaan Fakir Miskin", "950.071.800,00", "841.959.380,00", "108.112.420,00", "88,62"], // 7
    ["1\t06\t01\t15\t02", "Pemberdayaan Keluarga Miskin", "15.960.000,00", "15.111.500,00", "848.500,00", "94,68"], // 8
    ["5.2.2.01.01", "Belanja Alat Tulis Kantor", "5.960.000,00", "5.111.500,00", "848.500,00", "85,76"], // 9
    ["5.2.2.01.02", "Belanja Dokumentasi", "10.000.000,00", "10.000.000,00", "0,00", "100,00"], // 10
    [
      "1 . 06 . 01 . 15 . 06",
      "Pendampingan Penyaluran Rastra/Bantuan Pangan Non Tunai",
      "800.038.300,00",
      "713.307.380,00",
      "86.730.920,00",
      "89,16",
    ], // 11
    [
      "1.06.01.16",
      "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
      "279.916.840,00",
      "265.646.190,00",
      "14.270.650,00",
      "94,90",
    ], // 12
    [
      "1.06.01.16.01",
      "Rehabilitasi dan Peningkatan Motivasi bagi Lanjut Usia",
      "279.916.840,00",
      "265.646.190,00",
      "14.270.650,00",
      "94,90",
    ], // 13
    ["TOTAL", undefined, "1.229.988.640,00", "1.107.605.570,00", "122.383.070,00", "90,05"], // 14
  ];
  return sheet("LRA SIMDA", rows);
}

/** A realisasi sheet with a two-row merged header (Realisasi over Rp and %) and a "(1) (2) ..." row. */
export function realisasiDuaBaris(): SheetSnapshot {
  const rows: Row[] = [
    ["REALISASI ANGGARAN PER PROGRAM DAN KEGIATAN"],
    ["TAHUN 2020"],
    [],
    ["No", "Kode", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi", undefined, "Sisa"], // 4
    [undefined, undefined, undefined, undefined, "Rp", "%", undefined], // 5
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], // 6
    [1, "1.06.02", "Program Penunjang Urusan Pemerintahan Daerah", 300000000, 290000000, 0.9667, 10000000], // 7
    [undefined, "1.06.02.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", 100000000, 95000000, 0.95, 5000000], // 8
    [undefined, "1.06.02.2.01.0001", "Penyusunan Dokumen Perencanaan", 100000000, 95000000, 0.95, 5000000], // 9
    [undefined, "1.06.02.2.02", "Administrasi Keuangan", 200000000, 195000000, 0.975, 5000000], // 10
    [
      undefined,
      "1.06.02.2.02.0001",
      "Penyediaan Gaji dan Tunjangan ASN",
      200000000,
      195000000,
      { error: "#DIV/0!" },
      5000000,
    ], // 11
    ["JUMLAH", undefined, undefined, 300000000, 290000000, 0.9667, 10000000], // 12
  ];
  return sheet("Realisasi", rows, {
    merges: ["A1:G1", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5", "A12:C12"],
    formats: { D: "#,##0", E: "#,##0", F: "0.00%", G: "#,##0" },
    formulas: { G7: "D7-E7" },
  });
}

/** The seed's summary by kind of spending ("1. Belanja Tidak Langsung" / "a) Gaji ..."), numbers as text. */
export function ringkasan(): SheetSnapshot {
  const rows: Row[] = [
    ["URAIAN", "ANGGARAN Rp", "REALISASI Rp", "%"],
    [1, 2, 3, 4],
    ["1. Belanja Tidak Langsung"],
    ["a) Gaji dan Tunjangan", "4.981.859.221,00", "4.513.892.239,00", "90,61"],
    ["b) Bantuan Hibah (keuangan)", "10.482.500.000,00", "10.237.500.000,00", "97,66"],
    ["c) Bantuan Sosial (Keuangan)", "4.307.000.000,00", "3.905.000.000,00", "90,67"],
    ["2. Belanja Langsung", "3.548.323.356,00", "3.282.267.316,00", "92,50"],
    ["JUMLAH", "23.319.682.577,00", "21.938.659.555,00", "94,08"],
  ];
  return sheet("Ringkasan", rows, { boldRows: [3, 8] });
}

interface SeedProgram {
  kode: string | null;
  program: string;
  anggaran: number;
  realisasi: number;
  dicetakPersen: number;
  kegiatan: [string, string, number | null, number | null, number | null][];
}
const seed = seedJson as unknown as {
  rincianAnggaran: SeedProgram[];
  rincianAnggaranDicetakTotal: { anggaran: number; realisasi: number; persen: number };
};
export const seedPrograms = seed.rincianAnggaran;
export const seedTotal = seed.rincianAnggaranDicetakTotal;

/**
 * The seed's detail table exactly as the JSON has it: program rows without code (the last two with one),
 * kegiatan carrying only the program's code, codes repeated, kegiatan without amounts, a JUMLAH row.
 * `bold`: program and JUMLAH rows bold (as printed). `splitKode`: the code spread over five columns under one
 * merged "KODE" header, as the PDF prints it.
 */
export function seedDetail(opts: { bold: boolean; splitKode?: boolean }): SheetSnapshot {
  const split = opts.splitKode === true;
  const kodeCells = (k: string | null): (string | undefined)[] => {
    if (!split) return [k ?? undefined];
    const parts = (k ?? "").split(" ").filter((x) => x !== "");
    return [0, 1, 2, 3, 4].map((i) => parts[i]);
  };
  const header: Row = split
    ? [
        "KODE PROGRAM / KEGIATAN",
        undefined,
        undefined,
        undefined,
        undefined,
        "URAIAN",
        "ANGGARAN Rp",
        "REALISASI Rp",
        "%",
      ]
    : ["KODE PROGRAM / KEGIATAN", "URAIAN", "ANGGARAN Rp", "REALISASI Rp", "%"];
  const rows: Row[] = [header];
  const boldRows: number[] = [1];
  const pct = (x: number | null) => (x === null ? undefined : x / 100);
  for (const p of seedPrograms) {
    rows.push([...kodeCells(p.kode), p.program, p.anggaran, p.realisasi, pct(p.dicetakPersen)]);
    boldRows.push(rows.length);
    for (const [kode, uraian, a, r, persen] of p.kegiatan)
      rows.push([...kodeCells(kode), uraian, a ?? undefined, r ?? undefined, pct(persen)]);
  }
  rows.push([...kodeCells(null), "JUMLAH", seedTotal.anggaran, seedTotal.realisasi, seedTotal.persen / 100]);
  boldRows.push(rows.length);
  const off = split ? 4 : 0;
  const letter = (i: number) => String.fromCharCode(65 + i + off);
  return sheet("Rincian", rows, {
    boldRows: opts.bold ? boldRows : [],
    merges: split ? ["A1:E1"] : [],
    formats: { [letter(2)]: "#,##0", [letter(3)]: "#,##0", [letter(4)]: "0.00%" },
  });
}

/** An IKU measurement sheet: sasaran and its number merged over its indicators, RATA – RATA CAPAIAN rows. */
export function ikuMerged(): SheetSnapshot {
  const rows: Row[] = [
    ["PENGUKURAN KINERJA TAHUN 2020"],
    ["DINAS SOSIAL KABUPATEN SUMENEP"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian", "Predikat"], // 4
    [1, "Meningkatkan Kesejahteraan Masyarakat", "1.1. Angka Kemiskinan", "%", 19.53, 20.18, 96.78, "Sangat Berhasil"], // 5
    [undefined, undefined, "1.2. Penurunan Masalah Sosial", "%", 0.5, 0.5, 100, "Sangat Berhasil"], // 6
    ["RATA – RATA CAPAIAN", undefined, undefined, undefined, undefined, undefined, 98.39, "Sangat Berhasil"], // 7
    [
      2,
      "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)",
      "2.1. Persentase penanganan PMKS",
      "%",
      "4,40%",
      "73,47%",
      "1569,77%",
      "Sangat Berhasil",
    ], // 8
    [undefined, undefined, "2.2. Jumlah PMKS", "orang", "100.606", "197,465", "50,95%", "Cukup Berhasil"], // 9
    ["RATA – RATA CAPAIAN", undefined, undefined, undefined, undefined, undefined, "810,36%", "Sangat Berhasil"], // 10
  ];
  return sheet("IKU", rows, {
    merges: ["A5:A6", "B5:B6", "A7:F7", "A8:A9", "B8:B9", "A10:F10"],
    formats: { E5: "0.00", F5: "0.00", G5: "0.00", G6: "0" },
  });
}

/** The seed's efisiensi table: "Kinerja" over Target|Realisasi|Capaian and "Anggaran" over Alokasi|Realisasi|Penyerapan. */
export function efisiensi(): SheetSnapshot {
  const rows: Row[] = [
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Kinerja",
      undefined,
      undefined,
      "Anggaran",
      undefined,
      undefined,
      "Tingkat Efisiensi",
    ],
    [
      undefined,
      undefined,
      undefined,
      undefined,
      "Target",
      "Realisasi",
      "Capaian",
      "Alokasi",
      "Realisasi",
      "Penyerapan anggaran",
      undefined,
    ],
    [
      1,
      "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)",
      "1.1. Persentase penanganan PMKS",
      "%",
      "4,40",
      "73,47",
      "1569,77%",
      "1.214.050.000",
      "1.091.666.930",
      "89,92%",
      "1479,85%",
    ],
    [
      undefined,
      undefined,
      "1.2. Jumlah PMKS",
      "orang",
      "100.606",
      "197,465",
      "50,95%",
      "2.334.273.356",
      "2.190.600.386",
      "93,84%",
      "-42,89%",
    ],
  ];
  return sheet("Efisiensi", rows, {
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:J1", "K1:K2", "A3:A4", "B3:B4"],
  });
}

/** Realisasi of earlier years under a "Realisasi" group, Target 2020 and Target 2021 (RPJMD), no year title. */
export function tahunan(): SheetSnapshot {
  const rows: Row[] = [
    [
      "No",
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Realisasi",
      undefined,
      undefined,
      "Target 2020",
      "Target 2021",
      "Capaian (%)",
    ],
    [undefined, undefined, undefined, undefined, 2018, 2019, 2020, undefined, undefined, undefined],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
    [
      1,
      "Meningkatkan Kesejahteraan Masyarakat",
      "Angka Kemiskinan",
      "%",
      "20,16",
      "19,48",
      "20,18",
      "19,53",
      "18,50",
      "96,78",
    ],
    [undefined, undefined, "Penurunan Masalah Sosial", "%", 0.4, 0.45, 0.5, 0.5, 0.6, 100],
  ];
  return sheet("Tahunan", rows, {
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:H2", "I1:I2", "J1:J2", "A4:A5", "B4:B5"],
  });
}

/** The seed's comparison with the RPJMD end target: "CAPAIAN s/d TAHUN 2020 | TARGET 2021 | CAPAIAN AKHIR ...". */
export function targetAkhir(): SheetSnapshot {
  const rows: Row[] = [
    [
      "NO",
      "SASARAN STRATEGIS",
      "INDIKATOR KINERJA",
      "SATUAN",
      "CAPAIAN s/d TAHUN 2020",
      "TARGET 2021",
      "CAPAIAN AKHIR RPJMD s/d TAHUN 2020",
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    [
      1,
      "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)",
      "2.1 Persentase penanganan PMKS",
      "%",
      "73,47",
      "4,50",
      "1.532,66",
    ],
    [undefined, undefined, "2.2 Jumlah PMKS", "orang", "197.465", "100.606", "50,95"],
  ];
  return sheet("RPJMD", rows, { merges: ["A3:A4", "B3:B4"] });
}

/** A budget export from another tool: English-format numbers as text, "Pagu" and "Realisasi s.d. Desember". */
export function englishNumbers(): SheetSnapshot {
  const rows: Row[] = [
    ["Kode", "Uraian", "Pagu", "Realisasi s.d. Desember (Rp)", "Serapan (%)"],
    ["1.06.02.2.01", "Perencanaan dan Evaluasi", "1,004,422,800", "993,712,150.50", "98.93"],
    ["1.06.02.2.01.0001", "Penyusunan Dokumen", "604,422,800", "600,000,000", "99.27"],
    ["1.06.02.2.01.0002", "Evaluasi Kinerja", "400,000,000", "393,712,150.50", "98.43"],
  ];
  return sheet("Export", rows);
}

/** An indicator sheet with a hidden row (a withdrawn indicator kept in the file), a Polaritas column, an error. */
export function hiddenRows(): SheetSnapshot {
  const rows: Row[] = [
    ["No", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi", "Capaian (%)"],
    [1, "Persentase PPKS yang tertangani", "%", "Positif", 80, 84, 105],
    [2, "Jumlah anak terlantar", "orang", "Negatif", "1.200", "1.500", { error: "#DIV/0!" }],
    [3, "Indeks kepuasan masyarakat", "indeks", "Max", 82.5, 80.1, 97.09],
    [4, "Angka kemiskinan", "%", "semakin rendah semakin baik", 10, 11, 90.91],
    [5, "Tingkat pengangguran terbuka", "%", "turun", 5, 4, 125],
    [6, "Rasio penanganan", "%", "+", 90, 95, 105.56],
  ];
  return sheet("Kinerja", rows, { hiddenRows: [4], formats: { G: "0.00" } });
}

/** A cover sheet and a notes sheet: nothing to read. */
export function tanpaTabel(): SheetSnapshot {
  return sheet("Sampul", [
    ["LAPORAN KINERJA INSTANSI PEMERINTAH"],
    ["(LKjIP)"],
    ["TAHUN 2020"],
    [],
    ["Nama", "Jabatan"],
    ["Mohamad Iksan", "Kepala Dinas"],
  ]);
}

/** The seed's Perjanjian Kinerja: several programs in one cell, their amounts in another. */
export function pkSatuSel(): SheetSnapshot {
  const rows: Row[] = [
    ["TUJUAN", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "PROGRAM", "ANGGARAN Rp."],
    [
      "Penanganan Penyandang Masalah Kesejahteraan Sosial",
      "Meningkatnya kesejahteraan Penyandang Masalah Kesejahteraan Sosial",
      "Jumlah PMKS",
      "100.606",
      "• Program Perlindungan dan Jaminan Sosial\n• Program Penanggulangan Bencana Berbasis Masyarakat\n• Program Pemberdayaan dan Pembinaan Kelembagaan Kesejahteraan Sosial\n• Program pelestarian nilai-nilai kepahlawanan dan kesetiakawanan sosial",
      "657.770.200,-\n224.670.000,-\n324.244.100,-",
    ],
    [
      undefined,
      undefined,
      "Prosentase Penanganan PMKS",
      "4,40%",
      "• Program Pemberdayaan Keluarga Miskin dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya\n• Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n• Program Peningkatan Pelayanan dan Rehabilitasi UPT",
      "950.071.800,- 279.916.840,- 225.000.000,-",
    ],
  ];
  return sheet("PK", rows, { merges: ["A2:A3", "B2:B3"] });
}

/** A Perjanjian Kinerja with one program per row, the indicator and target merged over its programs. */
export function pkPerBaris(): SheetSnapshot {
  const rows: Row[] = [
    ["Sasaran", "Indikator", "Target", "Program", "Anggaran (Rp)"],
    [
      "Meningkatnya kesejahteraan PMKS",
      "Jumlah PMKS",
      "100.606 orang",
      "Program Perlindungan dan Jaminan Sosial",
      657770200,
    ],
    [undefined, undefined, undefined, "Program Penanggulangan Bencana Berbasis Masyarakat", 224670000],
    [
      undefined,
      "Prosentase Penanganan PMKS",
      "4,40%",
      "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
      279916840,
    ],
    [undefined, undefined, undefined, "Program Peningkatan Pelayanan dan Rehabilitasi UPT", "225.000.000"],
  ];
  return sheet("PK baris", rows, { merges: ["A2:A5", "B2:B3", "C2:C3", "B4:B5", "C4:C5"] });
}

/** Per-year headers: "Target 2022 | Realisasi 2022 | Capaian 2022 (%)" beside last year's capaian. */
export function perTahun(): SheetSnapshot {
  return sheet("Capaian 2022", [
    ["LAPORAN KINERJA TAHUN 2022"],
    [
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Target 2022",
      "Realisasi 2022",
      "Capaian 2022 (%)",
      "Capaian 2021 (%)",
      "Keterangan",
    ],
    [1, "Indeks Kepuasan Masyarakat", "indeks", 82, 84.5, 103.05, 99.1, "Sangat Berhasil"],
    [2, "Persentase desa mandiri", "%", 20, 15, 75, 80, "Cukup Berhasil"],
    [3, "Jumlah kasus gizi buruk", "kasus", 30, 24, 125, 90, "Sangat Berhasil"],
  ]);
}

/** Realisasi per quarter under a "Realisasi" group, with the year's total in "Jumlah". */
export function triwulan(): SheetSnapshot {
  return sheet(
    "Triwulan",
    [
      ["Kode", "Uraian", "Anggaran", "Realisasi", undefined, undefined, undefined, undefined, "%"],
      [undefined, undefined, undefined, "TW I", "TW II", "TW III", "TW IV", "Jumlah", undefined],
      ["1.06.02.2.01", "Perencanaan", 100000000, 20000000, 25000000, 25000000, 20000000, 90000000, 90],
      ["1.06.02.2.02", "Administrasi Keuangan", 200000000, 50000000, 50000000, 50000000, 40000000, 190000000, 95],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:H1", "I1:I2"] },
  );
}

/** Levels in separate columns, the program name merged down over its kegiatan rows. */
export function kolomBertingkat(): SheetSnapshot {
  return sheet(
    "Bertingkat",
    [
      ["Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"],
      ["Program Rehabilitasi Sosial", undefined, undefined, 300, 270],
      [undefined, "Rehabilitasi Sosial Dasar Penyandang Disabilitas", undefined, 300, 270],
      [undefined, undefined, "Pemberian Alat Bantu", 100, 90],
      [undefined, undefined, "Pemberian Bimbingan Fisik", 200, 180],
      ["Program Perlindungan Sosial", undefined, undefined, 50, 50],
      [undefined, "Perlindungan Sosial Korban Bencana", undefined, 50, 50],
    ],
    { merges: ["A2:A5"] },
  );
}

/** An LRA by account names indented with spaces, no codes. */
export function menjorok(): SheetSnapshot {
  return sheet("Menjorok", [
    ["Uraian", "Anggaran", "Realisasi"],
    ["BELANJA", 1000, 900],
    ["  Belanja Operasi", 800, 720],
    ["    Belanja Pegawai", 500, 480],
    ["    Belanja Barang dan Jasa", 300, 240],
    ["  Belanja Modal", 200, 180],
    ["    Belanja Modal Peralatan dan Mesin", 200, 180],
  ]);
}

/** Sasaran and indicators in one column: sasaran rows carry no figures; a JUMLAH row under the table. */
export function sasaranSeKolom(): SheetSnapshot {
  return sheet("Gabung", [
    ["No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Anggaran", "Realisasi Anggaran"],
    ["I", "Meningkatnya kualitas pelayanan publik"],
    ["1", "Indeks Kepuasan Masyarakat", "indeks", 80, 82, 100000000, 95000000],
    ["2", "Persentase pengaduan yang ditindaklanjuti", "%", 100, 96, 50000000, 45000000],
    ["II", "Menurunnya angka kemiskinan"],
    ["3", "Angka Kemiskinan", "%", 19.34, 20.18, 200000000, 190000000],
    [undefined, "JUMLAH", undefined, undefined, undefined, 350000000, 330000000],
  ]);
}

/** Program-level indicators with each program's budget and its realisation on the same row. */
export function indikatorProgram(): SheetSnapshot {
  return sheet("Program", [
    ["Program", "Indikator Program", "Target", "Realisasi", "Anggaran", "Realisasi"],
    ["Program Rehabilitasi Sosial", "Persentase PPKS yang terlayani", 80, 84, 300000000, 270000000],
    ["Program Perlindungan Sosial", "Persentase korban bencana yang tertangani", 100, 100, 50000000, 50000000],
  ]);
}

/** The seed's habit: one table per sasaran in the same sheet, the header printed again, text between them. */
export function tabelBerulang(): SheetSnapshot {
  return sheet(
    "Dua Tabel",
    [
      ["Tabel 3.2 Capaian sasaran 1"],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
      [1, "Meningkatkan Kesejahteraan Masyarakat", "1.1. Angka Kemiskinan", "19,53%", "20,18%", "96,78%"],
      [undefined, undefined, "1.2. Penurunan Masalah Sosial", "0,50%", "0,50%", "100%"],
      ["RATA – RATA CAPAIAN", undefined, undefined, undefined, undefined, "98,39%"],
      [],
      [
        "Pencapaian indikator sasaran tersebut, dengan uraian sebagai berikut: angka kemiskinan naik 0,70 poin dari tahun 2019",
      ],
      ["Tabel 3.3 Capaian sasaran 2"],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
      [2, "Meningkatkan Kesejahteraan PMKS", "2.1. Persentase penanganan PMKS", "4,40%", "73,47%", "1569,77%"],
      [undefined, undefined, "2.2. Jumlah PMKS", "100.606 org", "197.465 org", "50,95%"],
      ["RATA – RATA CAPAIAN", undefined, undefined, undefined, undefined, "810,36%"],
    ],
    { merges: ["A5:E5", "A12:E12"] },
  );
}
