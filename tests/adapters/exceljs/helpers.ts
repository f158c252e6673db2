import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import JSZip from "jszip";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function tempDir(prefix = "lkjip-exceljs-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function loadExcelJs(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}

export async function readExcelJsFile(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every cell of a sheet that holds a value or a style, as comparable JSON, keyed by address. */
export function dumpCells(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      out.set(
        cell.address,
        JSON.stringify({
          type: cell.type,
          value: cell.value,
          numFmt: cell.numFmt ?? null,
          font: cell.font ?? null,
          fill: cell.fill ?? null,
          border: cell.border ?? null,
          alignment: cell.alignment ?? null,
        }),
      );
    });
  });
  return out;
}

/** The text of one part of an .xlsx (e.g. "xl/workbook.xml"). */
export async function xlsxPart(bytes: Uint8Array | ArrayBuffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.async("string");
}

/** An ExcelJS workbook built in a test, opened through the package adapter (as a file would be). */
export async function fromExcelJs(wb: ExcelJS.Workbook): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.load(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "uji.xlsx");
}
