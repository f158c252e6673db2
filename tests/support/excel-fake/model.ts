/**
 * The in-memory workbook behind the Excel fake: sheets of sparse cells with values, formulas, number
 * formats, fonts, fills, borders, alignment and wrap, merged areas, hidden rows and columns, column
 * widths, page layout and charts. It can be loaded from a WorkbookSnapshot and inspected after writes.
 *
 * Writing a cell follows Excel's typing rules (what `range.values` / `range.formulas` do): "=..." becomes a
 * formula, "+5" / "12" / "50%" / "TRUE" become numbers and booleans, a leading apostrophe makes the rest
 * text (quote prefix), and a cell formatted as Text ("@") keeps any string as text.
 */
import type {
  CellError,
  CellValue,
  RangeBox,
  SheetSnapshot,
  StoredState,
  WorkbookSnapshot,
} from "../../../src/core/workbook/port";
import { STATE_SHEET, isCellError } from "../../../src/core/workbook/port";
import { boxA1 } from "../../../src/core/workbook/address";
import { decodeState } from "../../../src/core/workbook/state";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface FakeBorder {
  style: string;
  weight: string;
  color: string;
}

export interface FakeCell {
  /** A constant, or the cached result of a formula (null: not calculated / empty). */
  value: number | string | boolean | CellError | null;
  /** Formula without "=", or null. */
  formula: string | null;
  numberFormat: string;
  /** The text was entered with a leading apostrophe. */
  quotePrefix: boolean;
  bold: boolean;
  italic: boolean;
  fontName: string;
  fontSize: number;
  fontColor: string;
  /** "#RRGGBB" or null for no fill. */
  fill: string | null;
  borders: { top: FakeBorder | null; bottom: FakeBorder | null; left: FakeBorder | null; right: FakeBorder | null };
  hAlign: string;
  vAlign: string;
  wrap: boolean;
}

export function defaultCell(): FakeCell {
  return {
    value: null,
    formula: null,
    numberFormat: "General",
    quotePrefix: false,
    bold: false,
    italic: false,
    fontName: "Calibri",
    fontSize: 11,
    fontColor: "#000000",
    fill: null,
    borders: { top: null, bottom: null, left: null, right: null },
    hAlign: "General",
    vAlign: "Bottom",
    wrap: false,
  };
}

function hasContent(c: FakeCell | undefined): boolean {
  return c !== undefined && (c.formula !== null || c.value !== null);
}

function isDefaultFormat(c: FakeCell): boolean {
  const d = defaultCell();
  return (
    c.numberFormat === d.numberFormat &&
    c.bold === d.bold &&
    c.italic === d.italic &&
    c.fontName === d.fontName &&
    c.fontSize === d.fontSize &&
    c.fontColor === d.fontColor &&
    c.fill === null &&
    !c.borders.top &&
    !c.borders.bottom &&
    !c.borders.left &&
    !c.borders.right &&
    c.hAlign === d.hAlign &&
    c.vAlign === d.vAlign &&
    !c.wrap
  );
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  position: { start: string; end: string | null } | null;
  series: { name: string; values: string | null; xAxis: string | null }[];
}

export interface FakePageLayout {
  paperSize: string | null;
  orientation: string | null;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  printTitleRows: string | null;
}

