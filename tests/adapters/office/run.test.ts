/** runExcelAction, selectCell, apiSupport, error messages and the pure conversions. */
import {
  OfficeActionError,
  apiSupport,
  columnWidthPoints,
  paperType,
  runExcelAction,
  selectCell,
  toOfficeActionError,
} from "../../../src/adapters/office";
import { decodeCell, parseAreas, styleProps } from "../../../src/adapters/office/encode";
import { formatSegments, SHARED_FORMAT_ROWS } from "../../../src/adapters/office/write";
import { officeText } from "../../../src/core/i18n/office";
import type { FakeExcel } from "../../support/excel-fake";
import { fakeExcel, sheet } from "./helpers";

let excel: FakeExcel | null = null;
afterEach(() => {
  excel?.uninstall();
  excel = null;
});

async function caught(p: Promise<unknown>): Promise<OfficeActionError> {
  try {
    await p;
  } catch (e) {
    return e as OfficeActionError;
  }
  throw new Error("expected a rejection");
}

describe("runExcelAction", () => {
  test("one Excel.run for read + apply", async () => {
    excel = fakeExcel({ sheets: [sheet("Data", [[1, 2]])], state: null });
    await runExcelAction(async (book) => {
      const snap = await book.read();
      await book.apply({ ops: [{ kind: "cells", sheet: "Data", row: 0, col: 2, cells: [[{ formula: "A1+B1" }]] }] });
      return snap;
    });
    expect(excel.runs).toBe(1);
    expect(excel.book.mustSheet("Data").get(0, 2)?.formula).toBe("A1+B1");
  });

  test("without Excel: an Indonesian message", async () => {
    const err = await caught(runExcelAction(async () => 1));
    expect(err).toBeInstanceOf(OfficeActionError);
    expect(err.message).toBe(officeText.noExcel);
  });

  test("errors that are not Excel's pass through unchanged", async () => {
    excel = fakeExcel({ sheets: [sheet("Data", [[1]])], state: null });
    const mine = new RangeError("engine bug");
    await expect(runExcelAction(async () => Promise.reject(mine))).rejects.toBe(mine);
  });

  test("an old host (below ExcelApi 1.4) cannot read: says which version is needed", async () => {
    excel = fakeExcel({ sheets: [sheet("Data", [[1]])], state: null }, { apiVersion: "1.3" });
    const err = await caught(runExcelAction((book) => book.read()));
    expect(err.message).toBe(officeText.apiNotSupported("1.4"));
  });
});

describe("toOfficeActionError", () => {
  const host = (code: string) => Object.assign(new Error(`host says ${code}`), { code, name: "RichApi.Error" });
  test.each([
    ["InvalidOperationInCellEditMode", "Excel sedang dalam mode edit sel: tekan Enter atau Esc, lalu coba lagi."],
    ["GeneralException", officeText.generalException],
    ["RequestPayloadSizeLimitExceeded", officeText.payloadTooLarge],
    ["ResponsePayloadSizeLimitExceeded", officeText.payloadTooLarge],
    ["ItemNotFound", officeText.itemNotFound],
    ["ItemAlreadyExists", officeText.itemAlreadyExists],
    ["AccessDenied", officeText.accessDenied],
    ["ApiNotFound", officeText.apiNotSupported()],
    ["Aneh", officeText.unknown("Aneh")],
  ])("%s", (code, message) => {
    const e = toOfficeActionError(host(code));
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
    expect(e.hostMessage).toBe(`host says ${code}`);
  });
  test("a missing method on an old host", () => {
    expect(toOfficeActionError(new TypeError("range.getCellProperties is not a function")).message).toBe(
      officeText.apiNotSupported(),
    );
  });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell", async () => {
    excel = fakeExcel({ sheets: [sheet("Data", [[1]]), sheet("Capaian", [[2]])], state: null });
    await selectCell("Capaian", "C7");
    expect(excel.book.activeSheet).toBe("Capaian");
    expect(excel.book.selection).toEqual({ sheet: "Capaian", address: "C7" });
  });
  test("a missing or hidden sheet, or a bad address: Indonesian messages, nothing selected", async () => {
    excel = fakeExcel({ sheets: [sheet("Data", [[1]]), { ...sheet("Rahasia", [[2]]), hidden: true }], state: null });
    expect((await caught(selectCell("Hilang", "A1"))).message).toBe(officeText.sheetMissing("Hilang"));
    expect((await caught(selectCell("Rahasia", "A1"))).message).toBe(officeText.sheetHidden("Rahasia"));
    expect((await caught(selectCell("Data", "A1:"))).message).toBe(officeText.badAddress("Data", "A1:"));
    expect(excel.book.selection).toBeNull();
  });
});

