/** OfficeWorkbook.read against the strict fake: exact snapshots, in a constant number of syncs. */
import type { WorkbookSnapshot } from "../../../src/core/workbook/port";
import { STATE_SHEET } from "../../../src/core/workbook/port";
import { runExcelAction } from "../../../src/adapters/office";
import type { FakeExcel } from "../../support/excel-fake";
import { bigSheet, expectSameSnapshot, fakeExcel, sheet } from "./helpers";

let excel: FakeExcel | null = null;
afterEach(() => {
  excel?.uninstall();
  excel = null;
});

function mixedWorkbook(): WorkbookSnapshot {
  const data = sheet(
    "Capaian Kinerja",
    [
      ["NO", "INDIKATOR", "TARGET", "REALISASI", "CAPAIAN", null],
      [1, "Persentase PMKS", 80.5, 78, 96.8944099378882, "=1+1"],
      [2, "Angka kemiskinan", "12,5 %", 11, { error: "#DIV/0!" }, "+62 812"],
      [null, "RATA-RATA", null, null, 50, true],
    ],
    {
      originRow: 2,
      originCol: 1,
      merges: [
        { top: 2, left: 1, bottom: 2, right: 2 },
        { top: 5, left: 1, bottom: 5, right: 2 },
      ],
      hiddenRows: [4],
      hiddenCols: [5],
    },
  );
  data.formulas[1][4] = "IFERROR(E4/D4*100,0)";
  data.formulas[2][4] = "E5/0";
  data.formulas[3][4] = "AVERAGE(F4:F5)";
  data.numberFormats[1][3] = "0.00";
  data.numberFormats[1][4] = "0.00";
  data.numberFormats[2][2] = "@";
  data.bold[0] = data.bold[0].map(() => true);
  data.bold[3][1] = true;
  const hidden = { ...sheet("Catatan", [["rahasia", 1]]), hidden: true as const };
  const empty = sheet("Kosong", []);
  return {
    sheets: [data, hidden, empty],
    state: { version: 1, settings: { desimal: 2 }, generatedSheets: ["Tabel 3.1"], undo: null },
  };
}

describe("OfficeWorkbook.read", () => {
  test("gives back exactly the snapshot that was loaded", async () => {
    const snap = mixedWorkbook();
    excel = fakeExcel(snap);
    const got = await runExcelAction((book) => book.read());
    // Excel calculated every formula: the snapshot says so (no formula is "saved without its value")
    expect(got).toEqual({ ...snap, calculated: true });
    // the state sheet is read into `state`, not listed as a sheet
    expect(got.sheets.map((s) => s.name)).not.toContain(STATE_SHEET);
    // 1 sheets, 2 used ranges, 3 everything, 4 where the merged areas are (this workbook has some)
    expect(excel.stats.syncs).toBe(4);
    expect(excel.runs).toBe(1);
  });

  test("text that looks like a formula stays text; an error value is an error", async () => {
    excel = fakeExcel(mixedWorkbook());
    const got = await runExcelAction((book) => book.read());
    const s = got.sheets[0];
    expect(s.values[1][5]).toBe("=1+1");
    expect(s.formulas[1][5]).toBeNull();
    expect(s.values[2][4]).toEqual({ error: "#DIV/0!" });
    expect(s.formulas[2][4]).toBe("E5/0");
    expect(s.values[2][5]).toBe("+62 812");
  });

  test.each([10, 100_000])("reads %i rows in 3 syncs", async (rows) => {
    const snap: WorkbookSnapshot = {
      sheets: [bigSheet("Anggaran", rows), sheet("Ringkasan", [["x"]])],
      state: { version: 1 },
    };
    excel = fakeExcel(snap);
    const got = await runExcelAction((book) => book.read());
    expect(excel.stats.syncs).toBe(3);
    expect(got.sheets[0].values.length).toBe(rows + 1);
    expectSameSnapshot(got, snap);
  });

  test("Excel on the web's response limit: falls back to one sync per block, halving, and still reads everything", async () => {
    const snap: WorkbookSnapshot = { sheets: [bigSheet("Anggaran", 3000)], state: null };
    excel = fakeExcel(snap, { responseLimitBytes: 200_000 });
    const got = await runExcelAction((book) => book.read(), { readBlockCells: 5000 });
    expectSameSnapshot(got, snap);
    // sync 3 (everything at once) is refused, then each 1,000-row block is refused once more and halved
    expect(excel.stats.records[2].error).toBe("ResponsePayloadSizeLimitExceeded");
    expect(excel.stats.failedSyncs).toBeGreaterThanOrEqual(2);
    expect(excel.stats.syncs).toBeGreaterThan(3);
  });

  test("a host without ExcelApi 1.13 reads no merges; without 1.9 no bold or hidden rows", async () => {
    const snap = mixedWorkbook();
    excel = fakeExcel(snap, { apiVersion: "1.12" });
    const got = await runExcelAction((book) => book.read());
    expect(got.sheets[0].merges).toEqual([]);
    expect(got.sheets[0].bold).toEqual(snap.sheets[0].bold);
    excel.uninstall();
    excel = fakeExcel(snap, { apiVersion: "1.8" });
    const old = await runExcelAction((book) => book.read());
    expect(old.sheets[0].bold[0]).toEqual([false, false, false, false, false, false]);
    expect(old.sheets[0].hiddenRows).toEqual([]);
    expect(old.sheets[0].values).toEqual(snap.sheets[0].values);
  });

  test("an unreadable state sheet gives state null", async () => {
    excel = fakeExcel({ sheets: [sheet("A", [[1]])], state: null });
    const st = excel.book.addSheet(STATE_SHEET);
    st.visibility = "VeryHidden";
    st.ensure(0, 0).value = "{not json";
    const got = await runExcelAction((book) => book.read());
    expect(got.state).toBeNull();
    expect(got.sheets.map((s) => s.name)).toEqual(["A"]);
  });
});
