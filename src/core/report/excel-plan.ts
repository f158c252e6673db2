/**
 * planReport: the report tables as a write plan, one new sheet per table (pure; any adapter applies it).
 *
 * Only sheets the tool generated itself (snapshot.state.generatedSheets) are ever replaced: a user's own sheet
 * that happens to carry a table's name is left alone and the table gets another name ("Tabel 3.1 (2)").
 * The plan ends with a "state" op that records the generated sheets and keeps every other state key.
 *
 * Layout of a sheet: title (bold, merged across the table), a blank row, the header rows (bold, shaded,
 * merged, wrapped), the "(1) (2) (3)" row, the body (thin borders, numbers as numbers with invariant codes
 * "#,##0" / "#,##0.00", bold program/total rows), a blank row, the sentences (one line per row so no row
 * height is needed), a note, then each chart's data block and the chart itself. Header and body rows get
 * explicit heights from their text (./excel-layout.ts), so merged cells show their whole text.
 */
import { REPORT_TEXT } from "../i18n/report";
import type { Settings } from "../settings/settings";
import type {
  CellStyle,
  CellWrite,
  ChartSpec,
  RangeBox,
  StoredState,
  WorkbookSnapshot,
  WriteOp,
  WritePlan,
} from "../workbook/port";
import { excelFormat } from "./cells";
import type { Align, Report, ReportCell, ReportChart, ReportTable } from "./model";
import { blockLines, estimateLines, type LaidCell, rowPoints, splitLines } from "./excel-layout";
import { sameSheetName, uniqueSheetName } from "./sheet-names";
import { pushAll } from "../arrays";

export const REPORT_FONT = "Arial";
export const REPORT_FONT_SIZE = 10;
const TITLE_SIZE = 12;
const HEADER_FILL = "D9E2F3";
const NUMBER_ROW_FILL = "F2F2F2";
const TOTAL_FILL = "EDEDED";
const CHART_HEIGHT_ROWS = 18;

export { estimateLines, splitLines } from "./excel-layout";

function style(extra: CellStyle = {}): CellStyle {
  return { fontName: REPORT_FONT, fontSize: REPORT_FONT_SIZE, ...extra };
}

/** The sheet's cells as a sparse grid, emitted as one "cells" op. */
class Grid {
  private rows: (CellWrite | null)[][] = [];
  width = 0;

  set(r: number, c: number, w: CellWrite): void {
    while (this.rows.length <= r) this.rows.push([]);
    const row = this.rows[r];
    while (row.length <= c) row.push(null);
    row[c] = w;
    this.width = Math.max(this.width, c + 1);
  }

  get height(): number {
    return this.rows.length;
  }

  op(sheet: string): WriteOp {
    const cells = this.rows.map((r) => {
      const full = [...r];
      while (full.length < this.width) full.push(null);
      return full;
    });
    return { kind: "cells", sheet, row: 0, col: 0, cells };
  }
}

function bodyCell(c: ReportCell, align: Align, wrap: boolean, rowBold: boolean, fill: string | undefined): CellWrite {
  const st = style({
    border: true,
    bold: c.bold ?? rowBold,
    hAlign: c.align ?? (c.kind === "text" || c.kind === "empty" ? align : "right"),
    vAlign: "top",
    wrap: c.kind === "text" ? wrap || (c.rowSpan ?? 1) > 1 : false,
    ...(fill ? { fill } : {}),
  });
  switch (c.kind) {
    case "text":
      return { value: c.text, style: st };
    case "empty":
      return { value: null, style: st };
    default:
      return { value: c.value, numberFormat: excelFormat(c), style: st };
  }
}

