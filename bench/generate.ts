/**
 * A realistic budget workbook for the benchmark: the LRA / DPA working sheet of a Dinas in the 2021 code
 * regime (Permendagri 90/2019), program "1.06.02", kegiatan "1.06.02.2.01", sub kegiatan
 * "1.06.02.2.01.0001", with title rows, a two-row header, a row of column numbers, bold program and
 * kegiatan rows carrying the sums of their children, some amounts typed as Indonesian text, a few sub
 * kegiatan without realisasi yet, and a JUMLAH row. Deterministic (seeded), so runs compare.
 *
 *   node bin/run-ts.js bench/generate.ts 100000 /tmp/lra-100000.xlsx
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import path from "node:path";

/** mulberry32: a small seeded generator, so the workbook is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROGRAMS = [
  "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
  "PROGRAM PEMBERDAYAAN SOSIAL",
  "PROGRAM PENANGANAN WARGA NEGARA MIGRAN KORBAN TINDAK KEKERASAN",
  "PROGRAM REHABILITASI SOSIAL",
  "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
  "PROGRAM PENANGANAN BENCANA",
  "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN",
];

const KEGIATAN = [
  "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
  "Administrasi Keuangan Perangkat Daerah",
  "Administrasi Umum Perangkat Daerah",
  "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
  "Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)",
  "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota",
  "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota",
  "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
];

const SUB_KEGIATAN = [
  "Penyusunan Dokumen Perencanaan Perangkat Daerah",
  "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
  "Penyediaan Gaji dan Tunjangan ASN",
  "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
  "Penyediaan Peralatan dan Perlengkapan Kantor",
  "Penyediaan Bahan Logistik Kantor",
  "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
  "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
  "Pemberian Permakanan",
  "Penyediaan Alat Bantu",
  "Pemberian Pelayanan Reunifikasi Keluarga",
  "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga",
  "Pendampingan Penyaluran Bantuan Pangan Non Tunai",
  "Penyediaan Makanan",
  "Penyediaan Sandang",
  "Pelatihan Vokasi dan Kewirausahaan",
  "Verifikasi dan Validasi Data Terpadu Kesejahteraan Sosial",
];

type Level = 1 | 2 | 3;

interface Line {
  level: Level;
  kode: string;
  uraian: string;
  anggaran: number;
  realisasi: number | null;
  /** Amounts typed as text on this row. */
  asText: boolean;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function idText(x: number, decimals: number): string {
  return new Intl.NumberFormat("id-ID", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
}

/** The rows: exactly `rows` program / kegiatan / sub kegiatan lines, parents before their children. */
export function budgetLines(rows: number, seed = 2021): Line[] {
  const rnd = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const lines: Line[] = [];
  let program: Line | null = null;
  let kegiatan: Line | null = null;
  let p = 0;
  let k = 0;
  let s = 0;
  let kegiatanLeft = 0;
  let subLeft = 0;

  const addSub = () => {
    s++;
    const anggaran = int(5_000, 900_000) * 1000;
    const roll = rnd();
    const realisasi = roll < 1 / 60 ? null : roll < 1 / 40 ? 0 : Math.round(anggaran * (0.55 + 0.45 * rnd()));
    const line: Line = {
      level: 3,
      kode: kegiatan ? `${kegiatan.kode}.${pad(s, 4)}` : `1.06.01.2.01.${pad(s, 4)}`,
      uraian: SUB_KEGIATAN[int(0, SUB_KEGIATAN.length - 1)],
      anggaran,
      realisasi,
      asText: rnd() < 1 / 50,
    };
    lines.push(line);
    for (const parent of [kegiatan, program]) {
      if (!parent) continue;
      parent.anggaran += anggaran;
      parent.realisasi = (parent.realisasi ?? 0) + (realisasi ?? 0);
    }
    subLeft--;
  };

  while (lines.length < rows) {
    const left = rows - lines.length;
    if (subLeft > 0 || (kegiatan && left < 2)) {
      addSub();
    } else if (kegiatanLeft > 0 && left >= 2) {
      k++;
      s = 0;
      kegiatan = {
        level: 2,
        kode: `${program!.kode}.2.${pad(k, 2)}`,
        uraian: KEGIATAN[int(0, KEGIATAN.length - 1)],
        anggaran: 0,
        realisasi: 0,
        asText: false,
      };
      lines.push(kegiatan);
      kegiatanLeft--;
      subLeft = int(3, 14);
    } else if (left >= 3) {
      p++;
      k = 0;
      const bidang = 1 + Math.floor((p - 1) / 99);
      program = {
        level: 1,
        kode: `1.${pad(bidang + 5, 2)}.${pad(((p - 1) % 99) + 1, 2)}`,
        uraian: PROGRAMS[(p - 1) % PROGRAMS.length],
        anggaran: 0,
        realisasi: 0,
        asText: false,
      };
      kegiatan = null;
      lines.push(program);
      kegiatanLeft = int(2, 6);
    } else {
      addSub();
    }
  }
  return lines;
}

const FONT: Partial<ExcelJS.Font> = { name: "Arial", size: 9 };
const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEAD: Partial<ExcelJS.Style> = {
  font: BOLD,
  border: BORDER,
  alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } },
};
// Shared style objects: every cell of a kind points at the same one (nothing mutates them afterwards).
const STYLE = {
  text: { font: FONT, border: BORDER } as Partial<ExcelJS.Style>,
  textBold: { font: BOLD, border: BORDER } as Partial<ExcelJS.Style>,
  money: { font: FONT, border: BORDER, numFmt: "#,##0" } as Partial<ExcelJS.Style>,
  moneyBold: { font: BOLD, border: BORDER, numFmt: "#,##0" } as Partial<ExcelJS.Style>,
  moneyText: { font: FONT, border: BORDER, alignment: { horizontal: "right" } } as Partial<ExcelJS.Style>,
  number: { font: FONT, border: BORDER, alignment: { horizontal: "center" } } as Partial<ExcelJS.Style>,
};

