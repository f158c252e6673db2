/**
 * Fill: the write plan for the computed columns (capaian, predikat, penyerapan, sisa, efisiensi,
 * capaianAkhir, and sasaran means), complete before anything is written.
 *
 * - Live Excel formulas by default (the rule of ../calc, so a click on a cell shows how it was computed and it
 *   follows when realisasi changes); parent rows sum their children. Values on request ("nilai").
 * - Only output cells are touched (and, on request, the input cells holding numbers as text: ./text.ts).
 *   How a write meets what a cell holds is the left-alone rule of ./resolve.ts. Running fill twice gives the
 *   same workbook.
 * - A formula that would read a number stored as text cannot use it: the value is written and the summary
 *   says which input stopped it; converting the text first (convertText) makes every computed cell a formula.
 * - Added columns look like the table (./columns.ts).
 * - The plan ends with a state op recording what it replaced, so the fill can be taken back.
 * Per kind of sheet: ./indikator.ts, ./anggaran.ts.
 */
import { teksIsi } from "../i18n/fill";
import type { Analysis, Temuan } from "../model";
import type { RunSettings } from "../settings/settings";
import { a1, columnLetter, parseA1 } from "../workbook/address";
import type { CellWrite, StoredState, WorkbookSnapshot, WriteOp, WritePlan } from "../workbook/port";
import { planAnggaranSheet } from "./anggaran";
import { PlanContext, type Wanted } from "./builder";
import { previous, sameContent, SheetCells, type Existing } from "./cells";
import { planAddedColumns } from "./columns";
import { planIndikatorSheet } from "./indikator";
import { Judge } from "./resolve";
import { findTextInputs } from "./text";
import type { CellRef, FillOptions, FillResult, LeftAlone, TextInput, ValueCell } from "./types";
import { pushAll } from "../arrays";

export type * from "./types";

interface Accepted {
  w: Wanted;
  ex: Existing;
}

/**
 * Values by cell, in the order first set (as a Map keeps them). Keyed by sheet and column, then row: small
 * integers, where one number for sheet, row and column would not fit V8's small integers past 65,536 rows
 * (a heap number made and hashed per written cell).
 */
class CellMap<T> {
  private readonly byCol = new Map<number, Map<number, number>>();
  private readonly items: (T | undefined)[] = [];
  constructor(private readonly sheetIndex: (sheet: string) => number) {}
  private line(sheet: string, col: number): Map<number, number> {
    const k = this.sheetIndex(sheet) * 16_384 + col;
    let m = this.byCol.get(k);
    if (!m) this.byCol.set(k, (m = new Map()));
    return m;
  }
  get(sheet: string, row: number, col: number): T | undefined {
    const i = this.line(sheet, col).get(row);
    return i === undefined ? undefined : this.items[i];
  }
  set(sheet: string, row: number, col: number, v: T): void {
    const m = this.line(sheet, col);
    const i = m.get(row);
    if (i !== undefined && this.items[i] !== undefined) this.items[i] = v;
    else {
      m.set(row, this.items.length);
      this.items.push(v);
    }
  }
  delete(sheet: string, row: number, col: number): void {
    const m = this.line(sheet, col);
    const i = m.get(row);
    if (i === undefined) return;
    this.items[i] = undefined;
    m.delete(row);
  }
  /** Each value in the order first set; one may delete the value it is given. */
  forEach(f: (v: T) => void): void {
    for (let i = 0; i < this.items.length; i++) {
      const v = this.items[i];
      if (v !== undefined) f(v);
    }
  }
}

