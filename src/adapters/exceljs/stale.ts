/**
 * Cached results a write makes stale. A formula cell keeps its last result in <v>; when a plan writes a cell
 * that formula reads (directly or through other formulas, on any sheet, or through a defined name), that
 * result is no longer true. Excel recalculates on open (calcPr fullCalcOnLoad), but LibreOffice with its
 * default setting for .xlsx ("never recalculate") ignores fullCalcOnLoad and shows every cached result as it
 * is; it computes only formulas without one. So each such dependant loses its <v> (and its type attribute):
 * the host computes it on open, and this tool, reading the file again, evaluates it or says it cannot,
 * instead of reading a stale number. Only cells that depend on a written cell change; a sheet without one
 * keeps its bytes. See docs/xlsx-writer.md ("Results on open").
 */
import type { CellWrite } from "../../core/workbook/port";
import { parseRef, shiftFormula } from "./cellref";
import { refsOf, type RefContext, type Refs } from "./formula-refs";
import { childOf, eachCell, eachRow, layoutOf, rawAttr } from "./sheet-scan";
import { attributes, findAll, findElement, removeAttr, tagEnd, unescapeXml } from "./xml";

/** What was written to a cell; only a value or formula changes a result (a format-only write does not). */
type Written = CellWrite;

export interface StaleInput {
  /** The workbook's sheets in <sheets> order; xml null for one that is not read (no part, the state sheet). */
  sheets: { name: string; xml: string | null }[];
  wbXml: string;
  /** Sheet index -> row -> column -> what was written there. */
  written: Map<number, Map<number, Map<number, Written>>>;
}

interface Candidate {
  sheet: number;
  row: number;
  col: number;
  /** The cell element and its <v> child in the sheet's text. */
  start: number;
  end: number;
  /** Where the start tag's attributes end ("<c" + attributes + ">"). */
  attrEnd: number;
  attrText: string;
  vStart: number;
  vEnd: number;
  formula: string | null;
  shared: { si: string; master: boolean } | null;
  /** An array formula's range (its other cells take their results from it). */
  array: { top: number; left: number; bottom: number; right: number } | null;
  refs: Refs | null;
}

/** Closed row intervals per (sheet, column), as a flat sorted list [start0, end0, start1, end1, ...]. */
class DirtyCells {
  private readonly bySheet = new Map<number, Map<number, number[]>>();
  any = false;

  add(sheet: number, top: number, left: number, bottom: number, right: number): void {
    let cols = this.bySheet.get(sheet);
    if (!cols) this.bySheet.set(sheet, (cols = new Map()));
    for (let c = left; c <= right; c++) {
      let iv = cols.get(c);
      if (!iv) cols.set(c, (iv = []));
      insert(iv, top, bottom);
    }
    this.any = true;
  }

  hits(refs: Refs): boolean {
    if (refs === "any") return this.any;
    for (const b of refs) {
      const cols = this.bySheet.get(b.sheet);
      if (!cols) continue;
      if (b.right - b.left + 1 <= cols.size) {
        for (let c = b.left; c <= b.right; c++) {
          const iv = cols.get(c);
          if (iv && overlaps(iv, b.top, b.bottom)) return true;
        }
      } else {
        for (const [c, iv] of cols) if (c >= b.left && c <= b.right && overlaps(iv, b.top, b.bottom)) return true;
      }
    }
    return false;
  }
}

/** Index of the first interval whose end is >= at. */
function firstEndingFrom(iv: number[], at: number): number {
  let lo = 0;
  let hi = iv.length / 2;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (iv[2 * m + 1] < at) lo = m + 1;
    else hi = m;
  }
  return lo;
}

function insert(iv: number[], s: number, e: number): void {
  const k = firstEndingFrom(iv, s - 1);
  let j = k;
  let ns = s;
  let ne = e;
  while (j < iv.length / 2 && iv[2 * j] <= e + 1) {
    ns = Math.min(ns, iv[2 * j]);
    ne = Math.max(ne, iv[2 * j + 1]);
    j++;
  }
  iv.splice(2 * k, 2 * (j - k), ns, ne);
}

function overlaps(iv: number[], s: number, e: number): boolean {
  const k = firstEndingFrom(iv, s);
  return k < iv.length / 2 && iv[2 * k] <= e;
}