/** The benchmark workbook as .xlsx bytes, with `rows` data rows (plus title, header and JUMLAH rows). */
export async function generateBudgetWorkbook(rows: number): Promise<Uint8Array> {
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`rows must be a positive integer, got ${rows}`);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sub Bagian Keuangan";
  wb.created = wb.modified = new Date(Date.UTC(2022, 0, 10));
  const ws = wb.addWorksheet("LRA 2021", { views: [{ state: "frozen", ySplit: 8 }] });

  const titles = ["PEMERINTAH KABUPATEN SUMENEP", "DINAS SOSIAL", "LAPORAN REALISASI ANGGARAN", "TAHUN ANGGARAN 2021"];
  titles.forEach((text, i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = text;
    c.style = { font: BOLD, alignment: { horizontal: "center" } };
    ws.mergeCells(i + 1, 1, i + 1, 4);
  });
  const head: [number, number, string][] = [
    [6, 1, "KODE REKENING"],
    [6, 2, "URAIAN PROGRAM / KEGIATAN / SUB KEGIATAN"],
    [6, 3, "ANGGARAN"],
    [6, 4, "REALISASI"],
    [7, 3, "(Rp)"],
    [7, 4, "(Rp)"],
  ];
  for (let r = 6; r <= 7; r++) for (let c = 1; c <= 4; c++) ws.getCell(r, c).style = HEAD;
  for (const [r, c, text] of head) ws.getCell(r, c).value = text;
  ws.mergeCells(6, 1, 7, 1);
  ws.mergeCells(6, 2, 7, 2);
  for (let c = 1; c <= 4; c++) {
    const cell = ws.getCell(8, c);
    cell.value = c;
    cell.style = STYLE.number;
  }

  const lines = budgetLines(rows);
  let total = 0;
  let totalReal = 0;
  let r = 9;
  for (const line of lines) {
    const bold = line.level < 3;
    const row = ws.getRow(r++);
    const kode = row.getCell(1);
    kode.value = line.kode;
    kode.style = bold ? STYLE.textBold : STYLE.text;
    const uraian = row.getCell(2);
    uraian.value = line.uraian;
    uraian.style = bold ? STYLE.textBold : STYLE.text;
    const a = row.getCell(3);
    const b = row.getCell(4);
    if (line.asText) {
      a.value = idText(line.anggaran, 2);
      a.style = STYLE.moneyText;
    } else {
      a.value = line.anggaran;
      a.style = bold ? STYLE.moneyBold : STYLE.money;
    }
    b.value = line.realisasi;
    b.style = bold ? STYLE.moneyBold : STYLE.money;
    if (line.level === 1) {
      total += line.anggaran;
      totalReal += line.realisasi ?? 0;
    }
  }
  if (!lines.some((l) => l.level === 1)) {
    for (const l of lines) {
      total += l.anggaran;
      totalReal += l.realisasi ?? 0;
    }
  }
  const jumlah = ws.getRow(r);
  jumlah.getCell(1).style = STYLE.textBold;
  jumlah.getCell(2).value = "JUMLAH";
  jumlah.getCell(2).style = { ...STYLE.textBold, alignment: { horizontal: "center" } };
  jumlah.getCell(3).value = total;
  jumlah.getCell(3).style = STYLE.moneyBold;
  jumlah.getCell(4).value = totalReal;
  jumlah.getCell(4).style = STYLE.moneyBold;

  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 70;
  ws.getColumn(3).width = 20;
  ws.getColumn(4).width = 20;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9 as ExcelJS.PaperSize,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "6:8",
  };

  const out = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out);
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const rows = Number(process.argv[2] ?? 100_000);
  const out = process.argv[3] ?? `lra-${rows}.xlsx`;
  generateBudgetWorkbook(rows).then(
    (bytes) => {
      writeFileSync(out, bytes);
      console.log(`${out}: ${rows} baris, ${bytes.length} byte`);
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