export function planFill(
  snapshot: WorkbookSnapshot,
  analysis: Analysis,
  settings: RunSettings,
  opts: FillOptions,
): FillResult {
  const recognition = analysis.recognition;
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, new SheetCells(s)]));
  const cellsOf = (sheet: string) => sheets.get(sheet) ?? new SheetCells(undefined);
  // Cells by numbers (sheet, column, row), not strings: the maps below hold a key per written cell.
  const sheetIndex = new Map<string, number>();
  const indexOf = (sheet: string): number => {
    let i = sheetIndex.get(sheet);
    if (i === undefined) sheetIndex.set(sheet, (i = sheetIndex.size));
    return i;
  };
  const text = findTextInputs(recognition);
  const convert = !!opts.convertText && text.list.length > 0;
  const ctx = new PlanContext(settings, opts.mode, sheets, convert ? text.conversions : new Map());

  const before: WriteOp[] = [];
  const after: WriteOp[] = [];
  const undoFirst: WriteOp[] = [];
  const addedColumns: FillResult["addedColumns"] = [];
  for (const layout of recognition.layouts) {
    if (!layout.headerRows || !layout.dataRows) continue;
    const cells = cellsOf(layout.sheet);
    if (layout.kind === "indikator") planIndikatorSheet(ctx, layout, recognition, analysis, cells);
    else if (layout.kind === "anggaran") planAnggaranSheet(ctx, layout, recognition, analysis);
    else continue;
    const cols = planAddedColumns(ctx, layout, cells);
    pushAll(before, cols.before);
    pushAll(after, cols.after);
    pushAll(undoFirst, cols.undo);
    for (const c of layout.columns)
      if (c.added) addedColumns.push({ sheet: layout.sheet, column: columnLetter(c.col), header: c.header });
  }

  // The left-alone rule, cell by cell.
  const judge = new Judge(analysis, settings.desimal);
  const accepted = new CellMap<Accepted>(indexOf);
  const result: Omit<FillResult, "plan" | "undo" | "temuan"> = {
    mode: opts.mode,
    force: opts.force,
    written: [],
    formulas: [],
    values: [],
    sameValue: [],
    unchanged: [],
    keptFormulas: [],
    leftAlone: [],
    overwritten: [],
    textInputs: text.list,
    converted: convert,
    addedColumns,
  };
  const leftText = new CellMap<true>(indexOf); // cells left alone that hold text (a formula reading them gives "")
  const ref = (w: Wanted): CellRef => ({ sheet: w.sheet, cell: a1(w.row, w.col) });
  // Indexed loops over the per-cell arrays: plan runs once, and a for-of there makes an iterator result per cell.
  for (let wi = 0; wi < ctx.wanted.length; wi++) {
    const w = ctx.wanted[wi];
    const cells = cellsOf(w.sheet);
    if (cells.hidden(w.row, w.col)) continue; // e.g. a RATA-RATA label merged over the capaian column
    const ex = cells.get(w.row, w.col);
    const v = judge.verdict(w, ex);
    if (v === "tetap") {
      result.unchanged.push(ref(w));
      continue;
    }
    if (v === "rumusSama") {
      result.keptFormulas.push(ref(w));
      continue;
    }
    if (v === "beda" || v === "tanpaNilai") {
      const shown = judge.shown(w, ex);
      const l: LeftAlone = {
        ...ref(w),
        kind: v,
        label: w.label,
        ...shown,
        existingFormula: ex.formula,
        formula: w.write.formula ?? null,
        description: w.description,
      };
      if (!opts.force) {
        result.leftAlone.push(l);
        if (typeof ex.value === "string" && ex.formula === null) leftText.set(w.sheet, w.row, w.col, true);
        continue;
      }
      result.overwritten.push(l);
    }
    if (v === "sama") result.sameValue.push(ref(w));
    accepted.set(w.sheet, w.row, w.col, { w, ex });
  }

  // A formula reading a cell that stays text would show "": the value instead, and say why.
  const staysText = (sheet: string, row: number, col: number): boolean => {
    const a = accepted.get(sheet, row, col);
    if (a) return a.w.write.formula === undefined && typeof a.w.write.value === "string";
    if (leftText.get(sheet, row, col)) return true;
    const ex = cellsOf(sheet).get(row, col);
    return ex.formula === null && typeof ex.value === "string" && ex.value.trim() !== "";
  };
  // The map itself is walked: only the entry being visited is ever deleted.
  accepted.forEach((a) => {
    const w = a.w;
    if (w.write.formula === undefined || !w.dependsOn) return;
    const bad = w.dependsOn.find((d) => staysText(w.sheet, d.row, d.col));
    if (!bad || !w.fallback) return;
    w.write = w.fallback;
    w.valueReason = { reason: "capaianTeks", input: `${w.sheet}!${a1(bad.row, bad.col)}` };
    if (sameContent(a.ex, w.write)) {
      // Already the value it gets (a second fill): nothing to do.
      accepted.delete(w.sheet, w.row, w.col);
      const cell = a1(w.row, w.col);
      result.sameValue = result.sameValue.filter((x) => x.sheet !== w.sheet || x.cell !== cell);
      result.unchanged.push(ref(w));
    }
  });

  const temuan: Temuan[] = [];
  for (const l of result.leftAlone) {
    const at = `${l.sheet}!${l.cell}`;
    temuan.push({
      code: "tidak-ditimpa",
      severity: l.kind === "beda" ? "error" : "warning",
      sheet: l.sheet,
      cell: l.cell,
      message:
        l.kind === "beda"
          ? teksIsi.dibiarkan(at, l.label, l.existing, l.wanted)
          : teksIsi.dibiarkanTanpaNilai(at, l.label, l.existing),
    });
  }

  // Writes: converted inputs first, then the computed cells, one block per column.
  const writes: { sheet: string; row: number; col: number; write: CellWrite }[] = [];
  if (convert) {
    for (const t of text.list) {
      const { row, col } = parseA1(t.cell);
      writes.push({ sheet: t.sheet, row, col, write: { value: t.value, numberFormat: t.numberFormat } });
      result.written.push({ sheet: t.sheet, cell: t.cell });
    }
  }
  accepted.forEach(({ w }) => {
    writes.push(w);
    // One reference object for the lists that name the cell (a fill of 100,000 rows names 200,000 cells).
    const at = ref(w);
    result.written.push(at);
    if (w.kind !== "hitung") return;
    if (w.write.formula !== undefined) result.formulas.push(at);
    else {
      const vr = w.valueReason;
      const vc: ValueCell = { ...at, label: w.label, reason: vr?.reason ?? "teks", input: vr?.input ?? null };
      if (opts.mode === "rumus" && vr) {
        result.values.push(vc);
        temuan.push({
          code: "ditulis-sebagai-nilai",
          severity: "info",
          sheet: w.sheet,
          cell: vc.cell,
          message: teksIsi.ditulisSebagaiNilai(`${w.sheet}!${vc.cell}`, w.label, alasan(vc)),
        });
      } else if (opts.mode === "nilai") result.values.push(vc);
    }
  });

  const cellOps: WriteOp[] = [];
  const undo: WriteOp[] = [...undoFirst];
  const bySheetCol = new Map<number, typeof writes>();
  for (let xi = 0; xi < writes.length; xi++) {
    const x = writes[xi];
    const k = indexOf(x.sheet) * 16_384 + x.col;
    let l = bySheetCol.get(k);
    if (!l) bySheetCol.set(k, (l = []));
    l.push(x);
  }
  // What an empty cell held is the same write for every empty cell of one format: one object per format.
  const emptyBefore = new Map<string, CellWrite>();
  const before0 = (e: Existing): CellWrite => {
    if (e.formula !== null || e.value !== null) return previous(e);
    let p = emptyBefore.get(e.numberFormat);
    if (!p) emptyBefore.set(e.numberFormat, (p = previous(e)));
    return p;
  };
  for (const ws of bySheetCol.values()) {
    ws.sort((x, y) => x.row - y.row);
    const { sheet, col } = ws[0];
    const top = ws[0].row;
    const bottom = ws[ws.length - 1].row;
    const block: (CellWrite | null)[][] = Array.from({ length: bottom - top + 1 }, () => [null]);
    // The record of what was there: rows left alone share one [null], and cells that were empty share one
    // row per number format, so 100,000 empty cells are not 100,000 objects (and store as one run, state.ts).
    const gap: (CellWrite | null)[] = [null];
    const back: (CellWrite | null)[][] = new Array<(CellWrite | null)[]>(bottom - top + 1).fill(gap);
    const emptyRows = new Map<string, (CellWrite | null)[]>();
    for (let xi = 0; xi < ws.length; xi++) {
      const x = ws[xi];
      block[x.row - top][0] = x.write;
      const was = before0(cellsOf(sheet).get(x.row, col));
      if (was.formula === undefined && was.value === null) {
        const nf = was.numberFormat ?? "";
        let row = emptyRows.get(nf);
        if (!row) emptyRows.set(nf, (row = [was]));
        back[x.row - top] = row;
      } else back[x.row - top] = [was];
    }
    cellOps.push({ kind: "cells", sheet, row: top, col, cells: block });
    undo.push({ kind: "cells", sheet, row: top, col, cells: back });
  }

  const ops: WriteOp[] = [];
  if (cellOps.length > 0) {
    pushAll(pushAll(pushAll(ops, before), cellOps), after);
    // A text conversion made on its own just before (planConvertText) is taken back with this fill.
    const chained = snapshot.state?.undoOf === "ubahTeks" ? (snapshot.state.undo ?? []) : [];
    const state: StoredState = {
      ...(snapshot.state ?? { version: 1 }),
      version: 1,
      undo: [...undo, ...chained],
      undoOf: "isi",
    };
    ops.push({ kind: "state", state });
  }
  return { ...result, plan: { ops }, undo, temuan };
}

