/**
 * The workbook port: the one small interface through which the engine reads and writes a workbook.
 *
 * It is shaped for Office.js (see docs/office-adapter.md): a sheet is read as whole 2-D blocks
 * (values, formulas, number formats, bold) plus its merged areas and hidden rows, and a write is a plan
 * of whole blocks. Nothing here knows about ExcelJS, Office.js, files or the DOM.
 *
 * Coordinates are 0-based everywhere in the core: row 0 / col 0 is cell A1. `a1()` in ./address.ts
 * turns them into the A1 addresses that users see.
 */

/** An error value as Excel shows it ("#DIV/0!", "#REF!", "#N/A" ...). */
export interface CellError {
  error: string;
}

/** A cell's value as stored: number, text, boolean, empty (null) or an error. */
export type CellValue = number | string | boolean | null | CellError;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

/** An inclusive rectangle of cells, 0-based. */
export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One worksheet's used range, read in one go. All 2-D arrays have the same shape:
 * `values.length` rows of `width` columns; `values[r][c]` is the cell at sheet row `originRow + r`,
 * column `originCol + c`.
 */
export interface SheetSnapshot {
  name: string;
  originRow: number;
  originCol: number;
  values: CellValue[][];
  /** Formula text in English (invariant) syntax without the leading "=", or null where the cell has none. */
  formulas: (string | null)[][];
  /** Invariant number format code ("General", "#,##0", "0.00%") per cell. */
  numberFormats: string[][];
  bold: boolean[][];
  /** Merged areas, absolute 0-based coordinates. */
  merges: RangeBox[];
  /** Hidden rows and columns, absolute 0-based indexes. */
  hiddenRows: number[];
  hiddenCols: number[];
  /** The sheet itself is hidden. */
  hidden?: boolean;
}

/** What the add-in keeps inside the workbook (its own hidden sheet), so every host sees the same. */
export interface StoredState {
  version: 1;
  /** Settings the user saved for this workbook (partial: missing keys take defaults). */
  settings?: Record<string, unknown>;
  /** The user's corrections of what recognition guessed. */
  overrides?: Record<string, unknown>;
  /** Sheets the tool generated itself (report tables): only these may be replaced or deleted. */
  generatedSheets?: string[];
  /** What the last fill replaced, to take it back ("Batalkan"). */
  undo?: WriteOp[] | null;
  /** What `undo` takes back: a fill ("isi") or a text-to-number conversion on its own ("ubahTeks"). */
  undoOf?: "isi" | "ubahTeks";
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** The add-in's stored state, or null when the workbook has none. */
  state: StoredState | null;
  /**
   * True when the host calculated every formula (Office.js): a formula cell without a value shows an empty
   * text. Absent or false (a file): such a cell may be a formula saved without its value (see evaluate.ts).
   */
  calculated?: boolean;
}

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  /** Background fill, RGB hex without "#" ("D9E2F3"). */
  fill?: string;
  /** Thin border on all four sides. */
  border?: boolean;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
}

/**
 * One cell to write. Exactly one of `value` / `formula` is meant to be set (or neither, to change only
 * the format). `value` strings are always written as text, never interpreted: a string starting with
 * "=", "+", "-" or "@" stays text. `formula` is English syntax with "," separators and no leading "=".
 */
