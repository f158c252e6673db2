/**
 * LibreOffice as an independent spreadsheet engine for tests: recalculate every formula of an .xlsx and read
 * the cached results back. Each run uses its own profile directory (LibreOffice keeps a lock in it) with
 * OOXMLRecalcMode = 0 ("always recalculate"), so formulas are computed by LibreOffice, never taken from
 * cached values. Temporary directories are removed afterwards.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

const SOFFICE = process.env.SOFFICE ?? "soffice";

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(Object.assign(err, { stdout, stderr }));
        else resolve({ stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Whether soffice can be started (tests that need it can skip with a clear message otherwise). */
export async function hasLibreOffice(): Promise<boolean> {
  try {
    await run(SOFFICE, ["--version"], 60_000);
    return true;
  } catch {
    return false;
  }
}

/** Recalculate every formula with LibreOffice and return the recalculated .xlsx (with cached results). */
export async function recalc(xlsx: Buffer, opts: { timeoutMs?: number } = {}): Promise<Buffer> {
  const root = await mkdtemp(join(tmpdir(), "lkjip-lo-"));
  try {
    const profile = join(root, "profile");
    const inDir = join(root, "in");
    const outDir = join(root, "out");
    await mkdir(join(profile, "user"), { recursive: true });
    await mkdir(inDir);
    await mkdir(outDir);
    await writeFile(join(profile, "user", "registrymodifications.xcu"), REGISTRY, "utf8");
    const input = join(inDir, "book.xlsx");
    await writeFile(input, xlsx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      input,
    ];
    let result: { stdout: string; stderr: string };
    try {
      result = await run(SOFFICE, args, opts.timeoutMs ?? 120_000);
    } catch (e) {
      const err = e as Error & { stderr?: string };
      throw new Error(`LibreOffice failed: ${err.message}\n${err.stderr ?? ""}`);
    }
    try {
      return await readFile(join(outDir, "book.xlsx"));
    } catch {
      throw new Error(`LibreOffice wrote no output.\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

type Value = number | string | null;

function plain(v: ExcelJS.CellValue): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

/**
 * A cell's value, or for a formula its cached result. ExcelJS drops falsy results from `value` (a result 0
 * reads as no result), so the result is taken from the cell model; LibreOffice writes an empty-text result
 * as <v></v>, which ExcelJS reads as no result at all: a formula cell without a result is "".
 */
function cellValue(cell: ExcelJS.Cell): Value {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = (cell.model as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null) return "";
    return plain(result);
  }
  return plain(cell.value);
}

/**
 * The values (formula results as cached) of one sheet, as a 2-D array from A1 to the last used cell:
 * numbers, text (errors as "#DIV/0!", booleans as "TRUE"/"FALSE"), null for empty cells, "" for a formula
 * that gave empty text.
 */
export async function readValues(xlsx: Buffer, sheet: string): Promise<Value[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet "${sheet}" (sheets: ${wb.worksheets.map((w) => w.name).join(", ")})`);
  const rows: Value[][] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const out: Value[] = [];
    for (let c = 1; c <= width; c++) out.push(cellValue(row.getCell(c)));
    rows.push(out);
  }
  return rows;
}
