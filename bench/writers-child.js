/**
 * One measured process of `npm run bench:writers` (bench/writers.ts starts it; plain JavaScript, so no
 * TypeScript is compiled while measuring; the project's code comes from the compiled lib/). Modes:
 *   plan IN CELLS.json            the cells `lkjip fill` writes into IN (the engine's fill plan, "rumus" mode):
 *                                 its "cells" ops with values and formulas only (number formats, styles, widths,
 *                                 the state sheet left out), written as JSON for the writers below
 *   patcher IN OUT CELLS.json     the project's writer (src/adapters/exceljs: open, apply the cells, save)
 *   populate IN OUT CELLS.json    xlsx-populate: fromFileAsync, cell().value() / .formula(), toFileAsync
 *   exceljs IN OUT CELLS.json     ExcelJS: readFile, cell.value = ..., writeFile (the baseline)
 * Each writer prints one JSON line: milliseconds to load, to set the cells and to save, and the cell count.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const LIB = path.join(__dirname, "..", "lib");
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** @returns {{ sheet: string, row: number, col: number, cells: ({ value?: unknown, formula?: string } | null)[][] }[]} */
function readCells(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** Calls `set(sheet, row1, col1, cell)` (1-based) for every written cell of the ops. */
function eachCell(ops, set) {
  let n = 0;
  for (const op of ops)
    for (let r = 0; r < op.cells.length; r++) {
      const line = op.cells[r];
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        if (!cell) continue;
        set(op.sheet, op.row + r + 1, op.col + c + 1, cell);
        n++;
      }
    }
  return n;
}

async function plan(input, out) {
  const { openWorkbookFile } = require(path.join(LIB, "adapters", "exceljs", "file.js"));
  const { analyze, planFill } = require(path.join(LIB, "core", "engine.js"));
  const { DEFAULT_SETTINGS } = require(path.join(LIB, "core", "settings", "settings.js"));
  const book = await openWorkbookFile(input);
  const snapshot = await book.read();
  const analysis = analyze(snapshot, DEFAULT_SETTINGS);
  const fill = planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false });
  const ops = [];
  for (const op of fill.plan.ops) {
    if (op.kind !== "cells") continue;
    const cells = op.cells.map((line) =>
      line.map((c) => {
        if (!c) return null;
        if (c.formula !== undefined) return { formula: c.formula };
        if (c.value !== undefined) return { value: c.value };
        return null;
      }),
    );
    ops.push({ sheet: op.sheet, row: op.row, col: op.col, cells });
  }
  fs.writeFileSync(out, JSON.stringify(ops));
  process.stdout.write(`${JSON.stringify({ cells: eachCell(ops, () => {}) })}\n`);
}

async function patcher(input, output, ops) {
  const { openWorkbookFile, saveWorkbookFile } = require(path.join(LIB, "adapters", "exceljs", "file.js"));
  const t0 = now();
  const book = await openWorkbookFile(input);
  const t1 = now();
  const plan = { ops: ops.map((op) => ({ kind: "cells", ...op })) };
  const n = eachCell(ops, () => {});
  await book.apply(plan);
  const t2 = now();
  await saveWorkbookFile(book, output);
  return { load: t1 - t0, set: t2 - t1, save: now() - t2, cells: n };
}

async function populate(input, output, ops) {
  const XlsxPopulate = require("xlsx-populate");
  const t0 = now();
  const wb = await XlsxPopulate.fromFileAsync(input);
  const t1 = now();
  const n = eachCell(ops, (sheet, row, col, cell) => {
    const c = wb.sheet(sheet).cell(row, col);
    if (cell.formula !== undefined) c.formula(cell.formula);
    else c.value(cell.value === null ? undefined : cell.value);
  });
  const t2 = now();
  await wb.toFileAsync(output);
  return { load: t1 - t0, set: t2 - t1, save: now() - t2, cells: n };
}

async function exceljs(input, output, ops) {
  const ExcelJS = require("exceljs");
  const t0 = now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const t1 = now();
  const n = eachCell(ops, (sheet, row, col, cell) => {
    wb.getWorksheet(sheet).getCell(row, col).value =
      cell.formula !== undefined ? { formula: cell.formula } : (cell.value ?? null);
  });
  const t2 = now();
  await wb.xlsx.writeFile(output);
  return { load: t1 - t0, set: t2 - t1, save: now() - t2, cells: n };
}

const WRITERS = { patcher, populate, exceljs };

(async () => {
  const [mode, a, b, c] = process.argv.slice(2);
  if (mode === "plan") return plan(a, b);
  const writer = WRITERS[mode];
  if (!writer) throw new Error(`unknown mode ${mode}`);
  const ops = readCells(c);
  const t0 = now();
  const r = await writer(a, b, ops);
  process.stdout.write(`${JSON.stringify({ ...r, total: now() - t0 })}\n`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
