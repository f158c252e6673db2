/**
 * Fill: the write plan for the computed columns (capaian, predikat, penyerapan, sisa, efisiensi,
 * capaianAkhir, and sasaran means), complete before anything is written.
 *
 * - Live Excel formulas by default (the rule of ../calc, so a click on a cell shows how it was computed and it
 *   follows when realisasi changes); parent rows sum their children. Values on request ("nilai").
 * - Only output cells are touched. A cell that already holds something different from what would be
 *   written is left alone and reported (force overwrites). Running fill twice gives the same workbook.
 * - Where an input is a number stored as text, a formula cannot use it: the computed value is written and
 *   an info finding says why.
 * - The plan ends with a state op recording what it replaced, so the fill can be taken back.
 */
import {
  capaianFormula,
  efisiensiFormula,
  penyerapanFormula,
  penyerapanIndukFormula,
  predikatFormula,
  rataRataFormula,
  sisaFormula,
  sisaIndukFormula,
} from "../calc";
import type { Computation } from "../compute";
import { AnggaranTree } from "../compute";
import type { CellRef, FillOptions, FillResult, LeftAlone } from "./types";
import { pesan } from "../i18n/engine";
import type {
  AnggaranHasil,
  AnggaranRow,
  ColumnInfo,
  OutputRole,
  Reading,
  Recognition,
  SheetLayout,
  Temuan,
} from "../model";
import { formatAngka } from "../numbers";
import { predikatBands, type Settings } from "../settings/settings";
import { a1 } from "../workbook/address";
import type { CellValue, CellWrite, SheetSnapshot, StoredState, WorkbookSnapshot, WriteOp } from "../workbook/port";
import { isCellError } from "../workbook/port";

const MAX_FORMULA = 8000;
/** More separate ranges than this cannot make a formula under MAX_FORMULA. */
const MAX_RUNS = 400;

function countRuns(rows: { row: number }[]): number {
  let n = 0;
  for (let i = 0; i < rows.length; i++) if (i === 0 || rows[i].row !== rows[i - 1].row + 1) n++;
  return n;
}

interface Existing {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
}

class SheetCells {
  constructor(private readonly s: SheetSnapshot | undefined) {}
  /** A cell covered by a merged area other than its top-left cell: nothing can be written there. */
  hidden(row: number, col: number): boolean {
    return !!this.s?.merges.some(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
    );
  }
  get(row: number, col: number): Existing {
    const s = this.s;
    if (!s) return { value: null, formula: null, numberFormat: "General" };
    const r = row - s.originRow;
    const c = col - s.originCol;
    if (r < 0 || c < 0 || r >= s.values.length || c >= (s.values[r]?.length ?? 0))
      return { value: null, formula: null, numberFormat: "General" };
    return {
      value: s.values[r][c],
      formula: s.formulas[r]?.[c] ?? null,
      numberFormat: s.numberFormats[r]?.[c] ?? "General",
    };
  }
}

function isEmpty(e: Existing): boolean {
  return e.formula === null && (e.value === null || (typeof e.value === "string" && e.value.trim() === ""));
}

function normFormula(f: string): string {
  return f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
}

function sameContent(e: Existing, w: CellWrite): boolean {
  if (w.formula !== undefined) return e.formula !== null && normFormula(e.formula) === normFormula(w.formula);
  if (e.formula !== null) return false;
  const v = w.value ?? null;
  if (typeof v === "number" && typeof e.value === "number")
    return Math.abs(v - e.value) <= 1e-9 * Math.max(1, Math.abs(v));
  if (typeof v === "string" && typeof e.value === "string") return v.trim() === e.value.trim();
  return v === e.value;
}

function showExisting(e: Existing): string {
  if (e.formula !== null) return `=${e.formula}`;
  if (isCellError(e.value)) return e.value.error;
  if (typeof e.value === "number") return formatAngka(e.value, Math.min(decimalsIn(e.value), 6));
  return `"${String(e.value)}"`;
}

function showWanted(w: CellWrite, decimals: number): string {
  if (w.formula !== undefined) return `=${w.formula}`;
  if (typeof w.value === "number") return formatAngka(w.value, decimals);
  return `"${String(w.value ?? "")}"`;
}

function decimalsIn(x: number): number {
  const s = String(x);
  const i = s.indexOf(".");
  return i < 0 || s.includes("e") ? 0 : s.length - i - 1;
}

function previous(e: Existing): CellWrite {
  if (e.formula !== null) return { formula: e.formula, numberFormat: e.numberFormat };
  const v = isCellError(e.value) ? null : e.value;
  return { value: v, numberFormat: e.numberFormat };
}

