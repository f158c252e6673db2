/**
 * Honesty in the standalone pane, in Chromium (issue 7 item 3): a workbook with nothing readable is not
 * "all clear", a Word file renamed .xlsx is refused with the command line's message, and an indicator named
 * "Rata-rata lama sekolah" with its own target and realisasi is filled as an indicator, not as a mean row.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { pesanExcelJs } from "../../src/core/i18n/exceljs";
import { idle, openTab, screenshot, seriousViolations, startHarness, type PaneHarness } from "./support/pane";

let harness: PaneHarness;
let tmp: string;

beforeAll(async () => {
  harness = await startHarness();
  tmp = mkdtempSync(path.join(tmpdir(), "lkjip-e2e-jujur-"));
}, 600_000);

afterAll(async () => {
  await harness?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function choose(page: Page, file: string): Promise<void> {
  await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor();
  await page.getByTestId("file-input").setInputFiles(file);
}

async function xlsx(name: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  const file = path.join(tmp, `${name.replace(/\s+/g, "-").toLowerCase()}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

test("nothing readable: Periksa says nothing was measured and names the sheet, never 'cocok'", async () => {
  const file = await xlsx("Data Pegawai", [
    ["Golongan", "Laki-laki", "Perempuan"],
    ["IV", 3, 2],
    ["III", 12, 15],
    ["II", 7, 4],
  ]);
  const { page, context, errors } = await harness.newPage();
  await choose(page, file);
  await page.getByTestId("summary").waitFor({ timeout: 60_000 });
  await idle(page);
  await openTab(page, "Periksa");
  const cakupan = page.getByTestId("cakupan");
  expect(await cakupan.getAttribute("data-kosong")).toBe("ya");
  const text = (await cakupan.textContent()) ?? "";
  expect(text).toContain("Tidak ada yang dapat diperiksa");
  expect(text).toContain('Tidak terbaca: lembar "Data Pegawai"');
  const panel = (await page.getByRole("tabpanel", { name: "Periksa" }).textContent()) ?? "";
  expect(panel).not.toMatch(/semua angka|cocok dengan hitungan|tidak ada temuan\./i);
  // The warning names sheet and cell and what to do in the Lembar tab.
  const warning = page.locator('[data-testid="temuan"][data-severity="warning"]');
  expect(await warning.count()).toBe(1);
  expect(await warning.textContent()).toMatch(/Data Pegawai!A1.*tab Lembar/);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "jujur-tanpa-tabel");
  expect(errors).toEqual([]);
  await context.close();
});

test("a Word document renamed .xlsx is refused with the command line's message", async () => {
  const file = path.join(tmp, "laporan.xlsx");
  const doc = new Document({ sections: [{ children: [new Paragraph("Laporan Kinerja")] }] });
  writeFileSync(file, await Packer.toBuffer(doc));
  const { page, context, errors } = await harness.newPage();
  await choose(page, file);
  const message = page.getByTestId("message");
  await message.waitFor({ timeout: 60_000 });
  await idle(page);
  expect(await message.textContent()).toContain(pesanExcelJs.bukanBukuKerja("laporan.xlsx"));
  expect(await page.getByTestId("summary").count()).toBe(0);
  expect(await page.getByRole("button", { name: "Unduh hasil" }).isDisabled()).toBe(true);
  await screenshot(page, "jujur-berkas-word");
  expect(errors).toEqual([]);
  await context.close();
});

test("'Rata-rata lama sekolah' with its own target and realisasi gets a capaian formula, not an AVERAGE", async () => {
  const file = await xlsx("IKU", [
    ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
    ["1", "Meningkatnya kualitas pendidikan", "Rata-rata lama sekolah", 8.1, 8.05, null],
    ["2", null, "Angka partisipasi murni SD", 98, 97.5, null],
  ]);
  const { page, context, errors } = await harness.newPage();
  await choose(page, file);
  await page.getByTestId("summary").waitFor({ timeout: 60_000 });
  await idle(page);
  await openTab(page, "Periksa");
  expect(await page.getByTestId("cakupan").textContent()).toContain("capaian 2 dari 2 indikator");

  await openTab(page, "Hitung");
  await page.getByRole("button", { name: "Isi kolom hitungan" }).click();
  await page.locator('[data-testid="hitung-summary"], [data-testid="message"]').first().waitFor({ timeout: 60_000 });
  await idle(page);
  expect(await page.getByTestId("hitung-summary").count()).toBe(1);
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh hasil" }).click(),
  ]);
  const out = path.join(tmp, "iku-hasil.xlsx");
  await dl.saveAs(out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("IKU")!;
  const formula = (cell: string) => {
    const v = ws.getCell(cell).value as { formula?: string } | null;
    return v && typeof v === "object" && "formula" in v ? String(v.formula) : String(v);
  };
  // F2 computes 8,05 / 8,1 from its own row (E2 / D2), not the mean of other rows.
  expect(formula("F2")).not.toMatch(/AVERAGE/i);
  expect(formula("F2")).toMatch(/E2\/D2\*100/);
  expect(formula("F3")).toMatch(/E3\/D3\*100/);
  expect(errors).toEqual([]);
  await context.close();
});
