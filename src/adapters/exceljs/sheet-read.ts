/**
 * A worksheet part -> the snapshot's SheetSnapshot, straight from the XML: one pass collects the cells
 * that hold a value or a formula (sparse, in flat arrays), a second fills a dense block that covers only
 * the rows and columns with content, so a stray formatted cell at XFD1048576 costs nothing. Shared
 * formulas are given to every cell of their group as that cell reads them (references shifted).
 */
import type { CellValue, RangeBox, SheetSnapshot } from "../../core/workbook/port";
import { parseBox, shiftFormula } from "./cellref";
import { fromStoredFormula } from "./formula";
import { childOf, eachCell, eachRow, layoutOf, rawAttr, type SheetLayout } from "./sheet-scan";
import type { Styles } from "./styles";
import { attributes, findAll, findElement, textOf, unescapeOoxml, unescapeXml } from "./xml";

export interface ReadContext {
  sharedStrings: string[];
  styles: Styles;
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;

export class SheetParseError extends Error {
  override readonly name = "SheetParseError";
}

interface CellContent {
  value: CellValue;
  formula: string | null;
  shared: { si: string; master: boolean } | null;
}

/** cellContent's answer: one object, refilled for every cell (a caller reads it before asking again). */
const content: CellContent = { value: null, formula: null, shared: null };

function answer(value: CellValue, formula: string | null, shared: CellContent["shared"]): CellContent {
  content.value = value;
  content.formula = formula;
  content.shared = shared;
  return content;
}

/** The value of one cell's content, and its formula (port form) or null. Valid until the next call. */
function cellContent(
  xml: string,
  p: string,
  attrText: string,
  innerStart: number,
  innerEnd: number,
  ctx: ReadContext,
): CellContent {
  const t = rawAttr(attrText, "t");
  let value: CellValue = null;
  let formula: string | null = null;
  let shared: { si: string; master: boolean } | null = null;
  if (innerEnd <= innerStart) return answer(value, formula, shared);
  const f = childOf(xml, p, "f", innerStart, innerEnd);
  if (f) {
    const text = unescapeXml(xml.slice(f.innerStart, f.innerEnd));
    if (rawAttr(f.attrText, "t") === "shared") {
      const si = rawAttr(f.attrText, "si") ?? "";
      shared = { si, master: text !== "" };
    }
    formula = text === "" ? null : fromStoredFormula(text);
  }
  if (t === "inlineStr") {
    const is = childOf(xml, p, "is", innerStart, innerEnd);
    if (is) value = textOf(xml.slice(is.innerStart, is.innerEnd));
    return answer(value, formula, shared);
  }
  const v = childOf(xml, p, "v", innerStart, innerEnd);
  if (!v) return answer(value, formula, shared);
  const raw = xml.slice(v.innerStart, v.innerEnd);
  switch (t) {
    case "s": {
      const s = ctx.sharedStrings[Number(raw)];
      value = s === undefined ? null : s;
      break;
    }
    case "str":
      value = unescapeOoxml(unescapeXml(raw));
      break;
    case "b":
      value = raw.trim() === "1" || raw.trim() === "true";
      break;
    case "e":
      value = { error: unescapeXml(raw).trim() };
      break;
    case "d": {
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
      value = Number.isFinite(ms) ? ms / MS_PER_DAY + (ctx.date1904 ? 24_107 : 25_569) : null;
      break;
    }
    default: {
      const n = Number(raw);
      value = raw.trim() !== "" && Number.isFinite(n) ? n : null;
    }
  }
  return answer(value, formula, shared);
}

/** Reads one worksheet part into a snapshot. Throws SheetParseError when the XML is not a worksheet. */
export function readSheetXml(xml: string, name: string, hidden: boolean, ctx: ReadContext): SheetSnapshot {
  const lay = layoutOf(xml);
  if (!lay) throw new SheetParseError("no worksheet element");
  const snap: SheetSnapshot = {
    name,
    originRow: 0,
    originCol: 0,
    values: [],
    formulas: [],
    numberFormats: [],
    bold: [],
    merges: readMerges(xml, lay),
    hiddenRows: [],
    hiddenCols: readHiddenCols(xml, lay),
  };
  if (hidden) snap.hidden = true;

  // Pass 1: the cells with content, sparse.
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: CellValue[] = [];
  const forms: (string | null)[] = [];
  const styles: number[] = [];
  const masters = new Map<string, { row: number; col: number; formula: string }>();
  const pendingShared: { index: number; si: string }[] = [];
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  try {
    eachRow(xml, lay, (row) => {
      const h = rawAttr(row.attrText, "hidden");
      if (h === "1" || h === "true") snap.hiddenRows.push(row.row);
      eachCell(xml, lay.p, row, (cell) => {
        const c = cellContent(xml, lay.p, cell.attrText, cell.innerStart, cell.innerEnd, ctx);
        const sAttr = rawAttr(cell.attrText, "s");
        const s = sAttr ? Number(sAttr) : 0;
        if (c.shared) {
          if (c.shared.master && c.formula !== null)
            masters.set(c.shared.si, { row: row.row, col: cell.col, formula: c.formula });
          else pendingShared.push({ index: rows.length, si: c.shared.si });
        }
        const content = c.value !== null || c.formula !== null || (c.shared !== null && !c.shared.master);
        if (!content && s === 0) return;
        rows.push(row.row);
        cols.push(cell.col);
        vals.push(c.value);
        forms.push(c.formula);
        styles.push(content ? s : -1 - s);
        if (content) {
          if (row.row < top) top = row.row;
          if (row.row > bottom) bottom = row.row;
          if (cell.col < left) left = cell.col;
          if (cell.col > right) right = cell.col;
        }
      });
    });
  } catch (e) {
    throw new SheetParseError(e instanceof Error ? e.message : String(e));
  }
  for (const { index, si } of pendingShared) {
    const m = masters.get(si);
    if (m) forms[index] = shiftFormula(m.formula, rows[index] - m.row, cols[index] - m.col);
  }
  if (bottom < 0) return snap;

  // Pass 2: the dense block over the rows and columns with content.
  snap.originRow = top;
  snap.originCol = left;
  const height = bottom - top + 1;
  const width = right - left + 1;
  for (let r = 0; r < height; r++) {
    snap.values.push(new Array<CellValue>(width).fill(null));
    snap.formulas.push(new Array<string | null>(width).fill(null));
    snap.numberFormats.push(new Array<string>(width).fill("General"));
    snap.bold.push(new Array<boolean>(width).fill(false));
  }
  const st = ctx.styles;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] - top;
    const c = cols[i] - left;
    if (r < 0 || r >= height || c < 0 || c >= width) continue;
    const raw = styles[i];
    const s = raw < 0 ? -1 - raw : raw;
    if (raw >= 0) {
      snap.values[r][c] = vals[i];
      snap.formulas[r][c] = forms[i];
    }
    if (s !== 0) {
      snap.numberFormats[r][c] = st.numberFormat(s);
      if (st.bold(s)) snap.bold[r][c] = true;
    }
  }
  return snap;
}

