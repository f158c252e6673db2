/**
 * The workbook port over ExcelJS: reads an .xlsx into a WorkbookSnapshot and carries out WritePlans on it.
 *
 * Runs in Node and in the browser (the standalone page bundles it): nothing here touches files; see
 * ./file.ts for opening and saving files in Node.
 *
 * Reading walks ExcelJS's row and cell arrays directly (one loop, no per-cell closures, no cells created),
 * so a 100,000-row sheet reads in well under a second once ExcelJS has parsed it.
 *
 * Writing validates the whole plan first (sheets, coordinates, values, merges, styles) and throws a
 * WorkbookPlanError with an Indonesian sentence before changing anything; only then are the ops carried
 * out. Style objects that ExcelJS shares between cells are never mutated: every styled cell gets a new one.
 */
import ExcelJS from "exceljs";
import { pesanExcelJs as t } from "../../core/i18n/exceljs";
import { a1, boxA1, columnLetter } from "../../core/workbook/address";
import {
  STATE_SHEET,
  type ApplyResult,
  type CellValue,
  type CellWrite,
  type PageSetup,
  type ProgressFn,
  type RangeBox,
  type SheetSnapshot,
  type StoredState,
  type WorkbookPort,
  type WorkbookSnapshot,
  type WritePlan,
  type WriteOp,
} from "../../core/workbook/port";
import { WorkbookFileError, WorkbookPlanError } from "./errors";
import { fromStoredFormula, toStoredFormula } from "./formula";
import { applyColumnWidth, applyRestoreStyles, applyStyleLike, withRecords } from "./look";

/** Excel's sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Each state cell holds at most this many characters (Excel's cell limit is 32,767). */
export const STATE_CHUNK = 30_000;
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

/** ExcelJS paper size codes: 9 = A4, 14 = Folio 8.5 x 13 in (F4). */
const PAPER_CODE: Record<PageSetup["paper"], number> = { A4: 9, F4: 14 };

// ExcelJS value types (lib/doc/enums.js ValueType).
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHARED_STRING = 7;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

/** The parts of ExcelJS's internals that reading walks (stable across 4.x). */
interface RowInternal {
  number: number;
  hidden: boolean;
  _cells: (ExcelJS.Cell | undefined)[];
}
interface WorksheetInternal {
  _rows: (RowInternal | undefined)[];
  _columns: ExcelJS.Column[] | null | undefined;
  _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
}

const internals = (ws: ExcelJS.Worksheet) => ws as unknown as WorksheetInternal;

const MS_PER_DAY = 86_400_000;

/** A Date as ExcelJS gives it (UTC-based) -> Excel serial number. */
function dateToSerial(d: Date, date1904: boolean): number {
  return d.getTime() / MS_PER_DAY + (date1904 ? 24_107 : 25_569);
}

function richTextToString(v: { richText: { text: string }[] }): string {
  let s = "";
  for (const run of v.richText) s += run.text ?? "";
  return s;
}

/** A stored value (or a formula's cached result) -> the port's CellValue. */
function plainValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : null;
    case "string":
    case "boolean":
      return v;
    case "object": {
      if (v instanceof Date) return dateToSerial(v, date1904);
      const o = v as Record<string, unknown>;
      if (typeof o.error === "string") return { error: o.error };
      if (Array.isArray(o.richText)) return richTextToString(o as { richText: { text: string }[] });
      if ("text" in o) return plainValue(o.text, date1904);
      return null;
    }
    default:
      return null;
  }
}

