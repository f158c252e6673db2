/**
 * Pure conversions between the workbook port's shapes and what the Excel JavaScript API takes and gives:
 * cell writes -> 2-D arrays, styles -> SettableCellProperties, widths, paper sizes, merged-area addresses.
 * Nothing here calls Office.js, so all of it is unit-tested directly.
 */
import type { CellStyle, CellValue, CellWrite, PaperSize, RangeBox } from "../../core/workbook/port";
import { columnIndex } from "../../core/workbook/address";

/** What goes into a `values` / `formulas` 2-D array: null leaves the cell untouched. */
export type RawInput = number | string | boolean | null;

/**
 * True when Excel could take the text for something else if it were typed as it is: a formula ("=", "+",
 * "-", "@"), an error ("#N/A"), a number, date, time, percent or fraction (anything with a digit, in any
 * locale: "007", "1/2", "12,5", "(100)", "3 Jan"), a boolean, or text that itself starts with an apostrophe.
 */
export function needsQuotePrefix(s: string): boolean {
  return /^[=+\-@'#]/.test(s) || /[0-9]/.test(s) || /^\s*(true|false|benar|salah)\s*$/i.test(s);
}

/**
 * A constant for `range.values`. Text that Excel could take for something else (see needsQuotePrefix) gets
 * a leading apostrophe, Excel's quote prefix, so it is stored as text exactly as given: "=1+1", "+62",
 * "-", "@x", "007", "1/2" and "TRUE" are never turned into a formula, number, date or boolean. The
 * apostrophe is not part of the value (`values` reads back "=1+1") and the cell's number format is not
 * changed. Other text is written as it is. An empty string (and `value: null`) clears the cell.
 */
export function encodeConstant(value: number | string | boolean | null): RawInput {
  if (value === null || value === "") return "";
  if (typeof value === "string") return needsQuotePrefix(value) ? `'${value}` : value;
  return value;
}

/** True when the number can be written (Excel has no NaN or infinity). */
export function isWritableNumber(v: unknown): boolean {
  return typeof v !== "number" || Number.isFinite(v);
}

/** Which `values` / `formulas` entry a CellWrite gives; null when it leaves content alone. */
export function contentOf(cell: CellWrite | null): { values: RawInput; formulas: RawInput } {
  if (cell === null) return { values: null, formulas: null };
  if (cell.formula !== undefined) {
    const f = cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
    return { values: null, formulas: f };
  }
  if (cell.value !== undefined) return { values: encodeConstant(cell.value), formulas: null };
  return { values: null, formulas: null };
}

const THIN = { style: "Continuous", weight: "Thin", color: "#000000" } as const;
const NONE = { style: "None" } as const;

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/**
 * A CellStyle as Excel's SettableCellProperties (ExcelApi 1.9), without wrap text, which is applied in a
 * separate, last pass (wrap makes Excel on the web slow, office-js #3774). `{}` changes nothing.
 */
export function styleProps(style: CellStyle | undefined): Excel.SettableCellProperties {
  if (!style) return {};
  const format: Excel.CellPropertiesFormat = {};
  const font: Excel.CellPropertiesFont = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (Object.keys(font).length > 0) format.font = font;
  if (style.fill !== undefined) format.fill = { color: `#${style.fill.replace(/^#/, "").toUpperCase()}` };
  if (style.border !== undefined) {
    const edge = style.border ? THIN : NONE;
    format.borders = { top: { ...edge }, bottom: { ...edge }, left: { ...edge }, right: { ...edge } };
  }
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign];
  return Object.keys(format).length > 0 ? { format } : {};
}

export function hasProps(p: Excel.SettableCellProperties): boolean {
  return p.format !== undefined;
}

/**
 * Excel's column width in characters (as its Column Width dialog shows, e.g. 8.43) to the points that
 * `format.columnWidth` takes, for the default font (Calibri 11: a digit is 7 pixels, plus 5 pixels of
 * padding; 1 pixel = 0.75 point at 96 dpi). 8.43 -> 48 pt, 10 -> 56.25 pt.
 */
export function columnWidthPoints(chars: number): number {
  if (!(chars > 0)) return 0;
  const pixels = Math.trunc(chars * 7 + 0.5) + 5;
  return pixels * 0.75;
}

/**
 * Excel.PaperType for the port's paper. F4 (215 x 330 mm, the usual Indonesian government paper) has no
 * name of its own in Excel; "Folio" (8.5 x 13 in = 215.9 x 330.2 mm) is the same sheet.
 */
export function paperType(paper: PaperSize): "A4" | "Folio" {
  return paper === "F4" ? "Folio" : "A4";
}

/** The print-title rows ("$1:$3") for 0-based inclusive rows. */
export function printTitleRows(rows: [number, number]): string {
  return `$${rows[0] + 1}:$${rows[1] + 1}`;
}

/** Excel.ChartType for the port's chart kind. */
export function chartType(kind: "bar" | "column" | "line"): "BarClustered" | "ColumnClustered" | "Line" {
  return kind === "bar" ? "BarClustered" : kind === "column" ? "ColumnClustered" : "Line";
}

/** "B3:D7" (or "B3") to a box, 0-based. Returns null for anything else (whole rows/columns included). */
export function parseBox(address: string): RangeBox | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] !== undefined ? Number(m[4]) - 1 : top;
  const right = m[3] !== undefined ? columnIndex(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/**
 * The areas of a RangeAreas address ("Sheet1!A1:B2, 'Tabel 3.1'!C3:D4") as boxes. Sheet names may be
 * quoted (with '' for a quote) and may hold commas and "!", so the text is scanned, not split naively.
 */
export function parseAreas(address: string): RangeBox[] {
  const boxes: RangeBox[] = [];
  let i = 0;
  const s = address;
  while (i < s.length) {
    while (i < s.length && (s[i] === " " || s[i] === ",")) i++;
    if (i >= s.length) break;
    let part = "";
    if (s[i] === "'") {
      // quoted sheet name: skip to the closing quote ('' is an escaped quote)
      i++;
      while (i < s.length) {
        if (s[i] === "'" && s[i + 1] === "'") i += 2;
        else if (s[i] === "'") {
          i++;
          break;
        } else i++;
      }
      if (s[i] === "!") i++;
    }
    const start = i;
    while (i < s.length && s[i] !== ",") i++;
    part = s.slice(start, i).trim();
    const bang = part.lastIndexOf("!");
    if (bang >= 0) part = part.slice(bang + 1);
    const box = parseBox(part);
    if (box) boxes.push(box);
  }
  return boxes;
}

/**
 * One cell as read from Excel (`values`, `formulas`, `valueTypes`) to the port's value and formula.
 * A cell is a formula when `formulas` starts with "=" unless it is text that merely looks like one: Excel
 * gives a quote-prefixed "'=1+1" back as "=1+1" in both `values` and `formulas` (office-js #6687).
 */
export function decodeCell(
  value: unknown,
  formula: unknown,
  valueType: string | undefined,
): { value: CellValue; formula: string | null } {
  let v: CellValue;
  if (valueType === "Error") v = { error: String(value) };
  else if (value === "" || value === null || value === undefined || valueType === "Empty") v = null;
  else if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") v = value;
  else v = String(value);
  let f: string | null = null;
  if (
    typeof formula === "string" &&
    formula.startsWith("=") &&
    !(typeof value === "string" && value === formula && valueType === "String")
  ) {
    f = formula.slice(1);
  }
  return { value: v, formula: f };
}