describe("apiSupport", () => {
  test("reads Office.context.requirements", () => {
    excel = fakeExcel({ sheets: [], state: null }, { apiVersion: "1.12" });
    const s = apiSupport();
    expect(s.highest).toBe("1.12");
    expect(s.sets["1.12"]).toBe(true);
    expect(s.sets["1.13"]).toBe(false);
    expect(s.cellProperties).toBe(true);
    expect(s.mergedAreas).toBe(false);
  });
  test("outside Office: nothing", () => {
    const s = apiSupport();
    expect(s.highest).toBeNull();
    expect(s.nullObjects).toBe(false);
  });
});

describe("conversions", () => {
  test("column width: characters to points (Calibri 11: 7 px a digit + 5 px padding, 0.75 pt a pixel)", () => {
    expect(columnWidthPoints(8.43)).toBe(48);
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(columnWidthPoints(30)).toBe(161.25);
  });
  test("paper: F4 is Excel's Folio (8.5 x 13 in)", () => {
    expect(paperType("F4")).toBe("Folio");
    expect(paperType("A4")).toBe("A4");
  });
  test("merged-area addresses with quoted sheet names holding commas and quotes", () => {
    expect(parseAreas("'Tabel 3,1 ''A'''!A1:B2, 'Tabel 3,1 ''A'''!C5:E5")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 4, left: 2, bottom: 4, right: 4 },
    ]);
    expect(parseAreas("Data!$AA$10:$AB$12")).toEqual([{ top: 9, left: 26, bottom: 11, right: 27 }]);
  });
  test("decodeCell: quote-prefixed text that looks like a formula is text", () => {
    expect(decodeCell("=1+1", "=1+1", "String")).toEqual({ value: "=1+1", formula: null });
    expect(decodeCell(2, "=1+1", "Double")).toEqual({ value: 2, formula: "1+1" });
    expect(decodeCell("#N/A", "=NA()", "Error")).toEqual({ value: { error: "#N/A" }, formula: "NA()" });
    expect(decodeCell("", "", "Empty")).toEqual({ value: null, formula: null });
  });
  test("styleProps: only what the style sets", () => {
    expect(styleProps({ bold: true })).toEqual({ format: { font: { bold: true } } });
    expect(styleProps({ wrap: true })).toEqual({});
    expect(styleProps({ border: false }).format?.borders?.top).toEqual({ style: "None" });
  });
});

describe("formatSegments: which rows of a block get their number format once", () => {
  const col = (...runs: [string | null, number][]) => runs.flatMap(([f, n]) => Array.from({ length: n }, () => [f]));
  test("runs of at least SHARED_FORMAT_ROWS rows of one format are their own segments; the rest stays per cell", () => {
    expect(SHARED_FORMAT_ROWS).toBe(32);
    const nf = col([null, 1], ["General", 2], ["0.00", 40], ["#,##0", 31], ["0.00", 32]);
    expect(formatSegments(nf, nf.length)).toEqual([
      [0, 3, null],
      [3, 43, "0.00"],
      [43, 74, null],
      [74, 106, "0.00"],
    ]);
  });
  test("a block of one format is one shared segment whatever its height; rows with a cell left alone are not", () => {
    expect(formatSegments(col(["@", 3]), 3)).toEqual([[0, 3, "@"]]);
    const mixedRow = [["0.00", null], ...Array.from({ length: 40 }, () => ["0.00", "0.00"])];
    expect(formatSegments(mixedRow, 41)).toEqual([
      [0, 1, null],
      [1, 41, "0.00"],
    ]);
    expect(formatSegments(null, 5)).toEqual([[0, 5, null]]);
    // alternating formats: never shared, one segment
    const alt = Array.from({ length: 100 }, (_, i) => [i % 2 ? "0.00" : "General"]);
    expect(formatSegments(alt, 100)).toEqual([[0, 100, null]]);
  });
});
