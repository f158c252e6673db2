/**
 * Checks a whole write plan against the workbook's sheets before anything is changed: sheet names,
 * coordinates, values, formulas, formats, styles, merges, page setup and state. A plan that cannot be
 * carried out throws a WorkbookPlanError with an Indonesian sentence naming the sheet and cell.
 */
import { pesanExcelJs as t } from "../../core/i18n/exceljs";
import { a1, boxA1, columnLetter } from "../../core/workbook/address";
import { STATE_SHEET, type CellWrite, type RangeBox, type WritePlan, type WriteOp } from "../../core/workbook/port";
import { sheetNameProblem } from "../../core/workbook/sheet-name";
import { encodeState } from "../../core/workbook/state";
import { WorkbookPlanError } from "./errors";
import { PAPER_CODE } from "./sheet-struct";

/** A cell as the user names it ("XFE2"), or 1-based numbers when the coordinates are not whole numbers. */
function placeA1(row: unknown, col: unknown): string {
  const whole = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
  if (whole(row) && whole(col)) return a1(row, col);
  const one = (n: unknown) => (typeof n === "number" ? String(n + 1) : String(n));
  return `baris ${one(row)}, kolom ${one(col)}`;
}

function placeCol(col: unknown): string {
  if (typeof col !== "number") return String(col);
  return Number.isInteger(col) && col >= 0 ? columnLetter(col) : String(col + 1);
}

/** Excel's sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

// Plan validation

export const sameName = (a: string, b: string) => a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");

/** The rules live in one home: src/core/workbook/sheet-name.ts. */
function validSheetName(name: unknown): asserts name is string {
  const problem = sheetNameProblem(name);
  if (problem === null) return;
  const n = String(name);
  const detail =
    problem === "kosong"
      ? t.namaLembarKosong
      : problem === "panjang"
        ? t.namaLembarPanjang(n)
        : problem === "terlarang"
          ? t.namaLembarTerlarang(n)
          : t.namaLembarCadangan(n);
  throw new WorkbookPlanError(t.rencanaDitolak(detail));
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
export interface Checked {
  /** Per op index: a merge op that repeats an existing merge exactly (nothing to do). */
  noopMerges: Set<number>;
}

export interface SimSheet {
  name: string;
  hidden: boolean;
  merges: RangeBox[];
}

/** Walks the plan against a model of the workbook's sheets; throws before anything is changed. */
export function validatePlan(existing: SimSheet[], plan: WritePlan): Checked {
  if (!plan || !Array.isArray(plan.ops))
    throw new WorkbookPlanError(t.rencanaDitolak(t.jenisTidakDikenal(String(plan))));
  const sheets: SimSheet[] = existing
    .filter((s) => !sameName(s.name, STATE_SHEET))
    .map((s) => ({ name: s.name, hidden: s.hidden, merges: [...s.merges] }));
  const find = (name: string): SimSheet => {
    const s = typeof name === "string" ? sheets.find((x) => sameName(x.name, name)) : undefined;
    if (!s) throw new WorkbookPlanError(t.rencanaDitolak(t.lembarTidakAda(String(name))));
    return s;
  };
  const checked: Checked = { noopMerges: new Set() };

  plan.ops.forEach((op: WriteOp, index) => {
    switch (op.kind) {
      case "cells": {
        const sheet = find(op.sheet);
        if (!isIndex(op.row, MAX_ROWS) || !isIndex(op.col, MAX_COLS) || !Array.isArray(op.cells))
          throw new WorkbookPlanError(t.rencanaDitolak(t.koordinatSalah(sheet.name, placeA1(op.row, op.col))));
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
              throw new WorkbookPlanError(t.rencanaDitolak(t.selDiLuarBatas(sheet.name, placeA1(r, c))));
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
          throw new WorkbookPlanError(t.rencanaDitolak(t.koordinatSalah(s.name, `kolom ${placeCol(op.col)}`)));
        if (op.width !== null && (typeof op.width !== "number" || !(op.width >= 0 && op.width <= 255)))
          throw new WorkbookPlanError(t.rencanaDitolak(t.lebarKolomSalah(s.name, columnLetter(op.col))));
        break;
      }
      case "rowHeight": {
        const s = find(op.sheet);
        if (!isIndex(op.row, MAX_ROWS))
          throw new WorkbookPlanError(t.rencanaDitolak(t.koordinatSalah(s.name, `baris ${op.row + 1}`)));
        if (typeof op.height !== "number" || !(op.height >= 0 && op.height <= 409))
          throw new WorkbookPlanError(t.rencanaDitolak(t.tinggiBarisSalah(s.name, op.row + 1)));
        break;
      }
      // Looks: the target (and the source of a styleLike) must be a valid box on an existing sheet.
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
          throw new WorkbookPlanError(t.rencanaDitolak(t.koordinatSalah(s.name, a1(op.row, op.col))));
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
        // As it will be stored (the undo record's runs compacted): a 300,000-row fill's record is not also
        // turned into 24 MB of JSON only to be thrown away.
        try {
          encodeState(st);
        } catch {
          throw new WorkbookPlanError(t.rencanaDitolak(t.stateTidakSah));
        }
        break;
      }
      default:
        throw new WorkbookPlanError(t.rencanaDitolak(t.jenisTidakDikenal(String((op as { kind?: unknown }).kind))));
    }
  });

  if (!sheets.some((s) => !s.hidden)) throw new WorkbookPlanError(t.rencanaDitolak(t.lembarTerakhir));
  return checked;
}
