/**
 * The sample workbook: what Dinas Sosial Kabupaten Sumenep would keep in Excel for 2020, built from the
 * figures its LKjIP 2020 prints (./dinsos-sumenep-2020.json, transcribed from the seed report), with the
 * report's slips left in on purpose so that `lkjip check` has something real to find (docs/sample.md).
 *
 * Laid out as an office file is: title rows, bold two-row headers with merged cells, a row of column
 * numbers, thin borders, column widths, Arial for the finance sheets and Calibri for the program sheets,
 * some numbers stored as text in Indonesian format, percentages typed as "19,34%" (a fraction with a
 * percent format), a signature block under the budget detail.
 *
 * Pure and deterministic: buildSampleWorkbook() returns the same workbook every time.
 */
import ExcelJS from "exceljs";
import seedJson from "./dinsos-sumenep-2020.json";

/** The parts of the transcribed seed that the sample uses. */
interface SeedIndikator {
  no: string;
  nama: string;
  satuan: string;
  targetPK: number;
  realisasi: number;
  dicetak: { capaian: number };
  realisasiTahunan?: Record<string, number>;
  targetAkhirRPJMD?: { tahun: number; target: number; dicetak: { capaian: number } };
  anggaran?: { alokasi: number; realisasi: number; dicetak: { penyerapan: number; tingkatEfisiensi: number } };
}
interface SeedData {
  perjanjianKinerja: {
    tujuan: string;
    sasaran: string;
    indikator: string;
    target: string;
    program: { nama: string; anggaran: number | null }[];
  }[];
  iku: {
    no: string;
    sasaran: string;
    indikator: SeedIndikator[];
    dicetak: { rataRataCapaian: number; rataRataEfisiensi?: number };
  }[];
  ringkasanAnggaran: {
    dicetakTotal: { anggaran: number; realisasi: number; persen: number };
    baris: { kelompok: string; uraian: string; anggaran: number; realisasi: number; dicetakPersen: number }[];
  };
  rincianAnggaran: {
    kode: string | null;
    program: string;
    anggaran: number;
    realisasi: number;
    dicetakPersen: number;
    kegiatan: (string | number | null)[][];
  }[];
  rincianAnggaranDicetakTotal: { anggaran: number; realisasi: number; persen: number };
}

const data = seedJson as unknown as SeedData;

export const SAMPLE_FILE = "dinsos-sumenep-2020.xlsx";

type Value = ExcelJS.CellValue;

interface CellOpts {
  fmt?: string;
  bold?: boolean;
  h?: "left" | "center" | "right";
  v?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: boolean;
  fill?: string;
  underline?: boolean;
}

const FIN_FONT: Partial<ExcelJS.Font> = { name: "Arial", size: 10 };
const PROG_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11 };
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const HEADER_FILL = "D9D9D9";
const RP = "#,##0";
const RP2 = "#,##0.00";
const PCT = "0.00";

