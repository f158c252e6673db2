/**
 * The report plan applied in "Excel" (the Office.js adapter over the strict fake of the Excel object model):
 * sheets, numbers, merges, page layout and real chart objects, and regenerating replaces only the tool's sheets.
 */
import path from "node:path";
import { readFile } from "node:fs/promises";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { runExcelAction } from "../../src/adapters/office";
import { analyze } from "../../src/core/engine";
import { planReportSheets } from "../../src/core/report";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import type { WorkbookSnapshot } from "../../src/core/workbook/port";
import { FakeBook, FakeExcel } from "../support/excel-fake";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "dinsos-sumenep-2020.xlsx");

let excel: FakeExcel | null = null;
afterEach(() => {
  excel?.uninstall();
  excel = null;
});

test("the report sheets and charts are created in Excel, and regenerated in place", async () => {
  const file = await ExcelJsWorkbook.load(new Uint8Array(await readFile(SAMPLE)));
  const start: WorkbookSnapshot = await file.read();
  // a sheet of the user's with a generated table's name
  start.sheets.push({
    name: "Tabel 3.1",
    originRow: 0,
    originCol: 0,
    values: [["punya saya"]],
    formulas: [[null]],
    numberFormats: [["General"]],
    bold: [[false]],
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
  });
  excel = new FakeExcel(FakeBook.fromSnapshot(start), { apiVersion: "1.17" }).install();

  const first = await runExcelAction(async (book) => {
    const snap = await book.read();
    const res = await book.apply(planReportSheets(snap, analyze(snap, DEFAULT_SETTINGS), DEFAULT_SETTINGS));
    return { res, after: await book.read() };
  });
  expect(first.res.skipped ?? []).toEqual([]);
  const names = first.after.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(["Tabel 3.1", "Tabel 2.1", "Tabel 3.1 (2)", "Tabel 3.9"]));
  expect(first.after.sheets.find((s) => s.name === "Tabel 3.1")?.values).toEqual([["punya saya"]]);

  const fake = excel.book;
  // the user's "Tabel 3.1" kept its name: the target table went to "Tabel 3.1 (2)", capaian 1 to "Tabel 3.3"
  expect(fake.sheets.find((s) => s.name === "Tabel 3.1 (2)")!.charts).toHaveLength(0);
  const t31 = fake.sheets.find((s) => s.name === "Tabel 3.3")!;
  expect(t31.charts).toHaveLength(1);
  expect(t31.charts[0].title).toBe("Capaian Indikator Kinerja Sasaran 1 (%)");
  expect(fake.sheets.find((s) => s.name === "Tabel 3.9")!.charts).toHaveLength(1);
  expect(fake.sheets.find((s) => s.name === "Tabel 3.7")!.pageLayout.orientation).toMatch(/landscape/i);
  expect(fake.sheets.find((s) => s.name === "Tabel 3.3")!.pageLayout.orientation).toMatch(/portrait/i);
  // every header and body row of a table got its height from its text
  expect(t31.rowHeights.size).toBe(4); // one header row, two indicators, RATA-RATA

  const snap31 = first.after.sheets.find((s) => s.name === "Tabel 3.3")!;
  const flat = snap31.values.flat();
  expect(flat).toContain("RATA-RATA CAPAIAN");
  expect(flat.some((v) => typeof v === "number" && Math.abs(v - 97.9187) < 1e-3)).toBe(true);
  expect(snap31.merges.length).toBeGreaterThan(2);

  // again, from what Excel now holds: the same sheets, the user's one untouched
  const second = await runExcelAction(async (book) => {
    const snap = await book.read();
    await book.apply(planReportSheets(snap, analyze(snap, DEFAULT_SETTINGS), DEFAULT_SETTINGS));
    return book.read();
  });
  expect(second.sheets.map((s) => s.name).sort()).toEqual([...names].sort());
  expect(second.sheets.find((s) => s.name === "Tabel 3.1")?.values).toEqual([["punya saya"]]);
  expect(second.state?.generatedSheets).toEqual(first.after.state?.generatedSheets);
  expect(excel.book.sheets.find((s) => s.name === "Tabel 3.3")!.charts).toHaveLength(1);
});
