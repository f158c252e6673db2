/**
 * planReport: one sheet per table, only the tool's own sheets replaced, numbers as numbers with invariant
 * formats, merges, print setup, chart ops over the cells that hold the chart's data, state kept.
 * Applied with the ExcelJS adapter: a user's sheet with a table's name stays untouched, cell for cell.
 */
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { buildReport } from "../../src/core/report/build";
import { planReportSheets } from "../../src/core/report";
import { planReport, splitLines } from "../../src/core/report/excel-plan";
import type { Report } from "../../src/core/report/model";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings/settings";
import type { CellWrite, SheetSnapshot, WorkbookSnapshot, WriteOp, WritePlan } from "../../src/core/workbook/port";
import { analysisOf, indikator, sasaranHasil } from "./fixtures/builder";
import { sumenepAnalysis } from "./fixtures/sumenep";

function sheet(name: string): SheetSnapshot {
  return {
    name,
    originRow: 0,
    originCol: 0,
    values: [],
    formulas: [],
    numberFormats: [],
    bold: [],
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
  };
}

function snapshot(names: string[], state: WorkbookSnapshot["state"] = null): WorkbookSnapshot {
  return { sheets: names.map(sheet), state };
}

/** The cells written to a sheet, by "row,col". */
function cellsOf(plan: WritePlan, name: string): Map<string, CellWrite> {
  const m = new Map<string, CellWrite>();
  for (const op of plan.ops) {
    if (op.kind !== "cells" || op.sheet !== name) continue;
    op.cells.forEach((line, i) => line.forEach((w, j) => w && m.set(`${op.row + i},${op.col + j}`, w)));
  }
  return m;
}

function find(cells: Map<string, CellWrite>, test: (w: CellWrite) => boolean): [number, number, CellWrite] {
  for (const [k, w] of cells)
    if (test(w)) {
      const [r, c] = k.split(",").map(Number);
      return [r, c, w];
    }
  throw new Error("cell not found");
}

const report: Report = buildReport(sumenepAnalysis(), DEFAULT_SETTINGS);

