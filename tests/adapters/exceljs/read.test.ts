import ExcelJS from "exceljs";
import { ExcelJsWorkbook, splitChunks } from "../../../src/adapters/exceljs/workbook";
import { STATE_SHEET } from "../../../src/core/workbook/port";

/** Saves an ExcelJS workbook and loads it back through the adapter, as a real file would be. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJsWorkbook> {
  const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  return ExcelJsWorkbook.load(new Uint8Array(bytes));
}

function fixture(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Realisasi");
  const font = { name: "Arial", size: 10 };
  // Row 2 (index 1): a merged bold title over B2:E2.
  ws.getCell("B2").value = "DINAS SOSIAL";
  ws.getCell("B2").font = { ...font, bold: true };
  ws.mergeCells("B2:E2");
  // Row 3: headers, bold.
  ws.getRow(3).values = [undefined, "Uraian", "Anggaran (Rp)", "Serapan", "Teks"] as ExcelJS.CellValue[];
  for (const c of ["B3", "C3", "D3", "E3"]) ws.getCell(c).font = { ...font, bold: true };
  // Row 4: number with format, percent as fraction, number stored as text.
  ws.getCell("B4").value = { richText: [{ text: "Program " }, { font: { bold: true }, text: "Perlindungan" }] };
  ws.getCell("C4").value = 1214050000;
  ws.getCell("C4").numFmt = "#,##0";
  ws.getCell("D4").value = 0.8992;
  ws.getCell("D4").numFmt = "0.00%";
  ws.getCell("E4").value = "1.214.050.000,00";
  // Row 5: formulas with cached results, an error, a boolean.
  ws.getCell("B5").value = "Jumlah";
  ws.getCell("C5").value = { formula: "C4*2", result: 2428100000 } as ExcelJS.CellFormulaValue;
  ws.getCell("D5").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("E5").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("F5").value = true;
  // Row 6: hidden; a date, a hyperlink, a zero result, a text result.
  ws.getCell("B6").value = new Date(Date.UTC(2020, 11, 31));
  ws.getCell("B6").numFmt = "dd/mm/yyyy";
  ws.getCell("C6").value = { text: "SIPD", hyperlink: "https://sipd.kemendagri.go.id" };
  ws.getCell("D6").value = { formula: "C4-C4", result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell("E6").value = { formula: '"a"&"b"', result: "ab" } as ExcelJS.CellFormulaValue;
  ws.getRow(6).hidden = true;
  // Rows 7-8: a shared formula (master F7, follower F8), text that looks like a formula.
  ws.getCell("F7").value = {
    formula: "C4+1",
    result: 1214050001,
    shareType: "shared",
    ref: "F7:F8",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("F8").value = { sharedFormula: "F7", result: 2428100001 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("B7").value = "=SUM(A1)";
  ws.getCell("B8").value = "-";
  ws.getColumn("H").hidden = true;
  ws.getColumn("D").hidden = true;

  const hidden = wb.addWorksheet("Catatan", { state: "hidden" });
  hidden.getCell("A1").value = 42;
  wb.addWorksheet("Kosong");
  return wb;
}

describe("ExcelJsWorkbook.read", () => {
  it("reads the used range of every sheet as rectangular blocks", async () => {
    const book = await roundTrip(fixture());
    const snap = await book.read();
    expect(snap.state).toBeNull();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Realisasi", "Catatan", "Kosong"]);
    const s = snap.sheets[0];
    expect(s.originRow).toBe(1);
    expect(s.originCol).toBe(1);
    expect(s.values).toEqual([
      ["DINAS SOSIAL", null, null, null, null],
      ["Uraian", "Anggaran (Rp)", "Serapan", "Teks", null],
      ["Program Perlindungan", 1214050000, 0.8992, "1.214.050.000,00", null],
      ["Jumlah", 2428100000, { error: "#DIV/0!" }, { error: "#REF!" }, true],
      [44196, "SIPD", 0, "ab", null],
      ["=SUM(A1)", null, null, null, 1214050001],
      ["-", null, null, null, 2428100001],
    ]);
    expect(s.formulas).toEqual([
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, "C4*2", "1/0", null, null],
      [null, null, "C4-C4", '"a"&"b"', null],
      [null, null, null, null, "C4+1"],
      [null, null, null, null, "C5+1"],
    ]);
    expect(s.numberFormats).toEqual([
      ["General", "General", "General", "General", "General"],
      ["General", "General", "General", "General", "General"],
      ["General", "#,##0", "0.00%", "General", "General"],
      ["General", "General", "General", "General", "General"],
      ["dd/mm/yyyy", "General", "General", "General", "General"],
      ["General", "General", "General", "General", "General"],
      ["General", "General", "General", "General", "General"],
    ]);
    // The merged title's hidden cells share its style, so they read bold as in Excel.
    expect(s.bold).toEqual([
      [true, true, true, true, false],
      [true, true, true, true, false],
      [false, false, false, false, false],
      [false, false, false, false, false],
      [false, false, false, false, false],
      [false, false, false, false, false],
      [false, false, false, false, false],
    ]);
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect(s.hiddenRows).toEqual([5]);
    expect(s.hiddenCols).toEqual([3, 7]);
    expect(s.hidden).toBeUndefined();

    expect(snap.sheets[1]).toMatchObject({ name: "Catatan", hidden: true, originRow: 0, originCol: 0, values: [[42]] });
    expect(snap.sheets[2]).toEqual({
      name: "Kosong",
      originRow: 0,
      originCol: 0,
      values: [],
      formulas: [],
      numberFormats: [],
      bold: [],
      merges: [],
      hiddenRows: [],
      hiddenCols: [],
    });
  });

  it("changes nothing while reading: every part comes back as it was", async () => {
    const bytes = new Uint8Array((await fixture().xlsx.writeBuffer()) as ArrayBuffer);
    const book = await ExcelJsWorkbook.load(bytes);
    await book.read();
    const JSZip = (await import("jszip")).default;
    const a = await JSZip.loadAsync(bytes);
    const b = await JSZip.loadAsync(await book.toBuffer());
    const names = Object.keys(a.files).sort();
    expect(Object.keys(b.files).sort()).toEqual(names);
    for (const n of names.filter((x) => !x.endsWith("/")))
      expect(await b.file(n)!.async("string")).toBe(await a.file(n)!.async("string"));
  });

  it("reads dates in a 1904 workbook as 1904 serial numbers", async () => {
    for (const date1904 of [true, false]) {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet("T");
      ws.getCell("A1").value = new Date(Date.UTC(2020, 11, 31));
      const snap = await (await roundTrip(wb)).read();
      expect(snap.sheets[0].values).toEqual([[date1904 ? 44196 - 1462 : 44196]]);
    }
  });

  it("turns a formula without a cached result into null with its formula text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("T");
    ws.getCell("A1").value = 3;
    ws.getCell("B1").value = { formula: "_xlfn.IFS(A1>2,1,TRUE,0)" } as ExcelJS.CellFormulaValue;
    const snap = await (await roundTrip(wb)).read();
    expect(snap.sheets[0].values).toEqual([[3, null]]);
    expect(snap.sheets[0].formulas).toEqual([[null, "IFS(A1>2,1,TRUE,0)"]]);
  });
});

describe("stored state", () => {
  function withState(cells: string[]): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").getCell("A1").value = 1;
    const st = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
    cells.forEach((text, i) => (st.getCell(i + 1, 1).value = text));
    return wb;
  }

  it("joins JSON split over A1, A2, ... and leaves the state sheet out of the sheets", async () => {
    const json = JSON.stringify({ version: 1, generatedSheets: ["Tabel 3.1"], settings: { desimal: 2 } });
    const snap = await (await roundTrip(withState([json.slice(0, 10), json.slice(10, 25), json.slice(25)]))).read();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Data"]);
    expect(snap.state).toEqual({ version: 1, generatedSheets: ["Tabel 3.1"], settings: { desimal: 2 } });
  });

  it("gives null for invalid JSON, a wrong version or a non-object", async () => {
    expect((await (await roundTrip(withState(['{"version":1,']))).read()).state).toBeNull();
    expect((await (await roundTrip(withState(['{"version":2}']))).read()).state).toBeNull();
    expect((await (await roundTrip(withState(["[1,2]"]))).read()).state).toBeNull();
    expect((await (await roundTrip(withState([]))).read()).state).toBeNull();
  });

  it("splits long text without cutting a surrogate pair", () => {
    const text = "ab😀cd";
    // "😀" is two UTF-16 units at index 2-3: a cut after 3 units would split it.
    expect(splitChunks(text, 3)).toEqual(["ab", "😀c", "d"]);
    expect(splitChunks("x".repeat(65000)).map((c) => c.length)).toEqual([30000, 30000, 5000]);
  });
});