/** Why a value was written, in words. */
export function alasan(v: ValueCell): string {
  const A = teksIsi.alasanNilai;
  switch (v.reason) {
    case "teks":
      return A.teks(v.input ?? "");
    case "capaianTeks":
      return A.capaianTeks(v.input ?? "");
    default:
      return A[v.reason];
  }
}

/**
 * The plan that only turns input numbers stored as text into numbers (the pane's "Ubah N angka-teks menjadi
 * angka"), recorded for Batalkan; a fill right after it is taken back together with it.
 */
export function planConvertText(snapshot: WorkbookSnapshot, analysis: Analysis): ConvertResult {
  const text = findTextInputs(analysis.recognition);
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, new SheetCells(s)]));
  const ops: WriteOp[] = [];
  const undo: WriteOp[] = [];
  for (const t of text.list) {
    const { row, col } = parseA1(t.cell);
    const ex = (sheets.get(t.sheet) ?? new SheetCells(undefined)).get(row, col);
    ops.push({ kind: "cells", sheet: t.sheet, row, col, cells: [[{ value: t.value, numberFormat: t.numberFormat }]] });
    undo.push({ kind: "cells", sheet: t.sheet, row, col, cells: [[previous(ex)]] });
  }
  if (ops.length > 0) {
    const state: StoredState = { ...(snapshot.state ?? { version: 1 }), version: 1, undo, undoOf: "ubahTeks" };
    ops.push({ kind: "state", state });
  }
  return { plan: { ops }, converted: text.list, undo };
}

export interface ConvertResult {
  plan: WritePlan;
  converted: TextInput[];
  undo: WriteOp[];
}