describe("planReport", () => {
  it("adds one sheet per table and ends with a state op that records them and keeps other state", () => {
    const plan = planReport(
      report,
      snapshot(["Realisasi Anggaran", "IKU"], { version: 1, settings: { desimal: 2 }, undo: null }),
      DEFAULT_SETTINGS,
    );
    const adds = plan.ops.filter((o) => o.kind === "addSheet").map((o) => (o as { sheet: string }).sheet);
    expect(adds).toEqual([
      "Tabel 2.1",
      "Tabel 3.1",
      "Tabel 3.2",
      "Tabel 3.3",
      "Tabel 3.4",
      "Tabel 3.5",
      "Tabel 3.6",
      "Tabel 3.7",
      "Tabel 3.8",
      "Tabel 3.9",
    ]);
    expect(plan.ops.some((o) => o.kind === "deleteSheet")).toBe(false);
    const last = plan.ops[plan.ops.length - 1];
    expect(last).toEqual({
      kind: "state",
      state: { version: 1, settings: { desimal: 2 }, undo: null, generatedSheets: adds },
    });
    // nothing is written to the user's sheets
    const touched = new Set(plan.ops.flatMap((o) => ("sheet" in o ? [o.sheet] : [])));
    expect(touched.has("IKU")).toBe(false);
    expect(touched.has("Realisasi Anggaran")).toBe(false);
  });

  it("never touches a user's sheet that carries a table's name: the table gets another name", () => {
    const plan = planReport(report, snapshot(["tabel 3.1", "Data"]), DEFAULT_SETTINGS);
    const adds = plan.ops.filter((o) => o.kind === "addSheet").map((o) => (o as { sheet: string }).sheet);
    expect(adds[1]).toBe("Tabel 3.1 (2)");
    expect(plan.ops.filter((o) => "sheet" in o && o.sheet.toLowerCase() === "tabel 3.1")).toEqual([]);
    expect((plan.ops[plan.ops.length - 1] as Extract<WriteOp, { kind: "state" }>).state.generatedSheets).toContain(
      "Tabel 3.1 (2)",
    );
  });

  it("regenerating replaces only the sheets it generated before", () => {
    // recorded sheets that are gone (the user deleted "Tabel 3.10") are skipped
    const before = { version: 1 as const, generatedSheets: ["Tabel 2.1", "Tabel 3.1", "Tabel 3.10"] };
    const plan = planReport(report, snapshot(["IKU", "Tabel 2.1", "Tabel 3.1"], before), DEFAULT_SETTINGS);
    const deletes = plan.ops.filter((o) => o.kind === "deleteSheet").map((o) => (o as { sheet: string }).sheet);
    expect(deletes).toEqual(["Tabel 2.1", "Tabel 3.1"]);
    const adds = plan.ops.filter((o) => o.kind === "addSheet").map((o) => (o as { sheet: string }).sheet);
    expect(adds.slice(0, 2)).toEqual(["Tabel 2.1", "Tabel 3.1"]);
    // deletes come before the adds of the same names
    expect(plan.ops.findIndex((o) => o.kind === "deleteSheet")).toBeLessThan(
      plan.ops.findIndex((o) => o.kind === "addSheet"),
    );
  });

  it("writes numbers as numbers with invariant format codes, text as text, header styled and merged", () => {
    const plan = planReport(report, snapshot([]), DEFAULT_SETTINGS);
    const cells = cellsOf(plan, "Tabel 3.3");
    const [r, c, w] = find(cells, (x) => typeof x.value === "number" && Math.abs((x.value as number) - 95.8375) < 1e-3);
    expect(w.numberFormat).toBe("#,##0.00");
    expect(w.style).toMatchObject({ border: true, fontName: "Arial", fontSize: 10, hAlign: "right" });
    expect(c).toBe(6);
    const head = find(cells, (x) => x.value === "Capaian (%)")[2];
    expect(head.style).toMatchObject({ bold: true, fill: "D9E2F3", border: true, wrap: true, hAlign: "center" });
    expect(find(cells, (x) => x.value === "(7)").slice(0, 2)).toEqual([r - 1, c]);
    const mean = find(cells, (x) => x.value === "RATA-RATA CAPAIAN");
    expect(mean[2].style?.bold).toBe(true);
    const merges = plan.ops.filter(
      (o): o is Extract<WriteOp, { kind: "merge" }> => o.kind === "merge" && o.sheet === "Tabel 3.3",
    );
    expect(merges.map((m) => m.range)).toContainEqual({ top: mean[0], left: 0, bottom: mean[0], right: 5 });
    // the title is merged across the table
    expect(merges[0].range).toEqual({ top: 0, left: 0, bottom: 0, right: 7 });
    // rupiah
    const rp = find(cellsOf(plan, "Tabel 3.9"), (x) => x.value === 3548323356);
    expect(rp[2].numberFormat).toBe("#,##0");
    // the sentences are in the cells of column A below the table, one line per row, nothing lost
    const colA = [...cells.entries()]
      .filter(([k, x]) => k.endsWith(",0") && typeof x.value === "string" && Number(k.split(",")[0]) > mean[0])
      .sort((a, b) => Number(a[0].split(",")[0]) - Number(b[0].split(",")[0]))
      .map(([, x]) => x.value as string);
    const first = colA.indexOf(colA.find((v) => v.startsWith("Hasil pengukuran")) as string);
    expect(first).toBeGreaterThanOrEqual(0);
    const t = report.tables.find((x) => x.id === "capaian-1")!;
    const lines = colA.slice(first, first + 2);
    expect(lines.join(" ")).toBe(t.paragraphs[0]);
    for (const l of colA) expect(l.length).toBeLessThanOrEqual(135);
  });

  it("merges the efisiensi group headers and sets up printing from the settings", () => {
    const settings = settingsSchema.parse({ kertas: "F4" });
    const plan = planReport(report, snapshot([]), settings);
    const cells = cellsOf(plan, "Tabel 3.7");
    const [kr, kc] = find(cells, (x) => x.value === "Kinerja");
    const merges = plan.ops
      .filter((o): o is Extract<WriteOp, { kind: "merge" }> => o.kind === "merge" && o.sheet === "Tabel 3.7")
      .map((m) => m.range);
    expect(merges).toContainEqual({ top: kr, left: kc, bottom: kr, right: kc + 2 });
    expect(merges).toContainEqual({ top: kr, left: 0, bottom: kr + 1, right: 0 }); // "No" over both header rows
    const setup = plan.ops.find(
      (o): o is Extract<WriteOp, { kind: "pageSetup" }> => o.kind === "pageSetup" && o.sheet === "Tabel 3.7",
    );
    expect(setup?.setup).toEqual({
      paper: "F4",
      orientation: "landscape",
      fitToWidth: true,
      printTitleRows: [kr, kr + 2],
    });
    const ringkasan = plan.ops.find(
      (o): o is Extract<WriteOp, { kind: "pageSetup" }> => o.kind === "pageSetup" && o.sheet === "Tabel 3.8",
    );
    expect(ringkasan?.setup.orientation).toBe("portrait");
    const widths = plan.ops.filter(
      (o): o is Extract<WriteOp, { kind: "columnWidth" }> => o.kind === "columnWidth" && o.sheet === "Tabel 3.8",
    );
    expect(widths.map((w) => w.width)).toEqual([48, 20, 20, 10]);
  });

  it("chart ops point at the cells that hold the chart's data", () => {
    const plan = planReport(report, snapshot([]), DEFAULT_SETTINGS);
    const charts = plan.ops.filter((o): o is Extract<WriteOp, { kind: "chart" }> => o.kind === "chart");
    expect(charts.map((c) => [c.sheet, c.chart.kind])).toEqual([
      ["Tabel 3.3", "column"],
      ["Tabel 3.4", "column"],
      ["Tabel 3.5", "line"],
      ["Tabel 3.5", "line"],
      ["Tabel 3.9", "bar"],
    ]);
    const ch = charts[0];
    const cells = cellsOf(plan, ch.sheet);
    const at = (r: number, c: number) => cells.get(`${r},${c}`)?.value;
    expect([
      at(ch.chart.categories.top, ch.chart.categories.left),
      at(ch.chart.categories.bottom, ch.chart.categories.left),
    ]).toEqual(["1.1 Angka Kemiskinan", "1.2 Penurunan Masalah Sosial"]);
    const s0 = ch.chart.series[0].values;
    expect(at(s0.top, s0.left) as number).toBeCloseTo(95.8375, 3);
    expect(at(s0.bottom, s0.left)).toBe(100);
    const ref = ch.chart.series[1];
    expect(ref.name).toBe("Target 100%");
    expect([at(ref.values.top, ref.values.left), at(ref.values.bottom, ref.values.left)]).toEqual([100, 100]);
    // the chart sits below its data
    expect(ch.chart.anchor.top).toBeGreaterThan(s0.bottom);
  });

  it("can leave the charts and their data out (a host that cannot draw charts)", () => {
    const plan = planReport(report, snapshot([]), DEFAULT_SETTINGS, { charts: false });
    expect(plan.ops.some((o) => o.kind === "chart")).toBe(false);
    const texts = plan.ops.flatMap((o) => (o.kind === "cells" ? o.cells.flat().map((w) => w?.value) : []));
    expect(texts.some((v) => typeof v === "string" && v.startsWith("Data grafik"))).toBe(false);
    expect(texts).toContain("RATA-RATA CAPAIAN");
  });

  it("widens a column whose header, merged down two rows, would not fit", () => {
    const plan = planReport(report, snapshot([]), DEFAULT_SETTINGS);
    const widths = plan.ops.filter(
      (o): o is Extract<WriteOp, { kind: "columnWidth" }> => o.kind === "columnWidth" && o.sheet === "Tabel 3.5",
    );
    const t = report.tables.find((x) => x.id === "perbandingan-tahunan")!;
    expect(t.columns[7].width).toBe(14);
    expect(widths[7].width).toBeGreaterThanOrEqual(15); // "Perubahan 2019–2020 (poin)" on two lines
    expect(widths.slice(0, 7).map((w) => w.width)).toEqual(t.columns.slice(0, 7).map((c) => c.width));
  });

  it("writes a name starting with = as text, never as a formula", () => {
    const h = indikator({ sheet: "IKU", row: 4, sasaran: "+S", nama: "=SUM(A1:A9)", target: 10, realisasi: 5 });
    const r = buildReport(
      analysisOf({ indikator: [h], sasaran: [sasaranHasil("IKU", "+S", [h])], anggaran: [], tahun: 2021 }),
      DEFAULT_SETTINGS,
    );
    const plan = planReport(r, snapshot([]), DEFAULT_SETTINGS);
    const cells = [...cellsOf(plan, "Tabel 3.1").values()];
    expect(cells.some((w) => w.formula !== undefined)).toBe(false);
    expect(cells.map((w) => w.value)).toContain("1.1 =SUM(A1:A9)");
    expect(cells.map((w) => w.value)).toContain("+S");
  });

  it("planReportSheets builds and plans in one call", () => {
    const snap = snapshot(["IKU"]);
    expect(planReportSheets(snap, sumenepAnalysis(), DEFAULT_SETTINGS)).toEqual(
      planReport(report, snap, DEFAULT_SETTINGS),
    );
  });

  it("splits sentences into lines at spaces", () => {
    expect(splitLines("satu dua tiga empat", 9)).toEqual(["satu dua", "tiga", "empat"]);
    expect(splitLines("panjangsekali x", 4)).toEqual(["panjangsekali", "x"]);
  });
});