/** Reads one worksheet's used range (cells holding something, as ExcelJS dimensions) into a snapshot. */
export function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const wsi = internals(ws);
  const rows = wsi._rows;

  // Pass 1: bounds of the non-empty cells, and hidden rows.
  let top = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  const hiddenRows: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    if (row.hidden) hiddenRows.push(r);
    const cells = row._cells;
    let first = -1;
    let last = -1;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell !== undefined && cell.type !== T_NULL) {
        if (first < 0) first = c;
        last = c;
      }
    }
    if (first >= 0) {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (first < left) left = first;
      if (last > right) right = last;
    }
  }

  const hiddenCols: number[] = [];
  const columns = wsi._columns;
  if (columns) {
    for (let c = 0; c < columns.length; c++) if (columns[c]?.hidden) hiddenCols.push(c);
  }

  const merges: RangeBox[] = [];
  for (const key of Object.keys(wsi._merges)) {
    const m = wsi._merges[key];
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);

  const snap: SheetSnapshot = {
    name: ws.name,
    originRow: 0,
    originCol: 0,
    values: [],
    formulas: [],
    numberFormats: [],
    bold: [],
    merges,
    hiddenRows,
    hiddenCols,
  };
  if (ws.state === "hidden" || ws.state === "veryHidden") snap.hidden = true;
  if (bottom < 0) return snap;

  snap.originRow = top;
  snap.originCol = left;
  const height = bottom - top + 1;
  const width = right - left + 1;

  // Pass 2: the rectangle.
  for (let r = top; r <= bottom; r++) {
    const values: CellValue[] = new Array(width).fill(null);
    const formulas: (string | null)[] = new Array(width).fill(null);
    const formats: string[] = new Array(width).fill("General");
    const bold: boolean[] = new Array(width).fill(false);
    snap.values.push(values);
    snap.formulas.push(formulas);
    snap.numberFormats.push(formats);
    snap.bold.push(bold);
    const row = rows[r];
    if (!row) continue;
    const cells = row._cells;
    const end = Math.min(cells.length - 1, right);
    for (let c = left; c <= end; c++) {
      const cell = cells[c];
      if (cell === undefined) continue;
      const i = c - left;
      const style = cell.style;
      if (style) {
        if (style.numFmt) formats[i] = style.numFmt;
        if (style.font && style.font.bold === true) bold[i] = true;
      }
      switch (cell.type as number) {
        case T_NULL:
        case T_MERGE:
          break;
        case T_NUMBER:
        case T_STRING:
        case T_BOOLEAN:
          values[i] = cell.value as number | string | boolean;
          break;
        case T_DATE:
          values[i] = dateToSerial(cell.value as Date, date1904);
          break;
        case T_ERROR:
          values[i] = { error: String((cell.value as ExcelJS.CellErrorValue).error) };
          break;
        case T_FORMULA: {
          const f = cell.formula;
          formulas[i] = f ? fromStoredFormula(f) : null;
          values[i] = plainValue(cell.result, date1904);
          break;
        }
        case T_RICH_TEXT:
          values[i] = richTextToString(cell.value as ExcelJS.CellRichTextValue);
          break;
        case T_HYPERLINK:
        case T_SHARED_STRING:
        default:
          values[i] = plainValue(cell.value, date1904);
          break;
      }
    }
  }
  if (snap.values.length !== height) throw new Error("internal: snapshot height");
  return snap;
}

/** Reads the add-in's stored state from its sheet: JSON text split over A1, A2, ... */
export function readState(ws: ExcelJS.Worksheet | undefined): StoredState | null {
  if (!ws) return null;
  const rows = internals(ws)._rows;
  let json = "";
  for (let r = 0; r < rows.length; r++) {
    const cell = rows[r]?._cells[0];
    const v = cell === undefined ? null : plainValue(cell.value, false);
    if (typeof v !== "string" || v === "") break;
    json += v;
  }
  if (json === "") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  if ((parsed as { version?: unknown }).version !== 1) return null;
  return parsed as StoredState;
}

/** Splits text into pieces of at most `size` characters without cutting a surrogate pair. */
export function splitChunks(text: string, size: number = STATE_CHUNK): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + size, text.length);
    if (end < text.length) {
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end--;
    }
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Plan validation

const sameName = (a: string, b: string) => a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");

