/**
 * docs/panduan.md, followed step by step on the sample workbook in the standalone page (Chromium, 320 px):
 * each step checks what the guide says the user will see, and its screenshot is the guide's picture
 * (docs/img/panduan-*.png, the visible pane only, so the pictures stay small).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { idle, openTab, ROOT, settled, startHarness, type PaneHarness } from "./support/pane";

const SAMPLE = path.join(ROOT, "examples", "dinsos-sumenep-2020.xlsx");
const IMG = path.join(ROOT, "docs", "img");
const GUIDE = readFileSync(path.join(ROOT, "docs", "panduan.md"), "utf8");

let harness: PaneHarness;
let tmp: string;

beforeAll(async () => {
  harness = await startHarness();
  tmp = mkdtempSync(path.join(tmpdir(), "lkjip-panduan-"));
  mkdirSync(IMG, { recursive: true });
}, 600_000);

afterAll(async () => {
  await harness?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The guide's picture of this step: written here, and named in docs/panduan.md. */
async function picture(page: Page, name: string): Promise<void> {
  const file = `img/panduan-${name}.png`;
  expect(GUIDE).toContain(`(${file})`);
  await settled(page);
  await page.screenshot({ path: path.join(ROOT, "docs", file), fullPage: false });
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const out = path.join(tmp, dl.suggestedFilename());
  await dl.saveAs(out);
  return readFileSync(out);
}

test("the guide, step by step, on the sample workbook", async () => {
  const { page, context, errors } = await harness.newPage();
  await page.setViewportSize({ width: 320, height: 640 });

  // Langkah 1: buka halaman.
  await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor();
  await picture(page, "01-mulai");

  // Langkah 2: buka buku kerja; Periksa menampilkan temuan.
  await page.getByTestId("file-input").setInputFiles(SAMPLE);
  await page.getByTestId("summary").waitFor({ timeout: 120_000 });
  await idle(page, 120_000);
  expect(await page.getByTestId("summary").textContent()).toMatch(/Capaian keseluruhan: 479,14%/);
  const temuan = (await page.getByTestId("temuan").allTextContents()).join("\n");
  expect(temuan).toContain("tercetak 1.569,77, seharusnya 1.669,77");
  await picture(page, "02-periksa");

  // Langkah 3: tebakan (Info), dengan tautan ke tab Lembar.
  await page.getByRole("button", { name: /^Info \(\d+\)$/ }).click();
  const toLembar = page.getByTestId("to-lembar").first();
  await toLembar.waitFor();
  expect(await page.getByTestId("temuan").first().textContent()).toMatch(/Bila keliru, ubah di tab Lembar/);
  await picture(page, "03-tebakan");

  // Langkah 4: Lembar, lewat tautannya.
  await toLembar.click();
  await page.getByRole("tabpanel", { name: "Lembar" }).waitFor();
  await picture(page, "04-lembar");

  // Langkah 5: Pengaturan.
  await openTab(page, "Pengaturan");
  await picture(page, "05-pengaturan");

  // Langkah 6: Hitung.
  await openTab(page, "Hitung");
  await page.getByRole("button", { name: "Isi kolom hitungan" }).click();
  await page.getByTestId("hitung-summary").waitFor({ timeout: 120_000 });
  await idle(page, 120_000);
  expect(await page.getByTestId("hitung-summary").textContent()).toMatch(/\d+ sel/);
  expect(await page.getByTestId("unsaved").textContent()).toMatch(/belum diunduh/);
  await picture(page, "06-hitung");

  // Langkah 7: unduh hasil.
  const xlsx = await download(page, "Unduh hasil");
  expect(xlsx.subarray(0, 2).toString()).toBe("PK");
  expect(await page.getByTestId("message").textContent()).toMatch(/hasil\.xlsx/);
  await picture(page, "07-unduh");

  // Langkah 8: Laporan: tabel ke buku kerja, lalu Word.
  await openTab(page, "Laporan");
  await page.getByRole("button", { name: "Buat tabel laporan" }).click();
  await page.getByTestId("message").waitFor({ timeout: 120_000 });
  await idle(page, 120_000);
  expect(await page.getByTestId("message").textContent()).toMatch(/lembar/i);
  const docx = await download(page, "Unduh .docx");
  expect(docx.subarray(0, 2).toString()).toBe("PK");
  await idle(page, 120_000);
  await picture(page, "08-laporan");

  // Langkah 9: Batalkan.
  await openTab(page, "Batalkan");
  expect(await page.getByTestId("undo-status").textContent()).toMatch(/kembali ke isi sebelum pengisian itu/);
  await picture(page, "09-batalkan");

  expect(errors).toEqual([]);
  await context.close();
}, 600_000);