function contextOf(input: StaleInput): RefContext {
  const index = new Map<string, number>();
  input.sheets.forEach((s, i) => index.set(s.name.toLocaleUpperCase("en-US"), i));
  const names = new Map<string, string>();
  const dn = findElement(input.wbXml, "definedNames");
  if (dn)
    for (const d of findAll(dn.inner, "definedName")) {
      const a = attributes(d.attrText);
      const name = a.get("name");
      if (!name) continue;
      names.set(`${a.get("localSheetId") ?? ""}|${name.toLocaleUpperCase("en-US")}`, unescapeXml(d.inner));
    }
  return {
    sheetIndex: (name) => index.get(name.toLocaleUpperCase("en-US")) ?? -1,
    definedName: (name, sheet) => {
      const key = name.toLocaleUpperCase("en-US");
      return names.get(`${sheet}|${key}`) ?? names.get(`|${key}`) ?? null;
    },
  };
}

interface Master {
  row: number;
  col: number;
  formula: string;
}

/** The formula cells of one sheet that carry a cached result, and the masters of its shared formulas. */
function candidatesOf(xml: string, sheet: number): { list: Candidate[]; masters: Map<string, Master> } {
  const out: Candidate[] = [];
  const masters = new Map<string, Master>();
  const lay = layoutOf(xml);
  if (!lay || lay.dataStart < 0 || xml.indexOf(`<${lay.p}f`, lay.dataStart) < 0) return { list: out, masters };
  const quick = formulaCells(xml, lay.p, lay.dataStart, lay.dataEnd, sheet, masters);
  if (quick) return { list: quick, masters };
  masters.clear();
  const p = lay.p;
  eachRow(xml, lay, (row) => {
    eachCell(xml, p, row, (cell) => {
      if (cell.innerEnd <= cell.innerStart) return;
      const f = childOf(xml, p, "f", cell.innerStart, cell.innerEnd);
      if (!f) return;
      const v = childOf(xml, p, "v", cell.innerStart, cell.innerEnd);
      const kind = rawAttr(f.attrText, "t");
      const text = unescapeXml(xml.slice(f.innerStart, f.innerEnd));
      const ref = rawAttr(f.attrText, "ref");
      const si = rawAttr(f.attrText, "si");
      const array = kind === "array" && ref ? arrayBox(ref) : null;
      if (kind === "shared" && si !== undefined && text !== "")
        masters.set(si, { row: row.row, col: cell.col, formula: text });
      if (!v) return;
      out.push({
        sheet,
        row: row.row,
        col: cell.col,
        start: cell.start,
        end: cell.end,
        attrEnd: cell.start + p.length + 2 + cell.attrText.length,
        attrText: cell.attrText,
        vStart: v.start,
        vEnd: v.end,
        formula: text === "" && kind === "shared" ? null : text,
        shared: kind === "shared" && si !== undefined ? { si, master: text !== "" } : null,
        array,
        refs: null,
      });
    });
  });
  return { list: out, masters };
}

const isNameEnd = (c: number) => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The same as the cell-by-cell walk, found by jumping from one <f> to the next (a filled sheet holds many
 * formulas without a result, and most cells hold none): only a formula followed by <v>, or the master of a
 * shared formula, is looked at further. Null when a formula cell has no "r" (then the rows are walked).
 */
function formulaCells(
  xml: string,
  p: string,
  from: number,
  to: number,
  sheet: number,
  masters: Map<string, Master>,
): Candidate[] | null {
  const out: Candidate[] = [];
  const fOpen = `<${p}f`;
  const fClose = `</${p}f>`;
  const vOpen = `<${p}v`;
  const vClose = `</${p}v>`;
  const cOpen = `<${p}c`;
  const cClose = `</${p}c>`;
  let at = from;
  for (;;) {
    const s = xml.indexOf(fOpen, at);
    if (s < 0 || s >= to) return out;
    if (!isNameEnd(xml.charCodeAt(s + fOpen.length))) {
      at = s + fOpen.length;
      continue;
    }
    const gt = tagEnd(xml, s + fOpen.length);
    if (gt < 0) return null;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const fAttr = xml.slice(s + fOpen.length, selfClosing ? gt - 1 : gt);
    const innerEnd = selfClosing ? gt + 1 : xml.indexOf(fClose, gt);
    if (innerEnd < 0) return null;
    const fEnd = selfClosing ? gt + 1 : innerEnd + fClose.length;
    at = fEnd;
    let k = fEnd;
    while (isSpace(xml.charCodeAt(k))) k++;
    const hasV = xml.startsWith(vOpen, k) && isNameEnd(xml.charCodeAt(k + vOpen.length));
    const kind = rawAttr(fAttr, "t");
    const raw = selfClosing ? "" : xml.slice(gt + 1, innerEnd);
    if (!hasV && !(kind === "shared" && raw !== "")) continue;
    const cs = xml.lastIndexOf(cOpen, s);
    if (cs < from || !isNameEnd(xml.charCodeAt(cs + cOpen.length))) return null;
    const cgt = tagEnd(xml, cs + cOpen.length);
    if (cgt < 0 || cgt > s) return null;
    const cellAttr = xml.slice(cs + cOpen.length, cgt);
    const pos = parseRef(rawAttr(cellAttr, "r") ?? "");
    if (!pos) return null;
    const text = unescapeXml(raw);
    const si = rawAttr(fAttr, "si");
    if (kind === "shared" && si !== undefined && text !== "")
      masters.set(si, { row: pos[0], col: pos[1], formula: text });
    if (!hasV) continue;
    const vgt = tagEnd(xml, k + vOpen.length);
    if (vgt < 0) return null;
    const vEnd = xml.charCodeAt(vgt - 1) === 47 ? vgt + 1 : xml.indexOf(vClose, vgt) + vClose.length;
    const cEnd = xml.indexOf(cClose, vEnd);
    if (vEnd < vgt || cEnd < 0) return null;
    const ref = rawAttr(fAttr, "ref");
    out.push({
      sheet,
      row: pos[0],
      col: pos[1],
      start: cs,
      end: cEnd + cClose.length,
      attrEnd: cgt,
      attrText: cellAttr,
      vStart: k,
      vEnd,
      formula: text === "" && kind === "shared" ? null : text,
      shared: kind === "shared" && si !== undefined ? { si, master: text !== "" } : null,
      array: kind === "array" && ref ? arrayBox(ref) : null,
      refs: null,
    });
    at = cEnd + cClose.length;
  }
}

