/**
 * The task pane end to end in Chromium (standalone mode: office.js from the CDN cannot load here), at the
 * task pane's 320 px: open an .xlsx, check it (Periksa), fill it (Hitung), download the result and check the
 * figures in it after LibreOffice recalculated the formulas the pane wrote. Every view passes axe-core
 * without serious or critical violations; a screenshot of each view goes to test-output/screenshots/.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, effectiveSettings } from "../../src/core/engine";
import type { Analysis, OutputRole } from "../../src/core/model";
import { roundHalfAway } from "../../src/core/numbers";
import type { WorkbookSnapshot } from "../../src/core/workbook/port";
import { readValues, recalc } from "../support/libreoffice";
import { readZipEntry } from "./support/zip";
import {
  idle,
  openTab,
  overflowing,
  ROOT,
  screenshot,
  seriousViolations,
  startHarness,
  type PaneHarness,
} from "./support/pane";

const SAMPLE = path.join(ROOT, "examples", "dinsos-sumenep-2020.xlsx");
const VIEWS = ["Periksa", "Hitung", "Lembar", "Pengaturan", "Batalkan", "Laporan"];

let harness: PaneHarness;
let tmp: string;

beforeAll(async () => {
  harness = await startHarness();
  tmp = mkdtempSync(path.join(tmpdir(), "lkjip-e2e-"));
}, 600_000);

afterAll(async () => {
  await harness?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function openFile(page: Page, file: string): Promise<void> {
  await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor();
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("summary").waitFor({ timeout: 60_000 });
  await idle(page);
}

async function download(page: Page, name: string): Promise<Buffer> {
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh hasil" }).click(),
  ]);
  const out = path.join(tmp, name);
  await dl.saveAs(out);
  return readFileSync(out);
}

async function fill(page: Page, force = false): Promise<string> {
  await openTab(page, "Hitung");
  const timpa = page.getByLabel("Timpa juga sel yang isinya berbeda dari hitungan");
  if ((await timpa.isChecked()) !== force) await timpa.click();
  await page.getByRole("button", { name: "Isi kolom hitungan" }).click();
  if (force) {
    // Overwriting asks first.
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "sampel-hitung-timpa-konfirmasi");
    await dialog.getByRole("button", { name: "Ya, timpa" }).click();
  }
  const summary = page.getByTestId("hitung-summary");
  // Either the summary or an error message: fail with the pane's own words.
  await page.locator('[data-testid="hitung-summary"], [data-testid="message"]').first().waitFor({ timeout: 60_000 });
  await idle(page);
  if ((await summary.count()) === 0)
    throw new Error(`Hitung gave no summary: ${await page.getByTestId("message").textContent()}`);
  return (await summary.textContent()) ?? "";
}

/**
 * Where the engine reads the downloaded workbook's output column of a row, and the value there after
 * LibreOffice recalculated the workbook (a formula's result, or the number the fill wrote where the engine
 * writes a value).
 */
async function outputValue(
  recalculated: Buffer,
  snapshot: WorkbookSnapshot,
  analysis: Analysis,
  sheet: string,
  row: number,
  role: OutputRole,
): Promise<number> {
  const layout = analysis.recognition.layouts.find((l) => l.sheet === sheet);
  const col = layout?.columns.find((c) => c.role === role)?.col;
  if (col === undefined) throw new Error(`no ${role} column on ${sheet}`);
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  const format = s.numberFormats[row - s.originRow]?.[col - s.originCol] ?? "General";
  const formula = s.formulas[row - s.originRow]?.[col - s.originCol] ?? null;
  const values = await readValues(recalculated, sheet);
  const v = values[row]?.[col];
  if (typeof v !== "number")
    throw new Error(`${sheet} row ${row + 1} ${role}: ${JSON.stringify(v)} (formula ${formula})`);
  return format.includes("%") ? v * 100 : v;
}

