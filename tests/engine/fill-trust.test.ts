/**
 * Issue 8, "Done when": after the text conversion every computed cell is a live formula that LibreOffice
 * recalculates to the engine's figure (the sample and a partly-text workbook); on the sample only the real
 * slips are left alone and head the summary; added columns look like their neighbours in the file.
 */
import path from "node:path";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, planFill, type FillResult } from "../../src/core/engine";
import { fillSummary } from "../../src/core/fill/summary";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import type { CellWrite, WriteOp } from "../../src/core/workbook/port";
import { a1, parseA1 } from "../../src/core/workbook/address";
import { readValues, recalc } from "../support/libreoffice";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "dinsos-sumenep-2020.xlsx");
const loadSample = async () => ExcelJsWorkbook.load(new Uint8Array(await readFile(SAMPLE)));

function cellsOf(ops: WriteOp[]): Map<string, CellWrite> {
  const m = new Map<string, CellWrite>();
  for (const op of ops) {
    if (op.kind !== "cells") continue;
    op.cells.forEach((row, r) => row.forEach((w, c) => w && m.set(`${op.sheet}!${a1(op.row + r, op.col + c)}`, w)));
  }
  return m;
}

/**
 * Fill with conversion (and force), recalculate in LibreOffice, and check every computed cell: a formula, whose
 * result is the engine's figure (the value plan of the converted workbook) or "" where the engine has none.
 */
async function convertFillAndRecalc(book: ExcelJsWorkbook): Promise<{ fill: FillResult; checked: number }> {
  const snapshot = await book.read();
  const analysis = analyze(snapshot, DEFAULT_SETTINGS);
  const fill = planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: true, convertText: true });
  expect(fill.converted).toBe(true);
  expect(fill.values).toEqual([]); // every computed cell a formula
  await book.apply(fill.plan);
  const converted = await ExcelJsWorkbook.load(await book.toBuffer());
  const snap2 = await converted.read();
  const expected = cellsOf(
    planFill(snap2, analyze(snap2, DEFAULT_SETTINGS), DEFAULT_SETTINGS, { mode: "nilai", force: true }).plan.ops,
  );
  const recalculated = await recalc(Buffer.from(await book.toBuffer()));
  const sheets = new Map<string, Awaited<ReturnType<typeof readValues>>>();
  for (const s of snapshot.sheets) sheets.set(s.name, await readValues(recalculated, s.name));
  const all = cellsOf(fill.plan.ops);
  let checked = 0;
  for (const c of fill.formulas) {
    const ref = `${c.sheet}!${c.cell}`;
    expect([ref, all.get(ref)?.formula !== undefined]).toEqual([ref, true]);
    const { row, col } = parseA1(c.cell);
    const got = sheets.get(c.sheet)![row]?.[col] ?? null;
    const want = expected.get(ref)?.value ?? null;
    if (want === null) expect([ref, got ?? ""]).toEqual([ref, ""]);
    else if (typeof want === "number") {
      expect([ref, typeof got]).toEqual([ref, "number"]);
      expect([ref, Math.abs((got as number) - want) <= 1e-9 * Math.max(1, Math.abs(want))]).toEqual([ref, true]);
    } else expect([ref, got]).toEqual([ref, want]);
    checked++;
  }
  return { fill, checked };
}

test("sample: after conversion every computed cell is a formula and LibreOffice gives the engine's figures", async () => {
  const { fill, checked } = await convertFillAndRecalc(await loadSample());
  expect(fill.textInputs.map((t) => `${t.sheet}!${t.cell}`)).toContain("IKU!E13");
  expect(fill.textInputs.find((t) => t.sheet === "IKU" && t.cell === "E13")).toMatchObject({
    text: "100.606 org",
    value: 100606,
    numberFormat: '#,##0 "org"',
  });
  expect(checked).toBe(127);
});

