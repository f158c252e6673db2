/** Shared helpers for the Office adapter tests. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/workbook/port";
import { FakeExcel, type FakeExcelOptions } from "../../support/excel-fake";
import { FakeBook } from "../../support/excel-fake/model";

/** A sheet snapshot from values (formulas / formats / bold default to none / General / false). */
export function sheet(name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  const width = Math.max(0, ...values.map((r) => r.length));
  const rows = values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  return {
    name,
    originRow: 0,
    originCol: 0,
    values: rows,
    formulas: rows.map((r) => r.map(() => null)),
    numberFormats: rows.map((r) => r.map(() => "General")),
    bold: rows.map((r) => r.map(() => false)),
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
    ...extra,
  };
}

/** A fake Excel holding the snapshot, installed as the globals Excel / Office. Call uninstall() after. */
export function fakeExcel(snapshot: WorkbookSnapshot, options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(FakeBook.fromSnapshot(snapshot), options).install();
}

/** A budget-like sheet of n data rows under one header row: A no, B uraian, C anggaran, D realisasi, E (formula) penyerapan. */
export function bigSheet(name: string, n: number): SheetSnapshot {
  const values: CellValue[][] = [["No", "Uraian", "Anggaran", "Realisasi", "Penyerapan"]];
  const formulas: (string | null)[][] = [[null, null, null, null, null]];
  const formats: string[][] = [["General", "General", "General", "General", "General"]];
  const bold: boolean[][] = [[true, true, true, true, true]];
  for (let i = 1; i <= n; i++) {
    const a = 1000 * i + 7;
    const r = 900 * i + (i % 13);
    values.push([i, `Kegiatan ${i}`, a, r, i % 50 === 0 ? { error: "#DIV/0!" } : (r / a) * 100]);
    formulas.push([null, null, null, null, `IFERROR(D${i + 1}/C${i + 1}*100,0)`]);
    formats.push(["General", "@", "#,##0", "#,##0", "0.00"]);
    bold.push([false, i % 10 === 0, false, false, false]);
  }
  return { ...sheet(name, values), formulas, numberFormats: formats, bold };
}

/**
 * expect(got).toEqual(want) for big snapshots: compares JSON text (fast), and on a difference narrows it
 * down to the first differing sheet field and row so that the failure shows something readable.
 */
export function expectSameSnapshot(got: WorkbookSnapshot, want: WorkbookSnapshot): void {
  if (JSON.stringify(got) === JSON.stringify(want)) return;
  expect(got.state).toEqual(want.state);
  expect(got.sheets.map((s) => s.name)).toEqual(want.sheets.map((s) => s.name));
  got.sheets.forEach((g, i) => {
    const w = want.sheets[i];
    for (const key of Object.keys({ ...g, ...w }) as (keyof SheetSnapshot)[]) {
      const a = g[key];
      const b = w[key];
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      if (Array.isArray(a) && Array.isArray(b)) {
        const n = Math.max(a.length, b.length);
        for (let r = 0; r < n; r++) {
          if (JSON.stringify(a[r]) !== JSON.stringify(b[r]))
            expect({ sheet: g.name, key, row: r, value: a[r] }).toEqual({ sheet: g.name, key, row: r, value: b[r] });
        }
      }
      expect({ sheet: g.name, key, value: a }).toEqual({ sheet: g.name, key, value: b });
    }
  });
}