/** The merged areas of a worksheet part. */
export function readMergesOf(xml: string): RangeBox[] {
  const lay = layoutOf(xml);
  return lay ? readMerges(xml, lay) : [];
}

function readMerges(xml: string, lay: SheetLayout): RangeBox[] {
  // mergeCells follows sheetData: search only after it.
  const at = xml.indexOf("mergeCells", lay.elEnd >= 0 ? lay.elEnd : 0);
  if (at < 0) return [];
  const el = findElement(xml, "mergeCells", at - 1 - lay.p.length);
  if (!el) return [];
  const out: RangeBox[] = [];
  for (const m of findAll(el.inner, "mergeCell")) {
    const box = parseBox(attributes(m.attrText).get("ref") ?? "");
    if (box) out.push(box);
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

function readHiddenCols(xml: string, lay: SheetLayout): number[] {
  const limit = lay.elStart >= 0 ? lay.elStart : xml.length;
  const el = findElement(xml, "cols", 0, limit);
  if (!el) return [];
  const out: number[] = [];
  for (const c of findAll(el.inner, "col")) {
    const a = attributes(c.attrText);
    const h = a.get("hidden");
    if (h !== "1" && h !== "true") continue;
    const min = Number(a.get("min"));
    const max = Math.min(Number(a.get("max")), 16_384);
    for (let i = min; i <= max; i++) out.push(i - 1);
  }
  return out;
}

/** Column A of a sheet, from A1 down, as values (for the state sheet). */
export function readColumnA(xml: string, ctx: ReadContext): CellValue[] {
  const lay = layoutOf(xml);
  if (!lay) return [];
  const out: CellValue[] = [];
  eachRow(xml, lay, (row) => {
    eachCell(xml, lay.p, row, (cell) => {
      if (cell.col !== 0) return;
      out[row.row] = cellContent(xml, lay.p, cell.attrText, cell.innerStart, cell.innerEnd, ctx).value;
    });
  });
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
  return out;
}

/** The shared strings part -> its texts in order. */
export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const p = /<([A-Za-z_][\w.-]*:)?sst[\s>]/.exec(xml)?.[1] ?? "";
  const open = `<${p}si`;
  const close = `</${p}si>`;
  let at = 0;
  for (;;) {
    const s = xml.indexOf(open, at);
    if (s < 0) break;
    const next = xml.charCodeAt(s + open.length);
    if (next !== 62 && next !== 32 && next !== 47) {
      at = s + open.length;
      continue;
    }
    const gt = xml.indexOf(">", s);
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push("");
      at = gt + 1;
      continue;
    }
    const e = xml.indexOf(close, gt);
    if (e < 0) break;
    out.push(textOf(xml.slice(gt + 1, e)));
    at = e + close.length;
  }
  return out;
}
