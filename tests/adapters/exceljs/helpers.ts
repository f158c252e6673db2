import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

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

/** LibreOffice's command, or null when it is not installed. */
export function sofficePath(): string | null {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice"]) if (existsSync(p)) return p;
  return null;
}

/**
 * Opens an .xlsx in LibreOffice with a private profile that recalculates every formula on load, and saves
 * it again as .xlsx (with computed results). Returns the path of the converted file.
 */
export function recalcWithLibreOffice(input: string): string {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice is not installed");
  const work = tempDir("lkjip-lo-");
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const outDir = join(work, "out");
  mkdirSync(outDir);
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      input,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  return join(outDir, basename(input));
}

/** An ExcelJS workbook built in a test, opened through the package adapter (as a file would be). */
export async function fromExcelJs(wb: ExcelJS.Workbook): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.load(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "uji.xlsx");
}
