/**
 * A fast scanner of a worksheet part's <sheetData>: rows and their cells with their positions in the text,
 * shared by the reader (values into the snapshot) and the patcher (cells kept or replaced). It looks at
 * nothing but rows and cells, so a sheet's other elements are never touched; any namespace prefix works.
 */
import { colOfRef } from "./cellref";
import { tagEnd } from "./xml";

export interface SheetLayout {
  /** Prefix of the main namespace as the part writes it ("" or "x:"). */
  p: string;
  /** Start and end of <sheetData>'s content; -1 when the part has no sheetData (or it is empty "<sheetData/>"). */
  dataStart: number;
  dataEnd: number;
  /** Start and end of the whole sheetData element. */
  elStart: number;
  elEnd: number;
}

export function layoutOf(xml: string): SheetLayout | null {
  const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(xml);
  if (!root) return null;
  const p = root[1] ?? "";
  const open = xml.indexOf(`<${p}sheetData`, root.index);
  if (open < 0) return { p, dataStart: -1, dataEnd: -1, elStart: -1, elEnd: -1 };
  const gt = tagEnd(xml, open + p.length + 10);
  if (gt < 0) return null;
  if (xml.charCodeAt(gt - 1) === 47) return { p, dataStart: -1, dataEnd: -1, elStart: open, elEnd: gt + 1 };
  const close = xml.indexOf(`</${p}sheetData>`, gt);
  if (close < 0) return null;
  // "</" + prefix + "sheetData>": 12 characters and the prefix.
  return { p, dataStart: gt + 1, dataEnd: close, elStart: open, elEnd: close + p.length + 12 };
}

export interface RowTag {
  start: number;
  end: number;
  /** Index just past the start tag. */
  openEnd: number;
  /** Index of the end tag ("</row>"), == end for an empty row. */
  innerEnd: number;
  /** 0-based row index. */
  row: number;
  attrText: string;
  selfClosing: boolean;
}

export interface CellTag {
  start: number;
  end: number;
  col: number;
  attrText: string;
  /** Start and end of the content (equal for an empty cell). */
  innerStart: number;
  innerEnd: number;
}

const R_ATTR = /\sr\s*=\s*["']([^"']*)["']/;

/**
 * The value of the tag's "r" as R_ATTR reads it. Excel writes r first (` r="A5"`): then R_ATTR's leftmost
 * match is that one, read here without a match array; any other text goes through R_ATTR.
 */