function numberFormat(role: OutputRole, settings: Settings, asFraction: boolean): string {
  if (role === "sisa") return "#,##0";
  const d = settings.desimal;
  const base = d > 0 ? `0.${"0".repeat(d)}` : "0";
  return asFraction ? `${base}%` : base;
}

/** A reference usable in a formula for an input reading, or null when the cell cannot serve a formula. */
function operand(r: Reading | null): { ref: string } | { text: Reading } | null {
  if (!r) return null;
  if (r.fromText && r.value !== null) return { text: r };
  const ref = a1(r.row, r.col);
  // A numeric cell formatted as percent holds a fraction; the rules work in points.
  if (!r.fromText && r.unit === "%" && !r.isFormula && r.value !== null) return { ref: `${ref}*100` };
  return { ref };
}

/** Contiguous runs of rows as A1 ranges in one column: [5,6,7,9] -> ["C6:C8", "C10"]. */
export function runs(rows: number[], col: number): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? a1(sorted[i], col) : `${a1(sorted[i], col)}:${a1(sorted[j], col)}`);
    i = j + 1;
  }
  return out;
}

interface Wanted {
  row: number;
  col: number;
  write: CellWrite;
  decimals: number;
}

class PlanBuilder {
  readonly wanted = new Map<string, Wanted[]>(); // sheet -> cells
  readonly notes: Temuan[] = [];

  want(sheet: string, row: number, col: number, write: CellWrite, decimals: number): void {
    let list = this.wanted.get(sheet);
    if (!list) this.wanted.set(sheet, (list = []));
    list.push({ row, col, write, decimals });
  }

  noteValue(sheet: string, row: number, col: number, label: string, input: Reading): void {
    this.notes.push({
      code: "ditulis-sebagai-nilai",
      severity: "info",
      sheet,
      cell: a1(row, col),
      message: pesan.ditulisSebagaiNilai(`${sheet}!${a1(row, col)}`, label, `${sheet}!${a1(input.row, input.col)}`),
    });
  }
}

function col(layout: SheetLayout, role: string): ColumnInfo | undefined {
  return layout.columns.find((c) => c.role === role);
}

