/**
 * Added columns are as wide as their widest shown figure: the width is found from the largest and the most
 * negative number of each format (columns.ts), which must give what formatting every cell would.
 */
import { generateBudgetWorkbook } from "../../bench/generate";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, planFill } from "../../src/core/engine";
import { formatAngka } from "../../src/core/numbers";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import type { WorkbookSnapshot, WriteOp } from "../../src/core/workbook/port";

const widths = (ops: WriteOp[]) =>
  ops.flatMap((o) => (o.kind === "columnWidth" ? [[o.col, o.width] as [number, number | null]] : []));

/** The width of each computed column by formatting every value written (mode "nilai"). */
function widthsByEveryCell(ops: WriteOp[]): Map<number, number> {
  const widest = new Map<number, number>();
  for (const o of ops) {
    if (o.kind !== "cells") continue;
    o.cells.forEach((line) =>
      line.forEach((w, c) => {
        if (typeof w?.value !== "number") return;
        const f = w.numberFormat ?? "";
        const d = /\.(0+)/.exec(f)?.[1].length ?? 0;
        const pct = f.includes("%") ? 100 : 1; // a fraction shown as percent: the figure is in points
        const len = formatAngka(w.value * pct, d).length + (f.includes("%") ? 1 : 0);
        widest.set(o.col + c, Math.max(widest.get(o.col + c) ?? 0, len));
      }),
    );
  }
  return widest;
}

test("the widest figure of an added column may be its most negative one", async () => {
  const book = await ExcelJsWorkbook.load(await generateBudgetWorkbook(300));
  const snapshot: WorkbookSnapshot = await book.read();
  const sheet = snapshot.sheets[0];
  // One sub kegiatan spent far more than its budget: its sisa (and its parents') is a long negative number.
  const leaf = sheet.values.findIndex((row) => typeof row[0] === "string" && /\.\d{4}$/.test(row[0]));
  sheet.values[leaf][3] = 99_999_999_999_999;
  const analysis = analyze(snapshot, DEFAULT_SETTINGS);
  const rumus = planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false });
  const nilai = planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "nilai", force: false });
  const every = widthsByEveryCell(nilai.plan.ops);
  const sisaCol = 5;
  expect(every.get(sisaCol)).toBe("-99.999.360.738.999".length);
  expect(widths(rumus.plan.ops)).toEqual([
    [4, Math.min(40, Math.max(10, every.get(4)! + 3))],
    [sisaCol, 22],
  ]);
  expect(widths(nilai.plan.ops)).toEqual(widths(rumus.plan.ops));
});