async function understand(bytes: Buffer): Promise<{ snapshot: WorkbookSnapshot; analysis: Analysis }> {
  const snapshot = await (await ExcelJsWorkbook.load(new Uint8Array(bytes))).read();
  return { snapshot, analysis: analyze(snapshot, effectiveSettings(snapshot)) };
}

test("before a file is opened: standalone mode, accessible, nothing blank", async () => {
  const { page, context, errors } = await harness.newPage();
  await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor();
  expect(await page.getByText("Berkas", { exact: true }).count()).toBe(1);
  expect(await page.getByRole("button", { name: "Unduh hasil" }).isDisabled()).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await overflowing(page)).toEqual([]);
  // The overflow check itself notices something too wide.
  await page.evaluate(() => {
    const d = document.createElement("div");
    d.id = "terlalu-lebar";
    d.style.width = "400px";
    d.style.height = "1px";
    document.body.appendChild(d);
  });
  expect((await overflowing(page)).length).toBeGreaterThan(0);
  await page.evaluate(() => document.getElementById("terlalu-lebar")?.remove());
  await screenshot(page, "00-mulai");
  expect(errors).toEqual([]);
  await context.close();
});

test("sample workbook: Periksa lists the slips, Hitung fills, the download recalculates to the seed's figures", async () => {
  const { page, context, errors } = await harness.newPage();
  await openFile(page, SAMPLE);
  expect(await page.getByText("Berkas: dinsos-sumenep-2020.xlsx").count()).toBe(1);

  // Periksa: the printed slips are listed with sheet!cell.
  const findings = page.getByTestId("temuan");
  expect(await findings.count()).toBeGreaterThan(0);
  const text = (await findings.allTextContents()).join("\n");
  expect(text).toContain("1.569,77");
  expect(text).toMatch(/IKU!/);
  for (const view of VIEWS) {
    await openTab(page, view);
    await idle(page);
    expect({ view, violations: await seriousViolations(page) }).toEqual({ view, violations: [] });
    expect({ view, overflowing: await overflowing(page) }).toEqual({ view, overflowing: [] });
    await screenshot(page, `sampel-${VIEWS.indexOf(view) + 1}-${view.toLowerCase()}`);
  }

  // Clicking a finding in standalone mode tells where it is.
  await openTab(page, "Periksa");
  const first = page.getByTestId("temuan").first().getByRole("button");
  const ref = (await first.textContent()) ?? "";
  await first.click();
  expect(await page.getByTestId("message").textContent()).toContain(`Letaknya: ${ref}`);

  // Without overwriting, the printed slips stay and are named with both figures.
  const summary = await fill(page);
  expect(summary).toMatch(/\d+ sel diisi rumus Excel/);
  expect(summary).toMatch(/10 sel dibiarkan karena isinya berbeda dari hitungan/);
  await screenshot(page, "sampel-hitung-hasil");
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.getByTestId("left-alone").textContent()).toContain(
    "IKU!G9 (Capaian): tertulis 96,78, hitungan 95,84",
  );
  // Then overwrite them (after the confirmation): every computed column becomes a live formula.
  const forced = await fill(page, true);
  expect(forced).toMatch(/\d+ sel diisi rumus Excel/);
  expect(forced).toContain("10 sel yang isinya berbeda ditimpa");
  expect(forced).not.toContain("IKU!G9 (Capaian): tertulis");

  // Batalkan now has something to take back.
  await openTab(page, "Batalkan");
  expect(await page.getByRole("button", { name: "Batalkan pengisian terakhir" }).isDisabled()).toBe(false);

  const bytes = await download(page, "sampel-hasil.xlsx");
  const { snapshot, analysis } = await understand(bytes);
  const recalculated = await recalc(bytes);

  const total = analysis.anggaran.find((h) => h.row.sheet === "Realisasi Anggaran" && h.row.isTotal)!;
  expect(
    roundHalfAway(
      await outputValue(recalculated, snapshot, analysis, "Realisasi Anggaran", total.row.row, "penyerapan"),
      2,
    ),
  ).toBe(92.5);

  const kemiskinan = analysis.indikator.find((h) => h.row.sheet === "IKU" && /Angka Kemiskinan/i.test(h.row.nama))!;
  expect(
    roundHalfAway(await outputValue(recalculated, snapshot, analysis, "IKU", kemiskinan.row.row, "capaian"), 2),
  ).toBe(95.84);
  // The 1.569,77 slip is replaced by the right figure.
  const pmks = analysis.indikator.find((h) => h.row.sheet === "IKU" && /penanganan PMKS/i.test(h.row.nama))!;
  expect(roundHalfAway(await outputValue(recalculated, snapshot, analysis, "IKU", pmks.row.row, "capaian"), 2)).toBe(
    1669.77,
  );
  expect(errors).toEqual([]);
  await context.close();
});