/** Chart data block + chart op; returns the next free row. */
function placeChart(
  grid: Grid,
  ops: WriteOp[],
  sheet: string,
  table: ReportTable,
  chart: ReportChart,
  top: number,
): number {
  const ncols = table.columns.length;
  const withRef = chart.referenceLine !== undefined;
  const nValues = chart.series.length + (withRef ? 1 : 0);
  // category labels in the widest column that leaves room for the values to its right
  let catCol = 0;
  let best = -1;
  table.columns.forEach((c, i) => {
    if (i + nValues < ncols && c.width > best) {
      best = c.width;
      catCol = i;
    }
  });
  let r = top;
  grid.set(r, 0, { value: REPORT_TEXT.charts.dataTitle(chart.title), style: style({ italic: true }) });
  r++;
  const head = [
    REPORT_TEXT.charts.kategori,
    ...chart.series.map((s) => s.name),
    ...(withRef ? [chart.referenceLine!.label] : []),
  ];
  head.forEach((t, i) =>
    grid.set(r, catCol + i, {
      value: t,
      style: style({ bold: true, border: true, fill: NUMBER_ROW_FILL, wrap: true, hAlign: "center" }),
    }),
  );
  r++;
  const first = r;
  const fmt = chart.decimals > 0 ? `#,##0.${"0".repeat(chart.decimals)}` : "#,##0";
  chart.categories.forEach((cat, i) => {
    grid.set(r, catCol, { value: cat, style: style({ border: true, wrap: true, vAlign: "top" }) });
    chart.series.forEach((s, j) => {
      const v = s.values[i];
      grid.set(r, catCol + 1 + j, {
        value: v ?? null,
        numberFormat: fmt,
        style: style({ border: true, vAlign: "top" }),
      });
    });
    if (withRef)
      grid.set(r, catCol + 1 + chart.series.length, {
        value: chart.referenceLine!.value,
        numberFormat: fmt,
        style: style({ border: true, vAlign: "top" }),
      });
    r++;
  });
  const last = r - 1;
  const spec: ChartSpec = {
    kind: chart.kind,
    title: chart.title,
    categories: { top: first, left: catCol, bottom: last, right: catCol },
    series: [
      ...chart.series.map((s, j) => ({
        name: s.name,
        values: { top: first, left: catCol + 1 + j, bottom: last, right: catCol + 1 + j },
      })),
      ...(withRef
        ? [
            {
              name: chart.referenceLine!.label,
              values: {
                top: first,
                left: catCol + 1 + chart.series.length,
                bottom: last,
                right: catCol + 1 + chart.series.length,
              },
            },
          ]
        : []),
    ],
    anchor: { top: r + 1, left: 0, bottom: r + CHART_HEIGHT_ROWS, right: Math.min(ncols - 1, 7) },
  };
  ops.push({ kind: "chart", sheet, chart: spec });
  return r + CHART_HEIGHT_ROWS + 2;
}

/** All ops that build one table's sheet (after its addSheet). */
export interface PlanReportOptions {
  /**
   * Chart ops and the data blocks they draw from (default true). A host that cannot draw charts (a .xlsx
   * written by ExcelJS) can leave them out; the Word export still has the pictures.
   */
  charts?: boolean;
}

/**
 * Columns widened where a header merged down several rows would not fit its text (Excel sizes rows to their
 * wrapped text but never to merged cells).
 */
function fitHeaderWidths(table: ReportTable): ReportTable {
  const columns = table.columns.map((c) => ({ ...c }));
  table.header.forEach((hr) =>
    hr.forEach((h, c) => {
      if (!h || (h.rowSpan ?? 1) < 2 || (h.colSpan ?? 1) > 1) return;
      // bold text is about 8 % wider
      while (estimateLines(h.text, columns[c].width, true) > (h.rowSpan ?? 1) && columns[c].width < 40)
        columns[c].width += 1;
    }),
  );
  return { ...table, columns };
}