function planIndikatorSheet(
  b: PlanBuilder,
  layout: SheetLayout,
  recognition: Recognition,
  computation: Computation,
  settings: Settings,
  mode: FillOptions["mode"],
  cells: SheetCells,
): void {
  const sheet = layout.sheet;
  const cCap = col(layout, "capaian");
  const cPred = col(layout, "predikat");
  const cPeny = col(layout, "penyerapan");
  const cEff = col(layout, "efisiensi");
  const cAkh = col(layout, "capaianAkhir");
  const bands = predikatBands(settings);
  const d = settings.desimal;
  const capRef = (row: number) => (cCap ? (cCap.percentFormat ? `${a1(row, cCap.col)}*100` : a1(row, cCap.col)) : null);
  const penyRef = (row: number) =>
    cPeny ? (cPeny.percentFormat ? `${a1(row, cPeny.col)}*100` : a1(row, cPeny.col)) : null;
  const scale = (c: ColumnInfo, v: number) => (c.percentFormat ? v / 100 : v);

  /**
   * A figure computed from two input cells (capaian, penyerapan, capaianAkhir): the formula when both inputs
   * can serve one, else the engine's value, with a note when a number stored as text stopped the formula.
   */
  const ratio = (
    c: ColumnInfo,
    role: OutputRole,
    row: number,
    first: Reading | null,
    second: Reading | null,
    value: number | null,
    formula: (firstRef: string, secondRef: string, asFraction: boolean) => string,
  ): void => {
    const x = operand(first);
    const y = operand(second);
    const fmt = numberFormat(role, settings, !!c.percentFormat);
    const textInput = (x && "text" in x ? x.text : null) ?? (y && "text" in y ? y.text : null);
    if (mode === "rumus" && x && y && "ref" in x && "ref" in y && !textInput) {
      b.want(sheet, row, c.col, { formula: formula(x.ref, y.ref, !!c.percentFormat), numberFormat: fmt }, d);
    } else if (value !== null) {
      b.want(sheet, row, c.col, { value: scale(c, value), numberFormat: fmt }, d);
      if (mode === "rumus" && textInput) b.noteValue(sheet, row, c.col, pesan.label[role], textInput);
    }
  };

  const hasil = computation.indikator.filter((h) => h.row.sheet === sheet);
  for (const h of hasil) {
    const r = h.row;
    // Capaian
    if (cCap && (r.target || r.realisasi)) {
      ratio(cCap, "capaian", r.row, r.target, r.realisasi, h.capaian.value, (t, re, asFraction) => {
        const refs =
          r.polaritas === "range" && r.targetRange
            ? { target: t, realisasi: re, low: String(r.targetRange[0]), high: String(r.targetRange[1]) }
            : { target: t, realisasi: re };
        return capaianFormula(refs, r.polaritas, settings, asFraction);
      });
    }
    // Predikat
    if (cPred && cCap && (r.target || r.realisasi)) {
      if (mode === "rumus") {
        b.want(
          sheet,
          r.row,
          cPred.col,
          { formula: predikatFormula(a1(r.row, cCap.col), bands, d, !!cCap.percentFormat) },
          d,
        );
      } else if (h.predikat !== null) {
        b.want(sheet, r.row, cPred.col, { value: h.predikat }, d);
      }
    }
    // Penyerapan and efisiensi where the row carries alokasi and realisasi anggaran
    if (cPeny && (r.alokasi || r.realisasiAnggaran)) {
      ratio(cPeny, "penyerapan", r.row, r.alokasi, r.realisasiAnggaran, h.penyerapan.value, (a, re, asFraction) =>
        penyerapanFormula(a, re, asFraction),
      );
    }
    if (cEff && (r.alokasi || r.realisasiAnggaran)) {
      const fmt = numberFormat("efisiensi", settings, false);
      const cr = capRef(r.row);
      const pr = penyRef(r.row);
      if (mode === "rumus" && cr && pr && !settings.dariNilaiDibulatkan) {
        b.want(sheet, r.row, cEff.col, { formula: efisiensiFormula(cr, pr, settings.efisiensi), numberFormat: fmt }, d);
      } else if (h.efisiensi.value !== null) {
        b.want(sheet, r.row, cEff.col, { value: h.efisiensi.value, numberFormat: fmt }, d);
      }
    }
    // Capaian against the end-of-period target
    if (cAkh && r.targetAkhir) {
      ratio(cAkh, "capaianAkhir", r.row, r.targetAkhir, r.realisasi, h.capaianAkhir.value, (t, re, asFraction) =>
        capaianFormula({ target: t, realisasi: re }, r.polaritas, settings, asFraction),
      );
    }
  }

  // Sasaran means on their RATA-RATA rows
  recognition.sasaran.forEach((g, i) => {
    if (g.sheet !== sheet || g.meanRow === null) return;
    const s = computation.sasaran[i];
    const members = g.rows;
    const cBobot = col(layout, "bobot");
    // A RATA-RATA label merged over the capaian column leaves no cell for the mean (nor a predikat of it).
    if (cCap && !cells.hidden(g.meanRow, cCap.col)) {
      const fmt = numberFormat("capaian", settings, !!cCap.percentFormat);
      if (mode === "rumus" && !settings.dariNilaiDibulatkan) {
        const refs = members.map((r) => a1(r, cCap.col));
        const weights = cBobot ? members.map((r) => a1(r, cBobot.col)) : null;
        b.want(sheet, g.meanRow, cCap.col, { formula: rataRataFormula(refs, weights), numberFormat: fmt }, d);
      } else if (s.capaian.value !== null) {
        b.want(sheet, g.meanRow, cCap.col, { value: scale(cCap, s.capaian.value), numberFormat: fmt }, d);
      }
      if (cPred) {
        if (mode === "rumus")
          b.want(
            sheet,
            g.meanRow,
            cPred.col,
            { formula: predikatFormula(a1(g.meanRow, cCap.col), bands, d, !!cCap.percentFormat) },
            d,
          );
        else if (s.predikat !== null) b.want(sheet, g.meanRow, cPred.col, { value: s.predikat }, d);
      }
    }
    if (cEff && (s.efisiensi.value !== null || s.efisiensi.reason !== null)) {
      const fmt = numberFormat("efisiensi", settings, false);
      if (mode === "rumus" && !settings.dariNilaiDibulatkan) {
        b.want(
          sheet,
          g.meanRow,
          cEff.col,
          { formula: rataRataFormula(members.map((r) => a1(r, cEff.col))), numberFormat: fmt },
          d,
        );
      } else if (s.efisiensi.value !== null) {
        b.want(sheet, g.meanRow, cEff.col, { value: s.efisiensi.value, numberFormat: fmt }, d);
      }
    }
  });
}