function validSheetName(name: unknown): asserts name is string {
  if (typeof name !== "string" || name.trim() === "") throw new WorkbookPlanError(t.rencanaDitolak(t.namaLembarKosong));
  if (name.length > 31) throw new WorkbookPlanError(t.rencanaDitolak(t.namaLembarPanjang(name)));
  if (/[/\\?*:[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
    throw new WorkbookPlanError(t.rencanaDitolak(t.namaLembarTerlarang(name)));
  if (sameName(name, "History") || sameName(name, STATE_SHEET))
    throw new WorkbookPlanError(t.rencanaDitolak(t.namaLembarCadangan(name)));
}

const isIndex = (n: unknown, max: number): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) < max;

function validBox(sheet: string, box: RangeBox | undefined, what: string): void {
  if (
    !box ||
    !isIndex(box.top, MAX_ROWS) ||
    !isIndex(box.bottom, MAX_ROWS) ||
    !isIndex(box.left, MAX_COLS) ||
    !isIndex(box.right, MAX_COLS) ||
    box.top > box.bottom ||
    box.left > box.right
  ) {
    throw new WorkbookPlanError(t.rencanaDitolak(t.koordinatSalah(sheet, what)));
  }
}

const intersects = (a: RangeBox, b: RangeBox) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const sameBox = (a: RangeBox, b: RangeBox) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

const H_ALIGN = new Set(["left", "center", "right"]);
const V_ALIGN = new Set(["top", "middle", "bottom"]);

function validCellWrite(sheet: string, row: number, col: number, w: CellWrite): void {
  const bad = (what: string): never => {
    throw new WorkbookPlanError(t.rencanaDitolak(t.nilaiTidakSah(sheet, a1(row, col), what)));
  };
  if (typeof w !== "object" || w === null) bad(String(w));
  const hasFormula = w.formula !== undefined;
  if (hasFormula && w.value !== undefined) bad(t.nilaiDanRumus);
  if (w.value !== undefined) {
    const v = w.value;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) bad(t.angkaTidakHingga);
    } else if (typeof v === "string") {
      if (v.length > MAX_TEXT) bad(t.teksTerlaluPanjang);
    } else if (v !== null && typeof v !== "boolean") {
      bad(typeof v);
    }
  }
  if (hasFormula) {
    if (typeof w.formula !== "string" || w.formula.replace(/^=/, "").trim() === "") bad(t.rumusKosong);
    if ((w.formula as string).length > MAX_FORMULA) bad(t.rumusTerlaluPanjang);
  }
  if (
    w.numberFormat !== undefined &&
    (typeof w.numberFormat !== "string" || w.numberFormat === "" || w.numberFormat.length > 255)
  )
    bad(t.formatTidakSah);
  const s = w.style;
  if (s !== undefined) {
    if (typeof s !== "object" || s === null) bad(t.gayaTidakSah(String(s)));
    for (const key of ["bold", "italic", "border", "wrap"] as const)
      if (s[key] !== undefined && typeof s[key] !== "boolean") bad(t.gayaTidakSah(key));
    if (
      s.fontName !== undefined &&
      (typeof s.fontName !== "string" || s.fontName.trim() === "" || s.fontName.length > 31)
    )
      bad(t.gayaTidakSah("fontName"));
    if (s.fontSize !== undefined && (typeof s.fontSize !== "number" || !(s.fontSize >= 1 && s.fontSize <= 409)))
      bad(t.gayaTidakSah("fontSize"));
    if (s.fill !== undefined && (typeof s.fill !== "string" || !/^[0-9A-Fa-f]{6}$/.test(s.fill)))
      bad(t.gayaTidakSah("fill"));
    if (s.hAlign !== undefined && !H_ALIGN.has(s.hAlign)) bad(t.gayaTidakSah("hAlign"));
    if (s.vAlign !== undefined && !V_ALIGN.has(s.vAlign)) bad(t.gayaTidakSah("vAlign"));
  }
}

/** What validation learned that execution needs. */
interface Checked {
  /** Per op index: a merge op that repeats an existing merge exactly (nothing to do). */
  noopMerges: Set<number>;
  /** Per op index: the JSON of a state op. */
  stateJson: Map<number, string>;
}

interface SimSheet {
  name: string;
  hidden: boolean;
  merges: RangeBox[];
}

