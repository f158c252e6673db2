/**
 * The engine's own evaluator of formulas saved without their values (src/core/workbook/formula-eval.ts) gives
 * every formula twin of the calculation library the value its JS function gives: the same workbook that
 * LibreOffice evaluates in formulas-libreoffice.test.ts, saved with no cached results and read back through the
 * .xlsx adapter. This is what lets the engine read a workbook it has just filled (the standalone page, `lkjip
 * check` on the output of `lkjip fill`) before any spreadsheet recalculates it.
 */
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { evaluateSnapshot } from "../../src/core/workbook/evaluate";
import { Book, buildAll, close } from "./twins";

test("every formula twin, saved without a value, is evaluated to the JS function's value", async () => {
  const b = new Book();
  buildAll(b);
  for (const c of b.cases) {
    const cell = b.sheet(c.sheet).getRow(c.row).getCell(c.col);
    cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue; // no cached result at all
  }
  const snapshot = await (await ExcelJsWorkbook.load(new Uint8Array(await b.wb.xlsx.writeBuffer()))).read();
  const { snapshot: evaluated, notes } = evaluateSnapshot(snapshot);
  const byName = new Map(evaluated.sheets.map((s) => [s.name, s]));

  const failures: string[] = [];
  const counts = { numbers: 0, empties: 0, labels: 0 };
  for (const c of b.cases) {
    const s = byName.get(c.sheet)!;
    const actual = s.values[c.row - 1 - s.originRow]?.[c.col - 1 - s.originCol] ?? null;
    let ok: boolean;
    if (typeof c.expected === "number") {
      counts.numbers++;
      ok = typeof actual === "number" && close(actual, c.expected, c.scale);
    } else {
      counts[c.expected === "" ? "empties" : "labels"]++;
      ok = actual === c.expected;
    }
    if (!ok)
      failures.push(
        `${c.sheet}!R${c.row}C${c.col} ${c.label}\n  formula: ${c.formula}\n  expected ${JSON.stringify(c.expected)}, evaluated ${JSON.stringify(actual)}`,
      );
  }
  expect(failures.slice(0, 15).join("\n")).toBe("");
  // Nothing was left unevaluated, and the workbook really exercised every kind of result.
  expect(notes.filter((n) => n.kind === "rumusTanpaNilai").map((n) => `${n.sheet}!${n.row},${n.col}`)).toEqual([]);
  expect(b.cases.length).toBeGreaterThan(2500);
  expect(counts.numbers).toBeGreaterThan(1000);
  expect(counts.empties).toBeGreaterThan(500);
  expect(counts.labels).toBeGreaterThan(300);
});
