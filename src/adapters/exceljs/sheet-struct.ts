/**
 * Changes to a worksheet part outside its cells, each made by editing only the element concerned and
 * putting new elements where the schema's order (CT_Worksheet) wants them: merged areas, column widths,
 * page setup. A page setup keeps its printer-settings relationship and every attribute it does not set.
 */
import type { PageSetup, RangeBox } from "../../core/workbook/port";
import { parseBox, refOf } from "./cellref";
import { eachCell, eachRow, eachRowIn, layoutOf, rawAttr, type RowIndex, type RowTag } from "./sheet-scan";
import { attributes, findAll, findElement, removeAttr, setAttr, tagEnd } from "./xml";

/** CT_Worksheet's children, in the order the schema requires. */
const ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

interface Child {
  local: string;
  start: number;
  end: number;
}

/** The root's direct children, sheetData skipped by its known bounds (it may be most of the part). */
function children(xml: string): { p: string; list: Child[]; rootEnd: number } {
  const lay = layoutOf(xml)!;
  const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(xml)!;
  let at = tagEnd(xml, root.index + root[0].length - 1) + 1;
  const close = xml.lastIndexOf(`</${lay.p}worksheet`);
  const list: Child[] = [];
  while (at < close) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= close) break;
    if (xml[lt + 1] === "!" || xml[lt + 1] === "?") {
      at = xml.indexOf(">", lt) + 1;
      continue;
    }
    const nm = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(xml.slice(lt, lt + 80));
    if (!nm) break;
    const local = nm[2];
    if (lt === lay.elStart) {
      list.push({ local, start: lt, end: lay.elEnd });
      at = lay.elEnd;
      continue;
    }
    const el = findElement(xml, local, lt, close);
    if (!el) break;
    list.push({ local, start: lt, end: el.end });
    at = el.end;
  }
  return { p: lay.p, list, rootEnd: close };
}

/** Replaces the child `local` (or inserts it in schema order) with `make(old)`. */
function upsert(xml: string, local: string, make: (old: string | null, p: string) => string): string {
  const { p, list, rootEnd } = children(xml);
  const found = list.find((c) => c.local === local);
  if (found) return xml.slice(0, found.start) + make(xml.slice(found.start, found.end), p) + xml.slice(found.end);
  const rank = ORDER.indexOf(local);
  const after = list.find((c) => {
    const r = ORDER.indexOf(c.local);
    return r > rank;
  });
  const at = after ? after.start : rootEnd;
  return xml.slice(0, at) + make(null, p) + xml.slice(at);
}

export function addMerges(xml: string, boxes: RangeBox[]): string {
  if (boxes.length === 0) return xml;
  // The existing element is found directly: upsert's child scan can miss a <mergeCells> placed after large
  // elements, and a second <mergeCells> makes the part invalid (readers keep only the first).
  // It follows <sheetData> (schema order): searched there first, so the rows are not scanned tag by tag.
  const lay = layoutOf(xml);
  const after = lay && lay.elEnd >= 0 ? lay.elEnd : 0;
  const existing =
    findElement(xml, "mergeCells", after) ?? (after > 0 ? findElement(xml, "mergeCells", 0, lay!.elStart) : null);
  if (existing) {
    const p = existing.qname.slice(0, existing.qname.length - "mergeCells".length);
    const refs = boxes
      .map((b) => `<${p}mergeCell ref="${refOf(b.top, b.left)}:${refOf(b.bottom, b.right)}"/>`)
      .join("");
    const count = findAll(existing.inner, "mergeCell").length + boxes.length;
    const attrs = setAttr(existing.attrText, "count", String(count)).replace(/\s+$/, "");
    return (
      xml.slice(0, existing.start) +
      `<${existing.qname}${attrs}>${existing.inner}${refs}</${existing.qname}>` +
      xml.slice(existing.end)
    );
  }
  return upsert(xml, "mergeCells", (old, p) => {
    const refs = boxes
      .map((b) => `<${p}mergeCell ref="${refOf(b.top, b.left)}:${refOf(b.bottom, b.right)}"/>`)
      .join("");
    if (!old) return `<${p}mergeCells count="${boxes.length}">${refs}</${p}mergeCells>`;
    const el = findElement(old, "mergeCells")!;
    const count = findAll(el.inner, "mergeCell").length + boxes.length;
    return `<${el.qname}${setAttr(el.attrText, "count", String(count)).replace(/\s+$/, "")}>${el.inner}${refs}</${el.qname}>`;
  });
}

/**
 * Sets column widths (0-based column -> width in characters; null: back to the sheet's default width), splitting
 * existing <col> ranges as needed and joining again the pieces of a range that come to be alike (Batalkan).
 */