/** Walks the plan against a model of the workbook's sheets; throws before anything is changed. */
function validatePlan(wb: ExcelJS.Workbook, plan: WritePlan): Checked {
  if (!plan || !Array.isArray(plan.ops))
    throw new WorkbookPlanError(t.rencanaDitolak(t.jenisTidakDikenal(String(plan))));
  const sheets: SimSheet[] = [];
  for (const ws of wb.worksheets) {
    if (sameName(ws.name, STATE_SHEET)) continue;
    const merges: RangeBox[] = [];
    const m = internals(ws)._merges;
    for (const key of Object.keys(m)) {
      const r = m[key];
      merges.push({ top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 });
    }
    sheets.push({ name: ws.name, hidden: ws.state !== "visible" && ws.state !== undefined, merges });
  }
  const find = (name: string): SimSheet => {
    const s = typeof name === "string" ? sheets.find((x) => sameName(x.name, name)) : undefined;
    if (!s) throw new WorkbookPlanError(t.rencanaDitolak(t.lembarTidakAda(String(name))));
    return s;
  };
  const checked: Checked = { noopMerges: new Set(), stateJson: new Map() };

  plan.ops.forEach((op: WriteOp, index) => {
    switch (op.kind) {
      case "cells": {
        const sheet = find(op.sheet);
        if (!isIndex(op.row, MAX_ROWS) || !isIndex(op.col, MAX_COLS) || !Array.isArray(op.cells))
          throw new WorkbookPlanError(
            t.rencanaDitolak(t.koordinatSalah(sheet.name, `baris ${op.row}, kolom ${op.col}`)),
          );
        for (let i = 0; i < op.cells.length; i++) {
          const line = op.cells[i];
          if (!Array.isArray(line))
            throw new WorkbookPlanError(t.rencanaDitolak(t.koordinatSalah(sheet.name, `baris ke-${i + 1}`)));
          const r = op.row + i;
          for (let j = 0; j < line.length; j++) {
            const w = line[j];
            if (w === null || w === undefined) continue;
            const c = op.col + j;
            if (r >= MAX_ROWS || c >= MAX_COLS)
              throw new WorkbookPlanError(
                t.rencanaDitolak(t.selDiLuarBatas(sheet.name, `baris ${r + 1}, kolom ${c + 1}`)),
              );
            validCellWrite(sheet.name, r, c, w);
            const writesContent =
              w.formula !== undefined || (w.value !== undefined && w.value !== null && w.value !== "");
            if (writesContent && sheet.merges.length > 0) {
              for (const m of sheet.merges) {
                if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left)) {
                  throw new WorkbookPlanError(
                    t.rencanaDitolak(t.selGabunganBawahan(sheet.name, a1(r, c), a1(m.top, m.left))),
                  );
                }
              }
            }
          }
        }
        break;
      }
      case "addSheet": {
        validSheetName(op.sheet);
        if (sheets.some((x) => sameName(x.name, op.sheet)))
          throw new WorkbookPlanError(t.rencanaDitolak(t.lembarSudahAda(op.sheet)));
        sheets.push({ name: op.sheet, hidden: false, merges: [] });
        break;
      }
      case "deleteSheet": {
        const s = find(op.sheet);
        sheets.splice(sheets.indexOf(s), 1);
        break;
      }
      case "merge": {
        const s = find(op.sheet);
        validBox(s.name, op.range, "gabungan sel");
        const same = s.merges.find((m) => sameBox(m, op.range));
        if (same) {
          checked.noopMerges.add(index);
          break;
        }
        const other = s.merges.find((m) => intersects(m, op.range));
        if (other)
          throw new WorkbookPlanError(t.rencanaDitolak(t.gabunganTumpang(s.name, boxA1(op.range), boxA1(other))));
        s.merges.push({ ...op.range });
        break;
      }
      case "columnWidth": {
        const s = find(op.sheet);
        if (!isIndex(op.col, MAX_COLS))
          throw new WorkbookPlanError(t.rencanaDitolak(t.koordinatSalah(s.name, `kolom ${op.col}`)));
        if (op.width !== null && (typeof op.width !== "number" || !(op.width >= 0 && op.width <= 255)))
          throw new WorkbookPlanError(t.rencanaDitolak(t.lebarKolomSalah(s.name, columnLetter(op.col))));
        break;
      }
      case "rowHeight": {
        const s = find(op.sheet);
        if (!isIndex(op.row, MAX_ROWS))
          throw new WorkbookPlanError(t.rencanaDitolak(t.koordinatSalah(s.name, `baris ${op.row}`)));
        if (typeof op.height !== "number" || !(op.height >= 0 && op.height <= 409))
          throw new WorkbookPlanError(t.rencanaDitolak(t.tinggiBarisSalah(s.name, op.row + 1)));
        break;
      }
      // Looks (./look.ts): the target must be a valid box on an existing sheet.
      case "unmerge": {
        const s = find(op.sheet);
        validBox(s.name, op.range, "gabungan sel");
        s.merges = s.merges.filter((m) => !intersects(m, op.range));
        break;
      }
      case "styleLike": {
        const s = find(op.sheet);
        validBox(s.name, op.range, "gaya sel");
        const r = op.range;
        const from = op.from ?? { row: NaN, col: NaN };
        validBox(
          s.name,
          { top: from.row, left: from.col, bottom: from.row + r.bottom - r.top, right: from.col + r.right - r.left },
          "gaya sel",
        );
        break;
      }
      case "restoreStyles": {
        const s = find(op.sheet);
        if (!isIndex(op.row, MAX_ROWS) || !isIndex(op.col, MAX_COLS) || !Array.isArray(op.looks))
          throw new WorkbookPlanError(t.rencanaDitolak(t.koordinatSalah(s.name, `baris ${op.row}, kolom ${op.col}`)));
        break;
      }
      case "pageSetup": {
        const s = find(op.sheet);
        const p = op.setup;
        const bad = (what: string): never => {
          throw new WorkbookPlanError(t.rencanaDitolak(t.tataHalamanSalah(s.name, what)));
        };
        if (!p || typeof p !== "object") bad("kosong");
        if (!(p.paper in PAPER_CODE)) bad(`kertas ${String(p.paper)}`);
        if (p.orientation !== "portrait" && p.orientation !== "landscape") bad(`orientasi ${String(p.orientation)}`);
        if (typeof p.fitToWidth !== "boolean") bad("fitToWidth");
        if (p.printTitleRows !== undefined) {
          const [a, b] = Array.isArray(p.printTitleRows) ? p.printTitleRows : [NaN, NaN];
          if (!isIndex(a, MAX_ROWS) || !isIndex(b, MAX_ROWS) || a > b) bad("baris judul cetak");
        }
        break;
      }
      case "chart": {
        const s = find(op.sheet);
        if (!op.chart || typeof op.chart !== "object")
          throw new WorkbookPlanError(t.rencanaDitolak(t.koordinatSalah(s.name, "grafik")));
        break;
      }
      case "state": {
        const st = op.state;
        if (!st || typeof st !== "object" || st.version !== 1)
          throw new WorkbookPlanError(t.rencanaDitolak(t.stateTidakSah));
        let json: string;
        try {
          json = JSON.stringify(st);
        } catch {
          throw new WorkbookPlanError(t.rencanaDitolak(t.stateTidakSah));
        }
        checked.stateJson.set(index, json);
        break;
      }
      default:
        throw new WorkbookPlanError(t.rencanaDitolak(t.jenisTidakDikenal(String((op as { kind?: unknown }).kind))));
    }
  });

  if (!sheets.some((s) => !s.hidden)) throw new WorkbookPlanError(t.rencanaDitolak(t.lembarTerakhir));
  return checked;
}

