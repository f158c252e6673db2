/**
 * Batalkan seen as a person sees it: LibreOffice renders the sample after `lkjip fill --convert-text --force`
 * and Batalkan in a later session page for page, pixel for pixel, as it renders the sample itself (and the
 * filled workbook differently, so the comparison can tell). Needs LibreOffice (soffice) and pdftoppm.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { main, type Io } from "../../../src/cli/main";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { planUndo } from "../../../src/core/engine";
import { toPdf } from "../../support/libreoffice";

const run = promisify(execFile);
const SAMPLE = path.join(__dirname, "..", "..", "..", "examples", "dinsos-sumenep-2020.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "lkjip-undo-render-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The pages of a workbook as LibreOffice prints it, each as PNG bytes (base64). */
async function pages(name: string, xlsx: Uint8Array): Promise<string[]> {
  const pdf = path.join(dir, `${name}.pdf`);
  await writeFile(pdf, await toPdf(xlsx, "xlsx"));
  await run("pdftoppm", ["-png", "-r", "60", pdf, path.join(dir, name)]);
  const files = (await readdir(dir)).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png")).sort();
  return Promise.all(files.map(async (f) => (await readFile(path.join(dir, f))).toString("base64")));
}

test("after a fill and Batalkan, LibreOffice prints the sample exactly as before", async () => {
  const out = path.join(dir, "isi.xlsx");
  const io: Io = { out: () => undefined, err: () => undefined };
  expect(await main(["fill", SAMPLE, "--out", out, "--convert-text", "--force"], io)).toBe(0);
  const filled = new Uint8Array(await readFile(out));
  const later = await ExcelJsWorkbook.load(filled, "isi.xlsx");
  await later.apply(planUndo(await later.read())!);

  const before = await pages("asli", new Uint8Array(await readFile(SAMPLE)));
  const fill = await pages("isi", filled);
  const back = await pages("batal", await later.toBuffer());
  expect(before.length).toBeGreaterThan(1);
  expect(fill).not.toEqual(before);
  expect(back.length).toBe(before.length);
  back.forEach((png, i) => expect([i + 1, png === before[i]]).toEqual([i + 1, true]));
}, 300_000);