export class FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** rows[r][c]; sparse. */
  rows: (FakeCell | undefined)[][] = [];
  merges: RangeBox[] = [];
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  /** Column widths in points (default 48, i.e. 8.43 characters). */
  columnWidths = new Map<number, number>();
  /** Row heights in points set by format.rowHeight (absent: Excel's own). */
  rowHeights = new Map<number, number>();
  charts: FakeChart[] = [];
  pageLayout: FakePageLayout = { paperSize: null, orientation: null, zoom: null, printTitleRows: null };

  constructor(name: string) {
    this.name = name;
  }

  get(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }

  ensure(row: number, col: number): FakeCell {
    let r = this.rows[row];
    if (!r) {
      r = [];
      this.rows[row] = r;
    }
    let c = r[col];
    if (!c) {
      c = defaultCell();
      r[col] = c;
    }
    return c;
  }

  /** Visits every existing cell. */
  forEach(fn: (cell: FakeCell, row: number, col: number) => void): void {
    this.rows.forEach((r, ri) => r?.forEach((c, ci) => c && fn(c, ri, ci)));
  }

  /** The used range: cells with values or formulas (valuesOnly) or also with any format; null when none. */
  usedBox(valuesOnly: boolean): RangeBox | null {
    let top = Number.POSITIVE_INFINITY;
    let left = Number.POSITIVE_INFINITY;
    let bottom = -1;
    let right = -1;
    this.forEach((c, r, k) => {
      if (hasContent(c) || (!valuesOnly && !isDefaultFormat(c))) {
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (k < left) left = k;
        if (k > right) right = k;
      }
    });
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? 48;
  }
}

/** Excel's typing rules for a string (no apostrophe, cell not formatted as Text). */
function interpretString(s: string): { value: FakeCell["value"]; formula: string | null } {
  if (s.startsWith("=") && s.length > 1) return { value: null, formula: s.slice(1) };
  const num = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(%?)$/.exec(s.trim());
  if (num) {
    const n = Number(s.trim().replace(/%$/, ""));
    return { value: num[4] ? n / 100 : n, formula: null };
  }
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (date) {
    const ms = Date.UTC(Number(date[3]), Number(date[1]) - 1, Number(date[2]));
    return { value: Math.round(ms / 86400000) + 25569, formula: null };
  }
  if (/^(true|false)$/i.test(s.trim())) return { value: s.trim().toLowerCase() === "true", formula: null };
  if (s.startsWith("+") || s.startsWith("-") || s.startsWith("@")) {
    // Excel takes these as formulas (a lone "-" too); they rarely compute to anything sensible.
    return { value: { error: "#NAME?" }, formula: s };
  }
  return { value: s, formula: null };
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;

  sheet(name: string): FakeSheet | undefined {
    const low = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === low);
  }

  mustSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (this.activeSheet === null) this.activeSheet = name;
    return s;
  }

  /** One entry of a `values` / `formulas` array, entered like Excel does. undefined/null: untouched. */
  static enter(cell: FakeCell, input: unknown): void {
    if (input === null || input === undefined) return;
    if (input === "") {
      cell.value = null;
      cell.formula = null;
      cell.quotePrefix = false;
      return;
    }
    if (typeof input === "number") {
      if (!Number.isFinite(input)) throw new Error("fake: non-finite number");
      cell.value = input;
      cell.formula = null;
      cell.quotePrefix = false;
      return;
    }
    if (typeof input === "boolean") {
      cell.value = input;
      cell.formula = null;
      cell.quotePrefix = false;
      return;
    }
    if (typeof input !== "string") throw new Error(`fake: cannot enter ${typeof input}`);
    if (input.startsWith("'")) {
      cell.value = input.slice(1) === "" ? null : input.slice(1);
      cell.formula = null;
      cell.quotePrefix = input.length > 1;
      return;
    }
    if (cell.numberFormat === "@") {
      cell.value = input;
      cell.formula = null;
      cell.quotePrefix = false;
      return;
    }
    const got = interpretString(input);
    cell.value = got.value;
    cell.formula = got.formula;
    cell.quotePrefix = false;
  }

  /** A workbook from a snapshot: the inverse of what an adapter's read() gives. */
  static fromSnapshot(snapshot: WorkbookSnapshot): FakeBook {
    const book = new FakeBook();
    for (const s of snapshot.sheets) loadSheet(book.addSheet(s.name), s);
    if (snapshot.state) writeState(book, snapshot.state);
    return book;
  }

  /** The state sheet's JSON, or null. */
  state(): StoredState | null {
    const s = this.sheet(STATE_SHEET);
    if (!s) return null;
    let text = "";
    for (let r = 0; r < s.rows.length; r++) {
      const v = s.get(r, 0)?.value;
      if (typeof v === "string") text += v;
    }
    // Through the shared decoder, which also expands the undo record's stored runs.
    return text ? decodeState([text]) : null;
  }

  /**
   * A sheet as the port's snapshot, over its used range (valuesOnly like the adapter reads, or with
   * format-only cells). Formula cells show their cached value (null when the fake did not calculate them).
   */
  snapshot(name: string, valuesOnly = true): SheetSnapshot {
    const s = this.mustSheet(name);
    const box = s.usedBox(valuesOnly);
    const snap: SheetSnapshot = {
      name: s.name,
      originRow: box ? box.top : 0,
      originCol: box ? box.left : 0,
      values: [],
      formulas: [],
      numberFormats: [],
      bold: [],
      merges: [],
      hiddenRows: [],
      hiddenCols: [],
    };
    if (s.visibility !== "Visible") snap.hidden = true;
    if (!box) return snap;
    for (let r = box.top; r <= box.bottom; r++) {
      const vals: CellValue[] = [];
      const fs: (string | null)[] = [];
      const nfs: string[] = [];
      const bs: boolean[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const cell = s.get(r, c);
        vals.push(cell ? (isCellError(cell.value) ? { error: cell.value.error } : cell.value) : null);
        fs.push(cell ? cell.formula : null);
        nfs.push(cell ? cell.numberFormat : "General");
        bs.push(cell ? cell.bold : false);
      }
      snap.values.push(vals);
      snap.formulas.push(fs);
      snap.numberFormats.push(nfs);
      snap.bold.push(bs);
    }
    snap.merges = s.merges
      .filter((m) => m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left)
      .map((m) => ({ ...m }))
      .sort((a, b) => a.top - b.top || a.left - b.left);
    snap.hiddenRows = [...s.hiddenRows].filter((r) => r >= box.top && r <= box.bottom).sort((a, b) => a - b);
    snap.hiddenCols = [...s.hiddenCols].filter((c) => c >= box.left && c <= box.right).sort((a, b) => a - b);
    return snap;
  }

  /** Every sheet but the state sheet, as a WorkbookSnapshot. */
  toSnapshot(valuesOnly = true): WorkbookSnapshot {
    return {
      sheets: this.sheets
        .filter((s) => s.name.toLowerCase() !== STATE_SHEET.toLowerCase())
        .map((s) => this.snapshot(s.name, valuesOnly)),
      state: this.state(),
    };
  }

  /** Where a box is, for messages. */
  static address(box: RangeBox): string {
    return boxA1(box);
  }
}

