/**
 * Test helpers: LibreOffice converts a generated .xlsx/.docx to PDF (private profile per run), pdftotext gives
 * its text, pdftoppm its pages as PNG (written to test-output/report/ for a person to look at).
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export const OUTPUT_DIR = path.resolve(__dirname, "../../../test-output/report");

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
  await run("soffice", [`-env:UserInstallation=${url}`, "--headless", "--norestore", "--terminate_after_init"], {
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
      await run(
        "soffice",
        [env, "--headless", "--norestore", `macro:///Standard.Module1.FitToPdf("${input}","${output}")`],
        {
          timeout: 120_000,
        },
      );
    } else {
      await run("soffice", [env, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, input], {
        timeout: 120_000,
      });
    }
    return await fs.readFile(output);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** pdftotext -layout */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lkjip-pdf-"));
  try {
    const f = path.join(dir, "a.pdf");
    await fs.writeFile(f, pdf);
    const { stdout } = await run("pdftotext", ["-layout", f, "-"], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Write the PDF's pages as PNG files `<name>-<n>.png` into OUTPUT_DIR; returns their paths. */
export async function pdfPages(pdf: Buffer, name: string, dpi = 60): Promise<string[]> {
  await fs.mkdir(OUTPUT_DIR, { recursive: true });
  const pdfPath = path.join(OUTPUT_DIR, `${name}.pdf`);
  await fs.writeFile(pdfPath, pdf);
  for (const f of await fs.readdir(OUTPUT_DIR))
    if (f.startsWith(`${name}-`) && f.endsWith(".png")) await fs.rm(path.join(OUTPUT_DIR, f));
  await run("pdftoppm", ["-png", "-r", String(dpi), pdfPath, path.join(OUTPUT_DIR, name)]);
  return (await fs.readdir(OUTPUT_DIR))
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => path.join(OUTPUT_DIR, f));
}

/** Lines of the text in order, whitespace collapsed: for asserting that rows come out in order. */
export function normalizedLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l.length > 0);
}

/** Index of the first line at or after `from` that contains every part, or -1. */
export function findLine(lines: string[], parts: string[], from = 0): number {
  for (let i = from; i < lines.length; i++) if (parts.every((p) => lines[i].includes(p))) return i;
  return -1;
}
