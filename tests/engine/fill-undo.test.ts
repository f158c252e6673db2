/**
 * Batalkan after a fill with text conversion and added columns gives back the workbook as it was, cell by cell
 * and style by style: values, formulas, number formats, looks (font, fill, borders, alignment), merged areas
 * and column widths. Over ExcelJS (a file saved and opened between the steps) and over the Office fake.
 */
import path from "node:path";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { runExcelAction } from "../../src/adapters/office";
import { lookOf } from "../support/exceljs-look";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, planConvertText, planFill, planUndo, textInputs } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { STATE_SHEET } from "../../src/core/workbook/port";
import { defaultCell, FakeExcel, type FakeBook } from "../support/excel-fake";
import { FakeBook as Book } from "../support/excel-fake/model";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "dinsos-sumenep-2020.xlsx");
const FILL = { mode: "rumus", force: true, convertText: true } as const;

/** Every cell of the user's sheets: value, formula, number format and look; merges; widths of the first 16 columns. */
function fileState(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    if (ws.name === STATE_SHEET) continue;
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const look = lookOf(cell.style);
        const v = cell.value as unknown;
        const formula = v && typeof v === "object" && "formula" in v ? (v as { formula: string }).formula : null;
        const value = formula ? null : v;
        if (value === null && formula === null && Object.keys(look).length === 0 && !cell.numFmt) return;
        cells[cell.address] = { value, formula, numFmt: cell.numFmt ?? null, look };
      }),
    );
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
    const widths = Array.from({ length: 16 }, (_, i) => ws.getColumn(i + 1).width ?? null);
    out[ws.name] = { cells, merges, widths };
  }
  return out;
}

test("Batalkan over ExcelJS: the workbook as it was, cell by cell and style by style", async () => {
  const first = await ExcelJsWorkbook.load(new Uint8Array(await readFile(SAMPLE)));
  const original = await ExcelJsWorkbook.load(await first.toBuffer()); // as saved by the tool, like the others
  const before = await stateOf(original);

  const snapshot = await original.read();
  const fill = planFill(snapshot, analyze(snapshot, DEFAULT_SETTINGS), DEFAULT_SETTINGS, FILL);
  expect(fill.converted).toBe(true);
  expect(fill.addedColumns.length).toBe(4);
  await original.apply(fill.plan);
  const filled = await ExcelJsWorkbook.load(await original.toBuffer());
  expect(await stateOf(filled)).not.toEqual(before);
  // The recorded looks and widths are in the stored undo.
  const kinds = new Set((await filled.read()).state!.undo!.map((op) => op.kind));
  expect([...kinds].sort()).toEqual(["cells", "columnWidth", "restoreStyles", "unmerge"]);

  const undo = planUndo(await filled.read());
  expect(undo).not.toBeNull();
  await filled.apply(undo!);
  const back = await ExcelJsWorkbook.load(await filled.toBuffer());
  expect(await stateOf(back)).toEqual(before);
});

/** The file state of a workbook as its saved bytes show it (read back with ExcelJS). */
async function stateOf(book: ExcelJsWorkbook): Promise<ReturnType<typeof fileState>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  return fileState(wb);
}

/** Every non-default cell of the fake's user sheets, its merges and column widths. */
function fakeState(book: FakeBook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const empty = JSON.stringify(defaultCell());
  for (const s of book.sheets) {
    if (s.name === STATE_SHEET) continue;
    const cells: Record<string, string> = {};
    s.forEach((c, r, k) => {
      // Text put back through Office.js carries a quote prefix so that Excel keeps it text ("8.406.000" in a
      // "#,##0" cell): the same text, the same look.
      const j = JSON.stringify({ ...c, quotePrefix: false });
      if (j !== empty) cells[`${r},${k}`] = j;
    });
    out[s.name] = {
      cells,
      merges: s.merges.map((m) => JSON.stringify(m)).sort(),
      // A column put back to Excel's standard width (48 pt) is the column as it was.
      widths: [...s.columnWidths].filter(([k]) => s.columnWidth(k) !== 48).sort((a, b) => a[0] - b[0]),
    };
  }
  return out;
}