// ---------------------------------------------------------------------------------------------------
// Plan execution

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/** The cell's new style: a fresh object (ExcelJS shares style objects between cells). */
function newStyle(base: Partial<ExcelJS.Style> | undefined, w: CellWrite): Partial<ExcelJS.Style> {
  const st: Partial<ExcelJS.Style> = { ...(base ?? {}) };
  if (w.numberFormat !== undefined) st.numFmt = w.numberFormat;
  const s = w.style;
  if (!s) return st;
  if (s.bold !== undefined || s.italic !== undefined || s.fontName !== undefined || s.fontSize !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...(st.font ?? {}) };
    if (s.fontName !== undefined) {
      font.name = s.fontName;
      // A theme font ignores its name in some readers: a named font is a plain font.
      delete font.scheme;
    }
    if (s.fontSize !== undefined) font.size = s.fontSize;
    if (s.bold !== undefined) font.bold = s.bold;
    if (s.italic !== undefined) font.italic = s.italic;
    st.font = font;
  }
  if (s.fill !== undefined) {
    st.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill.toUpperCase()}` } };
  }
  if (s.border !== undefined) {
    st.border = s.border ? { top: { ...THIN }, left: { ...THIN }, bottom: { ...THIN }, right: { ...THIN } } : {};
  }
  if (s.hAlign !== undefined || s.vAlign !== undefined || s.wrap !== undefined) {
    const al: Partial<ExcelJS.Alignment> = { ...(st.alignment ?? {}) };
    if (s.hAlign !== undefined) al.horizontal = s.hAlign;
    if (s.vAlign !== undefined) al.vertical = s.vAlign;
    if (s.wrap !== undefined) al.wrapText = s.wrap;
    st.alignment = al;
  }
  return st;
}

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => sameName(ws.name, name));
}

function writeStateSheet(wb: ExcelJS.Workbook, json: string): void {
  let ws = findSheet(wb, STATE_SHEET);
  if (!ws) ws = wb.addWorksheet(STATE_SHEET);
  ws.state = "veryHidden";
  const rows = internals(ws)._rows;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]?._cells;
    if (!cells) continue;
    for (const cell of cells) if (cell && cell.type !== T_NULL && cell.type !== T_MERGE) cell.value = null;
  }
  const chunks = splitChunks(json);
  for (let i = 0; i < chunks.length; i++) ws.getCell(i + 1, 1).value = chunks[i];
}

/** Puts the active tab back on a visible sheet after sheets were removed. */
function fixViews(wb: ExcelJS.Workbook): void {
  const views = wb.views as (ExcelJS.WorkbookView & { firstSheet?: number })[] | undefined;
  if (!views || views.length === 0) return;
  const list = wb.worksheets;
  for (const v of views) {
    const active = v.activeTab ?? 0;
    if (active >= list.length || list[active]?.state !== "visible") {
      const firstVisible = list.findIndex((ws) => ws.state === "visible" || ws.state === undefined);
      v.activeTab = Math.max(0, firstVisible);
    }
    if (v.firstSheet !== undefined && v.firstSheet >= list.length) v.firstSheet = 0;
  }
}

export class ExcelJsWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Parses .xlsx bytes. Damaged data gives a WorkbookFileError naming `fileName`. */
  static async load(data: ArrayBuffer | Uint8Array, fileName = "buku kerja"): Promise<ExcelJsWorkbook> {
    const wb = new ExcelJS.Workbook();
    try {
      // ExcelJS hands the data to JSZip, which takes an ArrayBuffer or a Uint8Array.
      await wb.xlsx.load(data as ArrayBuffer);
    } catch (cause) {
      throw new WorkbookFileError("damaged", fileName, t.berkasRusak(fileName), { cause });
    }
    // ExcelJS accepts any zip (a Word document renamed .xlsx too); a workbook without sheets is not what
    // Excel writes. Checked here so that the command line and the standalone page say the same.
    if (wb.worksheets.length === 0) throw new WorkbookFileError("damaged", fileName, t.bukanBukuKerja(fileName));
    return new ExcelJsWorkbook(wb);
  }

  /** A new, empty workbook. */
  static create(): ExcelJsWorkbook {
    return new ExcelJsWorkbook(new ExcelJS.Workbook());
  }

  async toBuffer(): Promise<Uint8Array> {
    const out = (await this.workbook.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
    return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out);
  }

  async read(): Promise<WorkbookSnapshot> {
    const date1904 = !!this.workbook.properties?.date1904;
    const sheets: SheetSnapshot[] = [];
    let stateSheet: ExcelJS.Worksheet | undefined;
    for (const ws of this.workbook.worksheets) {
      if (sameName(ws.name, STATE_SHEET)) {
        stateSheet = ws;
        continue;
      }
      sheets.push(readSheet(ws, date1904));
    }
    return { sheets, state: readState(stateSheet) };
  }

  async apply(given: WritePlan, onProgress?: ProgressFn): Promise<ApplyResult> {
    const wb = this.workbook;
    const plan = withRecords(given, (name) => findSheet(wb, name));
    const checked = validatePlan(wb, plan);
    let cellsWritten = 0;
    let wroteFormula = false;
    let removedSheet = false;
    const skipped: string[] = [];
    const total = plan.ops.length;

    plan.ops.forEach((op, index) => {
      switch (op.kind) {
        case "cells": {
          const ws = findSheet(wb, op.sheet)!;
          for (let i = 0; i < op.cells.length; i++) {
            const line = op.cells[i];
            let row: ExcelJS.Row | undefined;
            for (let j = 0; j < line.length; j++) {
              const w = line[j];
              if (w === null || w === undefined) continue;
              row ??= ws.getRow(op.row + i + 1);
              const cell = row.getCell(op.col + j + 1);
              const isSlave = cell.type === T_MERGE;
              if (w.formula !== undefined) {
                cell.value = { formula: toStoredFormula(w.formula) } as ExcelJS.CellFormulaValue;
                wroteFormula = true;
              } else if (w.value !== undefined) {
                // Text is set as a string value: ExcelJS stores it as text, never as a formula.
                const v = w.value === "" ? null : w.value;
                if (!(isSlave && v === null)) cell.value = v;
              }
              if (w.numberFormat !== undefined || w.style !== undefined) cell.style = newStyle(cell.style, w);
              cellsWritten++;
            }
          }
          break;
        }
        case "addSheet":
          wb.addWorksheet(op.sheet);
          break;
        case "deleteSheet": {
          const ws = findSheet(wb, op.sheet)!;
          wb.removeWorksheet(ws.id);
          removedSheet = true;
          break;
        }
        case "merge":
          if (!checked.noopMerges.has(index)) {
            const r = op.range;
            findSheet(wb, op.sheet)!.mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
          }
          break;
        case "columnWidth":
          applyColumnWidth(findSheet(wb, op.sheet)!, op.col, op.width);
          break;
        case "unmerge": {
          const r = op.range;
          const ws = findSheet(wb, op.sheet)!;
          for (const m of Object.values(internals(ws)._merges)) {
            if (m.top - 1 <= r.bottom && r.top <= m.bottom - 1 && m.left - 1 <= r.right && r.left <= m.right - 1)
              ws.unMergeCells(m.top, m.left, m.bottom, m.right);
          }
          break;
        }
        case "styleLike":
          applyStyleLike(findSheet(wb, op.sheet)!, op.from, op.range);
          cellsWritten += (op.range.bottom - op.range.top + 1) * (op.range.right - op.range.left + 1);
          break;
        case "restoreStyles":
          applyRestoreStyles(findSheet(wb, op.sheet)!, op);
          break;
        case "rowHeight":
          // ExcelJS writes customHeight="1": Excel and LibreOffice keep it and do not size the row again
          findSheet(wb, op.sheet)!.getRow(op.row + 1).height = op.height;
          break;
        case "pageSetup": {
          const ps = findSheet(wb, op.sheet)!.pageSetup;
          const s = op.setup;
          ps.paperSize = PAPER_CODE[s.paper] as ExcelJS.PaperSize;
          ps.orientation = s.orientation;
          if (s.fitToWidth) {
            ps.fitToPage = true;
            ps.fitToWidth = 1;
            ps.fitToHeight = 0;
          } else {
            ps.fitToPage = false;
          }
          if (s.printTitleRows) ps.printTitlesRow = `${s.printTitleRows[0] + 1}:${s.printTitleRows[1] + 1}`;
          else delete (ps as { printTitlesRow?: string }).printTitlesRow;
          break;
        }
        case "chart":
          skipped.push(t.grafikDilewati(op.chart.title, op.sheet));
          break;
        case "state":
          writeStateSheet(wb, checked.stateJson.get(index)!);
          break;
      }
      onProgress?.(index + 1, total);
    });

    if (wroteFormula) {
      wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
    }
    if (removedSheet) fixViews(wb);
    return skipped.length > 0 ? { cellsWritten, skipped } : { cellsWritten };
  }
}
