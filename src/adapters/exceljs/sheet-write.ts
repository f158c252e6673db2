/**
 * The patcher of one worksheet part: the plan's cells go in, everything else in the part stays as it was,
 * byte for byte: other cells (their formulas, shared strings, quote prefixes), row attributes, and every
 * element outside <sheetData> (views, frozen panes, conditional formats, data validation, drawings,
 * comments, printer settings...). Rows and cells are merged in order with one scan of the old text.
 * A write that would break a formula other cells share, or cut into an array formula, is refused.
 */
import type { CellLook, CellWrite } from "../../core/workbook/port";
import { restoredFormat } from "./looks";
import { refOf } from "./cellref";
import { toStoredFormula } from "./formula";
import { childOf, eachCell, eachRow, layoutOf, rawAttr } from "./sheet-scan";
import type { Styles } from "./styles";
import { utf8, Utf8Sink } from "./utf8";
import { escapeText, removeAttr, setAttr } from "./xml";

/**
 * A cell write as the patcher takes it: the plan's CellWrite, and optionally the cell format whose look (font,
 * fill, borders, alignment) the cell takes first ("styleLike", "restoreStyles"), under the write's own format.
 */
export interface PlannedWrite extends CellWrite {
  lookFrom?: number;
  /** A look recorded for Batalkan, put back under the write's own number format ("restoreStyles"). */
  restore?: CellLook;
}

/** Writes of one sheet: row -> column -> what to write (the last write of a cell in the plan wins). */
export type SheetWrites = Map<number, Map<number, PlannedWrite>>;

export class SheetWriteRefused extends Error {
  override readonly name = "SheetWriteRefused";
  /** The sheet's name, set by the caller. */
  sheet?: string;
  constructor(
    readonly why: "shared" | "array",
    readonly cell: string,
    readonly ref: string,
  ) {
    super(`${why} ${cell} ${ref}`);
  }
}

/**
 * A patched sheet in three pieces, so that a sheet of 100,000 rows is never joined into one string only to be
 * copied again: the text up to and including the <sheetData> start tag, the rows (sheetData's content, already
 * encoded as UTF-8 as they were patched: ./utf8.ts), and the text from </sheetData> on. `rows` is empty when the
 * part has no <sheetData> or no rows; then `head + tail` is the whole part.
 */
export interface SheetPieces {
  head: string;
  rows: Uint8Array;
  tail: string;
}

export interface PatchResult extends SheetPieces {
  /** A written cell had, or now has, a formula (the calculation chain is stale). */
  formulasChanged: boolean;
}

/** A whole part's text split into SheetPieces. */
export function piecesOf(xml: string): SheetPieces {
  const lay = layoutOf(xml);
  if (!lay || lay.dataStart < 0 || lay.dataEnd === lay.dataStart)
    return { head: xml, rows: new Uint8Array(0), tail: "" };
  return {
    head: xml.slice(0, lay.dataStart),
    rows: utf8(xml.slice(lay.dataStart, lay.dataEnd)),
    tail: xml.slice(lay.dataEnd),
  };
}

/** Where the rows go back into a patched part's text without them: the content of its empty <sheetData>. */
export function rowsAt(shell: string): number {
  const lay = layoutOf(shell);
  if (!lay || lay.dataStart < 0 || lay.dataEnd !== lay.dataStart) throw new Error("sheetData lost");
  return lay.dataStart;
}

const decoder = new TextDecoder("utf-8");

/** The pieces joined back into the part's text. */
export function joinPieces(x: SheetPieces): string {
  return x.head + decoder.decode(x.rows) + x.tail;
}

const QUOTE_START = /^[=+\-@]/;

/** The columns of a row's writes, ascending; one or two without sorting (a fill writes two a row). */
function sortedKeys(cells: Map<number, unknown>): number[] {
  const out: number[] = [];
  cells.forEach((_, c) => out.push(c));
  if (out.length === 2) {
    if (out[0] > out[1]) out.reverse();
  } else if (out.length > 2) out.sort((a, b) => a - b);
  return out;
}