test("Batalkan over the Office fake: the workbook as it was, cell by cell and style by style", async () => {
  const wb = await ExcelJsWorkbook.load(new Uint8Array(await readFile(SAMPLE)));
  const book = Book.fromSnapshot(await wb.read());
  // Give the budget table a look of its own (the snapshot carries only bold): a font, borders, a header fill.
  const sheet = book.mustSheet("Realisasi Anggaran");
  for (let r = 5; r <= 57; r++) {
    for (let c = 0; c <= 5; c++) {
      const cell = sheet.ensure(r, c);
      if (c <= 4) {
        cell.fontName = "Arial";
        cell.fontSize = 10;
        const edge = { style: "Continuous", weight: "Thin", color: "#000000" };
        cell.borders = { top: { ...edge }, bottom: { ...edge }, left: { ...edge }, right: { ...edge } };
        if (r <= 7) cell.fill = "#D9D9D9";
        if (r > 7) cell.hAlign = "Right";
      } else if (r === 20) cell.fill = "#FFFF00"; // a look the user gave the empty column F: must come back
    }
  }
  sheet.columnWidths.set(5, 30);
  const excel = new FakeExcel(book, { apiVersion: "1.17" }).install();
  try {
    const before = fakeState(excel.book);
    const fill = await runExcelAction(async (port) => {
      const snapshot = await port.read();
      const res = planFill(snapshot, analyze(snapshot, DEFAULT_SETTINGS), DEFAULT_SETTINGS, FILL);
      await port.apply(res.plan);
      return res;
    });
    expect(fill.converted).toBe(true);
    // The added column took the look of its neighbour.
    const f9 = excel.book.mustSheet("Realisasi Anggaran").get(8, 5)!;
    expect([f9.fontName, f9.fontSize, f9.borders.top?.style, f9.hAlign, f9.fill]).toEqual([
      "Arial",
      10,
      "Continuous",
      "Right",
      null,
    ]);
    expect(excel.book.mustSheet("Realisasi Anggaran").get(19, 5)!.fill).toBeNull();
    expect(excel.book.mustSheet("Realisasi Anggaran").get(5, 5)!.fill).toBe("#D9D9D9");
    expect(fakeState(excel.book)).not.toEqual(before);

    await runExcelAction(async (port) => {
      const plan = planUndo(await port.read());
      expect(plan).not.toBeNull();
      await port.apply(plan!);
    });
    const after = fakeState(excel.book);
    for (const name of Object.keys(before)) expect([name, after[name]]).toEqual([name, before[name]]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  } finally {
    excel.uninstall();
  }
});

test("the pane's conversion on its own, then a fill: one Batalkan takes back both", async () => {
  const first = await ExcelJsWorkbook.load(new Uint8Array(await readFile(SAMPLE)));
  const book = await ExcelJsWorkbook.load(await first.toBuffer());
  const before = await stateOf(book);
  const s1 = await book.read();
  const conv = planConvertText(s1, analyze(s1, DEFAULT_SETTINGS));
  expect(conv.converted).toHaveLength(12);
  await book.apply(conv.plan);
  const s2 = await book.read();
  expect(textInputs(analyze(s2, DEFAULT_SETTINGS))).toEqual([]);
  const fill = planFill(s2, analyze(s2, DEFAULT_SETTINGS), DEFAULT_SETTINGS, { mode: "rumus", force: false });
  expect(fill.values.map((v) => v.reason)).toEqual(["capaianTeks"]); // only the predikat beside a text slip
  await book.apply(fill.plan);
  await book.apply(planUndo(await book.read())!);
  const back = await ExcelJsWorkbook.load(await book.toBuffer());
  expect(await stateOf(back)).toEqual(before);
});