/** A sheet being laid out, with its base font. */
class Sheet {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly font: Partial<ExcelJS.Font>,
  ) {}

  put(row: number, col: number, value: Value, o: CellOpts = {}): ExcelJS.Cell {
    const cell = this.ws.getCell(row, col);
    cell.value = value;
    const style: Partial<ExcelJS.Style> = {
      font: { ...this.font, ...(o.bold ? { bold: true } : {}), ...(o.underline ? { underline: true } : {}) },
    };
    if (o.fmt) style.numFmt = o.fmt;
    if (o.h || o.v || o.wrap) {
      style.alignment = {
        ...(o.h ? { horizontal: o.h } : {}),
        vertical: o.v ?? "middle",
        ...(o.wrap ? { wrapText: true } : {}),
      };
    }
    if (o.border) style.border = { top: { ...THIN }, left: { ...THIN }, bottom: { ...THIN }, right: { ...THIN } };
    if (o.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${o.fill}` } };
    cell.style = style;
    return cell;
  }

  /** Borders (and optionally a style) on every cell of a block, keeping values. */
  frame(top: number, left: number, bottom: number, right: number, o: CellOpts = {}): void {
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const cell = this.ws.getCell(r, c);
        const style: Partial<ExcelJS.Style> = { ...cell.style };
        style.font = { ...this.font, ...(cell.style?.font ?? {}), ...(o.bold ? { bold: true } : {}) };
        style.border = { top: { ...THIN }, left: { ...THIN }, bottom: { ...THIN }, right: { ...THIN } };
        if (o.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${o.fill}` } };
        cell.style = style;
      }
    }
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.ws.mergeCells(top, left, bottom, right);
  }

  /** The four title rows, centred over the table's width, then one blank row. */
  titles(lines: string[], width: number): void {
    lines.forEach((text, i) => {
      this.put(i + 1, 1, text, { bold: true, h: "center" });
      this.merge(i + 1, 1, i + 1, width);
    });
  }

  widths(widths: number[]): void {
    widths.forEach((w, i) => (this.ws.getColumn(i + 1).width = w));
  }

  /**
   * Row heights for wrapped text (Excel does not grow a row for wrapped text written by a program):
   * lines estimated from the text length and the (merged) width; a vertical merge shares its lines
   * among its rows.
   */
  fitRows(from: number, to: number): void {
    const lineHeight = this.font.name === "Arial" ? 12.75 : 15;
    const merges = (
      this.ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> }
    )._merges;
    const lines = new Map<number, number>();
    const need = (r: number, n: number) => lines.set(r, Math.max(lines.get(r) ?? 1, n));
    for (let r = from; r <= to; r++) {
      this.ws.getRow(r).eachCell((cell, col) => {
        if (!cell.alignment?.wrapText || typeof cell.value !== "string" || cell.type === ExcelJS.ValueType.Merge)
          return;
        const m = merges[cell.address];
        let width = 0;
        for (let c = col; c <= (m ? m.right : col); c++) width += this.ws.getColumn(c).width ?? 9;
        const n = Math.ceil(cell.value.length / Math.max(1, width - 1));
        const span = m ? m.bottom - m.top + 1 : 1;
        for (let k = 0; k < span; k++) need(r + k, Math.ceil(n / span));
      });
    }
    for (const [r, n] of lines) if (n > 1) this.ws.getRow(r).height = n * lineHeight + 2;
  }

  print(landscape: boolean, titleRows: string): void {
    this.ws.pageSetup = {
      ...this.ws.pageSetup,
      paperSize: 14 as ExcelJS.PaperSize, // F4 (Folio 8.5 x 13 in), the paper of Indonesian offices
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: titleRows,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    };
  }

  freezeBelow(row: number): void {
    this.ws.views = [
      { state: "frozen", xSplit: 0, ySplit: row, topLeftCell: `A${row + 1}`, activeCell: `A${row + 1}` },
    ];
  }
}

const PEMDA = "PEMERINTAH KABUPATEN SUMENEP";
const DINAS = "DINAS SOSIAL";