test("a partly-text workbook (Indonesian number text) becomes live formulas LibreOffice agrees with", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("IKU");
  ws.addRow(["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"]);
  ws.addRow([1, "Meningkatnya kesejahteraan", "Persentase penduduk miskin", "%", "19,34%", 20.18, null]);
  ws.addRow([2, "Meningkatnya kesejahteraan", "Jumlah PMKS tertangani", "orang", "100.606 org", "197.465 org", null]);
  ws.addRow([3, "Meningkatnya layanan", "Indeks kepuasan", "indeks", 80, "82,5", null]);
  const lra = wb.addWorksheet("LRA");
  lra.addRow(["Kode", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Penyerapan (%)"]);
  lra.addRow(["1.06.01", "Program Pelayanan Administrasi", null, null, null]);
  lra.addRow(["1.06.01.01", "Penyediaan jasa surat", "Rp 1.250.000,00", 1000000, null]);
  lra.addRow(["1.06.01.02", "Penyediaan alat tulis", 2500000, "2.000.000", null]);
  lra.addRow(["", "JUMLAH", null, null, null]);
  lra.getRow(2).font = { bold: true };
  const book = await ExcelJsWorkbook.load(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "uji.xlsx");
  const { fill, checked } = await convertFillAndRecalc(book);
  expect(fill.textInputs.map((t) => [`${t.sheet}!${t.cell}`, t.value, t.numberFormat])).toEqual(
    expect.arrayContaining([
      // The column's other target (80) is in points: "19,34%" follows it, 19.34 shown with a "%".
      ["IKU!E2", 19.34, '0.00"%"'],
      ["IKU!E3", 100606, '#,##0 "org"'],
      ["IKU!F3", 197465, '#,##0 "org"'],
      ["IKU!F4", 82.5, "0.0"],
      ["LRA!C3", 1250000, '"Rp "#,##0.00'],
      ["LRA!D4", 2000000, "#,##0"],
    ]),
  );
  expect(checked).toBeGreaterThanOrEqual(9);
});

test("sample: only the real slips are left alone, as galat, and they head the summary", async () => {
  const book = await loadSample();
  const snapshot = await book.read();
  const analysis = analyze(snapshot, DEFAULT_SETTINGS);
  const fill = planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false });
  const slips = analysis.temuan
    .filter((t) => t.severity === "error")
    .map((t) => `${t.sheet}!${t.cell}`)
    .sort();
  expect(fill.leftAlone.map((l) => `${l.sheet}!${l.cell}`).sort()).toEqual(slips);
  expect(slips).toHaveLength(10);
  expect(fill.leftAlone.find((l) => l.cell === "G9" && l.sheet === "IKU")).toMatchObject({
    existing: "96,78",
    wanted: "95,84",
    description: "Target ÷ Realisasi × 100",
  });
  expect(fill.temuan.filter((t) => t.code === "tidak-ditimpa").every((t) => t.severity === "error")).toBe(true);
  // The agreeing typed figures become formulas, the same value.
  expect(fill.sameValue.length).toBe(56);
  const lines = fillSummary(fill, "cli");
  expect(lines[0]).toMatchObject({ tone: "galat", text: "10 sel dibiarkan karena isinya berbeda dari hitungan:" });
  expect(lines[0].items![0].text).toBe("IKU!G9 (Capaian): tertulis 96,78, hitungan 95,84");
  // No formula text anywhere in the summary.
  for (const l of lines) {
    expect(l.text).not.toMatch(/ISNUMBER|=IF|SUM\(/);
    for (const it of l.items ?? []) expect(it.text).not.toMatch(/ISNUMBER|=IF|SUM\(/);
  }
  // Without conversion, the summary says how many inputs are text and lists each cell written as a value.
  expect(fill.textInputs).toHaveLength(12);
  expect(lines.map((l) => l.text)).toContain(
    "12 sel masukan berisi angka dalam bentuk teks; rumus tidak dapat memakainya, sehingga hitungannya ditulis sebagai nilai.",
  );
  expect(lines.find((l) => l.text.startsWith("22 sel diisi nilai"))?.items).toHaveLength(22);
});

test("sample: a predikat beside a capaian left alone as text is a value, said so, never a blank formula", async () => {
  const book = await loadSample();
  const snapshot = await book.read();
  const analysis = analyze(snapshot, DEFAULT_SETTINGS);
  const fill = planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false, convertText: true });
  expect(fill.values).toEqual([
    { sheet: "Efisiensi", cell: "L9", label: "Predikat", reason: "capaianTeks", input: "Efisiensi!G9" },
  ]);
  expect(cellsOf(fill.plan.ops).get("Efisiensi!L9")?.value).toBe("Sangat Berhasil");
});

test("the added columns look like their neighbours in the file: font, borders, fill, header rows, width", async () => {
  const book = await loadSample();
  const snapshot = await book.read();
  const analysis = analyze(snapshot, DEFAULT_SETTINGS);
  const fill = planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: true, convertText: true });
  await book.apply(fill.plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Realisasi Anggaran")!;
  const E = (r: number) => ws.getCell(r, 5);
  const F = (r: number) => ws.getCell(r, 6);
  // Header F6 merged over F6:F7, like E6:E7; number row continued.
  expect(F(6).value).toBe("Sisa Anggaran (Rp)");
  expect(F(7).isMerged && F(7).master.address).toBe("F6");
  expect(E(7).master.address).toBe("E6");
  expect(F(8).value).toBe(6);
  for (const r of [6, 8, 9, 10, 30, 58]) {
    expect([r, F(r).font?.name, F(r).font?.size, !!F(r).font?.bold]).toEqual([
      r,
      E(r).font?.name,
      E(r).font?.size,
      !!E(r).font?.bold,
    ]);
    expect([r, F(r).border]).toEqual([r, E(r).border]);
    expect([r, F(r).fill]).toEqual([r, E(r).fill]);
  }
  expect(F(9).alignment?.horizontal).toBe(E(9).alignment?.horizontal);
  expect(F(9).numFmt).toBe("#,##0");
  // The width shows the widest value with its format (no ###): JUMLAH's sisa "266.056.049".
  expect(ws.getColumn(6).width).toBeGreaterThanOrEqual("266.056.049".length + 2);
  // The IKU predikat column: header over rows 6-7, "(13)" after "(12)".
  const iku = wb.getWorksheet("IKU")!;
  expect(iku.getCell("M6").value).toBe("Predikat");
  expect(iku.getCell("M7").master.address).toBe("M6");
  expect(iku.getCell("M8").value).toBe("(13)");
  expect(iku.getCell("M9").border).toEqual(iku.getCell("L9").border);
  expect(iku.getCell("M9").alignment?.horizontal).toBe("center");
});