function numberText(n: number): string {
  return Object.is(n, -0) ? "0" : String(n);
}

/** The XML of a written cell. `old` is the cell's old tag (attributes and content) when it had one. */
function cellXml(
  p: string,
  row: number,
  col: number,
  w: PlannedWrite,
  styles: Styles,
  base: number,
  old: { attrText: string; inner: string } | null,
): string {
  const r = refOf(row, col);
  const quote = w.formula === undefined && typeof w.value === "string" && QUOTE_START.test(w.value);
  const s = w.restore
    ? restoredFormat(styles, base, w, quote)
    : styles.derive(w.lookFrom !== undefined ? styles.lookLike(base, w.lookFrom) : base, w, quote);
  const sa = s !== 0 ? ` s="${s}"` : "";
  if (w.formula !== undefined)
    return `<${p}c r="${r}"${sa}><${p}f>${escapeText(toStoredFormula(w.formula))}</${p}f></${p}c>`;
  if (w.value !== undefined) {
    const v = w.value;
    if (v === null || v === "") return `<${p}c r="${r}"${sa}/>`;
    if (typeof v === "number") return `<${p}c r="${r}"${sa}><${p}v>${numberText(v)}</${p}v></${p}c>`;
    if (typeof v === "boolean") return `<${p}c r="${r}"${sa} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
    const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : "";
    return `<${p}c r="${r}"${sa} t="inlineStr"><${p}is><${p}t${space}>${escapeText(v)}</${p}t></${p}is></${p}c>`;
  }
  // Only the format changes: the old content stays.
  if (!old) return `<${p}c r="${r}"${sa}/>`;
  if (s === base && w.lookFrom === undefined && w.restore === undefined)
    return old.inner === "" ? `<${p}c${old.attrText}/>` : `<${p}c${old.attrText}>${old.inner}</${p}c>`;
  let attrs = removeAttr(old.attrText, "s");
  attrs = s !== 0 ? setAttr(attrs, "s", String(s)) : attrs;
  return old.inner === "" ? `<${p}c${attrs}/>` : `<${p}c${attrs}>${old.inner}</${p}c>`;
}

/**
 * The sheet XML with the writes carried out. Throws SheetWriteRefused (nothing is changed) when a write
 * would break a shared or array formula.
 */
export function patchSheet(xml: string, writes: SheetWrites, styles: Styles): PatchResult {
  const lay = layoutOf(xml);
  if (!lay) throw new Error("no worksheet");
  const p = lay.p;
  const rowsToWrite = [...writes.keys()].sort((a, b) => a - b);
  let formulasChanged = false;
  writes.forEach((m) =>
    m.forEach((w) => {
      if (w.formula !== undefined) formulasChanged = true;
    }),
  );
  if (rowsToWrite.length === 0) return { ...piecesOf(xml), formulasChanged };

  // Rows are encoded as they are patched; room for the old text and about 120 bytes a written cell.
  let cellsToWrite = 0;
  writes.forEach((m) => {
    cellsToWrite += m.size;
  });
  const out = new Utf8Sink(xml.length + 120 * cellsToWrite);
  let next = 0; // index into rowsToWrite
  let copied = lay.dataStart; // text up to here is in out
  // shared formulas: si -> master written?, children kept (cell refs)
  const sharedMasters = new Map<string, { written: boolean; cell: string; ref: string }>();
  const sharedKept = new Map<string, string>();
  const arrays: { top: number; left: number; bottom: number; right: number; ref: string }[] = [];
  let minR = Infinity;
  let maxR = -1;
  let minC = Infinity;
  let maxC = -1;

  const newRow = (row: number, cells: Map<number, CellWrite>) => {
    const cols = sortedKeys(cells);
    let s = `<${p}row r="${row + 1}">`;
    for (const c of cols) s += cellXml(p, row, c, cells.get(c)!, styles, 0, null);
    return s + `</${p}row>`;
  };
  const note = (row: number, cells: Map<number, CellWrite>) => {
    if (row < minR) minR = row;
    if (row > maxR) maxR = row;
    cells.forEach((_, c) => {
      if (c < minC) minC = c;
      if (c > maxC) maxC = c;
    });
  };

  let pieces = "";
  if (lay.dataStart < 0) {
    // "<sheetData/>" or no sheetData at all: every written row is new.
    for (const r of rowsToWrite) {
      note(r, writes.get(r)!);
      pieces += newRow(r, writes.get(r)!);
    }
    const el = `<${p}sheetData>${pieces}</${p}sheetData>`;
    const patched =
      lay.elStart >= 0 ? xml.slice(0, lay.elStart) + el + xml.slice(lay.elEnd) : insertSheetData(xml, p, el);
    return { ...piecesOf(fixDimension(patched, p, minR, maxR, minC, maxC)), formulasChanged };
  }

  eachRow(xml, lay, (row) => {
    while (next < rowsToWrite.length && rowsToWrite[next] < row.row) {
      const r = rowsToWrite[next++];
      note(r, writes.get(r)!);
      out.push(xml.slice(copied, row.start));
      out.push(newRow(r, writes.get(r)!));
      copied = row.start;
    }
    const cells =
      next < rowsToWrite.length && rowsToWrite[next] === row.row ? writes.get(rowsToWrite[next++]) : undefined;
    // Shared and array formulas of kept cells still need watching in rows without writes.
    if (!cells) {
      if (sharedMasters.size > 0 || arrays.length > 0 || xml.slice(row.openEnd, row.innerEnd).includes(`<${p}f`))
        eachCell(xml, p, row, (cell) => watchFormula(xml, p, row.row, cell, false));
      return;
    }
    note(row.row, cells);
    const cols = sortedKeys(cells);
    let k = 0;
    const rowBase = rawAttr(row.attrText, "customFormat") === "1" ? Number(rawAttr(row.attrText, "s") ?? 0) : 0;
    let text = "";
    let at = row.openEnd;
    let lastCol = -1;
    eachCell(xml, p, row, (cell) => {
      text += xml.slice(at, cell.start);
      while (k < cols.length && cols[k] < cell.col) {
        const c = cols[k++];
        text += cellXml(p, row.row, c, cells.get(c)!, styles, rowBase, null);
      }
      if (k < cols.length && cols[k] === cell.col) {
        const c = cols[k++];
        const w = cells.get(c)!;
        watchFormula(xml, p, row.row, cell, true);
        const base = Number(rawAttr(cell.attrText, "s") ?? 0);
        const old = { attrText: cell.attrText, inner: xml.slice(cell.innerStart, cell.innerEnd) };
        if (w.formula === undefined && w.value !== undefined && childOf(xml, p, "f", cell.innerStart, cell.innerEnd))
          formulasChanged = true;
        text += cellXml(p, row.row, c, w, styles, base, old);
      } else {
        watchFormula(xml, p, row.row, cell, false);
        text += xml.slice(cell.start, cell.end);
      }
      at = cell.end;
      lastCol = cell.col;
    });
    const tail = row.selfClosing ? "" : xml.slice(at, row.innerEnd);
    while (k < cols.length) {
      const c = cols[k++];
      text += cellXml(p, row.row, c, cells.get(c)!, styles, rowBase, null);
    }
    void lastCol;
    let attrs = row.attrText;
    if (rawAttr(attrs, "spans") !== undefined) attrs = removeAttr(attrs, "spans");
    out.push(xml.slice(copied, row.start));
    out.push(`<${p}row${attrs}>${text}${tail}</${p}row>`);
    copied = row.end;
  });
  while (next < rowsToWrite.length) {
    const r = rowsToWrite[next++];
    note(r, writes.get(r)!);
    out.push(xml.slice(copied, lay.dataEnd));
    out.push(newRow(r, writes.get(r)!));
    copied = lay.dataEnd;
  }
  for (const [si, m] of sharedMasters) {
    const kept = sharedKept.get(si);
    if (m.written && kept) throw new SheetWriteRefused("shared", m.cell, m.ref);
  }
  out.push(xml.slice(copied, lay.dataEnd));
  // <dimension> comes before <sheetData>: only the head can change.
  const head = fixDimension(xml.slice(0, lay.dataStart), p, minR, maxR, minC, maxC);
  return { head, rows: out.bytes(), tail: xml.slice(lay.dataEnd), formulasChanged };

  function watchFormula(
    x: string,
    px: string,
    row: number,
    cell: { col: number; attrText: string; innerStart: number; innerEnd: number },
    written: boolean,
  ): void {
    for (const a of arrays) {
      if (written && row >= a.top && row <= a.bottom && cell.col >= a.left && cell.col <= a.right)
        throw new SheetWriteRefused("array", refOf(row, cell.col), a.ref);
    }
    if (cell.innerEnd <= cell.innerStart) return;
    const f = childOf(x, px, "f", cell.innerStart, cell.innerEnd);
    if (!f) return;
    const t = rawAttr(f.attrText, "t");
    if (t === "shared") {
      const si = rawAttr(f.attrText, "si") ?? "";
      const ref = rawAttr(f.attrText, "ref");
      if (ref !== undefined && f.innerEnd > f.innerStart) {
        sharedMasters.set(si, { written, cell: refOf(row, cell.col), ref });
        if (written) formulasChanged = true;
      } else if (!written) {
        if (!sharedKept.has(si)) sharedKept.set(si, refOf(row, cell.col));
      } else {
        formulasChanged = true;
      }
    } else if (t === "array") {
      const ref = rawAttr(f.attrText, "ref") ?? "";
      const box = parseArrayRef(ref);
      if (box && (box.bottom > box.top || box.right > box.left)) {
        if (written) throw new SheetWriteRefused("array", refOf(row, cell.col), ref);
        arrays.push({ ...box, ref });
      }
    }
  }
}

function parseArrayRef(ref: string) {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left };
}

function insertSheetData(xml: string, p: string, el: string): string {
  // sheetData follows sheetPr, dimension, sheetViews, sheetFormatPr, cols.
  for (const local of ["cols", "sheetFormatPr", "sheetViews", "dimension", "sheetPr"]) {
    const open = xml.indexOf(`<${p}${local}`);
    if (open < 0) continue;
    const selfEnd = xml.indexOf(">", open);
    const end = xml[selfEnd - 1] === "/" ? selfEnd + 1 : xml.indexOf(">", xml.indexOf(`</${p}${local}>`, open)) + 1;
    return xml.slice(0, end) + el + xml.slice(end);
  }
  const root = /<([A-Za-z_][\w.-]*:)?worksheet[^>]*>/.exec(xml)!;
  const at = root.index + root[0].length;
  return xml.slice(0, at) + el + xml.slice(at);
}

/** Widens <dimension ref> to cover the written cells (it stays as it was when it already does). */
function fixDimension(xml: string, p: string, minR: number, maxR: number, minC: number, maxC: number): string {
  if (maxR < 0) return xml;
  const dataAt = xml.indexOf(`<${p}sheetData`);
  const m = new RegExp(`<${p}dimension\\s+ref\\s*=\\s*"([^"]*)"`).exec(dataAt < 0 ? xml : xml.slice(0, dataAt));
  if (!m) return xml;
  const box = parseArrayRef(m[1]);
  if (!box) return xml;
  const top = Math.min(box.top, minR);
  const left = Math.min(box.left, minC);
  const bottom = Math.max(box.bottom, maxR);
  const right = Math.max(box.right, maxC);
  if (top === box.top && left === box.left && bottom === box.bottom && right === box.right) return xml;
  const ref = top === bottom && left === right ? refOf(top, left) : `${refOf(top, left)}:${refOf(bottom, right)}`;
  const start = m.index + m[0].length - m[1].length - 1;
  return xml.slice(0, start) + ref + xml.slice(start + m[1].length);
}