export function setColumnWidths(xml: string, widths: Map<number, number | null>): string {
  if (widths.size === 0) return xml;
  if (!findElement(xml, "cols") && [...widths.values()].every((w) => w === null)) return xml;
  return upsert(xml, "cols", (old, p) => {
    type Col = { min: number; max: number; attrs: string };
    let cols: Col[] = [];
    let qname = `${p}cols`;
    let colsAttrs = "";
    if (old) {
      const el = findElement(old, "cols")!;
      qname = el.qname;
      colsAttrs = el.attrText;
      cols = findAll(el.inner, "col").map((f) => {
        const a = attributes(f.attrText);
        return { min: Number(a.get("min")), max: Number(a.get("max")), attrs: f.attrText };
      });
    }
    for (const [c0, width] of widths) {
      const c = c0 + 1;
      const i = cols.findIndex((x) => x.min <= c && c <= x.max);
      if (i < 0) {
        if (width !== null)
          cols.push({ min: c, max: c, attrs: ` min="${c}" max="${c}" width="${width}" customWidth="1"` });
        continue;
      }
      const x = cols[i];
      const pieces: Col[] = [];
      if (x.min < c) pieces.push({ min: x.min, max: c - 1, attrs: withRange(x.attrs, x.min, c - 1) });
      const own = withRange(x.attrs, c, c);
      if (width !== null) {
        pieces.push({ min: c, max: c, attrs: setAttr(setAttr(own, "width", String(width)), "customWidth", "1") });
      } else {
        const rest = removeAttr(removeAttr(removeAttr(own, "width"), "customWidth"), "bestFit");
        // A column left with nothing but its range has no <col> of its own.
        if (/\S/.test(removeAttr(removeAttr(rest, "min"), "max"))) pieces.push({ min: c, max: c, attrs: rest });
      }
      if (c < x.max) pieces.push({ min: c + 1, max: x.max, attrs: withRange(x.attrs, c + 1, x.max) });
      // eslint-disable-next-line no-restricted-syntax -- at most three pieces of one <col> range
      cols.splice(i, 1, ...pieces);
    }
    cols.sort((a, b) => a.min - b.min);
    const bare = (x: Col) => removeAttr(removeAttr(x.attrs, "min"), "max");
    const joined: Col[] = [];
    for (const x of cols) {
      const last = joined[joined.length - 1];
      const touched = widths.has(x.min - 1) || (last !== undefined && widths.has(last.max - 1));
      if (last && last.max + 1 === x.min && touched && bare(last) === bare(x)) {
        last.max = x.max;
        last.attrs = withRange(last.attrs, last.min, x.max);
      } else joined.push({ ...x });
    }
    if (joined.length === 0) return "";
    const cp = qname.slice(0, qname.length - 4);
    return `<${qname}${colsAttrs}>${joined.map((x) => `<${cp}col${x.attrs}/>`).join("")}</${qname}>`;
  });
}

function withRange(attrs: string, min: number, max: number): string {
  return setAttr(setAttr(attrs, "min", String(min)), "max", String(max));
}

/** ECMA-376 paper size codes: 9 = A4, 14 = Folio 8.5 x 13 in (F4). */
export const PAPER_CODE: Record<PageSetup["paper"], number> = { A4: 9, F4: 14 };

