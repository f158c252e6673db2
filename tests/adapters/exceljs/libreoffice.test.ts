/**
 * An independent spreadsheet engine opens what the adapter wrote: formulas compute, text that looks like a
 * formula stays text, newer functions work with the file-format prefix. Needs LibreOffice (soffice).
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { saveWorkbookFile } from "../../../src/adapters/exceljs/file";

import { recalcFileSync as recalcWithLibreOffice } from "../../support/libreoffice";
import { fromExcelJs, readExcelJsFile, tempDir } from "./helpers";

describe("LibreOffice reads what the adapter writes", () => {
  it("computes the formulas and keeps text as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Efisiensi");
    ws.getRow(1).values = ["Target", "Realisasi", "Alokasi", "Realisasi Anggaran"] as ExcelJS.CellValue[];
    ws.getRow(2).values = [4.4, 73.47, 1214050000, 1091666930] as ExcelJS.CellValue[];
    ws.getRow(3).values = [100606, 197465, 2334273356, 2190600386] as ExcelJS.CellValue[];
    const book = await fromExcelJs(wb);
    await book.apply({
      ops: [
        {
          kind: "cells",
          sheet: "Efisiensi",
          row: 1,
          col: 4,
          cells: [
            [
              { formula: "ROUND(B2/A2*100,2)", numberFormat: "0.00" },
              { formula: "ROUND(D2/C2*100,2)" },
              { formula: 'IFS(E2-F2>0,"Efisien",TRUE,"Tidak efisien")' },
            ],
            [
              { formula: "ROUND(A3/B3*100,2)", numberFormat: "0.00" },
              { formula: "ROUND(D3/C3*100,2)" },
              { formula: 'IFS(E3-F3>0,"Efisien",TRUE,"Tidak efisien")' },
            ],
            [{ value: "=1+1" }, { value: "-" }, { value: "+62 812" }],
          ],
        },
      ],
    });
    const dir = tempDir();
    const path = join(dir, "efisiensi.xlsx");
    await saveWorkbookFile(book, path);

    const recalculated = await readExcelJsFile(recalcWithLibreOffice(path));
    const out = recalculated.getWorksheet("Efisiensi")!;
    expect(out.getCell("E2").result).toBe(1669.77);
    expect(out.getCell("F2").result).toBe(89.92);
    expect(out.getCell("G2").result).toBe("Efisien");
    expect(out.getCell("E3").result).toBe(50.95);
    // 2.190.600.386 / 2.334.273.356 = 93,8451 %: the seed prints 93,84, ROUND gives 93,85.
    expect(out.getCell("F3").result).toBe(93.85);
    expect(out.getCell("G3").result).toBe("Tidak efisien");
    expect(out.getCell("E4").value).toBe("=1+1");
    expect(out.getCell("F4").value).toBe("-");
    expect(out.getCell("G4").value).toBe("+62 812");
  });
});
