/** A report table as a Word table: header rows repeated on each page, merges, thin borders, shaded totals. */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { cellText } from "../../core/report/cells";
import type { Align, ReportCell, ReportTable } from "../../core/report/model";

export const DOCX_FONT = "Arial";
const HEADER_FILL = "D9E2F3";
const NUMBER_ROW_FILL = "F2F2F2";
const TOTAL_FILL = "EDEDED";

export function run(text: string, opts: { bold?: boolean; size?: number; italics?: boolean } = {}): TextRun {
  return new TextRun({ text, bold: opts.bold, italics: opts.italics, font: DOCX_FONT, size: opts.size });
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

function tableFontSize(t: ReportTable): number {
  // half-points: 9 pt for tables of 8 columns or more, 10 pt otherwise
  return t.columns.length >= 8 ? 16 : 18;
}

function cellParagraph(
  text: string,
  align: Align,
  opts: { bold?: boolean; size: number; indent?: number; italics?: boolean },
): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { before: 20, after: 20 },
    indent: opts.indent ? { left: opts.indent * 200 } : undefined,
    children: [run(text, { bold: opts.bold, size: opts.size, italics: opts.italics })],
  });
}

/** Cell padding Word puts left and right of a cell's text (2 x 0,19 cm), in twips. */
const CELL_PADDING = 2 * 108;

/** Twips a text needs on one line at `halfPoints` (Arial: digits 0,556 em, an average letter about 0,5 em; bold 10 % more). */
export function textTwips(text: string, halfPoints: number, bold = false): number {
  const em = halfPoints * 10; // twips per em: 1 pt = 20 twips, half-points x 10
  let w = 0;
  for (const ch of text)
    w += /[0-9]/.test(ch) ? 0.556 : /[.,:;|il'!() ]/.test(ch) ? 0.28 : /[A-Z%mwMW]/.test(ch) ? 0.72 : 0.5;
  // 12 % for the renderer's own rounding and kerning (LibreOffice and Word differ slightly)
  return Math.ceil(w * em * (bold ? 1.1 : 1) * 1.12);
}

/**
 * Column widths in twips that add up to `total`: a column that does not wrap (numbers, codes) gets the width of
 * its longest text so a figure never breaks over two lines; every column gets at least its longest word (header
 * words are bold); what is left goes to the wrapping columns in proportion to their widths in the model.
 */
export function columnWidths(t: ReportTable, total: number): number[] {
  const size = tableFontSize(t);
  const n = t.columns.length;
  const minimum = t.columns.map(() => CELL_PADDING + 200);
  const whole = t.columns.map(() => 0);
  const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 0);
  for (const hr of t.header)
    hr.forEach((h, c) => {
      if (!h || (h.colSpan ?? 1) > 1) return;
      for (const w of words(h.text)) minimum[c] = Math.max(minimum[c], CELL_PADDING + textTwips(w, size, true));
    });
  t.columnNumbers.forEach((x, c) => (minimum[c] = Math.max(minimum[c], CELL_PADDING + textTwips(x, size - 2))));
  for (const r of t.rows)
    r.cells.forEach((cell, c) => {
      if (!cell || (cell.colSpan ?? 1) > 1) return;
      const text = cellText(cell);
      const bold = cell.bold ?? r.bold;
      const indent = (cell.indent ?? 0) * 200;
      for (const w of words(text)) minimum[c] = Math.max(minimum[c], CELL_PADDING + indent + textTwips(w, size, bold));
      whole[c] = Math.max(whole[c], CELL_PADDING + indent + textTwips(text, size, bold));
    });
  const widths = t.columns.map((col, c) => (col.wrap ? minimum[c] : Math.max(minimum[c], whole[c])));
  let rest = total - widths.reduce((a, b) => a + b, 0);
  if (rest > 0) {
    const wrapping = t.columns.map((col, c) => (col.wrap ? c : -1)).filter((c) => c >= 0);
    const targets = wrapping.length > 0 ? wrapping : t.columns.map((_, c) => c);
    // give each column what it would get in proportion, beyond what it already has
    const weight = targets.reduce((a, c) => a + t.columns[c].width, 0);
    const share = (c: number) => (t.columns[c].width / weight) * (total - fixedOutside(widths, targets));
    const want = targets.map((c) => Math.max(0, share(c) - widths[c]));
    const sumWant = want.reduce((a, b) => a + b, 0);
    targets.forEach((c, i) => {
      const add = sumWant > 0 ? Math.floor((want[i] / sumWant) * rest) : Math.floor(rest / targets.length);
      widths[c] += add;
    });
  } else if (rest < 0) {
    // too narrow even for the longest words: shrink every column in proportion (text will wrap mid-word)
    const sum = widths.reduce((a, b) => a + b, 0);
    for (let c = 0; c < n; c++) widths[c] = Math.floor((widths[c] / sum) * total);
  }
  rest = total - widths.reduce((a, b) => a + b, 0);
  widths[n - 1] += rest;
  return widths;
}

/** Width taken by the columns that are not in `targets`. */
function fixedOutside(widths: number[], targets: number[]): number {
  return widths.reduce((a, w, c) => (targets.includes(c) ? a : a + w), 0);
}

function spanWidth(widths: number[], col: number, span: number): number {
  return widths.slice(col, col + span).reduce((a, b) => a + b, 0);
}

export function buildTable(t: ReportTable, width: number): Table {
  const widths = columnWidths(t, width);
  const size = tableFontSize(t);
  const rows: TableRow[] = [];
  for (const hr of t.header) {
    const cells: TableCell[] = [];
    hr.forEach((h, c) => {
      if (!h) return;
      cells.push(
        new TableCell({
          children: [cellParagraph(h.text, "center", { bold: true, size })],
          rowSpan: h.rowSpan,
          columnSpan: h.colSpan,
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL },
          width: { size: spanWidth(widths, c, h.colSpan ?? 1), type: WidthType.DXA },
        }),
      );
    });
    rows.push(new TableRow({ children: cells, tableHeader: true, cantSplit: true }));
  }
  rows.push(
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: t.columnNumbers.map(
        (n, c) =>
          new TableCell({
            children: [cellParagraph(n, "center", { size: size - 2, italics: true })],
            shading: { type: ShadingType.CLEAR, color: "auto", fill: NUMBER_ROW_FILL },
            width: { size: widths[c], type: WidthType.DXA },
          }),
      ),
    }),
  );
  for (const r of t.rows) {
    const fill = r.kind === "total" || r.kind === "rata-rata" ? TOTAL_FILL : undefined;
    const cells: TableCell[] = [];
    r.cells.forEach((c: ReportCell | null, i) => {
      if (c === null) return;
      const align = c.align ?? (c.kind === "text" || c.kind === "empty" ? t.columns[i].align : "right");
      cells.push(
        new TableCell({
          children: [cellParagraph(cellText(c), align, { bold: c.bold ?? r.bold, size, indent: c.indent })],
          rowSpan: c.rowSpan,
          columnSpan: c.colSpan,
          verticalAlign: VerticalAlignTable.TOP,
          shading: fill ? { type: ShadingType.CLEAR, color: "auto", fill } : undefined,
          width: { size: spanWidth(widths, i, c.colSpan ?? 1), type: WidthType.DXA },
        }),
      );
    });
    rows.push(new TableRow({ children: cells, cantSplit: true }));
  }
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}
