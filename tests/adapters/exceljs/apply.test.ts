import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WorkbookPlanError } from "../../../src/adapters/exceljs/errors";
import { openWorkbookFile, saveWorkbookFile } from "../../../src/adapters/exceljs/file";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { STATE_SHEET, type StoredState, type WriteOp, type WritePlan } from "../../../src/core/workbook/port";
import { dumpCells, fromExcelJs, loadExcelJs, readExcelJsFile, tempDir, xlsxPart } from "./helpers";

/** A small budget sheet as an office keeps it. */
function budgetBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  const font = { name: "Calibri", size: 11 };
  ws.getCell("A1").value = "LAPORAN REALISASI ANGGARAN";
  ws.getCell("A1").font = { ...font, bold: true };
  ws.mergeCells("A1:F1");
  // A2 and B2 share one style once read from a file.
  ws.getCell("A2").value = "Kode";
  ws.getCell("B2").value = "Uraian";
  ws.getCell("A2").font = { ...font, bold: true };
  ws.getCell("B2").font = { ...font, bold: true };
  ws.getRow(3).values = [undefined, "1", "2", "3", "4", "5", "6"] as ExcelJS.CellValue[];
  const data: [string, string, number, number][] = [
    ["1 06 01 15", "Program A", 134073500, 113540500],
    ["1 06 01 15 02", "Kegiatan A.1", 15960000, 15111500],
    ["1 06 01 15 06", "Kegiatan A.2", 800038300, 713307380],
    ["", "JUMLAH", 950071800, 841959380],
  ];
  data.forEach(([kode, uraian, ang, real], i) => {
    const r = 4 + i;
    ws.getCell(r, 1).value = kode || null;
    ws.getCell(r, 2).value = uraian;
    ws.getCell(r, 4).value = ang;
    ws.getCell(r, 5).value = real;
    ws.getCell(r, 4).numFmt = "#,##0";
    ws.getCell(r, 5).numFmt = "#,##0";
    for (let c = 1; c <= 6; c++) ws.getCell(r, c).border = { top: { style: "thin" }, bottom: { style: "thin" } };
  });
  ws.getCell("C5").value = "teks lama";
  ws.getColumn(2).width = 40;
  wb.addWorksheet("Lain").getCell("B2").value = "jangan diubah";
  return wb;
}

