/**
 * The domain model: what the engine understood of a workbook (layouts and rows) and what it computed.
 * Domain nouns are Indonesian, as users say them; rows and columns are 0-based sheet coordinates.
 */
import type { CellValue } from "./workbook/port";

/** The polarities an indicator can have: the one list settings, recognition and the task pane use. */
export const POLARITAS = ["positif", "negatif", "range", "stabil"] as const;
export type Polaritas = (typeof POLARITAS)[number];

/** The two formulas of a negatif indicator's capaian (domain.md §3.1): T/R × 100 and (2T − R)/T × 100. */
export const NEGATIF_VARIANTS = ["T/R", "2T-R"] as const;
export type NegatifVariant = (typeof NEGATIF_VARIANTS)[number];

/**
 * The negatif variant a run uses, decided once by engine.analyze (compute/negatif.ts): named in the settings
 * ("setelan"), shown by the printed capaian of the negatif indicators ("bukti"), or the default T/R when they
 * show nothing or are split ("bawaan").
 */
export interface NegatifChoice {
  variant: NegatifVariant;
  from: "setelan" | "bukti" | "bawaan";
  /** Printed capaian of negatif indicators that agree with T/R only, and with (2T-R)/T only. */
  evidence: Record<NegatifVariant, number>;
}

/** The sign of a printed sisa: anggaran − realisasi (the sisa anggaran) or realisasi − anggaran. */
export type SisaArah = "anggaran-realisasi" | "realisasi-anggaran";

/**
 * A printed sisa column headed "Lebih/(Kurang)", "Lebih (Kurang)" or "Selisih" and the sign its values show
 * (compute/sisa-arah.ts): decided by the rows that agree with one difference only ("bukti"), else anggaran −
 * realisasi ("bawaan"). Revenue rows have a sign of their own (more income than planned is "lebih"). The fill
 * writes such a column only where it is empty.
 */
export interface SisaArahChoice {
  sheet: string;
  /** The column (0-based), and its header as read. */
  col: number;
  header: string;
  /** The sign of the spending rows (of the revenue rows on a table of revenue alone). */
  arah: SisaArah;
  from: "bukti" | "bawaan";
  /** Spending rows whose printed figure agrees with one difference only. */
  evidence: Record<SisaArah, number>;
  /** The sign of the revenue rows: their own evidence, else `arah` (then either sign is accepted there). */
  pendapatan: { arah: SisaArah; from: "bukti" | "bawaan"; evidence: Record<SisaArah, number> };
}

/** What a sheet holds. "abaikan": the user told us to ignore it. */
export type SheetKind = "anggaran" | "indikator" | "abaikan" | "lain";

/** Year-specific realisasi columns are "realisasi:2019"; all other roles are fixed names. */
export type YearRole = `realisasi:${number}`;

export const INPUT_ROLES = [
  "no",
  "kode",
  "uraian",
  "anggaran",
  "realisasiAnggaran",
  "tujuan",
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "target",
  "realisasi",
  "targetAkhir",
  "program",
  "bobot",
] as const;

/** Columns the engine computes (and may add to the right of a table). */
export const OUTPUT_ROLES = ["capaian", "predikat", "penyerapan", "sisa", "efisiensi", "capaianAkhir"] as const;

export type InputRole = (typeof INPUT_ROLES)[number];
export type OutputRole = (typeof OUTPUT_ROLES)[number];
export type ColumnRole = InputRole | OutputRole | YearRole;

/** Something recognition decided that the user may doubt; shown to them and overridable. */
export interface Guess {
  sheet: string;
  /** A1 address of the cell (or first cell) the guess is about. */
  cell: string;
  /** What was guessed, e.g. "polaritas", "kind", "role:target", "level". */
  about: string;
  /** The value guessed, e.g. "negatif". */
  value: string;
  /** Indonesian explanation: why this was guessed. */
  reason: string;
  /**
   * How sure recognition is: "tinggi" when the headers and the content agree, "sedang" for an ordinary guess
   * (the default), "rendah" when it had little to go by. A "rendah" guess, and every `peringatan`, is shown
   * to the user as a warning rather than a note.
   */
  confidence?: Confidence;
  /** A warning: something the engine needs is missing or was read against its header (check makes it a warning). */
  peringatan?: boolean;
  /**
   * Where the user corrects it: the Lembar tab (overrides, the default) or a setting in Pengaturan (the reason
   * then says which).
   */
  fix?: "lembar" | "pengaturan";
}

