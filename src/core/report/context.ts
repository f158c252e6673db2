/** What every table builder gets, and what it gives back before buildReport numbers the tables. */
import type { Analysis } from "../model";
import type { Settings } from "../settings/settings";
import type { IndikatorGabungan } from "./join";
import { text } from "./cells";
import type { Align, HeaderCell, ReportCell, ReportColumn, ReportTable, SkippedTable } from "./model";

export interface BuildContext {
  analysis: Analysis;
  settings: Settings;
  /** "Dinas Sosial Kabupaten Sumenep" */
  instansi: string;
  /** The report year n, or null when neither the settings nor the workbook say it. */
  tahun: number | null;
  /** The year as text for sentences ("2020", or "ini" when unknown). */
  tahunText: string;
  /** Decimals of percentages (settings.desimal). */
  decimals: number;
  indikator: IndikatorGabungan[];
}

/** A table before numbering: buildReport gives it its nomor, title ("Tabel 3.1 " + judul) and sheet name. */
export type TableDraft = Omit<ReportTable, "nomor" | "title" | "sheetName"> & { judul: string };

export type BuildResult = { tables: TableDraft[]; omitted: SkippedTable[] };

export function col(key: string, width: number, align: Align = "left", wrap = false): ReportColumn {
  return { key, width, align, wrap };
}

export function h(text: string, span: { rowSpan?: number; colSpan?: number } = {}): HeaderCell {
  return { text, ...span };
}

/** "(1)", "(2)" ... */
export function columnNumbers(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `(${i + 1})`);
}

/**
 * Wide tables are printed landscape: more than 8 columns, or more than 160 characters of column width. An
 * 8-column table of about 150 characters fits a portrait A4/F4 page in 9-10 pt (the seed prints its capaian and
 * Perjanjian Kinerja tables portrait); the efisiensi table (11 columns) does not.
 */
export function isWide(columns: ReportColumn[]): boolean {
  return columns.length > 8 || columns.reduce((s, c) => s + c.width, 0) > 160;
}

/** A table draft whose column-number row and print orientation follow from its columns; no caption unless given. */
export function tableDraft(
  t: Omit<TableDraft, "columnNumbers" | "landscape" | "caption" | "subheading"> & {
    caption?: string | null;
    subheading?: string | null;
  },
): TableDraft {
  return {
    caption: null,
    subheading: null,
    ...t,
    columnNumbers: columnNumbers(t.columns.length),
    landscape: isWide(t.columns),
  };
}

/**
 * The first four cells of an indicator row in a per-sasaran table: the sasaran's number and name (spanning its
 * indicators, on its first row only), the numbered indicator ("2.1 Jumlah PMKS") and its satuan.
 */
export function indikatorCells(
  sasaran: { nama: string; items: unknown[] },
  si: number,
  i: number,
  nama: string,
  satuan: string | null,
): (ReportCell | null)[] {
  const span = { rowSpan: sasaran.items.length };
  return [
    i === 0 ? text(String(si + 1), span) : null,
    i === 0 ? text(sasaran.nama, span) : null,
    text(`${si + 1}.${i + 1} ${nama}`),
    text(satuan),
  ];
}
