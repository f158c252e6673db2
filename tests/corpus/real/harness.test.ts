/**
 * The scoring of the real-table corpus itself: a figure holds at 2 decimals (half away from zero), a missing
 * row or figure is a miss with its reason, a cell holds when a galat/peringatan exists at it iff flagged.
 */
import type ExcelJS from "exceljs";
import { checkCell, checkFigure, scoreTable } from "./harness";
import { book, merge, put } from "./sheet";
import type { RealTable } from "./types";

const S = "Capaian";

function sheet(): ExcelJS.Workbook {
  const wb = book();
  const ws = wb.addWorksheet(S);
  put(ws, "A1", [
    ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Persentase desa yang dibina", "%", 80, 72, 90],
    [2, "Jumlah dokumen perencanaan", "dokumen", 4, 3, 80],
  ]);
  return wb;
}

const table = (figures: RealTable["figures"], cells: RealTable["cells"]): RealTable => ({
  id: "harness-sample",
  source: {
    agency: "test only",
    kind: "lain",
    level: "kabupaten",
    report: "-",
    year: 2021,
    table: "-",
    url: "https://example.invalid/",
    transcribedFrom: "a made-up sheet for the harness test",
  },
  layouts: ["other"],
  build: sheet,
  figures,
  cells,
});

describe("real-corpus harness scoring", () => {
  test("figures and cells that hold, and the misses with their reasons", async () => {
    const s = await scoreTable(
      table(
        [
          { sheet: S, row: 2, figure: "capaian", value: 90, why: "72/80*100" },
          { sheet: S, row: 3, figure: "capaian", value: 75, why: "3/4*100" },
          { sheet: S, row: 3, figure: "capaian", value: 75.01, why: "deliberately wrong" },
          { sheet: S, row: 9, figure: "capaian", value: 1, why: "no such row" },
          { sheet: S, row: 2, figure: "penyerapan", value: 1, why: "no budget on the sheet" },
        ],
        [
          { sheet: S, cell: "F2", flagged: false, why: "printed 90 = 72/80*100" },
          { sheet: S, cell: "F3", flagged: true, why: "printed 80; 3/4*100 = 75" },
          { sheet: S, cell: "F2", flagged: true, why: "deliberately wrong" },
        ],
      ),
    );
    expect(s.error).toBeUndefined();
    expect(s.total).toBe(8);
    expect(s.figuresHeld).toBe(2);
    expect(s.cellsHeld).toBe(2);
    expect(s.held).toBe(4);
    const reasons = s.misses.map((m) => `${m.what}: ${m.reason}`);
    expect(reasons).toEqual([
      "Capaian!3 capaian: value 75 != 75.01",
      "Capaian!9 capaian: row not recognised as indicator (sheet read as indikator)",
      "Capaian!2 penyerapan: no penyerapan (row read as an indicator, not a budget row)",
      "Capaian!F2 cell (slip): not flagged",
    ]);
  });

  test("null means the figure must stay empty; predikat text compares without case", () => {
    const a = {
      recognition: { layouts: [] },
      indikator: [
        {
          row: { sheet: S, row: 1 },
          capaian: { value: null, reason: "target 0" },
          predikat: "Sangat Berhasil",
          efisiensi: { value: null, reason: null },
          capaianAkhir: { value: null, reason: null },
          penyerapan: { value: null, reason: null },
        },
      ],
      anggaran: [],
      sasaran: [],
      temuan: [{ code: "x", severity: "info", sheet: S, cell: "F2", message: "" }],
    } as unknown as Parameters<typeof checkFigure>[0];
    expect(checkFigure(a, { sheet: S, row: 2, figure: "capaian", value: null, why: "" })).toBeNull();
    expect(checkFigure(a, { sheet: S, row: 2, figure: "capaian", value: 5, why: "" })).toBe("no capaian (target 0)");
    expect(checkFigure(a, { sheet: S, row: 2, figure: "predikat", value: "sangat berhasil", why: "" })).toBeNull();
    // an info finding is not a flag
    expect(checkCell(a, { sheet: S, cell: "F2", flagged: false, why: "" })).toBeNull();
    expect(checkCell(a, { sheet: S, cell: "f2", flagged: true, why: "" })).toBe("not flagged");
  });
});

test("merge() refuses a value written into a merged area's other cells (Excel keeps only the first cell's)", () => {
  const ws = book().addWorksheet("M");
  put(ws, "A1", [
    ["No", "Indikator"],
    [null, "Rata-rata capaian"],
  ]);
  expect(() => merge(ws, "A2:B2")).toThrow(/B2 holds "Rata-rata capaian"/);
  merge(ws, "A1:A1");
  put(ws, "A3", [["Rata-rata capaian", null]]);
  expect(() => merge(ws, "A3:B3")).not.toThrow();
  expect(ws.getCell("B3").isMerged).toBe(true);
});