function planAnggaranSheet(
  b: PlanBuilder,
  layout: SheetLayout,
  recognition: Recognition,
  computation: Computation,
  settings: Settings,
  mode: FillOptions["mode"],
): void {
  const sheet = layout.sheet;
  const cPeny = col(layout, "penyerapan");
  const cSisa = col(layout, "sisa");
  const cA = col(layout, "anggaran");
  const cR = col(layout, "realisasiAnggaran");
  if (!cA || !cR || (!cPeny && !cSisa)) return;
  const d = settings.desimal;
  const rows = recognition.anggaran.filter((r) => r.sheet === sheet);
  const tree = new AnggaranTree(rows);
  const hasil = new Map(computation.anggaran.filter((h) => h.row.sheet === sheet).map((h) => [h.row.row, h]));
  const hasFigures = (r: AnggaranRow) => (r.anggaran?.value ?? null) !== null || (r.realisasi?.value ?? null) !== null;

  // Leaf descendants that carry figures (row numbers, ascending), and whether any of them holds text.
  const leafMemo = new Map<AnggaranRow, AnggaranRow[]>();
  const leaves = (r: AnggaranRow): AnggaranRow[] => {
    const known = leafMemo.get(r);
    if (known) return known;
    const kids = tree.children(r);
    let out: AnggaranRow[];
    if (kids.length === 0) out = hasFigures(r) ? [r] : [];
    else {
      out = [];
      for (const k of kids) for (const x of leaves(k)) out.push(x);
    }
    leafMemo.set(r, out);
    return out;
  };
  const fromText = (r: AnggaranRow) =>
    !!(r.anggaran?.fromText && r.anggaran.value !== null) || !!(r.realisasi?.fromText && r.realisasi.value !== null);

  for (const r of rows) {
    const h = hasil.get(r.row) as AnggaranHasil | undefined;
    if (!h) continue;
    const kidsWithFigures = tree.children(r).filter((c) => leaves(c).length > 0);
    const isParent = kidsWithFigures.length > 0;
    if (!isParent && !hasFigures(r)) continue;
    const lv = isParent ? leaves(r) : [r];
    const textRow = lv.find(fromText);
    let penyF: string | null = null;
    let sisaF: string | null = null;
    if (mode === "rumus" && !textRow) {
      if (isParent && countRuns(lv) > MAX_RUNS) {
        // Too scattered for one formula (e.g. a JUMLAH over thousands of separate rows): value below.
      } else if (isParent) {
        const aRanges = runs(
          lv.map((x) => x.row),
          cA.col,
        );
        const rRanges = runs(
          lv.map((x) => x.row),
          cR.col,
        );
        const childRefs = cPeny
          ? kidsWithFigures.map((k) => (cPeny.percentFormat ? `${a1(k.row, cPeny.col)}*100` : a1(k.row, cPeny.col)))
          : [];
        penyF = penyerapanIndukFormula(aRanges, rRanges, childRefs, settings.penyerapanInduk, !!cPeny?.percentFormat);
        sisaF = sisaIndukFormula(aRanges, rRanges);
      } else {
        penyF = penyerapanFormula(a1(r.row, cA.col), a1(r.row, cR.col), !!cPeny?.percentFormat);
        sisaF = sisaFormula(a1(r.row, cA.col), a1(r.row, cR.col));
      }
      if (penyF !== null && penyF.length > MAX_FORMULA) penyF = null;
      if (sisaF !== null && sisaF.length > MAX_FORMULA) sisaF = null;
    }
    if (cPeny) {
      const fmt = numberFormat("penyerapan", settings, !!cPeny.percentFormat);
      if (penyF !== null) b.want(sheet, r.row, cPeny.col, { formula: penyF, numberFormat: fmt }, d);
      else if (h.penyerapan.value !== null) {
        b.want(
          sheet,
          r.row,
          cPeny.col,
          { value: cPeny.percentFormat ? h.penyerapan.value / 100 : h.penyerapan.value, numberFormat: fmt },
          d,
        );
        const t = textRow && (textRow.anggaran?.fromText ? textRow.anggaran : textRow.realisasi);
        if (mode === "rumus" && t) b.noteValue(sheet, r.row, cPeny.col, pesan.label.penyerapan, t);
      }
    }
    if (cSisa) {
      const fmt = numberFormat("sisa", settings, false);
      if (sisaF !== null) b.want(sheet, r.row, cSisa.col, { formula: sisaF, numberFormat: fmt }, 0);
      else if (h.sisa.value !== null) b.want(sheet, r.row, cSisa.col, { value: h.sisa.value, numberFormat: fmt }, 0);
    }
  }
}

