/**
 * Test helpers: LibreOffice converts a generated .xlsx/.docx to PDF (toPdf, from the one LibreOffice harness in
 * tests/support/libreoffice.ts), pdftotext gives its text, pdftoppm its pages as PNG (written to test-output/report/ for a person to look at).
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export { toPdf } from "../../support/libreoffice";

export const OUTPUT_DIR = path.resolve(__dirname, "../../../test-output/report");

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