export function planTableSheet(
  original: ReportTable,
  sheet: string,
  settings: Settings,
  options: PlanReportOptions = {},
): WriteOp[] {
  const table = fitHeaderWidths(original);
  const grid = new Grid();
  const merges: RangeBox[] = [];
  const charts: WriteOp[] = [];
  const ncols = table.columns.length;
  const totalWidth = table.columns.reduce((s, c) => s + c.width, 0);
  const lineChars = Math.max(40, Math.floor(totalWidth * 1.05));
  let r = 0;

  // Title: one merged row per line, centred.
  for (const line of splitLines(table.title, Math.floor(lineChars * 0.85))) {
    grid.set(r, 0, { value: line, style: style({ bold: true, fontSize: TITLE_SIZE, hAlign: "center" }) });
    if (ncols > 1) merges.push({ top: r, left: 0, bottom: r, right: ncols - 1 });
    r++;
  }
  if (table.caption) {
    for (const line of splitLines(table.caption, lineChars)) grid.set(r++, 0, { value: line, style: style() });
  }
  r++;

  // Header rows.
  const headerTop = r;
  const widths = table.columns.map((c) => c.width);
  const headerCells: LaidCell[] = [];
  table.header.forEach((hr, i) => {
    for (let c = 0; c < ncols; c++) {
      const h = hr[c];
      if (h)
        headerCells.push({
          row: i,
          col: c,
          text: h.text,
          rowSpan: h.rowSpan ?? 1,
          colSpan: h.colSpan ?? 1,
          wrap: true,
          bold: true,
        });
      const st = style({ bold: true, border: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle", wrap: true });
      grid.set(r + i, c, h ? { value: h.text, style: st } : { style: st });
      if (h && ((h.rowSpan ?? 1) > 1 || (h.colSpan ?? 1) > 1)) {
        merges.push({ top: r + i, left: c, bottom: r + i + (h.rowSpan ?? 1) - 1, right: c + (h.colSpan ?? 1) - 1 });
      }
    }
  });
  r += table.header.length;
  // Column numbers.
  table.columnNumbers.forEach((n, c) =>
    grid.set(r, c, {
      value: n,
      style: style({ border: true, fill: NUMBER_ROW_FILL, hAlign: "center", italic: true, fontSize: 9 }),
    }),
  );
  const numberRow = r;
  r++;

  // Body. Every row gets an explicit height from its text (./excel-layout.ts): Excel and LibreOffice keep a
  // file's row heights and never size a row to a merged cell, so a sasaran merged down its indicators is
  // given room by raising those rows.
  const bodyTop = r;
  const bodyCells: LaidCell[] = [];
  table.rows.forEach((row, ri) => {
    const fill = row.kind === "total" || row.kind === "rata-rata" ? TOTAL_FILL : undefined;
    for (let c = 0; c < ncols; c++) {
      const cell = row.cells[c];
      const col = table.columns[c];
      if (cell === null || cell === undefined) {
        grid.set(r, c, { style: style({ border: true, ...(fill ? { fill } : {}) }) });
        continue;
      }
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      if (cell.kind === "text")
        bodyCells.push({
          row: ri,
          col: c,
          text: cell.text,
          rowSpan,
          colSpan,
          wrap: col.wrap || rowSpan > 1,
          bold: cell.bold ?? row.bold,
        });
      grid.set(r, c, bodyCell(cell, col.align, col.wrap, row.bold, fill));
      if (rowSpan > 1 || colSpan > 1) merges.push({ top: r, left: c, bottom: r + rowSpan - 1, right: c + colSpan - 1 });
    }
    r++;
  });
  const heights: WriteOp[] = [];
  blockLines(table.header.length, widths, headerCells).forEach((n, i) =>
    heights.push({ kind: "rowHeight", sheet, row: headerTop + i, height: rowPoints(n) }),
  );
  blockLines(table.rows.length, widths, bodyCells).forEach((n, i) =>
    heights.push({ kind: "rowHeight", sheet, row: bodyTop + i, height: rowPoints(n) }),
  );
  r++;

  // Sentences: one line per row, overflowing to the right over empty cells.
  for (const p of table.paragraphs) {
    for (const line of splitLines(p, lineChars)) grid.set(r++, 0, { value: line, style: style() });
    r++;
  }
  grid.set(r++, 0, { value: REPORT_TEXT.excel.sumberCatatan, style: style({ italic: true, fontSize: 8 }) });
  r++;

  if (options.charts !== false) for (const chart of table.charts) r = placeChart(grid, charts, sheet, table, chart, r);

  const ops: WriteOp[] = [grid.op(sheet)];
  for (const m of merges) ops.push({ kind: "merge", sheet, range: m });
  table.columns.forEach((c, i) => ops.push({ kind: "columnWidth", sheet, col: i, width: c.width }));
  pushAll(ops, heights);
  ops.push({
    kind: "pageSetup",
    sheet,
    setup: {
      paper: settings.kertas,
      orientation: table.landscape ? "landscape" : "portrait",
      fitToWidth: true,
      printTitleRows: [headerTop, numberRow],
    },
  });
  pushAll(ops, charts);
  return ops;
}

export interface SheetAssignment {
  table: ReportTable;
  sheet: string;
}

/** Which sheet each table goes to, and which generated sheets are removed first. */
export function assignSheets(
  report: Report,
  snapshot: WorkbookSnapshot,
): { assignments: SheetAssignment[]; remove: string[] } {
  const generated = snapshot.state?.generatedSheets ?? [];
  const isGenerated = (name: string) => generated.some((g) => sameSheetName(g, name));
  const remove = snapshot.sheets.filter((s) => isGenerated(s.name)).map((s) => s.name);
  const taken = snapshot.sheets.filter((s) => !isGenerated(s.name)).map((s) => s.name);
  const assignments: SheetAssignment[] = [];
  for (const table of report.tables) {
    const sheet = uniqueSheetName(table.sheetName, taken);
    taken.push(sheet);
    assignments.push({ table, sheet });
  }
  return { assignments, remove };
}

export function planReport(
  report: Report,
  snapshot: WorkbookSnapshot,
  settings: Settings,
  options: PlanReportOptions = {},
): WritePlan {
  const { assignments, remove } = assignSheets(report, snapshot);
  const ops: WriteOp[] = [];
  for (const name of remove) ops.push({ kind: "deleteSheet", sheet: name });
  for (const a of assignments) ops.push({ kind: "addSheet", sheet: a.sheet });
  for (const a of assignments) pushAll(ops, planTableSheet(a.table, a.sheet, settings, options));
  const state: StoredState = {
    ...(snapshot.state ?? { version: 1 }),
    version: 1,
    generatedSheets: assignments.map((a) => a.sheet),
  };
  ops.push({ kind: "state", state });
  return { ops };
}