/** Header (and column-number) cells for output columns the fill adds to the right of a table. */
function planAddedHeaders(b: PlanBuilder, layout: SheetLayout, cells: SheetCells): void {
  if (!layout.headerRows) return;
  const added = layout.columns.filter((c) => c.added).sort((x, y) => x.col - y.col);
  if (added.length === 0) return;
  const headerRow = layout.headerRows[1];
  const style = { bold: true, border: true, hAlign: "center" as const, vAlign: "middle" as const, wrap: true };
  // Empty header cells above the last header row keep the table's box.
  for (const c of added) {
    b.want(layout.sheet, headerRow, c.col, { value: c.header, style }, 0);
  }
  if (layout.numberRow !== null) {
    // Continue the "(1) (2) (3)" or "1 2 3" numbering from the table's last numbered column.
    let last: CellValue = null;
    for (let x = layout.lastCol; x >= 0 && last === null; x--) {
      const v = cells.get(layout.numberRow, x).value;
      if (v !== null && v !== "") last = v;
    }
    let n = typeof last === "number" ? last : Number(/\d+/.exec(String(last ?? ""))?.[0] ?? layout.lastCol + 1);
    const paren = typeof last === "string" && /^\(\d+\)$/.test(last.trim());
    for (const c of added) {
      n += 1;
      b.want(
        layout.sheet,
        layout.numberRow,
        c.col,
        { value: paren ? `(${n})` : n, style: { border: true, hAlign: "center" } },
        0,
      );
    }
  }
}

export function planFill(
  snapshot: WorkbookSnapshot,
  recognition: Recognition,
  computation: Computation,
  settings: Settings,
  opts: FillOptions,
): FillResult {
  const b = new PlanBuilder();
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, new SheetCells(s)]));
  for (const layout of recognition.layouts) {
    if (!layout.headerRows || !layout.dataRows) continue;
    const cells = sheets.get(layout.sheet) ?? new SheetCells(undefined);
    if (layout.kind === "indikator")
      planIndikatorSheet(b, layout, recognition, computation, settings, opts.mode, cells);
    else if (layout.kind === "anggaran") planAnggaranSheet(b, layout, recognition, computation, settings, opts.mode);
    else continue;
    planAddedHeaders(b, layout, cells);
  }

  const written: CellRef[] = [];
  const leftAlone: LeftAlone[] = [];
  const ops: WriteOp[] = [];
  const undo: WriteOp[] = [];
  const temuan: Temuan[] = [...b.notes];

  for (const [sheet, list] of b.wanted) {
    const cells = sheets.get(sheet) ?? new SheetCells(undefined);
    // One block per column: rows from first to last written, nulls elsewhere.
    const byCol = new Map<number, Wanted[]>();
    for (const w of list) {
      if (cells.hidden(w.row, w.col)) continue; // e.g. a RATA-RATA label merged over the capaian column
      const ex = cells.get(w.row, w.col);
      if (!isEmpty(ex) && sameContent(ex, w.write)) continue; // already what we would write
      if (!isEmpty(ex) && !opts.force) {
        const cell = a1(w.row, w.col);
        leftAlone.push({ sheet, cell, existing: showExisting(ex), wanted: showWanted(w.write, w.decimals) });
        temuan.push({
          code: "tidak-ditimpa",
          severity: "info",
          sheet,
          cell,
          message: pesan.dibiarkan(`${sheet}!${cell}`, showExisting(ex), showWanted(w.write, w.decimals)),
        });
        continue;
      }
      let l = byCol.get(w.col);
      if (!l) byCol.set(w.col, (l = []));
      l.push(w);
      written.push({ sheet, cell: a1(w.row, w.col) });
    }
    for (const [c, ws] of [...byCol].sort((x, y) => x[0] - y[0])) {
      ws.sort((x, y) => x.row - y.row);
      const top = ws[0].row;
      const bottom = ws[ws.length - 1].row;
      const block: (CellWrite | null)[][] = Array.from({ length: bottom - top + 1 }, () => [null]);
      const back: (CellWrite | null)[][] = Array.from({ length: bottom - top + 1 }, () => [null]);
      for (const w of ws) {
        block[w.row - top][0] = w.write;
        back[w.row - top][0] = previous(cells.get(w.row, w.col));
      }
      ops.push({ kind: "cells", sheet, row: top, col: c, cells: block });
      undo.push({ kind: "cells", sheet, row: top, col: c, cells: back });
    }
  }

  if (ops.length > 0) {
    const state: StoredState = { ...(snapshot.state ?? { version: 1 }), version: 1, undo };
    ops.push({ kind: "state", state });
  }
  return { plan: { ops }, written, leftAlone, undo, temuan };
}