function arrayBox(ref: string): Candidate["array"] {
  const [a, b] = ref.split(":");
  const cell = (s: string) => {
    const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(s);
    if (!m) return null;
    let c = 0;
    for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]) - 1, c - 1] as const;
  };
  const p = cell(a);
  const q = b === undefined ? p : cell(b);
  if (!p || !q) return null;
  return { top: p[0], left: p[1], bottom: q[0], right: q[1] };
}

const MAX_PASSES = 64;

/**
 * Removes the cached results that the writes in `input.written` make stale; returns the new text of each
 * sheet that changed, by sheet index.
 */
export function dropStaleResults(input: StaleInput): Map<number, string> {
  const dirty = new DirtyCells();
  // forEach, not for-of: no [key, value] array per written cell.
  input.written.forEach((rows, sheet) =>
    rows.forEach((cols, row) =>
      cols.forEach((w, col) => {
        if (w.value !== undefined || w.formula !== undefined) dirty.add(sheet, row, col, row, col);
      }),
    ),
  );
  const changed = new Map<number, string>();
  if (!dirty.any) return changed;

  const ctx = contextOf(input);
  const all: Candidate[] = [];
  input.sheets.forEach((s, i) => {
    if (s.xml === null) return;
    const { list, masters } = candidatesOf(s.xml, i);
    for (const c of list) {
      let formula = c.formula;
      if (c.shared && !c.shared.master) {
        const m = masters.get(c.shared.si);
        formula = m ? shiftFormula(m.formula, c.row - m.row, c.col - m.col) : null;
      }
      c.refs = formula === null ? "any" : refsOf(formula, i, ctx);
      all.push(c);
    }
  });

  const stale = new Set<Candidate>();
  let grew = true;
  for (let passes = 0; grew && passes < MAX_PASSES; passes++) {
    grew = false;
    for (const c of all) {
      if (stale.has(c) || !dirty.hits(c.refs!)) continue;
      stale.add(c);
      const box = c.array ?? { top: c.row, left: c.col, bottom: c.row, right: c.col };
      dirty.add(c.sheet, box.top, box.left, box.bottom, box.right);
      grew = true;
    }
  }
  // A chain longer than the passes allow: every result that reads any cell is treated as stale.
  if (grew) for (const c of all) if (c.refs === "any" || c.refs!.length > 0) stale.add(c);

  const bySheet = new Map<number, Candidate[]>();
  for (const c of stale) {
    let l = bySheet.get(c.sheet);
    if (!l) bySheet.set(c.sheet, (l = []));
    l.push(c);
  }
  for (const [sheet, list] of bySheet) {
    const xml = input.sheets[sheet].xml!;
    list.sort((a, b) => a.start - b.start);
    let out = "";
    let at = 0;
    for (const c of list) {
      const open = xml.slice(c.start, c.attrEnd - c.attrText.length) + removeAttr(c.attrText, "t");
      out += xml.slice(at, c.start) + open + xml.slice(c.attrEnd, c.vStart) + xml.slice(c.vEnd, c.end);
      at = c.end;
    }
    changed.set(sheet, out + xml.slice(at));
  }
  return changed;
}
