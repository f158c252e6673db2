/**
 * The Laporan view in Chromium at the task pane's 320 px (standalone mode): "Buat tabel laporan" on a
 * workbook with indicator sheets only lists the tables made (each named with its sheet and row count) and the
 * tables skipped (each with its reason and what to add), with nothing wider than the pane and no serious axe
 * violation. A screenshot goes to test-output/screenshots/laporan.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  idle,
  openTab,
  overflowing,
  screenshot,
  seriousViolations,
  startHarness,
  type PaneHarness,
} from "./support/pane";

let harness: PaneHarness;
let tmp: string;

beforeAll(async () => {
  harness = await startHarness();
  tmp = mkdtempSync(path.join(tmpdir(), "lkjip-e2e-laporan-"));
}, 600_000);

afterAll(async () => {
  await harness?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** An IKU sheet only: sasaran, indikator, satuan, target, realisasi (no programs, no budget). */
async function ikuOnly(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("IKU");
  ws.addRow(["INDIKATOR KINERJA UTAMA DINAS CONTOH TAHUN 2022"]);
  ws.addRow([]);
  ws.addRow(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi"]);
  ws.addRow([1, "Meningkatnya kualitas layanan", "Indeks Kepuasan Masyarakat", "indeks", 80, 84.5]);
  ws.addRow([null, null, "Persentase pengaduan yang ditindaklanjuti", "%", 90, 95]);
  ws.addRow([2, "Meningkatnya akuntabilitas", "Nilai SAKIP", "nilai", 70, 68]);
  const file = path.join(tmp, "iku.xlsx");
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

test("Laporan lists the tables made and skipped, at 320 px", async () => {
  const { page, errors } = await harness.newPage();
  await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor();
  await page.getByTestId("file-input").setInputFiles(await ikuOnly());
  await page.getByTestId("summary").waitFor({ timeout: 60_000 });
  await idle(page);
  await openTab(page, "Laporan");
  await page.getByRole("button", { name: "Buat tabel laporan" }).click();
  await page.getByTestId("report-made").waitFor({ timeout: 60_000 });
  await idle(page);
  const made = await page.getByTestId("report-made").innerText();
  expect(made).toMatch(/Tabel yang dibuat \(\d+\)/);
  expect(made).toContain("Tabel 3.1 Target Kinerja dalam Perjanjian Kinerja Tahun 2022");
  expect(made).toMatch(/lembar “Tabel 3\.1”, 3 baris/);
  expect(made).toContain("Pengukuran Capaian Kinerja Sasaran 1");
  const skipped = await page.getByTestId("report-skipped").innerText();
  expect(skipped).toMatch(/Tabel yang tidak dibuat \(\d+\)/);
  expect(skipped).toContain("Tabel Perjanjian Kinerja (Bab II)");
  expect(skipped).toContain("Yang perlu ditambahkan: lembar Perjanjian Kinerja");
  expect(skipped).toContain("Tabel analisis efisiensi");
  expect(await overflowing(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "laporan");
  expect(errors).toEqual([]);
});
