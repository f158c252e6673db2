/**
 * An independent corpus of sheet layouts as real Indonesian agencies and their tools (SIMDA, SIPD, e-SAKIP,
 * hand-made Excel) produce them, built with ExcelJS in code. None of them looks like the sample workbook
 * (examples/dinsos-sumenep-2020.xlsx). Each builder's comment says which real file it stands for; row
 * numbers in comments are 1-based, as the user sees them. The figures are chosen so that a careful human
 * can compute the expected capaian / penyerapan by hand (the tests do so from these same inputs).
 */
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";

export type Cell = ExcelJS.CellValue | undefined;

/** Writes a block of rows starting at `addr` (e.g. "B12"); `undefined` leaves a cell untouched. */
export function put(ws: ExcelJS.Worksheet, addr: string, rows: Cell[][]): void {
  const start = ws.getCell(addr);
  const r0 = Number(start.row);
  const c0 = Number(start.col);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== undefined) ws.getCell(r0 + i, c0 + j).value = v as ExcelJS.CellValue;
    }),
  );
}

export function boldRow(ws: ExcelJS.Worksheet, row: number, fromCol = 1, toCol = 12): void {
  for (let c = fromCol; c <= toCol; c++) ws.getCell(row, c).font = { name: "Arial", size: 10, bold: true };
}

export function fmt(ws: ExcelJS.Worksheet, cells: string[], numFmt: string): void {
  for (const c of cells) ws.getCell(c).numFmt = numFmt;
}

function newBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "corpus";
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.properties.defaultRowHeight = 15;
  return ws;
}

/** Loads a built workbook through the real adapter (as the command line and the standalone page do). */
export async function load(build: () => ExcelJS.Workbook): Promise<ExcelJsWorkbook> {
  const wb = build();
  return ExcelJsWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()), "corpus.xlsx");
}