export type Confidence = "tinggi" | "sedang" | "rendah";

export interface ColumnInfo {
  role: ColumnRole;
  col: number;
  /** Header text as read (joined over header rows with " / "). */
  header: string;
  /** True when the column does not exist yet and fill will add it to the right of the table. */
  added: boolean;
  /** For output columns: whether the existing column holds percentages as fractions with a "%" format. */
  percentFormat?: boolean;
}

export interface SheetLayout {
  sheet: string;
  kind: SheetKind;
  /** 0-based inclusive first and last header rows, or null when no table was found. */
  headerRows: [number, number] | null;
  /** The "(1) (2) (3)" column-number row, if any. */
  numberRow: number | null;
  /** 0-based inclusive first and last data rows. */
  dataRows: [number, number] | null;
  columns: ColumnInfo[];
  /** The table's last column before any added output column. */
  lastCol: number;
  guesses: Guess[];
}

/** A value read from a cell and what it means as a number. */
export interface Reading {
  /** Absolute 0-based position. */
  row: number;
  col: number;
  raw: CellValue;
  /** The number it holds (percent points for "4,40%" are 4.4), or null. */
  value: number | null;
  /** Unit text that came with it ("org", "KK", "%", "Rp"), if any. */
  unit: string | null;
  /** Decimals as printed (for "80,5" 1; for a number, from its number format or its digits). */
  decimals: number | null;
  /** Text that could not be read as a number ("n/a", "WTP"); null when it was a number or empty. */
  text: string | null;
  /** The cell holds a formula. */
  isFormula: boolean;
  /** The number was stored as text (parsed with Indonesian rules). */
  fromText: boolean;
}

export interface IndikatorRow {
  sheet: string;
  row: number;
  no: string | null;
  tujuan: string | null;
  sasaran: string | null;
  nama: string;
  satuan: string | null;
  polaritas: Polaritas;
  /** How polaritas was decided: from a column, from the user, or guessed from the name (a Guess is recorded). */
  polaritasFrom: "kolom" | "pengguna" | "tebakan" | "bawaan";
  target: Reading | null;
  /** For polaritas "range": lower and upper bound, from "80 - 90" or two columns. */
  targetRange: [number, number] | null;
  realisasi: Reading | null;
  realisasiTahunan: { tahun: number; reading: Reading }[];
  targetAkhir: Reading | null;
  alokasi: Reading | null;
  realisasiAnggaran: Reading | null;
  bobot: Reading | null;
  /** Programs that carry the indicator (Perjanjian Kinerja), each with its anggaran when the sheet has one. */
  program: { nama: string; anggaran: Reading | null }[];
  /** Figures the sheet already shows in output columns (checked against ours). */
  printed: Partial<Record<OutputRole, Reading>>;
  printedPredikat: { row: number; col: number; text: string } | null;
}

/** A sasaran and its indicators on one sheet, with the row that prints its mean (RATA-RATA), if any. */
export interface SasaranGroup {
  sheet: string;
  nama: string;
  /** Rows of its indicators (IndikatorRow.row). */
  rows: number[];
  /** The "RATA-RATA CAPAIAN" row for this sasaran, if the sheet has one. */
  meanRow: number | null;
  printed: Partial<Record<OutputRole, Reading>>;
  printedPredikat: { row: number; col: number; text: string } | null;
}

