/**
 * Small helpers to lay a transcribed table out as an office keeps it in Excel (ExcelJS). Rows and columns
 * are 1-based, as the user sees them. Not a table: the harness only reads tables/.
 */
import ExcelJS from "exceljs";

export type Cell = ExcelJS.CellValue | undefined;

export function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "real-corpus";
  return wb;
}

/** Writes a block of rows starting at `addr` ("A5"); `undefined` and `null` leave a cell empty. */
export function put(ws: ExcelJS.Worksheet, addr: string, rows: Cell[][]): void {
  const start = ws.getCell(addr);
  const r0 = Number(start.row);
  const c0 = Number(start.col);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== undefined && v !== null) ws.getCell(r0 + i, c0 + j).value = v as ExcelJS.CellValue;
    }),
  );
}

/**
 * Merges each range ("A5:A6"). A merged area keeps only its first cell's value, as Excel does: a value written
 * into any other cell of the range would be lost, so that is refused (the table would not be as printed).
 */
export function merge(ws: ExcelJS.Worksheet, ...ranges: string[]): void {
  for (const r of ranges) {
    const [a, b] = r.split(":");
    const s = ws.getCell(a);
    const e = ws.getCell(b ?? a);
    for (let row = Number(s.row); row <= Number(e.row); row++)
      for (let col = Number(s.col); col <= Number(e.col); col++) {
        if (row === Number(s.row) && col === Number(s.col)) continue;
        const v = ws.getCell(row, col).value;
        if (v !== null && v !== undefined && v !== "")
          throw new Error(
            `${ws.name}!${r}: ${ws.getCell(row, col).address} holds ${JSON.stringify(v)}, lost by the merge`,
          );
      }
    ws.mergeCells(r);
  }
}

export function bold(ws: ExcelJS.Worksheet, row: number, fromCol = 1, toCol = 10): void {
  for (let c = fromCol; c <= toCol; c++) ws.getCell(row, c).font = { name: "Arial", size: 10, bold: true };
}

/** Sets a number format on each cell ("H7:H12" ranges or single cells). */
export function numFmt(ws: ExcelJS.Worksheet, numFormat: string, ...ranges: string[]): void {
  for (const r of ranges) {
    const [a, b] = r.split(":");
    const s = ws.getCell(a);
    const e = ws.getCell(b ?? a);
    for (let row = Number(s.row); row <= Number(e.row); row++)
      for (let col = Number(s.col); col <= Number(e.col); col++) ws.getCell(row, col).numFmt = numFormat;
  }
}

/** Thin borders over a range, as printed tables have. */
export function grid(ws: ExcelJS.Worksheet, range: string): void {
  const [a, b] = range.split(":");
  const s = ws.getCell(a);
  const e = ws.getCell(b);
  const side = { style: "thin" as const };
  for (let row = Number(s.row); row <= Number(e.row); row++)
    for (let col = Number(s.col); col <= Number(e.col); col++)
      ws.getCell(row, col).border = { top: side, left: side, bottom: side, right: side };
}