/** "4.981.859.221,00" / "8.406.000": a number as Indonesian text, as typed or pasted from a PDF. */
function idText(x: number, decimals: number): string {
  return new Intl.NumberFormat("id-ID", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
}

/** "93,54%", "1569,77%": percentages are typed without a thousands separator. */
const pctText = (x: number) => `${x.toFixed(2).replace(".", ",")}%`;

// ---------------------------------------------------------------------------------------------------
// Realisasi Anggaran: the detail by program and kegiatan, exactly as the seed prints it.

/** Rows whose printed figures were typed as text (uraian -> which columns). */
const RINCIAN_AS_TEXT: Record<string, ("anggaran" | "realisasi" | "persen")[]> = {
  "Penyedia Kebutuhan Bahan Perkantoran": ["persen"],
  "Penyediaan Makanan dan Minuman": ["anggaran", "realisasi"],
  "Pembinaan dan Rehabilitasi Tuna Sosial": ["realisasi"],
  "Kampung Siaga Bencana": ["persen"],
  "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial": ["persen"],
};

function realisasiAnggaran(wb: ExcelJS.Workbook): void {
  const s = new Sheet(wb.addWorksheet("Realisasi Anggaran"), FIN_FONT);
  s.titles([PEMDA, DINAS, "LAPORAN REALISASI ANGGARAN", "TAHUN ANGGARAN 2020"], 5);

  // Header: rows 6-7, the unit under ANGGARAN / REALISASI; row 8: column numbers.
  const hd: CellOpts = { bold: true, h: "center", wrap: true, fill: HEADER_FILL };
  s.put(6, 1, "KODE PROGRAM / KEGIATAN", hd);
  s.put(6, 2, "URAIAN", hd);
  s.put(6, 3, "ANGGARAN", hd);
  s.put(6, 4, "REALISASI", hd);
  s.put(6, 5, "%", hd);
  s.put(7, 3, "(Rp)", hd);
  s.put(7, 4, "(Rp)", hd);
  s.merge(6, 1, 7, 1);
  s.merge(6, 2, 7, 2);
  s.merge(6, 5, 7, 5);
  s.frame(6, 1, 7, 5, { bold: true, fill: HEADER_FILL });
  for (let c = 1; c <= 5; c++) s.put(8, c, c, { h: "center", border: true, fill: "F2F2F2" });

  let row = 9;
  const figure = (uraian: string, col: "anggaran" | "realisasi" | "persen", x: number | null, bold: boolean) => {
    const c = col === "anggaran" ? 3 : col === "realisasi" ? 4 : 5;
    if (x === null) return s.put(row, c, null, { border: true });
    const asText = RINCIAN_AS_TEXT[uraian]?.includes(col);
    if (col === "persen") return s.put(row, c, asText ? pctText(x) : x, { fmt: PCT, bold, h: "right", border: true });
    return s.put(row, c, asText ? idText(x, 0) : x, { fmt: RP, bold, h: "right", border: true });
  };

  for (const p of data.rincianAnggaran) {
    s.put(row, 1, p.kode, { border: true, bold: true, v: "top" });
    s.put(row, 2, p.program, { bold: true, wrap: true, border: true, v: "top" });
    figure(p.program, "anggaran", p.anggaran, true);
    figure(p.program, "realisasi", p.realisasi, true);
    figure(p.program, "persen", p.dicetakPersen, true);
    row++;
    for (const k of p.kegiatan) {
      const [kode, uraian, anggaran, realisasi, persen] = k as [
        string,
        string,
        number | null,
        number | null,
        number | null,
      ];
      s.put(row, 1, kode, { border: true, v: "top" });
      s.put(row, 2, uraian, { wrap: true, border: true, v: "top" });
      figure(uraian, "anggaran", anggaran, false);
      figure(uraian, "realisasi", realisasi, false);
      figure(uraian, "persen", persen, false);
      row++;
    }
  }
  const total = data.rincianAnggaranDicetakTotal;
  s.put(row, 1, null, { border: true });
  s.put(row, 2, "JUMLAH", { bold: true, h: "center", border: true });
  s.put(row, 3, total.anggaran, { fmt: RP, bold: true, h: "right", border: true });
  s.put(row, 4, total.realisasi, { fmt: RP, bold: true, h: "right", border: true });
  s.put(row, 5, total.persen, { fmt: PCT, bold: true, h: "right", border: true });

  // Signature block, two rows under the table.
  const sign = row + 3;
  const lines: [string, CellOpts][] = [
    ["Sumenep, 31 Desember 2020", {}],
    ["KEPALA DINAS SOSIAL", {}],
    ["KABUPATEN SUMENEP", {}],
    ["", {}],
    ["", {}],
    ["", {}],
    ["MOHAMAD IKSAN, S. Pd. MT", { bold: true, underline: true }],
    ["Pembina Tingkat I", {}],
    ["NIP. 19680716 199903 1 004", {}],
  ];
  lines.forEach(([text, o], i) => {
    if (text) s.put(sign + i, 3, text, { ...o, h: "center" });
    if (text) s.merge(sign + i, 3, sign + i, 5);
  });

  s.widths([17, 62, 18, 18, 10]);
  s.fitRows(6, row);
  s.print(false, "6:8");
  s.freezeBelow(8);
}

// ---------------------------------------------------------------------------------------------------
// Ringkasan Anggaran: the summary by kind of spending.

function ringkasanAnggaran(wb: ExcelJS.Workbook): void {
  const s = new Sheet(wb.addWorksheet("Ringkasan Anggaran"), FIN_FONT);
  s.titles([PEMDA, DINAS, "RINGKASAN LAPORAN REALISASI ANGGARAN", "TAHUN ANGGARAN 2020"], 4);
  const hd: CellOpts = { bold: true, h: "center", wrap: true, fill: HEADER_FILL };
  s.put(6, 1, "URAIAN", hd);
  s.put(6, 2, "ANGGARAN", hd);
  s.put(6, 3, "REALISASI", hd);
  s.put(6, 4, "%", hd);
  s.put(7, 2, "Rp", hd);
  s.put(7, 3, "Rp", hd);
  s.merge(6, 1, 7, 1);
  s.merge(6, 4, 7, 4);
  s.frame(6, 1, 7, 4, { bold: true, fill: HEADER_FILL });
  for (let c = 1; c <= 4; c++) s.put(8, c, c, { h: "center", border: true, fill: "F2F2F2" });

  const baris = data.ringkasanAnggaran.baris;
  const byName = (uraian: string) => baris.find((b) => b.uraian === uraian)!;
  type Line = { label: string; b?: (typeof baris)[number]; text?: ("anggaran" | "realisasi")[]; bold?: boolean };
  const lines: Line[] = [
    { label: "1. Belanja Tidak Langsung", bold: true },
    { label: "a) Gaji dan Tunjangan", b: byName("Gaji dan Tunjangan"), text: ["anggaran", "realisasi"] },
    { label: "b) Bantuan Hibah (keuangan)", b: byName("Bantuan Hibah (keuangan)") },
    { label: "c) Bantuan Sosial (Keuangan)", b: byName("Bantuan Sosial (Keuangan)"), text: ["anggaran"] },
    { label: "2. Belanja Langsung", b: byName("Belanja Langsung") },
  ];
  let row = 9;
  for (const l of lines) {
    s.put(row, 1, l.label, { bold: l.bold, border: true });
    if (l.b) {
      const b = l.b;
      s.put(row, 2, l.text?.includes("anggaran") ? idText(b.anggaran, 2) : b.anggaran, {
        fmt: RP2,
        h: "right",
        border: true,
      });
      s.put(row, 3, l.text?.includes("realisasi") ? idText(b.realisasi, 2) : b.realisasi, {
        fmt: RP2,
        h: "right",
        border: true,
      });
      s.put(row, 4, b.dicetakPersen, { fmt: PCT, h: "right", border: true });
    } else {
      for (let c = 2; c <= 4; c++) s.put(row, c, null, { border: true });
    }
    row++;
  }
  const t = data.ringkasanAnggaran.dicetakTotal;
  s.put(row, 1, "JUMLAH", { bold: true, h: "center", border: true });
  s.put(row, 2, t.anggaran, { fmt: RP2, bold: true, h: "right", border: true });
  s.put(row, 3, t.realisasi, { fmt: RP2, bold: true, h: "right", border: true });
  s.put(row, 4, t.persen, { fmt: PCT, bold: true, h: "right", border: true });

  s.widths([40, 22, 22, 10]);
  s.fitRows(6, row);
  s.print(false, "6:8");
}

// ---------------------------------------------------------------------------------------------------
// PK 2020: the Perjanjian Kinerja, one program per row.

function perjanjianKinerja(wb: ExcelJS.Workbook): void {
  const s = new Sheet(wb.addWorksheet("PK 2020"), PROG_FONT);
  s.titles([PEMDA, DINAS, "PERJANJIAN KINERJA", "TAHUN 2020"], 6);
  const heads = ["TUJUAN", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "PROGRAM", "ANGGARAN (Rp)"];
  heads.forEach((h, i) => {
    s.put(6, i + 1, h, { bold: true, h: "center", wrap: true, border: true, fill: HEADER_FILL });
    s.put(7, i + 1, `(${i + 1})`, { h: "center", border: true, fill: "F2F2F2" });
  });

  const first = 8;
  let row = first;
  for (const pk of data.perjanjianKinerja) {
    const top = row;
    for (const p of pk.program) {
      s.put(row, 5, p.nama, { wrap: true, border: true, v: "top" });
      s.put(row, 6, p.anggaran, { fmt: RP, h: "right", border: true, v: "top" });
      row++;
    }
    s.put(top, 3, pk.indikator, { wrap: true, border: true, v: "top" });
    s.put(top, 4, pk.target, { h: "center", border: true, v: "top" });
    s.merge(top, 3, row - 1, 3);
    s.merge(top, 4, row - 1, 4);
  }
  const pk0 = data.perjanjianKinerja[0];
  s.put(first, 1, pk0.tujuan, { wrap: true, border: true, v: "top" });
  s.put(first, 2, pk0.sasaran, { wrap: true, border: true, v: "top" });
  s.merge(first, 1, row - 1, 1);
  s.merge(first, 2, row - 1, 2);
  s.frame(first, 1, row - 1, 6);

  s.widths([26, 30, 24, 12, 52, 18]);
  s.fitRows(6, row - 1);
  s.print(true, "6:7");
}

// ---------------------------------------------------------------------------------------------------
// IKU: target against realisasi, with realisasi of earlier years and the RPJMD end target.

function iku(wb: ExcelJS.Workbook): void {
  const s = new Sheet(wb.addWorksheet("IKU"), PROG_FONT);
  s.titles([PEMDA, DINAS, "PENGUKURAN KINERJA", "TAHUN 2020"], 12);
  const hd: CellOpts = { bold: true, h: "center", wrap: true, fill: HEADER_FILL };
  const single = ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"];
  single.forEach((h, i) => {
    s.put(6, i + 1, h, hd);
    s.merge(6, i + 1, 7, i + 1);
  });
  s.put(6, 8, "REALISASI TAHUNAN", hd);
  s.merge(6, 8, 6, 10);
  [2018, 2019, 2020].forEach((y, i) => s.put(7, 8 + i, y, hd));
  s.put(6, 11, "TARGET AKHIR RPJMD (2021)", hd);
  s.merge(6, 11, 7, 11);
  s.put(6, 12, "CAPAIAN AKHIR RPJMD (%)", hd);
  s.merge(6, 12, 7, 12);
  s.frame(6, 1, 7, 12, { bold: true, fill: HEADER_FILL });
  for (let c = 1; c <= 12; c++) s.put(8, c, `(${c})`, { h: "center", border: true, fill: "F2F2F2" });

  const [s1, s2] = data.iku;
  const [ak, pms] = s1.indikator;
  const [pp, jp] = s2.indikator;
  const num = (r: number, c: number, x: number | string | null, fmt?: string, bold = false) =>
    s.put(r, c, x, { fmt, h: typeof x === "string" ? "center" : "right", border: true, bold });
  const years = (r: number, t: Record<string, number>) =>
    ["2018", "2019", "2020"].forEach((y, i) => num(r, 8 + i, t[y], PCT));
  const sasaran = (r: number, no: string, nama: string) => {
    s.put(r, 1, no, { h: "center", border: true, v: "top" });
    s.put(r, 2, nama, { wrap: true, border: true, v: "top" });
    s.merge(r, 1, r + 1, 1);
    s.merge(r, 2, r + 1, 2);
  };
  const indikator = (r: number, no: string, nama: string, satuan: string) => {
    s.put(r, 3, `${no}. ${nama}`, { wrap: true, border: true });
    s.put(r, 4, satuan, { h: "center", border: true });
  };
  const mean = (r: number, x: number) => {
    s.put(r, 1, "RATA – RATA CAPAIAN", { bold: true, h: "center", border: true });
    s.merge(r, 1, r, 6);
    num(r, 7, x, PCT, true);
    s.frame(r, 1, r, 12, { bold: true });
  };

  // Sasaran 1: Angka Kemiskinan typed as "19,34%" (a fraction with a percent format).
  sasaran(9, s1.no, s1.sasaran);
  indikator(9, ak.no, ak.nama, ak.satuan);
  num(9, 5, ak.targetPK / 100, "0.00%");
  num(9, 6, ak.realisasi / 100, "0.00%");
  num(9, 7, ak.dicetak.capaian, PCT);
  years(9, ak.realisasiTahunan!);
  indikator(10, pms.no, pms.nama, pms.satuan);
  num(10, 5, pms.targetPK, PCT);
  num(10, 6, pms.realisasi, PCT);
  num(10, 7, pms.dicetak.capaian);
  years(10, pms.realisasiTahunan!);
  mean(11, s1.dicetak.rataRataCapaian);

  // Sasaran 2: targets and realisasi partly typed as text.
  sasaran(12, s2.no, s2.sasaran);
  indikator(12, pp.no, pp.nama, pp.satuan);
  num(12, 5, pctText(pp.targetPK));
  num(12, 6, pp.realisasi, PCT);
  num(12, 7, pp.dicetak.capaian, PCT);
  num(12, 11, pp.targetAkhirRPJMD!.target, PCT);
  num(12, 12, pp.targetAkhirRPJMD!.dicetak.capaian, PCT);
  indikator(13, jp.no, jp.nama, jp.satuan);
  num(13, 5, `${idText(jp.targetPK, 0)} org`);
  num(13, 6, `${idText(jp.realisasi, 0)} org`);
  num(13, 7, jp.dicetak.capaian, PCT);
  num(13, 11, jp.targetAkhirRPJMD!.target, RP);
  num(13, 12, jp.targetAkhirRPJMD!.dicetak.capaian, PCT);
  mean(14, s2.dicetak.rataRataCapaian);
  s.frame(9, 1, 13, 12);

  s.widths([5, 30, 32, 8, 11, 11, 11, 8, 8, 8, 13, 13]);
  s.fitRows(6, 14);
  s.print(true, "6:8");
}

// ---------------------------------------------------------------------------------------------------
// Efisiensi: the seed's efficiency table, with its numbering and its typing as printed.

function efisiensi(wb: ExcelJS.Workbook): void {
  const s = new Sheet(wb.addWorksheet("Efisiensi"), PROG_FONT);
  s.titles([PEMDA, DINAS, "ANALISIS EFISIENSI PENGGUNAAN SUMBER DAYA", "TAHUN 2020"], 11);
  const hd: CellOpts = { bold: true, h: "center", wrap: true, fill: HEADER_FILL };
  ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN"].forEach((h, i) => {
    s.put(6, i + 1, h, hd);
    s.merge(6, i + 1, 7, i + 1);
  });
  s.put(6, 5, "Kinerja", hd);
  s.merge(6, 5, 6, 7);
  s.put(6, 8, "Anggaran", hd);
  s.merge(6, 8, 6, 10);
  s.put(6, 11, "TINGKAT EFISIENSI", hd);
  s.merge(6, 11, 7, 11);
  ["TARGET", "REALISASI", "CAPAIAN", "ALOKASI", "REALISASI", "PENYERAPAN ANGGARAN"].forEach((h, i) =>
    s.put(7, 5 + i, h, hd),
  );
  s.frame(6, 1, 7, 11, { bold: true, fill: HEADER_FILL });
  for (let c = 1; c <= 11; c++) s.put(8, c, `(${c})`, { h: "center", border: true, fill: "F2F2F2" });

  const s2 = data.iku[1];
  const [pp, jp] = s2.indikator;
  const put = (r: number, c: number, x: number | string, fmt?: string, bold = false) =>
    s.put(r, c, x, { fmt, h: typeof x === "string" ? "center" : "right", border: true, bold });

  s.put(9, 1, "1", { h: "center", border: true, v: "top" });
  s.put(9, 2, s2.sasaran, { wrap: true, border: true, v: "top" });
  s.merge(9, 1, 10, 1);
  s.merge(9, 2, 10, 2);
  // The seed numbers this sasaran's indicators 1.1 and 1.2 here (2.1 and 2.2 elsewhere).
  s.put(9, 3, `1.1. ${pp.nama}`, { wrap: true, border: true });
  put(9, 4, pp.satuan);
  put(9, 5, pp.targetPK, PCT);
  put(9, 6, pp.realisasi, PCT);
  put(9, 7, pctText(pp.dicetak.capaian));
  put(9, 8, pp.anggaran!.alokasi, RP);
  put(9, 9, pp.anggaran!.realisasi, RP);
  put(9, 10, pp.anggaran!.dicetak.penyerapan, PCT);
  put(9, 11, pp.anggaran!.dicetak.tingkatEfisiensi, PCT);

  s.put(10, 3, `1.2. ${jp.nama}`, { wrap: true, border: true });
  put(10, 4, jp.satuan);
  put(10, 5, jp.targetPK, RP);
  // Typed the English way, as the seed prints it.
  put(10, 6, new Intl.NumberFormat("en-US").format(jp.realisasi));
  put(10, 7, jp.dicetak.capaian, PCT);
  put(10, 8, jp.anggaran!.alokasi, RP);
  put(10, 9, jp.anggaran!.realisasi, RP);
  put(10, 10, jp.anggaran!.dicetak.penyerapan, PCT);
  put(10, 11, jp.anggaran!.dicetak.tingkatEfisiensi, PCT);

  s.put(11, 1, "RATA-RATA", { bold: true, h: "center", border: true });
  s.merge(11, 1, 11, 10);
  put(11, 11, s2.dicetak.rataRataEfisiensi!, PCT, true);
  s.frame(9, 1, 11, 11);
  s.frame(11, 1, 11, 11, { bold: true });

  s.widths([5, 30, 30, 8, 10, 10, 11, 16, 16, 13, 12]);
  s.fitRows(6, 11);
  s.print(true, "6:8");
}

/** The sample workbook, built in memory. */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const when = new Date(Date.UTC(2021, 2, 15, 8, 0, 0));
  wb.creator = "Sub Bagian Program dan Data, Dinas Sosial Kabupaten Sumenep";
  wb.lastModifiedBy = "Sub Bagian Keuangan";
  wb.created = when;
  wb.modified = when;
  realisasiAnggaran(wb);
  ringkasanAnggaran(wb);
  perjanjianKinerja(wb);
  iku(wb);
  efisiensi(wb);
  return wb;
}