async function fileFrom(wb: ExcelJS.Workbook, dir: string, name = "buku.xlsx"): Promise<string> {
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const fullStyle = {
  fontName: "Arial",
  fontSize: 9,
  bold: true,
  italic: true,
  fill: "d9e2f3",
  border: true,
  hAlign: "center",
  vAlign: "middle",
  wrap: true,
} as const;

describe("ExcelJsWorkbook.apply", () => {
  it("writes cells, formulas, formats, styles, sheets, merges, widths, page setup and state; nothing else changes", async () => {
    const dir = tempDir();
    const path = await fileFrom(budgetBook(), dir);
    const before = await readExcelJsFile(path);
    const beforeData = dumpCells(before.getWorksheet("Data")!);
    const beforeLain = dumpCells(before.getWorksheet("Lain")!);

    const state = {
      version: 1 as const,
      generatedSheets: ["Tabel 3.1"],
      undo: [{ kind: "deleteSheet", sheet: "Tabel 3.1" }] as WriteOp[],
    };
    const plan: WritePlan = {
      ops: [
        {
          kind: "cells",
          sheet: "data", // sheet names are matched ignoring case, as in Excel
          row: 3,
          col: 5,
          cells: [
            [{ formula: "ROUND(E4/D4*100,2)", numberFormat: "0.00" }],
            [{ formula: '=IFERROR(E5/D5*100,"")', numberFormat: "0.00" }],
            [{ value: "=1+1" }],
            [{ value: "-" }],
          ],
        },
        { kind: "cells", sheet: "Data", row: 1, col: 0, cells: [[null, { style: { bold: false } }]] },
        {
          kind: "cells",
          sheet: "Data",
          row: 3,
          col: 6,
          cells: [
            [{ value: 12.5, numberFormat: "#,##0.00", style: fullStyle }],
            [{ value: "+62" }],
            [{ value: "@x" }],
            [{ value: true }],
          ],
        },
        { kind: "cells", sheet: "Data", row: 4, col: 2, cells: [[{ value: null }]] },
        { kind: "addSheet", sheet: "Tabel 3.1" },
        {
          kind: "cells",
          sheet: "Tabel 3.1",
          row: 0,
          col: 0,
          cells: [
            [
              { value: "No", style: { bold: true, border: true } },
              { value: "Uraian", style: { bold: true, border: true } },
            ],
            [{ value: 1 }, { value: "Belanja" }],
            [{ value: "JUDUL GABUNGAN", style: { hAlign: "center" } }],
          ],
        },
        { kind: "merge", sheet: "Tabel 3.1", range: { top: 2, left: 0, bottom: 2, right: 2 } },
        { kind: "columnWidth", sheet: "Tabel 3.1", col: 1, width: 45 },
        {
          kind: "pageSetup",
          sheet: "Tabel 3.1",
          setup: { paper: "F4", orientation: "landscape", fitToWidth: true, printTitleRows: [0, 1] },
        },
        { kind: "pageSetup", sheet: "Data", setup: { paper: "A4", orientation: "portrait", fitToWidth: false } },
        {
          kind: "chart",
          sheet: "Tabel 3.1",
          chart: {
            kind: "column",
            title: "Capaian per indikator",
            categories: { top: 1, left: 1, bottom: 1, right: 1 },
            series: [{ name: "Capaian", values: { top: 1, left: 0, bottom: 1, right: 0 } }],
            anchor: { top: 4, left: 0, bottom: 20, right: 6 },
          },
        },
        { kind: "state", state },
      ],
    };

    const book = await openWorkbookFile(path);
    const progress: [number, number][] = [];
    const result = await book.apply(plan, (done, total) => progress.push([done, total]));
    expect(result.cellsWritten).toBe(4 + 1 + 4 + 1 + 5);
    expect(result.skipped).toEqual([
      'Grafik "Capaian per indikator" di lembar "Tabel 3.1" tidak dibuat: penulisan berkas .xlsx di luar Excel belum dapat membuat grafik. Buka berkas di Excel dan gunakan add-in untuk membuat grafiknya.',
    ]);
    expect(progress).toEqual(plan.ops.map((_, i) => [i + 1, plan.ops.length]));
    const out = join(dir, "hasil.xlsx");
    await saveWorkbookFile(book, out);

    const after = await readExcelJsFile(out);
    const data = after.getWorksheet("Data")!;
    // Formulas are stored without "=", with no cached result.
    expect(data.getCell("F4").value).toEqual({ formula: "ROUND(E4/D4*100,2)" });
    expect(data.getCell("F5").value).toEqual({ formula: 'IFERROR(E5/D5*100,"")' });
    expect(data.getCell("F4").numFmt).toBe("0.00");
    // Text that looks like a formula stays text.
    expect(data.getCell("F6").type).toBe(ExcelJS.ValueType.String);
    expect(data.getCell("F6").value).toBe("=1+1");
    expect(data.getCell("F7").value).toBe("-");
    expect(data.getCell("G5").value).toBe("+62");
    expect(data.getCell("G6").value).toBe("@x");
    expect(data.getCell("G7").value).toBe(true);
    // Full style.
    const g4 = data.getCell("G4");
    expect(g4.value).toBe(12.5);
    expect(g4.numFmt).toBe("#,##0.00");
    expect(g4.font).toMatchObject({ name: "Arial", size: 9, bold: true, italic: true });
    expect(g4.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } });
    expect(g4.border).toEqual({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(g4.alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    // B2 lost bold; A2, which shared its style, kept it.
    expect(data.getCell("B2").font.name).toBe("Calibri");
    expect(data.getCell("B2").font.bold ?? false).toBe(false);
    expect(data.getCell("A2").font).toMatchObject({ name: "Calibri", bold: true });
    // A cleared cell keeps its style.
    expect(data.getCell("C5").value).toBeNull();
    expect(data.getCell("C5").border).toEqual({ top: { style: "thin" }, bottom: { style: "thin" } });
    expect(data.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: false });

    // Every other cell is exactly as it was.
    const written = new Set(["F4", "F5", "F6", "F7", "B2", "G4", "G5", "G6", "G7", "C5"]);
    const afterData = dumpCells(data);
    for (const [address, dump] of beforeData) {
      if (!written.has(address)) expect([address, afterData.get(address)]).toEqual([address, dump]);
    }
    for (const address of afterData.keys()) {
      if (!written.has(address) && !beforeData.has(address))
        expect([address, afterData.get(address)]).toEqual([address, undefined]);
    }
    expect(dumpCells(after.getWorksheet("Lain")!)).toEqual(beforeLain);
    expect(data.getColumn(2).width).toBe(40);

    // The new sheet.
    const tabel = after.getWorksheet("Tabel 3.1")!;
    expect(tabel.getCell("A1").value).toBe("No");
    expect(tabel.getCell("B2").value).toBe("Belanja");
    expect(tabel.getCell("A3").value).toBe("JUDUL GABUNGAN");
    expect(tabel.getCell("C3").isMerged).toBe(true);
    expect(tabel.getCell("C3").master.address).toBe("A3");
    expect(tabel.getColumn(2).width).toBe(45);
    expect(tabel.pageSetup).toMatchObject({
      paperSize: 14,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });

    // State: a very hidden sheet, read back by the adapter.
    const st = after.getWorksheet(STATE_SHEET)!;
    expect(st.state).toBe("veryHidden");
    const reread = await openWorkbookFile(out);
    const snap = await reread.read();
    expect(snap.state).toEqual(state);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Data", "Lain", "Tabel 3.1"]);

    // Excel recalculates the new formulas on open.
    expect(await xlsxPart(readFileSync(out), "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    // The original file was not touched.
    expect(dumpCells((await readExcelJsFile(path)).getWorksheet("Data")!)).toEqual(beforeData);
  });

  it("asks for recalculation on open after every write, formulas or not (issue 13 item 4)", async () => {
    const book = await fromExcelJs(budgetBook());
    await book.apply({ ops: [{ kind: "cells", sheet: "Data", row: 0, col: 7, cells: [[{ value: 1 }]] }] });
    expect(await xlsxPart(await book.toBuffer(), "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("prefixes newer functions as the file format needs and reads them back without the prefix", async () => {
    const book = await fromExcelJs(budgetBook());
    await book.apply({
      ops: [{ kind: "cells", sheet: "Data", row: 10, col: 0, cells: [[{ formula: 'IFS(D4>0,E4/D4,TRUE,"IFS(")' }]] }],
    });
    const wb = await loadExcelJs(await book.toBuffer());
    expect(wb.getWorksheet("Data")!.getCell("A11").value).toEqual({ formula: '_xlfn.IFS(D4>0,E4/D4,TRUE,"IFS(")' });
    const snap = await (await ExcelJsWorkbook.load(await book.toBuffer())).read();
    const s = snap.sheets[0];
    expect(s.formulas[10 - s.originRow][0 - s.originCol]).toBe('IFS(D4>0,E4/D4,TRUE,"IFS(")');
  });

  it("deletes a sheet and replaces a long state with a short one", async () => {
    const book = await fromExcelJs(budgetBook());
    const long = { version: 1 as const, settings: { catatan: "x".repeat(70_000) } };
    await book.apply({
      ops: [
        { kind: "addSheet", sheet: "Tabel 3.1" },
        { kind: "state", state: long },
      ],
    });
    expect((await book.read()).state).toEqual(long);
    const stateSheet = (await loadExcelJs(await book.toBuffer())).getWorksheet(STATE_SHEET)!;
    expect([1, 2, 3, 4].map((r) => (stateSheet.getCell(r, 1).value as string | null)?.length ?? 0)).toEqual([
      30000,
      30000,
      JSON.stringify(long).length - 60000,
      0,
    ]);

    const short = { version: 1 as const, generatedSheets: [] };
    await book.apply({
      ops: [
        { kind: "deleteSheet", sheet: "Tabel 3.1" },
        { kind: "state", state: short },
      ],
    });
    const reread = await (await ExcelJsWorkbook.load(await book.toBuffer())).read();
    expect(reread.state).toEqual(short);
    expect(reread.sheets.map((s) => s.name)).toEqual(["Data", "Lain"]);
    const stateAfter = (await loadExcelJs(await book.toBuffer())).getWorksheet(STATE_SHEET)!;
    expect([2, 3].map((r) => stateAfter.getCell(r, 1).value)).toEqual([null, null]);
  });

  it("treats merged areas like Excel: style on any cell, content only on the top-left cell", async () => {
    const book = await fromExcelJs(budgetBook());
    // B1 is inside the merged title A1:F1: a border is fine, an empty value is ignored.
    await book.apply({
      ops: [{ kind: "cells", sheet: "Data", row: 0, col: 1, cells: [[{ value: null, style: { border: true } }]] }],
    });
    const ws = (await loadExcelJs(await book.toBuffer())).getWorksheet("Data")!;
    expect(ws.getCell("A1").value).toBe("LAPORAN REALISASI ANGGARAN");
    expect(ws.getCell("B1").border).toMatchObject({ left: { style: "thin" } });
    expect(ws.getCell("A1").border?.left).toBeUndefined();
    await expect(
      book.apply({ ops: [{ kind: "cells", sheet: "Data", row: 0, col: 2, cells: [[{ value: "x" }]] }] }),
    ).rejects.toThrow(
      'Perubahan dibatalkan, buku kerja tidak diubah: sel C1 di lembar "Data" adalah bagian dari sel gabungan A1; isi hanya dapat ditulis ke A1.',
    );
    // Repeating an existing merge is harmless; overlapping one is refused.
    await book.apply({ ops: [{ kind: "merge", sheet: "Data", range: { top: 0, left: 0, bottom: 0, right: 5 } }] });
    await expect(
      book.apply({ ops: [{ kind: "merge", sheet: "Data", range: { top: 0, left: 4, bottom: 1, right: 6 } }] }),
    ).rejects.toThrow('gabungan sel E1:G2 di lembar "Data" bertumpang tindih dengan gabungan A1:F1 yang sudah ada.');
    expect((await book.read()).sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
  });
});

describe("a plan that cannot be carried out changes nothing", () => {
  const cellsOk: WriteOp = { kind: "cells", sheet: "Data", row: 3, col: 5, cells: [[{ value: 99 }]] };
  const cases: [string, WriteOp, string][] = [
    [
      "unknown sheet",
      { kind: "cells", sheet: "Tidak Ada", row: 0, col: 0, cells: [[{ value: 1 }]] },
      'lembar "Tidak Ada" tidak ada.',
    ],
    [
      "negative row",
      { kind: "cells", sheet: "Data", row: -1, col: 0, cells: [[{ value: 1 }]] },
      'koordinat tidak sah (baris 0, kolom 1) untuk lembar "Data".',
    ],
    [
      "past the last row",
      { kind: "cells", sheet: "Data", row: 1_048_575, col: 0, cells: [[null], [{ value: 1 }]] },
      'sel A1048577 di lembar "Data" berada di luar batas lembar kerja.',
    ],
    [
      "fractional column",
      { kind: "columnWidth", sheet: "Data", col: 1.5, width: 10 },
      'koordinat tidak sah (kolom 2.5) untuk lembar "Data".',
    ],
    [
      "width too large",
      { kind: "columnWidth", sheet: "Data", col: 1, width: 300 },
      'lebar kolom B di lembar "Data" harus antara 0 dan 255.',
    ],
    [
      "NaN",
      { kind: "cells", sheet: "Data", row: 0, col: 7, cells: [[{ value: Number.NaN }]] },
      'isi sel H1 di lembar "Data" tidak sah: angka tidak terhingga atau bukan angka.',
    ],
    [
      "value and formula",
      { kind: "cells", sheet: "Data", row: 0, col: 7, cells: [[{ value: 1, formula: "A1" }]] },
      "nilai dan rumus diisi bersamaan",
    ],
    [
      "bad fill",
      { kind: "cells", sheet: "Data", row: 0, col: 7, cells: [[{ style: { fill: "#FFF" } }]] },
      "gaya tidak sah (fill)",
    ],
    ["existing sheet", { kind: "addSheet", sheet: "LAIN" }, 'lembar "LAIN" sudah ada.'],
    ["bad sheet name", { kind: "addSheet", sheet: "Tabel 3/1" }, 'nama lembar "Tabel 3/1" memuat karakter'],
    ["state sheet name", { kind: "addSheet", sheet: STATE_SHEET }, "dipakai khusus"],
    [
      "bad merge",
      { kind: "merge", sheet: "Data", range: { top: 5, left: 2, bottom: 4, right: 2 } },
      'koordinat tidak sah (gabungan sel) untuk lembar "Data".',
    ],
    [
      "bad paper",
      {
        kind: "pageSetup",
        sheet: "Data",
        setup: { paper: "Letter" as "A4", orientation: "portrait", fitToWidth: true },
      },
      "kertas Letter",
    ],
    ["bad state", { kind: "state", state: { version: 2 as 1 } }, "data pengaturan Asisten LKjIP tidak sah."],
    ["unknown op", { kind: "rename", sheet: "Data" } as unknown as WriteOp, 'jenis perubahan "rename" tidak dikenal.'],
  ];

  it.each(cases)("%s", async (_label, bad, message) => {
    const book = await fromExcelJs(budgetBook());
    const beforeSnap = await book.read();
    const beforeBytes = await book.toBuffer();
    const beforeCells = dumpCells((await loadExcelJs(beforeBytes)).getWorksheet("Data")!);
    const plan: WritePlan = { ops: [cellsOk, { kind: "addSheet", sheet: "Baru" }, bad] };
    const error = await book.apply(plan).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookPlanError);
    expect((error as Error).message.startsWith("Perubahan dibatalkan, buku kerja tidak diubah: ")).toBe(true);
    expect((error as Error).message).toContain(message);
    expect(await book.read()).toEqual(beforeSnap);
    expect(book.sheetNames).toEqual(["Data", "Lain"]);
    expect(dumpCells((await loadExcelJs(await book.toBuffer())).getWorksheet("Data")!)).toEqual(beforeCells);
  });

  it("refuses to delete the last visible sheet", async () => {
    const book = await fromExcelJs(budgetBook());
    await expect(
      book.apply({
        ops: [
          { kind: "deleteSheet", sheet: "Data" },
          { kind: "deleteSheet", sheet: "Lain" },
        ],
      }),
    ).rejects.toThrow("buku kerja harus tetap memiliki sedikitnya satu lembar yang terlihat.");
    expect(book.sheetNames).toEqual(["Data", "Lain"]);
  });

  it("refuses a state that cannot be stored as JSON, before writing anything", async () => {
    const book = await fromExcelJs(budgetBook());
    const before = await book.toBuffer();
    const state = { version: 1, settings: { n: BigInt(1) } } as unknown as StoredState;
    await expect(book.apply({ ops: [cellsOk, { kind: "state", state }] })).rejects.toThrow(
      "data pengaturan Asisten LKjIP tidak sah.",
    );
    expect(Buffer.from(await book.toBuffer()).equals(Buffer.from(before))).toBe(true);
  });

  it("leaves the file on disk unchanged when the plan fails", async () => {
    const dir = tempDir();
    const path = await fileFrom(budgetBook(), dir);
    const bytes = readFileSync(path);
    const book = await openWorkbookFile(path);
    await expect(
      book.apply({
        ops: [cellsOk, { kind: "merge", sheet: "Nihil", range: { top: 0, left: 0, bottom: 1, right: 1 } }],
      }),
    ).rejects.toThrow(WorkbookPlanError);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