test("dark colour scheme: the pane follows it and stays accessible", async () => {
  const { page, context, errors } = await harness.newPage({ dark: true });
  await openFile(page, SAMPLE);
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
  );
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
  expect(r + g + b).toBeLessThan(3 * 80);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "gelap-periksa");
  await openTab(page, "Pengaturan");
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

/** A workbook laid out unlike the sample: two-row merged headers, a Polaritas column, SIPD-style codes. */
async function unseenWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ind = wb.addWorksheet("Kinerja 2023");
  ind.addRow(["PENGUKURAN KINERJA DINAS PENDIDIKAN TAHUN 2023"]);
  ind.addRow([]);
  ind.addRow(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Polaritas", "Kinerja", null, null]);
  ind.addRow([null, null, null, null, null, "Target", "Realisasi", "Capaian (%)"]);
  ind.mergeCells("F3:H3");
  for (const c of ["A", "B", "C", "D", "E"]) ind.mergeCells(`${c}3:${c}4`);
  ind.addRow([1, "Meningkatnya akses pendidikan", "Angka partisipasi murni SD", "%", "Positif", 80, 84, null]);
  ind.addRow([2, null, "Angka putus sekolah", "%", "Negatif", 1.2, 1.5, null]);
  ind.addRow([3, "Meningkatnya mutu pendidikan", "Skor asesmen literasi", "poin", "Positif", 70, 63, null]);
  ind.mergeCells("B5:B6");

  const dpa = wb.addWorksheet("DPA 2023");
  dpa.addRow(["DOKUMEN PELAKSANAAN ANGGARAN TAHUN 2023"]);
  dpa.addRow([]);
  dpa.addRow(["Uraian", "Pagu (Rp)", "Realisasi (Rp)"]);
  dpa.addRow(["1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN", 300000000, 270000000]);
  dpa.addRow(["1.01.02.2.01 Pengelolaan Pendidikan Sekolah Dasar", 200000000, 190000000]);
  dpa.addRow(["1.01.02.2.01.0001 Pembangunan Ruang Kelas", 200000000, 190000000]);
  dpa.addRow(["1.01.02.2.02 Pengelolaan Pendidikan SMP", 100000000, 80000000]);
  dpa.addRow(["1.01.02.2.02.0003 Penyediaan Buku", 100000000, 80000000]);
  dpa.addRow(["TOTAL", 300000000, 270000000]);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

test("a workbook the pane has never seen: same flow, figures right after recalculation", async () => {
  const file = path.join(tmp, "dinas-pendidikan-2023.xlsx");
  await unseenWorkbook(file);
  const { page, context, errors } = await harness.newPage();
  await openFile(page, file);
  expect(await page.getByTestId("summary").textContent()).toMatch(/Capaian keseluruhan/);
  await screenshot(page, "baru-1-periksa");
  expect(await seriousViolations(page)).toEqual([]);

  await openTab(page, "Lembar");
  expect(await page.getByText("Kinerja 2023").count()).toBeGreaterThan(0);
  expect(await page.getByText("DPA 2023").count()).toBeGreaterThan(0);
  await screenshot(page, "baru-2-lembar");
  expect(await seriousViolations(page)).toEqual([]);

  const summary = await fill(page);
  expect(summary).toMatch(/\d+ sel diisi (rumus Excel|nilai)/);
  await screenshot(page, "baru-3-hitung");

  const bytes = await download(page, "baru-hasil.xlsx");
  const { snapshot, analysis } = await understand(bytes);
  const recalculated = await recalc(bytes);
  const ind = (re: RegExp) => analysis.indikator.find((h) => re.test(h.row.nama))!;
  const capaian = async (re: RegExp) =>
    roundHalfAway(await outputValue(recalculated, snapshot, analysis, "Kinerja 2023", ind(re).row.row, "capaian"), 2);
  expect(await capaian(/partisipasi murni/)).toBe(105); // 84 / 80
  expect(await capaian(/putus sekolah/)).toBe(80); // negatif T/R: 1,2 / 1,5
  expect(await capaian(/asesmen/)).toBe(90); // 63 / 70

  const rows = analysis.anggaran.filter((h) => h.row.sheet === "DPA 2023");
  const penyerapan = async (re: RegExp) => {
    const h = rows.find((x) => re.test(x.row.uraian))!;
    return roundHalfAway(await outputValue(recalculated, snapshot, analysis, "DPA 2023", h.row.row, "penyerapan"), 2);
  };
  expect(await penyerapan(/^TOTAL$/)).toBe(90);
  expect(await penyerapan(/Pendidikan SMP/)).toBe(80);
  expect(await penyerapan(/Ruang Kelas/)).toBe(95);

  // Batalkan: a confirmation dialog (accessible), then the fill is taken back and nothing is left to undo.
  await openTab(page, "Batalkan");
  await page.getByRole("button", { name: "Batalkan pengisian terakhir" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "baru-4-batalkan-konfirmasi");
  await dialog.getByRole("button", { name: "Ya, batalkan" }).click();
  await page.getByText(/Pengisian dibatalkan: \d+ sel dikembalikan\./).waitFor();
  await idle(page);
  expect(await page.getByRole("button", { name: "Batalkan pengisian terakhir" }).isDisabled()).toBe(true);
  const undone = await understand(await download(page, "baru-batal.xlsx"));
  const kinerja = undone.snapshot.sheets.find((x) => x.name === "Kinerja 2023")!;
  expect(kinerja.formulas.flat().filter((f) => f !== null)).toEqual([]);

  // Laporan: the report tables as new sheets, and the Word document.
  await openTab(page, "Laporan");
  await page.getByRole("button", { name: "Buat tabel laporan" }).click();
  await page
    .getByText(/Tabel laporan dibuat: \d+ lembar\. Tekan “Unduh hasil” untuk menyimpan berkasnya\./)
    .waitFor({ timeout: 60_000 });
  await idle(page);
  await screenshot(page, "baru-5-laporan");
  expect(await seriousViolations(page)).toEqual([]);
  const withReport = await understand(await download(page, "baru-laporan.xlsx"));
  const added = withReport.snapshot.sheets.map((x) => x.name).filter((n) => n !== "Kinerja 2023" && n !== "DPA 2023");
  expect(added.length).toBeGreaterThan(0);
  expect(withReport.snapshot.state?.generatedSheets).toEqual(added);
  const reportText = JSON.stringify(
    withReport.snapshot.sheets.filter((x) => added.includes(x.name)).map((x) => x.values),
  );
  expect(reportText).toContain("Angka partisipasi murni SD");

  const [docx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh .docx" }).click(),
  ]);
  expect(docx.suggestedFilename()).toBe("dinas-pendidikan-2023-tabel.docx");
  const docxPath = path.join(tmp, "laporan.docx");
  await docx.saveAs(docxPath);
  const documentXml = readZipEntry(readFileSync(docxPath), "word/document.xml").toString("utf8");
  expect(documentXml).toContain("Angka partisipasi murni SD");
  expect(documentXml).toContain("105,00");
  expect(errors).toEqual([]);
  await context.close();
});