function loadSheet(sheet: FakeSheet, s: SheetSnapshot): void {
  if (s.hidden) sheet.visibility = "Hidden";
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = s.formulas[r]?.[c] ?? null;
      const nf = s.numberFormats[r]?.[c] ?? "General";
      const b = s.bold[r]?.[c] ?? false;
      if (v === null && f === null && nf === "General" && !b) return;
      const cell = sheet.ensure(s.originRow + r, s.originCol + c);
      cell.value = isCellError(v) ? { error: v.error } : v;
      cell.formula = f;
      cell.numberFormat = nf;
      cell.bold = b;
      // a string that Excel would not keep as typed was entered with an apostrophe
      if (typeof v === "string" && f === null) {
        const probe = defaultCell();
        FakeBook.enter(probe, v);
        cell.quotePrefix = probe.value !== v || probe.formula !== null;
      }
    }),
  );
  sheet.merges = s.merges.map((m) => ({ ...m }));
  for (const r of s.hiddenRows) sheet.hiddenRows.add(r);
  for (const c of s.hiddenCols) sheet.hiddenCols.add(c);
}

function writeState(book: FakeBook, state: StoredState): void {
  const sheet = book.addSheet(STATE_SHEET);
  sheet.visibility = "VeryHidden";
  const json = JSON.stringify(state);
  for (let i = 0, r = 0; i < json.length; i += 30000, r++) {
    const cell = sheet.ensure(r, 0);
    cell.value = json.slice(i, i + 30000);
    cell.quotePrefix = true;
  }
}