function rValue(attrText: string): string | undefined {
  if (attrText.startsWith(' r="')) {
    for (let k = 4; k < attrText.length; k++) {
      const c = attrText.charCodeAt(k);
      if (c === 34 || c === 39) return attrText.slice(4, k);
    }
    return undefined; // no closing quote anywhere after it: R_ATTR matches nowhere either
  }
  const m = R_ATTR.exec(attrText);
  return m ? m[1] : undefined;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** Walks the rows of sheetData in order. `onRow` returns false to stop. Rows without "r" follow the last. */
export function eachRow(xml: string, lay: SheetLayout, onRow: (row: RowTag) => boolean | void): void {
  if (lay.dataStart < 0) return;
  const open = `<${lay.p}row`;
  const close = `</${lay.p}row>`;
  let at = lay.dataStart;
  let last = -1;
  for (;;) {
    const s = xml.indexOf(open, at);
    if (s < 0 || s >= lay.dataEnd) return;
    if (!isNameEnd(xml.charCodeAt(s + open.length))) {
      at = s + open.length;
      continue;
    }
    const gt = tagEnd(xml, s + open.length);
    if (gt < 0) throw new Error("unterminated row tag");
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrText = xml.slice(s + open.length, selfClosing ? gt - 1 : gt);
    const r = rValue(attrText);
    const row = r !== undefined ? Number(r) - 1 : last + 1;
    if (!Number.isInteger(row) || row < 0) throw new Error(`bad row number ${r}`);
    let end: number;
    let innerEnd: number;
    if (selfClosing) {
      end = gt + 1;
      innerEnd = end;
    } else {
      innerEnd = xml.indexOf(close, gt);
      if (innerEnd < 0 || innerEnd > lay.dataEnd) throw new Error("unterminated row");
      end = innerEnd + close.length;
    }
    last = row;
    if (onRow({ start: s, end, openEnd: gt + 1, innerEnd, row, attrText, selfClosing }) === false) return;
    at = end;
  }
}

/** The rows of a part's sheetData in document order: each row's number and where its tag starts. */
export interface RowIndex {
  xml: string;
  lay: SheetLayout;
  rows: number[];
  starts: number[];
}

/** One walk over the rows, for a part whose few rows are then read more than once (styles copied by fill). */
export function rowIndexOf(xml: string, lay: SheetLayout): RowIndex {
  const index: RowIndex = { xml, lay, rows: [], starts: [] };
  eachRow(xml, lay, (row) => {
    index.rows.push(row.row);
    index.starts.push(row.start);
  });
  return index;
}

/** The rows numbered top..bottom, in document order, as eachRow gives them, found through the index. */
export function eachRowIn(
  xml: string,
  lay: SheetLayout,
  index: RowIndex,
  top: number,
  bottom: number,
  onRow: (row: RowTag) => void,
): void {
  for (let i = 0; i < index.rows.length; i++) {
    const r = index.rows[i];
    if (r < top || r > bottom) continue;
    eachRow(xml, { ...lay, dataStart: index.starts[i] }, (row) => {
      onRow({ ...row, row: r });
      return false;
    });
  }
}

/** Walks the cells of one row in order. Cells without "r" follow the last. */
export function eachCell(xml: string, p: string, row: RowTag, onCell: (cell: CellTag) => void): void {
  if (row.selfClosing) return;
  const open = `<${p}c`;
  const close = `</${p}c>`;
  let at = row.openEnd;
  let last = -1;
  for (;;) {
    const s = xml.indexOf(open, at);
    if (s < 0 || s >= row.innerEnd) return;
    if (!isNameEnd(xml.charCodeAt(s + open.length))) {
      at = s + open.length;
      continue;
    }
    const gt = tagEnd(xml, s + open.length);
    if (gt < 0) throw new Error("unterminated cell tag");
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrText = xml.slice(s + open.length, selfClosing ? gt - 1 : gt);
    const r = rValue(attrText);
    const col = r !== undefined ? colOfRef(r) : last + 1;
    if (col < 0) throw new Error(`bad cell reference ${r}`);
    let end: number;
    let innerEnd: number;
    if (selfClosing) {
      end = gt + 1;
      innerEnd = gt + 1;
    } else {
      innerEnd = xml.indexOf(close, gt);
      if (innerEnd < 0 || innerEnd > row.innerEnd) throw new Error("unterminated cell");
      end = innerEnd + close.length;
    }
    last = col;
    onCell({ start: s, end, col, attrText, innerStart: selfClosing ? end : gt + 1, innerEnd });
    at = end;
  }
}

/** An attribute of a cell or row tag by exact (unprefixed) name, not unescaped. */
export function rawAttr(attrText: string, name: string): string | undefined {
  const i = attrText.indexOf(` ${name}=`);
  let j: number;
  if (i >= 0) j = i + name.length + 2;
  // Not there at all (a number cell's "t"): no regular expression made and run for every such cell.
  else if (attrText.indexOf(name) < 0) return undefined;
  else {
    const m = new RegExp(`\\s${name}\\s*=\\s*`).exec(attrText);
    if (!m) return undefined;
    j = m.index + m[0].length;
  }
  const q = attrText[j];
  if (q !== '"' && q !== "'") return undefined;
  const k = attrText.indexOf(q, j + 1);
  return k < 0 ? undefined : attrText.slice(j + 1, k);
}

/**
 * The content of the first child element `local` inside [from, to), with its start tag's attributes.
 * Searches only that stretch (a cell's content), never the rest of the part.
 */
export function childOf(
  xml: string,
  p: string,
  local: string,
  from: number,
  to: number,
): { attrText: string; start: number; end: number; innerStart: number; innerEnd: number } | null {
  if (to <= from) return null;
  const part = xml.slice(from, to);
  const open = `<${p}${local}`;
  let at = 0;
  for (;;) {
    const s = part.indexOf(open, at);
    if (s < 0) return null;
    if (!isNameEnd(part.charCodeAt(s + open.length))) {
      at = s + open.length;
      continue;
    }
    const gt = tagEnd(part, s + open.length);
    if (gt < 0) return null;
    if (part.charCodeAt(gt - 1) === 47)
      return {
        attrText: part.slice(s + open.length, gt - 1),
        start: from + s,
        end: from + gt + 1,
        innerStart: from + gt + 1,
        innerEnd: from + gt + 1,
      };
    const close = part.indexOf(`</${p}${local}>`, gt);
    if (close < 0) return null;
    return {
      attrText: part.slice(s + open.length, gt),
      start: from + s,
      end: from + close + p.length + local.length + 3,
      innerStart: from + gt + 1,
      innerEnd: from + close,
    };
  }
}