export interface AnggaranRow {
  sheet: string;
  row: number;
  kode: string | null;
  uraian: string;
  /** 0 total (JUMLAH), 1 program / kelompok, 2 kegiatan, 3 sub kegiatan, 4+ rekening. */
  level: number;
  levelFrom: "kode" | "nama" | "tebal" | "urutan" | "total";
  isTotal: boolean;
  anggaran: Reading | null;
  realisasi: Reading | null;
  /** Row of the parent (0-based), or null at the top. */
  parent: number | null;
  children: number[];
  printed: Partial<Record<OutputRole, Reading>>;
}

export interface Recognition {
  layouts: SheetLayout[];
  indikator: IndikatorRow[];
  sasaran: SasaranGroup[];
  anggaran: AnggaranRow[];
  /** The report year (n) if found in titles or headers. */
  tahun: number | null;
  /** The agency's name if found in title rows ("DINAS SOSIAL KABUPATEN SUMENEP"). */
  instansi: string | null;
  guesses: Guess[];
}

/** Why a figure could not be computed (Indonesian, for the user). */
export type Reason = string;

export interface Computed {
  value: number | null;
  reason: Reason | null;
}

export interface IndikatorHasil {
  row: IndikatorRow;
  capaian: Computed;
  predikat: string | null;
  penyerapan: Computed;
  efisiensi: Computed;
  efisien: boolean | null;
  capaianAkhir: Computed;
  /** Change of realisasi against each earlier year, in points (n minus year). */
  perubahan: { dari: number; ke: number; selisih: number }[];
}

export interface SasaranHasil {
  sheet: string;
  nama: string;
  indikatorRows: number[];
  capaian: Computed;
  predikat: string | null;
  efisiensi: Computed;
  efisien: boolean | null;
}

export interface AnggaranHasil {
  row: AnggaranRow;
  /** For parents: the sums of their leaf descendants; for leaves: their own figures. */
  anggaran: number | null;
  realisasi: number | null;
  penyerapan: Computed;
  sisa: Computed;
}

export type Severity = "error" | "warning" | "info";

/** A finding: something in the workbook the user should look at. */
export interface Temuan {
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the exact cell. */
  cell: string;
  message: string;
  /** Set when it is corrected in a setting (Pengaturan) rather than in the Lembar tab. */
  tab?: "pengaturan";
}

/** A sheet the engine could not measure anything on, and why (Indonesian). */
export interface LembarTakTerukur {
  sheet: string;
  /** A1 address of the cell the reason is about (the header, or A1). */
  cell: string;
  reason: string;
}

/**
 * What the check measured: how many indicators and budget rows it could compute, how many printed figures it
 * compared, and which sheets it could not read. Hosts (CLI, JSON, task pane) say this instead of "all clear".
 */
export interface Coverage {
  /** Indicators read, and those whose capaian could be computed. */
  indikator: { dibaca: number; diukur: number };
  /** Budget rows read, and those whose penyerapan could be computed. */
  anggaran: { dibaca: number; diukur: number };
  /** Printed figures (capaian, predikat, penyerapan, sisa, efisiensi ...) compared with ours. */
  angkaDibandingkan: number;
  /** Sheets on which at least one indicator or budget row was measured. */
  lembarDiukur: string[];
  /** Sheets (not ignored, not made by the tool) with content on which nothing could be measured. */
  lembarTakTerukur: LembarTakTerukur[];
  /** True when nothing at all could be measured: no check was made. */
  kosong: boolean;
}

export interface Analysis {
  recognition: Recognition;
  indikator: IndikatorHasil[];
  sasaran: SasaranHasil[];
  anggaran: AnggaranHasil[];
  /** Overall capaian (mean over sasaran or over indicators, per settings). */
  capaianKeseluruhan: Computed;
  predikatKeseluruhan: string | null;
  /** The negatif variant the figures were computed with (settings.negatif "otomatis" decided from the workbook). */
  negatif: NegatifChoice;
  /** Printed sisa columns with a sign of their own ("Lebih/(Kurang)", "Selisih"). */
  sisaArah: SisaArahChoice[];
  temuan: Temuan[];
  coverage: Coverage;
}
