/**
 * The one LibreOffice harness of the tests: LibreOffice as an independent spreadsheet engine (recalculate every
 * formula of an .xlsx and read the cached results back) and as a renderer (a workbook or a .docx to PDF).
 * Each run uses its own profile directory (LibreOffice keeps a lock in it); for recalculation the profile sets
 * OOXMLRecalcMode = 0 ("always recalculate"), so formulas are computed by LibreOffice, never taken from cached
 * values. `openAsUser` instead keeps LibreOffice's defaults ("never recalculate" for .xlsx), to see what a
 * user sees when opening a file. Temporary directories are removed afterwards.
 *
 * When soffice is missing, every function here throws: tests/support/tiers.js leaves such test files out with a
 * notice on a developer's machine and lets them fail under CI=true; no test passes without LibreOffice.
 */
import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs/promises";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
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

/** Whether soffice can be started. */
export async function hasLibreOffice(): Promise<boolean> {
  try {
    await run(SOFFICE, ["--version"], 60_000);
    return true;
  } catch {
    return false;
  }
}

/** soffice --convert-to xlsx with the given profile; a failure carries LibreOffice's own output. */
async function convertToXlsx(
  profile: string,
  outDir: string,
  input: string,
  timeoutMs: number,
): Promise<{ stdout: string; stderr: string }> {
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
  try {
    return await run(SOFFICE, args, timeoutMs);
  } catch (e) {
    const err = e as Error & { stderr?: string };
    throw new Error(`LibreOffice failed: ${err.message}\n${err.stderr ?? ""}`);
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
    const result = await convertToXlsx(profile, outDir, input, opts.timeoutMs ?? 120_000);
    try {
      return await readFile(join(outDir, "book.xlsx"));
    } catch {
      throw new Error(`LibreOffice wrote no output.\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Opens a workbook as a user would: LibreOffice with a new, empty profile of its own, so every setting is
 * LibreOffice's default. For .xlsx that is OOXMLRecalcMode 1, "never recalculate": LibreOffice shows each
 * cached formula result as it is and computes only formulas that carry none (it does not read calcPr
 * fullCalcOnLoad). What it shows is saved again as .xlsx; read the figures with readValues.
 */
export async function openAsUser(book: Uint8Array, ext: "xlsx" | "xlsm" = "xlsx"): Promise<Buffer> {
  const root = await mkdtemp(join(tmpdir(), "lkjip-lo-user-"));
  try {
    const profile = join(root, "profile");
    const outDir = join(root, "out");
    await mkdir(profile);
    await mkdir(outDir);
    const input = join(root, `book.${ext}`);
    await writeFile(input, book);
    await convertToXlsx(profile, outDir, input, 120_000);
    if (existsSync(join(profile, "user", "registrymodifications.xcu"))) {
      const reg = await readFile(join(profile, "user", "registrymodifications.xcu"), "utf8");
      if (/RecalcMode/.test(reg)) throw new Error("the profile is not LibreOffice's default: it sets a RecalcMode");
    }
    return await readFile(join(outDir, "book.xlsx"));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Opens an .xlsx file in LibreOffice with a private profile that recalculates every formula on load, and saves
 * it again as .xlsx (with computed results) in a new temporary folder. Returns the path of the converted file.
 */
export function recalcFileSync(input: string): string {
  const work = mkdtempSync(join(tmpdir(), "lkjip-lo-"));
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), REGISTRY);
  const outDir = join(work, "out");
  mkdirSync(outDir);
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
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

// ---------------------------------------------------------------------------------------------------------
// Rendering to PDF

const runP = promisify(execFile);

const LIBRARIES = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" library:link="false"/>
</library:libraries>
`;

const LIBRARY = (withModule: boolean) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">${withModule ? '\n <library:element library:name="Module1"/>\n' : ""}</library:library>
`;

/**
 * Excel gives a row without an explicit height the height its wrapped text needs when it opens the file;
 * LibreOffice 7.4 keeps the default height on .xlsx import. This macro makes LibreOffice do what Excel does
 * (optimal height for every used row) and then exports the PDF.
 */
const MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub FitToPdf(sIn As String, sOut As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn), &quot;_blank&quot;, 0, args())
  For i = 0 To oDoc.Sheets.Count - 1
    oSheet = oDoc.Sheets.getByIndex(i)
    oCur = oSheet.createCursor()
    oCur.gotoEndOfUsedArea(False)
    oSheet.getCellRangeByPosition(0, 0, oCur.RangeAddress.EndColumn, oCur.RangeAddress.EndRow).Rows.OptimalHeight = True
  Next
  Dim f(0) As New com.sun.star.beans.PropertyValue
  f(0).Name = &quot;FilterName&quot;
  f(0).Value = &quot;calc_pdf_Export&quot;
  oDoc.storeToURL(ConvertToURL(sOut), f())
  oDoc.close(True)
End Sub
</script:module>
`;

/**
 * A private LibreOffice profile: Indonesian locale (separators "." and ","), and the FitToPdf macro.
 * LibreOffice writes its own Standard library on first start, so the profile is started once first.
 */
async function makeProfile(dir: string): Promise<string> {
  const user = path.join(dir, "user");
  await fs.mkdir(user, { recursive: true });
  await fs.writeFile(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
</oor:items>
`,
  );
  const url = pathToFileURL(dir).href;
  await runP(SOFFICE, [`-env:UserInstallation=${url}`, "--headless", "--norestore", "--terminate_after_init"], {
    timeout: 120_000,
  });
  const standard = path.join(user, "basic", "Standard");
  await fs.mkdir(standard, { recursive: true });
  await fs.writeFile(path.join(user, "basic", "script.xlc"), LIBRARIES);
  await fs.writeFile(path.join(user, "basic", "dialog.xlc"), LIBRARIES);
  await fs.writeFile(path.join(standard, "script.xlb"), LIBRARY(true));
  await fs.writeFile(path.join(standard, "dialog.xlb"), LIBRARY(false));
  await fs.writeFile(path.join(standard, "Module1.xba"), MODULE);
  return url;
}

/**
 * Convert bytes of a .xlsx or .docx to PDF bytes with LibreOffice (headless, private profile, Indonesian
 * locale). A workbook's rows get their optimal height first, as Excel gives them on opening to rows without
 * an explicit height; `optimalHeights: false` keeps the heights the file sets (as Excel keeps them).
 */
export async function toPdf(
  data: Uint8Array,
  ext: "xlsx" | "docx",
  opts: { optimalHeights?: boolean } = {},
): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lkjip-report-"));
  try {
    const profile = await makeProfile(path.join(dir, "profile"));
    const input = path.join(dir, `in.${ext}`);
    const output = path.join(dir, "in.pdf");
    await fs.writeFile(input, data);
    const env = `-env:UserInstallation=${profile}`;
    if (ext === "xlsx" && opts.optimalHeights !== false) {
      await runP(
        SOFFICE,
        [env, "--headless", "--norestore", `macro:///Standard.Module1.FitToPdf("${input}","${output}")`],
        {
          timeout: 120_000,
        },
      );
    } else {
      await runP(SOFFICE, [env, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, input], {
        timeout: 120_000,
      });
    }
    return await fs.readFile(output);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** LibreOffice's command as a path, or null when it is not installed. */
export function sofficePath(): string | null {
  for (const p of [process.env.SOFFICE, "/usr/bin/soffice", "/usr/local/bin/soffice"])
    if (p && p.includes("/") && existsSync(p)) return p;
  return null;
}