describe("planReport applied with the ExcelJS adapter", () => {
  async function userWorkbook(): Promise<ExcelJsWorkbook> {
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet("Data");
    data.getCell("A1").value = "Catatan";
    data.getCell("B2").value = 12.5;
    data.getCell("B2").numFmt = "0.00";
    const mine = wb.addWorksheet("Tabel 3.1");
    mine.getCell("A1").value = "Tabel saya sendiri";
    mine.getCell("A1").font = { name: "Calibri", bold: true };
    mine.getCell("C3").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    mine.mergeCells("A5:B6");
    return ExcelJsWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
  }

  async function dump(book: ExcelJsWorkbook, name: string): Promise<unknown> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(name);
    if (!ws) return null;
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) =>
        cells.push([c.address, c.value, c.numFmt, JSON.stringify(c.font ?? null), JSON.stringify(c.border ?? null)]),
      ),
    );
    return { cells, merges: (ws.model as { merges?: string[] }).merges ?? [] };
  }

  it("adds the tables, keeps the user's own 'Tabel 3.1' cell for cell, and regenerates in place", async () => {
    const book = await userWorkbook();
    const mineBefore = await dump(book, "Tabel 3.1");
    const dataBefore = await dump(book, "Data");

    const res = await book.apply(planReport(report, await book.read(), DEFAULT_SETTINGS));
    expect(res.cellsWritten).toBeGreaterThan(300);
    expect(res.skipped?.length).toBe(5); // ExcelJS cannot write charts: said so, nothing broken
    const snap1 = await book.read();
    expect(snap1.sheets.map((s) => s.name)).toEqual([
      "Data",
      "Tabel 3.1",
      "Tabel 2.1",
      "Tabel 3.1 (2)",
      "Tabel 3.2",
      "Tabel 3.3",
      "Tabel 3.4",
      "Tabel 3.5",
      "Tabel 3.6",
      "Tabel 3.7",
      "Tabel 3.8",
      "Tabel 3.9",
    ]);
    expect(snap1.state?.generatedSheets).toEqual([
      "Tabel 2.1",
      "Tabel 3.1 (2)",
      "Tabel 3.2",
      "Tabel 3.3",
      "Tabel 3.4",
      "Tabel 3.5",
      "Tabel 3.6",
      "Tabel 3.7",
      "Tabel 3.8",
      "Tabel 3.9",
    ]);
    expect(await dump(book, "Tabel 3.1")).toEqual(mineBefore);
    expect(await dump(book, "Data")).toEqual(dataBefore);

    // the table's figures are numbers
    const t31 = snap1.sheets.find((s) => s.name === "Tabel 3.3") as SheetSnapshot;
    const flat = t31.values.flat();
    expect(flat).toContain("RATA-RATA CAPAIAN");
    const mean = flat.find((v) => typeof v === "number" && Math.abs(v - 97.9187) < 1e-3);
    expect(mean).toBeDefined();

    // again: the same sheet names, no "(3)", the user's sheets still untouched
    await book.apply(planReport(report, snap1, DEFAULT_SETTINGS));
    const snap2 = await book.read();
    expect(snap2.sheets.map((s) => s.name).sort()).toEqual(snap1.sheets.map((s) => s.name).sort());
    expect(snap2.state?.generatedSheets).toEqual(snap1.state?.generatedSheets);
    expect(await dump(book, "Tabel 3.1")).toEqual(mineBefore);
    expect(await dump(book, "Data")).toEqual(dataBefore);
  });
});
