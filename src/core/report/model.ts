/**
 * The report model: the LKjIP tables (domain.md §6) as host-independent data. Built from the engine's
 * Analysis (computed figures, never printed slips) by buildReport(); rendered to Excel by planReport()
 * (./excel-plan.ts) and to Word by renderDocx() (src/adapters/docx).
 *
 * Numbers stay numbers here: a cell says what it is (angka with its decimals, persen in percent points,
 * rupiah) and each renderer formats it (Excel: number format codes; Word: Indonesian text via
 * src/core/numbers/format.ts).
 */

export type Align = "left" | "center" | "right";

/** What a body cell holds. persen is in percent points (92.5 is 92,50 %). */
export type ReportValue =
  | { kind: "text"; text: string }
  | { kind: "angka"; value: number; decimals: number }
  | { kind: "persen"; value: number; decimals: number }
  | { kind: "rupiah"; value: number }
  | { kind: "empty" };

/** A body cell: its value plus layout. Positions covered by another cell's span are null in the row. */
export type ReportCell = ReportValue & {
  rowSpan?: number;
  colSpan?: number;
  /** Overrides the column's alignment. */
  align?: Align;
  bold?: boolean;
  /** Indent level inside the cell (kegiatan under program). */
  indent?: number;
};

export interface HeaderCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

export interface ReportColumn {
  key: string;
  /** Width as Excel column width (characters of the default font). Renderers scale it. */
  width: number;
  align: Align;
  /** Long text: wrap inside the column. */
  wrap: boolean;
}

/** data: an indicator or kegiatan; kelompok: a group heading (e.g. Belanja Tidak Langsung); program: a program with its totals. */
export type RowKind = "data" | "kelompok" | "program" | "total" | "rata-rata";

export interface ReportRow {
  kind: RowKind;
  /** 0 total, 1 program/kelompok, 2 kegiatan, 3 sub kegiatan; indicators are 2. */
  level: number;
  bold: boolean;
  /** Exactly one entry per column; null where a span from the left or from above covers the cell. */
  cells: (ReportCell | null)[];
}

export interface ChartSeriesData {
  name: string;
  values: (number | null)[];
}

/** A chart of the report, host-independent: Excel gets it as a chart op, Word as a PNG. */
export interface ReportChart {
  id: string;
  /** column: vertical bars; bar: horizontal bars; line: values over years. */
  kind: "column" | "bar" | "line";
  title: string;
  categories: string[];
  series: ChartSeriesData[];
  /** A horizontal (column/line) or vertical (bar) reference line, e.g. the 100 % target. */
  referenceLine?: { value: number; label: string };
  /** Unit shown on the value axis ("%", "Rp" ...). */
  unit: string;
  decimals: number;
}

export type TableId =
  | "perjanjian-kinerja"
  | "target-kinerja"
  | "capaian-keseluruhan"
  | `capaian-${number}`
  | "perbandingan-tahunan"
  | "target-akhir"
  | "efisiensi"
  | "ringkasan-anggaran"
  | `rincian-anggaran${string}`;

export interface ReportTable {
  id: TableId;
  /** "II" for the Perjanjian Kinerja, "III" for the rest. */
  bab: "II" | "III";
  /** "3.1" */
  nomor: string;
  /** "Tabel 3.1 Pengukuran Capaian Kinerja Sasaran ..." */
  title: string;
  /** The sentence that introduces the table (written above it), or null. */
  caption: string | null;
  columns: ReportColumn[];
  /** Header rows, one entry per column (null where covered by a span). */
  header: (HeaderCell | null)[][];
  /** "(1)", "(2)" ... one per column. */
  columnNumbers: string[];
  rows: ReportRow[];
  /** The sentences written under the table. */
  paragraphs: string[];
  charts: ReportChart[];
  /** The part of the chapter it belongs to (headings in Word). */
  section: SectionId;
  /** A heading of its own under the section ("1. Meningkatnya …" for a sasaran), or null. */
  subheading: string | null;
  /** The table is wide: print it landscape. */
  landscape: boolean;
  /** Preferred sheet name ("Tabel 3.1"); planReport makes it unique. */
  sheetName: string;
}

/**
 * Where a table sits in the LKjIP (PermenPANRB 53/2014, as the seed report arranges it): Bab II "A."; Bab III
 * "I. Akuntabilitas Kinerja" with "A." to "E.", and "II. Realisasi Anggaran". The Word export makes the headings.
 */
export type SectionId =
  "perjanjian-kinerja" | "target" | "capaian" | "tahunan" | "target-akhir" | "efisiensi" | "anggaran";

/** A table that was not made, in Indonesian: which, why, and what the workbook would need for it. */
export interface SkippedTable {
  judul: string;
  alasan: string;
  perlu: string;
}

export interface Report {
  instansi: string;
  tahun: number | null;
  tables: ReportTable[];
  /** The tables that were not made, each with its reason and what to add. */
  skipped: SkippedTable[];
  /** The same as sentences ("Tabel … tidak dibuat: …. Yang diperlukan: …."). */
  omitted: string[];
}
