/**
 * The real-table corpus (issue 7, item 1): tables transcribed from published LKjIP / LAKIP / Laporan Kinerja,
 * Renja evaluations and budget realisation reports, laid out as the office would keep them in Excel, with the
 * figures checked by hand. One file per table in tables/, each `export default` a RealTable.
 * Keep these types stable: other branches add tables against them (adding optional fields is fine).
 */
import type ExcelJS from "exceljs";

export type AgencyKind =
  | "dinas"
  | "badan"
  | "kecamatan"
  | "rsud"
  | "vertikal"
  | "balai"
  | "pengadilan"
  | "inspektorat"
  | "sekretariat"
  | "kementerian"
  | "lain";

export type GovLevel = "kabupaten" | "kota" | "provinsi" | "pusat";

export interface RealSource {
  /** "Dinas Kesehatan Kabupaten X" */
  agency: string;
  kind: AgencyKind;
  level: GovLevel;
  /** "LKjIP 2021", "Laporan Kinerja 2022", "Evaluasi Renja 2020 (Permendagri 86 Tabel E.81)" */
  report: string;
  /** The report year n. */
  year: number;
  /** "Tabel 3.2" as printed, or "halaman 34" when untitled. */
  table: string;
  /** The address the search tool gave. */
  url: string;
  /** One sentence: which rows/columns were taken, anything left out. */
  transcribedFrom: string;
}

export type LayoutTag =
  | "group-header"
  | "T-R-%"
  | "K-Rp"
  | "triwulan"
  | "years-group"
  | "years-as-rows"
  | "units-as-rows"
  | "capaian-kinerja-with-units"
  | "renstra-multi-year"
  | "pagu-awal-revisi"
  | "fraction-percent"
  | "text-percent-decimal-point"
  | "rupiah-dash"
  | "sipd-code-in-name"
  | "name-rata-rata"
  | "name-jumlah"
  | "name-total"
  | "name-persentase"
  | "name-indeks"
  | "multi-opd"
  | "negatif"
  | "budget"
  | "other";

export type Figure = "capaian" | "predikat" | "penyerapan" | "sisa" | "efisiensi" | "sasaranCapaian" | "capaianAkhir";

export interface FigureExpect {
  sheet: string;
  /** 1-based sheet row of the indicator / budget row (for sasaranCapaian: any row of one of its indicators). */
  row: number;
  figure: Figure;
  /** Number at 2 decimals (percent points, Rupiah for sisa); predikat text; null = must stay empty (n/a, target 0). */
  value: number | string | null;
  /** How it was checked by hand: "232/250*100 = 92.8". */
  why: string;
}

export interface CellExpect {
  sheet: string;
  /** "H12": a PRINTED figure cell. */
  cell: string;
  /** true: a printed slip the check must flag (galat or peringatan); false: right, must not be flagged. */
  flagged: boolean;
  /** "printed 96,78; 19,34/20,18*100 = 95,84" */
  why: string;
}

export interface RealTable {
  id: string;
  source: RealSource;
  layouts: LayoutTag[];
  /** Nothing else: the engine must read the table with default settings. */
  settings?: { tahun?: number };
  /** Lays the sheet(s) out as the office would keep them in Excel. */
  build(): ExcelJS.Workbook;
  figures: FigureExpect[];
  cells: CellExpect[];
}
