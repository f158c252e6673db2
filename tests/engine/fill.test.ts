/**
 * Fill on the sample: a complete plan that touches only output cells, never silently overwrites, is
 * idempotent, can be taken back, and whose formulas LibreOffice evaluates to exactly the engine's figures.
 */
import path from "node:path";
import { readFile } from "node:fs/promises";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, planFill, planUndo } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import type { CellWrite, WorkbookSnapshot, WriteOp } from "../../src/core/workbook/port";
import { a1, parseA1 } from "../../src/core/workbook/address";
import { readValues, recalc } from "../support/libreoffice";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "dinsos-sumenep-2020.xlsx");

async function loadSample(): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.load(new Uint8Array(await readFile(SAMPLE)));
}

/** Every cell of every sheet as "Sheet!A1" -> JSON of value and formula. */
function cellMap(s: WorkbookSnapshot): Map<string, string> {
  const m = new Map<string, string>();
  for (const sh of s.sheets) {
    sh.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = sh.formulas[r]?.[c] ?? null;
        if (v === null && f === null) return;
        m.set(`${sh.name}!${a1(r + sh.originRow, c + sh.originCol)}`, JSON.stringify([f === null ? v : null, f]));
      }),
    );
  }
  return m;
}

function existing(s: WorkbookSnapshot, sheet: string, cell: string): unknown {
  const sh = s.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(cell);
  return sh.values[row - sh.originRow]?.[col - sh.originCol] ?? null;
}

function cellsOf(ops: WriteOp[]): Map<string, CellWrite> {
  const m = new Map<string, CellWrite>();
  for (const op of ops) {
    if (op.kind !== "cells") continue;
    op.cells.forEach((row, r) => row.forEach((w, c) => w && m.set(`${op.sheet}!${a1(op.row + r, op.col + c)}`, w)));
  }
  return m;
}

test("formulas written evaluate in LibreOffice to the engine's figures", async () => {
  const book = await loadSample();
  const snapshot = await book.read();
  const analysis = analyze(snapshot, DEFAULT_SETTINGS);
  const formulas = planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: true });
  const values = cellsOf(planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "nilai", force: true }).plan.ops);
  await book.apply(formulas.plan);
  const recalculated = await recalc(Buffer.from(await book.toBuffer()));
  const sheets = new Map<string, Awaited<ReturnType<typeof readValues>>>();
  for (const s of snapshot.sheets) sheets.set(s.name, await readValues(recalculated, s.name));

  let checked = 0;
  let empties = 0;
  for (const [ref, w] of cellsOf(formulas.plan.ops)) {
    if (w.formula === undefined) continue;
    const [sheet, cell] = [ref.slice(0, ref.lastIndexOf("!")), ref.slice(ref.lastIndexOf("!") + 1)];
    const { row, col } = parseA1(cell);
    const result = sheets.get(sheet)![row]?.[col] ?? null;
    // The value plan skips a cell that already holds exactly the computed value: that value is expected then.
    const expected = values.has(ref) ? values.get(ref)!.value : existing(snapshot, sheet, cell);
    if (expected === undefined || expected === null) {
      // The engine has no figure here: the formula must show an empty text, never an error.
      expect([ref, result ?? ""]).toEqual([ref, ""]);
      empties++;
    } else if (typeof expected === "number") {
      expect(typeof result).toBe("number");
      expect(Math.abs((result as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
    } else {
      expect([ref, result]).toEqual([ref, expected]);
    }
    checked++;
  }
  expect(checked).toBeGreaterThan(60);
  expect(empties).toBeLessThan(checked / 4);
});

test("fill touches only output cells, leaves printed figures alone, and a second fill changes nothing", async () => {
  const book = await loadSample();
  const before = await book.read();
  const analysis = analyze(before, DEFAULT_SETTINGS);
  const fill = planFill(before, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false });
  expect(fill.written.length).toBeGreaterThan(30);
  // The printed capaian 1569,77 is not overwritten: it is reported.
  expect(fill.leftAlone.some((l) => /1\.569,77/.test(l.existing))).toBe(true);
  await book.apply(fill.plan);
  const after = await ExcelJsWorkbook.load(await book.toBuffer());
  const snap2 = await after.read();

  const written = new Set(fill.written.map((w) => `${w.sheet}!${w.cell}`));
  const m1 = cellMap(before);
  const m2 = cellMap(snap2);
  for (const [k, v] of m1) if (!written.has(k)) expect([k, m2.get(k)]).toEqual([k, v]);
  for (const k of m2.keys()) if (!m1.has(k)) expect(written.has(k)).toBe(true);

  const again = planFill(snap2, analyze(snap2, DEFAULT_SETTINGS), DEFAULT_SETTINGS, { mode: "rumus", force: false });
  expect(again.written).toEqual([]);
  expect(again.plan.ops).toEqual([]);
  expect(again.leftAlone.length).toBe(fill.leftAlone.length);
});

test("Batalkan restores every cell the fill wrote", async () => {
  const book = await loadSample();
  const before = await book.read();
  const fill = planFill(before, analyze(before, DEFAULT_SETTINGS), DEFAULT_SETTINGS, { mode: "rumus", force: true });
  await book.apply(fill.plan);
  const filled = await book.read();
  expect(filled.state?.undo?.length).toBeGreaterThan(0);
  const undo = planUndo(filled)!;
  expect(undo).not.toBeNull();
  await book.apply(undo);
  const restored = await book.read();
  expect(cellMap(restored)).toEqual(cellMap(before));
  expect(restored.state?.undo ?? null).toBeNull();
  expect(planUndo(restored)).toBeNull();
});

test("--force overwrites the printed slips with formulas", async () => {
  const book = await loadSample();
  const before = await book.read();
  const fill = planFill(before, analyze(before, DEFAULT_SETTINGS), DEFAULT_SETTINGS, { mode: "rumus", force: true });
  expect(fill.leftAlone).toEqual([]);
  const cap = fill.written.length;
  const noForce = planFill(before, analyze(before, DEFAULT_SETTINGS), DEFAULT_SETTINGS, {
    mode: "rumus",
    force: false,
  });
  expect(cap).toBe(noForce.written.length + noForce.leftAlone.length);
});