export interface CellWrite {
  value?: number | string | boolean | null;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

/** One edge of a cell's border: its line style by the .xlsx names ("thin", "medium", "double"...) and RGB colour. */
export interface BorderEdge {
  style: string;
  /** RGB hex without "#"; absent: automatic (black). */
  color?: string;
}

/**
 * A cell's whole look, as an adapter records it before a "styleLike" write so that Batalkan can put it back
 * (in any host: the record lives in StoredState.undo). Absent fields are the host's defaults.
 */
export interface CellLook {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  /** Solid background, RGB hex without "#"; absent: no fill. */
  fill?: string;
  borders?: { top?: BorderEdge; bottom?: BorderEdge; left?: BorderEdge; right?: BorderEdge };
  /** .xlsx alignment names: "left", "center", "right", "general"...; "top", "center", "bottom"... */
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  /**
   * The .xlsx writer's own record: the cell format index the cell had and a fingerprint of what that index
   * meant then. That writer puts the index back when it still means the same; every other host uses the parts.
   */
  xlsxStyle?: { index: number; key: string };
}

export type ChartKind = "bar" | "column" | "line";

export interface ChartSeries {
  name: string;
  /** Values range on the chart's sheet. */
  values: RangeBox;
}

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** Category labels range on the chart's sheet. */
  categories: RangeBox;
  series: ChartSeries[];
  /** Where the chart sits (cells it covers). */
  anchor: RangeBox;
}

export type PaperSize = "A4" | "F4";

export interface PageSetup {
  paper: PaperSize;
  orientation: "portrait" | "landscape";
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, 0-based inclusive. */
  printTitleRows?: [number, number];
}

export type WriteOp =
  /** A block of cells; `null` entries leave that cell untouched. */
  | { kind: "cells"; sheet: string; row: number; col: number; cells: (CellWrite | null)[][] }
  | { kind: "addSheet"; sheet: string }
  /** Only ever emitted for sheets the tool generated itself (StoredState.generatedSheets). */
  | { kind: "deleteSheet"; sheet: string }
  | { kind: "merge"; sheet: string; range: RangeBox }
  /** Undoes a merge the tool made (Batalkan). */
  | { kind: "unmerge"; sheet: string; range: RangeBox }
  /**
   * Width in characters of the default font, as Excel's column width; null: the sheet's default width.
   * With `record`, the adapter adds the width it replaces to the plan's StoredState.undo (Batalkan).
   */
  | { kind: "columnWidth"; sheet: string; col: number; width: number | null; record?: boolean }
  /**
   * "Style like these cells": every cell of `range` takes the look (font, fill, borders, alignment, wrap; not
   * the number format, nor the value) of the cell at the same place in the block of the same size whose
   * top-left cell is `from` (e.g. a column of a table copied onto an added column). With `record`, the adapter
   * adds at the end of the plan's StoredState.undo a "restoreStyles" op with the looks it replaces (and for a
   * recorded columnWidth, the width). Put it before the plan's merge and cells ops.
   */
  | { kind: "styleLike"; sheet: string; from: { row: number; col: number }; range: RangeBox; record?: boolean }
  /** Puts back recorded looks (null: leave the cell); the block starts at row/col. Written by adapters for undo. */
  | { kind: "restoreStyles"; sheet: string; row: number; col: number; looks: (CellLook | null)[][] }
  /** Height in points (Excel's row height, 0 to 409), set explicitly: Excel does not size it again on opening. */
  | { kind: "rowHeight"; sheet: string; row: number; height: number }
  | { kind: "pageSetup"; sheet: string; setup: PageSetup }
  | { kind: "chart"; sheet: string; chart: ChartSpec }
  | { kind: "state"; state: StoredState };

export interface WritePlan {
  ops: WriteOp[];
}

export interface ApplyResult {
  /** Cells written (values, formulas or formats). */
  cellsWritten: number;
  /** Ops the host cannot carry out (e.g. charts in a .xlsx written by ExcelJS), in Indonesian, for the user. */
  skipped?: string[];
}

export type ProgressFn = (done: number, total: number) => void;

/**
 * A host's workbook. `read` takes every visible and hidden sheet except the add-in's own state sheet;
 * `apply` carries out a complete plan. An adapter must make `apply` all-or-nothing as far as its host
 * allows (a file adapter writes to a new file; the Office.js adapter records what it replaced).
 */
export interface WorkbookPort {
  read(): Promise<WorkbookSnapshot>;
  apply(plan: WritePlan, onProgress?: ProgressFn): Promise<ApplyResult>;
}

/** Name of the (very hidden) sheet that holds StoredState as JSON text in column A. */
export const STATE_SHEET = "_lkjip_state";
