/**
 * Row heights of a report sheet, set from the text's length and the column widths (pure).
 *
 * Excel sizes a row to its wrapped text only when it computes the height itself, and never for merged cells;
 * a file written by ExcelJS is opened with the heights it carries, and LibreOffice keeps them too. So every
 * header and body row gets an explicit height: the most lines any of its own cells needs, and where a text is
 * merged down several rows (a sasaran over its indicators) and those rows together are too low for it, the
 * missing lines are added to them, spread evenly.
 */

/** Points per line of Arial 10 (Excel's row height for that font) and the room above and below the text. */
export const LINE_POINTS = 12.75;
export const ROW_PADDING_POINTS = 3;
/** Excel's largest row height. */
export const MAX_ROW_POINTS = 409;

/** Split text into lines of at most `max` characters at spaces (a longer word stays whole). */
export function splitLines(text: string, max: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line === "") line = w;
    else if (line.length + 1 + w.length <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== "") lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/**
 * Characters of Arial 10 that fit on one line of a column `width` wide (Excel width units: a digit of the
 * default font, 7 pixels, plus 5 pixels of padding; an average Arial 10 character is about 5,6 pixels). A
 * little under that, so a line that just fits on screen also fits in print.
 */
export function charsPerLine(width: number, bold = false): number {
  return Math.max(4, Math.floor(width * (bold ? 1.05 : 1.15)) - 1);
}

/** Lines a wrapped text needs in a column (or merged columns) of `width`. */
export function estimateLines(text: string, width: number, bold = false): number {
  return text.split("\n").reduce((n, part) => n + splitLines(part, charsPerLine(width, bold)).length, 0);
}

export function rowPoints(lines: number): number {
  return Math.min(MAX_ROW_POINTS, Math.round((lines * LINE_POINTS + ROW_PADDING_POINTS) * 100) / 100);
}

/** A text cell of a block of rows: where it is, what it says, how many rows and columns it covers. */
export interface LaidCell {
  row: number;
  col: number;
  text: string;
  rowSpan: number;
  colSpan: number;
  wrap: boolean;
  bold: boolean;
}

/**
 * Lines each row of a block needs (`rows` rows, columns of `widths`): first from the cells within one row,
 * then raised where a cell merged down several rows needs more than they give together.
 */
export function blockLines(rows: number, widths: number[], cells: LaidCell[]): number[] {
  const lines = Array.from({ length: rows }, () => 1);
  const width = (c: LaidCell) => widths.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0);
  const need = (c: LaidCell) => (c.wrap ? estimateLines(c.text, width(c), c.bold) : 1);
  for (const c of cells) if (c.rowSpan === 1) lines[c.row] = Math.max(lines[c.row], need(c));
  // taller merges last, so a shorter merge inside them has already raised its rows
  for (const c of [...cells].filter((x) => x.rowSpan > 1).sort((a, b) => a.rowSpan - b.rowSpan)) {
    const span = lines.slice(c.row, c.row + c.rowSpan);
    let missing = need(c) - span.reduce((a, b) => a + b, 0);
    for (let i = 0; missing > 0; i = (i + 1) % c.rowSpan, missing--) lines[c.row + i]++;
  }
  return lines;
}