export function setPageSetup(xml: string, s: PageSetup): string {
  let out = upsert(xml, "pageSetup", (old, p) => {
    let attrs = old ? findElement(old, "pageSetup")!.attrText : "";
    const qn = old ? findElement(old, "pageSetup")!.qname : `${p}pageSetup`;
    attrs = setAttr(attrs, "paperSize", String(PAPER_CODE[s.paper]));
    attrs = setAttr(attrs, "orientation", s.orientation);
    if (s.fitToWidth) {
      attrs = setAttr(attrs, "fitToWidth", "1");
      attrs = setAttr(attrs, "fitToHeight", "0");
    }
    return `<${qn}${attrs.replace(/\s+$/, "")}/>`;
  });
  // pageMargins must come before pageSetup; a sheet without it gets Excel's defaults (schema order).
  if (!children(out).list.some((c) => c.local === "pageMargins"))
    out = upsert(
      out,
      "pageMargins",
      (_old, p) => `<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    );
  out = upsert(out, "sheetPr", (old, p) => {
    const fit = s.fitToWidth ? "1" : "0";
    if (!old) return `<${p}sheetPr><${p}pageSetUpPr fitToPage="${fit}"/></${p}sheetPr>`;
    const el = findElement(old, "sheetPr")!;
    const pr = findElement(el.inner, "pageSetUpPr");
    const cp = el.qname.slice(0, el.qname.length - 7);
    if (pr) {
      const inner =
        el.inner.slice(0, pr.start) +
        `<${pr.qname}${setAttr(pr.attrText, "fitToPage", fit).replace(/\s+$/, "")}/>` +
        el.inner.slice(pr.end);
      return `<${el.qname}${el.attrText}>${inner}</${el.qname}>`;
    }
    return `<${el.qname}${el.attrText}>${el.inner}<${cp}pageSetUpPr fitToPage="${fit}"/></${el.qname}>`;
  });
  return out;
}

/** Drops every merged area that meets `box` (Batalkan of a merge the tool made). */
export function removeMerges(xml: string, box: RangeBox): string {
  const el = findElement(xml, "mergeCells");
  if (!el) return xml;
  const kept = findAll(el.inner, "mergeCell").filter((f) => {
    const m = parseBox(attributes(f.attrText).get("ref") ?? "");
    if (!m) return true;
    return !(m.top <= box.bottom && box.top <= m.bottom && m.left <= box.right && box.left <= m.right);
  });
  const count = findAll(el.inner, "mergeCell").length;
  if (kept.length === count) return xml;
  if (kept.length === 0) return xml.slice(0, el.start) + xml.slice(el.end);
  const body = kept.map((f) => el.inner.slice(f.start, f.end)).join("");
  return (
    xml.slice(0, el.start) +
    `<${el.qname}${setAttr(el.attrText, "count", String(kept.length)).replace(/\s+$/, "")}>${body}</${el.qname}>` +
    xml.slice(el.end)
  );
}

/** Sets explicit row heights (0-based row -> points, customHeight) on rows the sheet has. */
export function setRowHeights(xml: string, heights: Map<number, number>): string {
  if (heights.size === 0) return xml;
  const lay = layoutOf(xml);
  if (!lay || lay.dataStart < 0) return xml;
  const out: string[] = [];
  let copied = 0;
  eachRow(xml, lay, (row) => {
    const h = heights.get(row.row);
    if (h === undefined) return;
    const attrs = setAttr(setAttr(row.attrText, "ht", String(h)), "customHeight", "1");
    const open = xml.slice(row.start, row.openEnd);
    const close = open.endsWith("/>") ? "/>" : ">";
    const qn = open.slice(1).split(/[\s/>]/)[0];
    out.push(xml.slice(copied, row.start), `<${qn}${attrs.replace(/\s+$/, "")}${close}`);
    copied = row.openEnd;
  });
  out.push(xml.slice(copied));
  return out.join("");
}

/**
 * The cell format index (s) of every cell of `box`: a cell's own, else its row's (customFormat), else its
 * column's (<col style>), else 0.
 */
export function styleIndexes(xml: string, box: RangeBox, index?: RowIndex): number[][] {
  const indexed = index !== undefined && index.xml === xml;
  const lay = indexed ? index.lay : layoutOf(xml);
  const colBase = new Array<number>(box.right - box.left + 1).fill(0);
  // <cols> comes before <sheetData>: the cells need not be scanned for it.
  const cols = findElement(xml, "cols", 0, lay && lay.elStart >= 0 ? lay.elStart : xml.length);
  for (const f of cols ? findAll(cols.inner, "col") : []) {
    const a = attributes(f.attrText);
    const style = Number(a.get("style") ?? 0);
    if (!style) continue;
    for (let c = Math.max(box.left, Number(a.get("min")) - 1); c <= Math.min(box.right, Number(a.get("max")) - 1); c++)
      colBase[c - box.left] = style;
  }
  const grid: number[][] = [];
  for (let r = box.top; r <= box.bottom; r++) grid.push(colBase.slice());
  if (!lay || lay.dataStart < 0) return grid;
  const visit = (row: RowTag) => {
    if (row.row < box.top || row.row > box.bottom) return;
    const rowBase = rawAttr(row.attrText, "customFormat") === "1" ? Number(rawAttr(row.attrText, "s") ?? 0) : 0;
    const line = grid[row.row - box.top];
    if (rowBase) line.fill(rowBase);
    eachCell(xml, lay.p, row, (cell) => {
      if (cell.col < box.left || cell.col > box.right) return;
      line[cell.col - box.left] = Number(rawAttr(cell.attrText, "s") ?? 0);
    });
  };
  // A row index of this very text: only the box's rows are parsed (not every row of a 100,000-row sheet).
  if (indexed) eachRowIn(xml, lay, index, box.top, box.bottom, visit);
  else eachRow(xml, lay, visit);
  return grid;
}

/** The width of column `col` (0-based) as the sheet sets it, or null for the default width. */
export function columnWidthOf(xml: string, col: number): number | null {
  const el = findElement(xml, "cols");
  if (!el) return null;
  for (const f of findAll(el.inner, "col")) {
    const a = attributes(f.attrText);
    if (Number(a.get("min")) <= col + 1 && col + 1 <= Number(a.get("max"))) {
      const w = Number(a.get("width"));
      return Number.isFinite(w) ? w : null;
    }
  }
  return null;
}