// ---------------------------------------------------------------------------------------------------------
// 1. SIMDA "Laporan Realisasi Anggaran" (2020 regime): Kode Rekening over 5 narrow columns A..E
//    (1 | 02 | 01 | 15 | 02), Uraian F, Anggaran G, Realisasi H, Sisa I, % J; header row 7 with A7:E7 merged,
//    column-number row 8, data rows 9..13, "JUMLAH TOTAL" row 14 merged A14:F14. Program rows bold, no
//    kegiatan code on program rows. J12 prints 83.34 for 100/120 = 83.33 (a slip).
// ---------------------------------------------------------------------------------------------------------
export const SIMDA = "LRA SIMDA";
export function simdaLra(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, SIMDA);
  put(ws, "A1", [
    ["PEMERINTAH KABUPATEN BANYUWANGI"],
    ["LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH"],
    ["SKPD : 1.02.01 - DINAS KESEHATAN"],
    ["TAHUN ANGGARAN 2020"],
    [],
    [],
    ["Kode Rekening", null, null, null, null, "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "%"],
    ["(1)", null, null, null, null, "(2)", "(3)", "(4)", "(5)", "(6)"],
    ["1", "02", "01", "15", null, "Program Upaya Kesehatan Masyarakat", 500000000, 450000000, 50000000, 90],
    [
      "1",
      "02",
      "01",
      "15",
      "01",
      "Penyediaan Biaya Operasional dan Pemeliharaan Puskesmas",
      300000000,
      285000000,
      15000000,
      95,
    ],
    ["1", "02", "01", "15", "02", "Pengadaan Obat dan Perbekalan Kesehatan", 200000000, 165000000, 35000000, 82.5],
    [
      "1",
      "02",
      "01",
      "16",
      null,
      "Program Pencegahan dan Penanggulangan Penyakit Menular",
      120000000,
      100000000,
      20000000,
      83.34,
    ],
    [
      "1",
      "02",
      "01",
      "16",
      "01",
      "Pelayanan Pencegahan dan Penanggulangan Penyakit Menular",
      120000000,
      100000000,
      20000000,
      83.33,
    ],
    ["JUMLAH TOTAL", null, null, null, null, null, 620000000, 550000000, 70000000, 88.71],
  ]);
  ws.mergeCells("A7:E7");
  ws.mergeCells("A8:E8");
  ws.mergeCells("A14:F14");
  for (const c of ["A", "B", "C", "D", "E"]) ws.getColumn(c).width = 3.5;
  ws.getColumn("F").width = 50;
  boldRow(ws, 7, 1, 10);
  for (const r of [9, 12, 14]) boldRow(ws, r, 1, 10);
  for (let r = 9; r <= 14; r++) {
    fmt(ws, [`G${r}`, `H${r}`, `I${r}`], "#,##0");
    fmt(ws, [`J${r}`], "0.00");
  }
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 2. SIPD "DPA-SKPD" export of a Kecamatan (2021 regime, urusan 7.01): the code in front of the name in one
//    column A, Anggaran B and Realisasi C as English-format text ("245,500,000.00"), no % column, a JUMLAH row.
//    Header row 6, data rows 7..15, JUMLAH row 16.
// ---------------------------------------------------------------------------------------------------------
export const SIPD = "DPA-SKPD";
export function sipdDpa(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, SIPD);
  put(ws, "A1", [
    ["PEMERINTAH KABUPATEN KLATEN"],
    ["DOKUMEN PELAKSANAAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (DPA-SKPD)"],
    ["Organisasi : 7.01.0.00.0.00.05.0000 KECAMATAN WEDI"],
    ["Tahun Anggaran 2022"],
    [],
    ["Kode / Program / Kegiatan / Sub Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"],
    ["7.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "245,500,000.00", "230,125,000.00"],
    ["7.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "45,500,000.00", "40,125,000.00"],
    ["7.01.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah", "25,500,000.00", "24,000,000.00"],
    ["7.01.01.2.01.0007 Evaluasi Kinerja Perangkat Daerah", "20,000,000.00", "16,125,000.00"],
    ["7.01.01.2.02 Administrasi Keuangan Perangkat Daerah", "200,000,000.00", "190,000,000.00"],
    ["7.01.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN", "200,000,000.00", "190,000,000.00"],
    ["7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "60,000,000.00", "45,000,000.00"],
    [
      "7.01.02.2.01 Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
      "60,000,000.00",
      "45,000,000.00",
    ],
    [
      "7.01.02.2.01.0001 Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan",
      "60,000,000.00",
      "45,000,000.00",
    ],
    ["JUMLAH", "305,500,000.00", "275,125,000.00"],
  ]);
  boldRow(ws, 6, 1, 3);
  boldRow(ws, 16, 1, 3);
  ws.getColumn("A").width = 80;
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 3. Dinas Kesehatan IKU table (Permendagri 86 scale): No | Sasaran Strategis | Indikator Kinerja Utama | Satuan
//    | Target 2022 | Realisasi 2022 | % Capaian | Kategori. Header row 4, data rows 5..8; sasaran merged B5:B6
//    and B7:B8. No polaritas column: AKI and AKB are "lower is better" by their names (Angka Kematian).
//    E6 holds "8,5" as text. H8 prints "Tinggi" where 98,17 is "Sangat Tinggi" (a slip).
// ---------------------------------------------------------------------------------------------------------
export const DINKES = "IKU Dinkes";
export function dinkesIku(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, DINKES);
  put(ws, "A1", [
    ["INDIKATOR KINERJA UTAMA (IKU) DINAS KESEHATAN KOTA MALANG"],
    ["TAHUN 2022"],
    [],
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Satuan",
      "Target 2022",
      "Realisasi 2022",
      "% Capaian",
      "Kategori",
    ],
    [
      1,
      "Meningkatnya derajat kesehatan masyarakat",
      "Angka Kematian Ibu",
      "per 100.000 KH",
      98,
      87.5,
      112,
      "Sangat Tinggi",
    ],
    [2, null, "Angka Kematian Bayi", "per 1.000 KH", "8,5", 9.2, 92.39, "Sangat Tinggi"],
    [3, "Meningkatnya mutu pelayanan kesehatan", "Persentase Puskesmas terakreditasi", "%", 100, 72, 72, "Sedang"],
    [4, null, "Indeks Kepuasan Masyarakat terhadap layanan kesehatan", "indeks", 82, 80.5, 98.17, "Tinggi"],
  ]);
  ws.mergeCells("B5:B6");
  ws.mergeCells("B7:B8");
  boldRow(ws, 4, 1, 8);
  fmt(ws, ["G5", "G6", "G7", "G8"], "0.00");
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 4. Indicator table with realisasi per year 2019..2023 and "Target Akhir Renstra 2026" (Bappeda style):
//    header rows 3..4: A No | B Indikator Kinerja | C Satuan | D..H "Realisasi" over 2019..2023 | I Target 2023
//    | J Capaian 2023 (%) | K Target Akhir Renstra 2026 | L Capaian terhadap Target Akhir Renstra (%).
//    Data rows 5..7; row 7 holds Indonesian text numbers ("210.300"). Output columns J and L are empty.
// ---------------------------------------------------------------------------------------------------------
export const TAHUNAN = "Kinerja 2019-2023";
export function tahunan(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, TAHUNAN);
  put(ws, "A1", [
    ["PERBANDINGAN REALISASI KINERJA TAHUN 2023 DENGAN TAHUN SEBELUMNYA DAN TARGET AKHIR RENSTRA"],
    [],
    [
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Realisasi",
      null,
      null,
      null,
      null,
      "Target 2023",
      "Capaian 2023 (%)",
      "Target Akhir Renstra 2026",
      "Capaian terhadap Target Akhir Renstra (%)",
    ],
    [null, null, null, 2019, 2020, 2021, 2022, 2023],
    [1, "Indeks Pembangunan Manusia", "poin", 68.2, 68.5, 68.9, 69.4, 70.01, 70, null, 72.5, null],
    [2, "Persentase desa mandiri", "%", 12, 15, 18, 22, 27, 25, null, 40, null],
    [
      3,
      "Jumlah kunjungan wisatawan",
      "orang",
      "120.500",
      "45.200",
      "60.000",
      "150.750",
      "210.300",
      "200.000",
      null,
      "300.000",
      null,
    ],
  ]);
  ws.mergeCells("D3:H3");
  for (const c of ["A", "B", "C", "I", "J", "K", "L"]) ws.mergeCells(`${c}3:${c}4`);
  boldRow(ws, 3, 1, 12);
  boldRow(ws, 4, 1, 12);
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 5. Efisiensi table with a three-row header (rows 3..5): row 3 "Capaian Kinerja dan Anggaran" over D3:I3,
//    row 4 "Kinerja" D4:F4 and "Anggaran" G4:I4, row 5 Target | Realisasi | Capaian (%) | Alokasi (Rp) |
//    Realisasi (Rp) | Penyerapan (%). A No, B Sasaran, C Indikator, J Tingkat Efisiensi merged over 3..5.
//    Data rows 6..8; sasaran B6:B7 merged. Row 7's target is "WTP" (an opinion, not a number).
// ---------------------------------------------------------------------------------------------------------
export const EFISIENSI = "Efisiensi 2021";
export function efisiensi3(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, EFISIENSI);
  put(ws, "A1", [
    ["ANALISIS EFISIENSI PENGGUNAAN SUMBER DAYA TAHUN 2021"],
    [],
    ["No", "Sasaran", "Indikator", "Capaian Kinerja dan Anggaran", null, null, null, null, null, "Tingkat Efisiensi"],
    [null, null, null, "Kinerja", null, null, "Anggaran", null, null, null],
    [null, null, null, "Target", "Realisasi", "Capaian (%)", "Alokasi (Rp)", "Realisasi (Rp)", "Penyerapan (%)", null],
    [1, "Meningkatnya kualitas pelayanan administrasi", "Nilai SAKIP", 70, 68.5, 97.86, 150000000, 141000000, 94, 3.86],
    [2, null, "Opini BPK atas laporan keuangan", "WTP", "WTP", 100, 80000000, 60000000, 75, 25],
    [
      3,
      "Meningkatnya kapasitas SDM aparatur",
      "Persentase ASN yang mengikuti diklat",
      60,
      45,
      75,
      200000000,
      190000000,
      95,
      -20,
    ],
  ]);
  ws.mergeCells("D3:I3");
  ws.mergeCells("D4:F4");
  ws.mergeCells("G4:I4");
  for (const c of ["A", "B", "C", "J"]) ws.mergeCells(`${c}3:${c}5`);
  ws.mergeCells("B6:B7");
  for (const r of [3, 4, 5]) boldRow(ws, r, 1, 10);
  for (let r = 6; r <= 8; r++) {
    fmt(ws, [`F${r}`, `I${r}`, `J${r}`], "0.00");
    fmt(ws, [`G${r}`, `H${r}`], "#,##0");
  }
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 6. A table that starts at column B and row 12 (eleven rows of letterhead and signatures above), with a hidden
//    helper column F "Pagu Murni" (the budget before the change) beside the visible "Pagu Perubahan" G.
//    B No | C Kode | D Uraian | E (blank spacer) | F Pagu Murni (hidden) | G Pagu Perubahan | H Realisasi | I Sisa | J %
//    Header row 12, data rows 13..17, TOTAL row 18. Kode in the 2021 regime in its own column. I and J empty.
// ---------------------------------------------------------------------------------------------------------
export const KOLOMB = "Realisasi TW IV";
export function kolomB(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, KOLOMB);
  put(ws, "B1", [
    ["PEMERINTAH KABUPATEN SLEMAN"],
    ["DINAS PENDIDIKAN"],
    ["Jl. Parasamya No. 1 Beran, Tridadi, Sleman"],
    [],
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    ["TRIWULAN IV TAHUN ANGGARAN 2023"],
    [],
    ["Kepala Dinas", null, "Nama : Drs. Ahmad"],
    ["NIP : 19680101 199003 1 001"],
    [],
    [],
    ["No", "Kode", "Uraian", null, "Pagu Murni", "Pagu Perubahan", "Realisasi", "Sisa", "%"],
    [1, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", null, 900000000, 1000000000, 880000000, null, null],
    [2, "1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", null, 600000000, 700000000, 630000000, null, null],
    [3, "1.01.02.2.01.0013", "Pengadaan Perlengkapan Sekolah", null, 600000000, 700000000, 630000000, null, null],
    [
      4,
      "1.01.02.2.02",
      "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      null,
      300000000,
      300000000,
      250000000,
      null,
      null,
    ],
    [5, "1.01.02.2.02.0009", "Pembangunan Ruang Kelas Baru", null, 300000000, 300000000, 250000000, null, null],
    ["TOTAL", null, null, null, 900000000, 1000000000, 880000000, null, null],
  ]);
  ws.getColumn("F").hidden = true;
  ws.getColumn("A").width = 2;
  ws.getColumn("E").width = 2;
  boldRow(ws, 12, 2, 10);
  boldRow(ws, 13, 2, 10);
  boldRow(ws, 18, 2, 10);
  for (let r = 13; r <= 18; r++) fmt(ws, [`F${r}`, `G${r}`, `H${r}`, `I${r}`], "#,##0");
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 7. Realisasi by kind of spending (Permendagri 90 accounts) with a penyerapan column formatted 0.00% holding
//    fractions: A Kode Rekening | B Uraian | C Anggaran | D Realisasi | E Penyerapan (0.00%). Header row 3,
//    data rows 4..8, JUMLAH BELANJA row 9. E4 and E9 printed (E4 = 0.9125 -> 91,25%), E5..E8 empty but
//    formatted 0.00%.
// ---------------------------------------------------------------------------------------------------------
export const PERSEN = "Ringkasan Belanja";
export function persenPecahan(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, PERSEN);
  put(ws, "A1", [
    ["REALISASI BELANJA MENURUT JENIS TAHUN 2022"],
    [],
    ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "Penyerapan"],
    ["5.1", "BELANJA OPERASI", 800000000, 730000000, 0.9125],
    ["5.1.01", "Belanja Pegawai", 500000000, 480000000, null],
    ["5.1.02", "Belanja Barang dan Jasa", 300000000, 250000000, null],
    ["5.2", "BELANJA MODAL", 200000000, 166666667, null],
    ["5.2.02", "Belanja Modal Peralatan dan Mesin", 200000000, 166666667, null],
    ["JUMLAH BELANJA", null, 1000000000, 896666667, 0.8967],
  ]);
  for (const r of [3, 4, 7, 9]) boldRow(ws, r, 1, 5);
  for (let r = 4; r <= 9; r++) {
    fmt(ws, [`C${r}`, `D${r}`], "#,##0");
    fmt(ws, [`E${r}`], "0.00%");
  }
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 8. A hand-made PK sheet where the Capaian column is a formula that prints "#DIV/0!" for a target 0, and one
//    target is "n/a": A No | B Indikator Kinerja | C Satuan | D Target | E Realisasi | F Capaian (%).
//    Header row 3, data rows 4..7. F4..F7 are =E/D*100 formulas with their cached results.
// ---------------------------------------------------------------------------------------------------------
export const GALAT = "PK 2022";
export function galat(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, GALAT);
  put(ws, "A1", [
    ["PENGUKURAN KINERJA TAHUN 2022 - BADAN PENANGGULANGAN BENCANA DAERAH"],
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Persentase desa tangguh bencana", "%", 40, 44, { formula: "E4/D4*100", result: 110 }],
    [
      2,
      "Jumlah kejadian bencana yang tidak tertangani",
      "kejadian",
      0,
      0,
      { formula: "E5/D5*100", result: { error: "#DIV/0!" } },
    ],
    [3, "Indeks risiko bencana", "indeks", "n/a", 128.5, { formula: "E6/D6*100", result: { error: "#VALUE!" } }],
    [4, "Persentase rekomendasi kaji cepat yang ditindaklanjuti", "%", 90, 81, { formula: "E7/D7*100", result: 90 }],
  ]);
  boldRow(ws, 3, 1, 6);
  fmt(ws, ["F4", "F5", "F6", "F7"], "0.00");
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 9. Puskesmas realisasi without any code column: program rows are bold sub-totals, a blank separator row
//    between programs, "JUMLAH TOTAL" at the end. A Uraian | B Anggaran | C Realisasi. Header row 3, data 4..11.
// ---------------------------------------------------------------------------------------------------------
export const TEBAL = "Realisasi Puskesmas";
export function tebal(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, TEBAL);
  put(ws, "A1", [
    ["REALISASI ANGGARAN UPT PUSKESMAS KALIREJO TAHUN 2021"],
    [],
    ["Uraian", "Anggaran", "Realisasi"],
    ["Program Pelayanan Administrasi Perkantoran", 50000000, 45000000],
    ["Penyediaan jasa surat menyurat", 10000000, 9000000],
    ["Penyediaan alat tulis kantor", 40000000, 36000000],
    [],
    ["Program Peningkatan Sarana dan Prasarana Aparatur", 75000000, 70500000],
    ["Pemeliharaan rutin/berkala kendaraan dinas", 25000000, 24500000],
    ["Pengadaan peralatan gedung kantor", 50000000, 46000000],
    ["JUMLAH TOTAL", 125000000, 115500000],
  ]);
  for (const r of [3, 4, 8, 11]) boldRow(ws, r, 1, 3);
  for (let r = 4; r <= 11; r++) fmt(ws, [`B${r}`, `C${r}`], "#,##0");
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 10. Two tables one under the other on one sheet (the LRA split into "BELANJA TIDAK LANGSUNG" and "BELANJA
//     LANGSUNG", each with its own header, as printed across a page break):
//     rows 3..6 first table (header 3, data 4..5, sub-total 6), rows 8..12 second table (title 8, header 9,
//     data 10..11, sub-total 12). A Kode | B Uraian | C Anggaran | D Realisasi.
// ---------------------------------------------------------------------------------------------------------
export const DUA = "LRA 2020";
export function duaTabel(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, DUA);
  put(ws, "A1", [
    ["A. BELANJA TIDAK LANGSUNG"],
    [],
    ["Kode Rekening", "Uraian", "Anggaran", "Realisasi"],
    ["5.1.1.01.01", "Gaji Pokok PNS", 1200000000, 1150000000],
    ["5.1.1.01.02", "Tunjangan Keluarga", 120000000, 110000000],
    ["JUMLAH BELANJA TIDAK LANGSUNG", null, 1320000000, 1260000000],
    [],
    ["B. BELANJA LANGSUNG"],
    ["Kode Rekening", "Uraian", "Anggaran", "Realisasi"],
    ["5.2.1.01.01", "Honorarium PNS", 60000000, 54000000],
    ["5.2.2.01.01", "Belanja Alat Tulis Kantor", 40000000, 31000000],
    ["JUMLAH BELANJA LANGSUNG", null, 100000000, 85000000],
  ]);
  for (const r of [3, 6, 9, 12]) boldRow(ws, r, 1, 4);
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 11. e-SAKIP export with an English Polaritas column ("Maximize" / "Minimize"), used with the PermenPANRB
//     "2T-R" setting: A No | B Sasaran | C Indikator Kinerja | D Satuan | E Polaritas | F Target | G Realisasi |
//     H Capaian. Header row 2, data rows 3..5, sasaran merged B3:B5.
// ---------------------------------------------------------------------------------------------------------
export const ESAKIP = "Pengukuran Kinerja";
export function esakip(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, ESAKIP);
  put(ws, "A1", [
    ["PENGUKURAN KINERJA PEMERINTAH PROVINSI TAHUN 2023"],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi", "Capaian"],
    [1, "Meningkatnya kesejahteraan masyarakat", "Tingkat Pengangguran Terbuka", "%", "Minimize", 5.2, 4.9, null],
    [2, null, "Pertumbuhan ekonomi", "%", "Maximize", 5.5, 5.1, null],
    [3, null, "Indeks Gini", "indeks", "Minimize", 0.35, 0.38, null],
  ]);
  ws.mergeCells("B3:B5");
  boldRow(ws, 2, 1, 8);
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 12. Polaritas as arrows ("↑" / "↓") in a column headed "Arah", one target 0 and one target "n/a", default
//     settings ("T/R"): A No | B Indikator | C Satuan | D Arah | E Target | F Realisasi | G Capaian (%) |
//     H Predikat. Header row 3, data rows 4..7. G and H empty.
// ---------------------------------------------------------------------------------------------------------
export const PANAH = "IKU Dinkes Gizi";
export function panah(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, PANAH);
  put(ws, "A1", [
    ["CAPAIAN INDIKATOR KINERJA TAHUN 2021"],
    [],
    ["No", "Indikator", "Satuan", "Arah", "Target", "Realisasi", "Capaian (%)", "Predikat"],
    [1, "Persentase balita gizi buruk", "%", "↓", 2, 1.6, null, null],
    [2, "Cakupan imunisasi dasar lengkap", "%", "↑", 95, 93.1, null, null],
    [3, "Jumlah kasus KLB", "kasus", "↓", 0, 0, null, null],
    [4, "Rasio dokter per 100.000 penduduk", "rasio", "↑", "n/a", 45, null, null],
  ]);
  boldRow(ws, 3, 1, 8);
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// 13. A Kecamatan's hand-typed realisasi (2020 regime) with codes separated by spaces in one column and money
//     typed as text with "Rp" and ",-": A Kode | B Program/Kegiatan | C Pagu | D Realisasi | E Sisa.
//     Header row 4, data rows 5..8, Jumlah row 9. Sisa empty.
// ---------------------------------------------------------------------------------------------------------
export const RUPIAH = "Realisasi Kecamatan";
export function rupiahTeks(): ExcelJS.Workbook {
  const wb = newBook();
  const ws = sheet(wb, RUPIAH);
  put(ws, "A1", [
    ["KECAMATAN KOTA SUMENEP"],
    ["REALISASI PROGRAM DAN KEGIATAN TAHUN 2019"],
    [],
    ["Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa"],
    ["1 20 03 01", "Program Pelayanan Administrasi Perkantoran", "Rp 45.000.000,-", "Rp 41.250.000,-", null],
    [
      "1 20 03 01 02",
      "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
      "Rp. 15.000.000,00",
      "Rp. 14.250.000,00",
      null,
    ],
    ["1 20 03 01 10", "Penyediaan Makanan dan Minuman", "Rp 30.000.000,-", "Rp 27.000.000,-", null],
    ["1 20 03 17", "Program Peningkatan Partisipasi Masyarakat", "Rp 20.000.000,-", "Rp 20.000.000,-", null],
    ["1 20 03 17 05", "Fasilitasi Musrenbang Kecamatan", "Rp 20.000.000,-", "Rp 20.000.000,-", null],
    ["Jumlah", null, "Rp 65.000.000,-", "Rp 61.250.000,-", null],
  ]);
  for (const r of [4, 5, 8, 10]) boldRow(ws, r, 1, 5);
  return wb;
}

export const LAYOUTS: { name: string; sheet: string; build: () => ExcelJS.Workbook }[] = [
  { name: "SIMDA LRA, kode over 5 columns", sheet: SIMDA, build: simdaLra },
  { name: "SIPD DPA, code in front of name, English text numbers", sheet: SIPD, build: sipdDpa },
  { name: "Dinkes IKU, Permendagri 86 scale", sheet: DINKES, build: dinkesIku },
  { name: "realisasi 2019..2023 and Target Akhir Renstra 2026", sheet: TAHUNAN, build: tahunan },
  { name: "efisiensi, three-row header", sheet: EFISIENSI, build: efisiensi3 },
  { name: "table at B12 with a hidden helper column", sheet: KOLOMB, build: kolomB },
  { name: "0.00% cells holding fractions", sheet: PERSEN, build: persenPecahan },
  { name: "#DIV/0! printed, target 0 and n/a", sheet: GALAT, build: galat },
  { name: "bold sub-totals without codes, blank separator", sheet: TEBAL, build: tebal },
  { name: "two tables one under the other", sheet: DUA, build: duaTabel },
  { name: "Polaritas Maximize/Minimize with 2T-R", sheet: ESAKIP, build: esakip },
  { name: "Polaritas arrows, target 0 and n/a", sheet: PANAH, build: panah },
  { name: "codes with spaces, Rp text and ,-", sheet: RUPIAH, build: rupiahTeks },
];
