/**
 * The standalone page never freezes and never waits on Microsoft's CDN: in Chromium at 4x CPU throttling, a
 * fill of a 10,000-row budget sheet runs in the engine's Web Worker with progress shown, and no main-thread task
 * lasts over 200 ms (PerformanceObserver "longtask"); with office.js unreachable (the request hangs) the page is
 * ready in under 2 s; a cancel returns to the workbook as it was; leaving with an undownloaded result asks first.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { generateBudgetWorkbook } from "../../bench/generate";
import { OFFICE_JS_URL } from "../../src/config";
import { idle, ROOT, startHarness, type PaneHarness } from "./support/pane";

const SAMPLE = path.join(ROOT, "examples", "dinsos-sumenep-2020.xlsx");
const LONG_TASK_LIMIT_MS = 200;

let harness: PaneHarness;
let tmp: string;
let big: string;

beforeAll(async () => {
  harness = await startHarness();
  tmp = mkdtempSync(path.join(tmpdir(), "lkjip-responsive-"));
  big = path.join(tmp, "lra-10000.xlsx");
  writeFileSync(big, await generateBudgetWorkbook(10_000));
}, 600_000);

afterAll(async () => {
  await harness?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** office.js's request never answers (a hanging CDN, not a refused one). */
async function hangOfficeJs(page: Page): Promise<void> {
  await page.route(OFFICE_JS_URL, () => undefined);
}

/** Record every main-thread task over 50 ms from the page's start. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
    }).observe({ type: "longtask", buffered: true });
  });
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return cdp;
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("summary").waitFor({ timeout: 240_000 });
  await idle(page, 240_000);
}

test("office.js unreachable: the standalone page is ready in under 2 s", async () => {
  const context = await harness.browser.newContext({ viewport: { width: 320, height: 800 }, locale: "id-ID" });
  const page = await context.newPage();
  await hangOfficeJs(page);
  // A first load warms the browser itself (its renderer start-up is not the page's); the second is measured.
  await page.goto(harness.server.url + "taskpane.html", { waitUntil: "commit" });
  await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor({ timeout: 20_000 });
  const started = Date.now();
  await page.goto(harness.server.url + "taskpane.html", { waitUntil: "commit" });
  await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor({ timeout: 20_000 });
  const readyMs = Date.now() - started;
  console.log(`standalone page ready in ${readyMs} ms with office.js hanging`);
  expect(readyMs).toBeLessThan(2000);
  expect(await page.getByText("Berkas", { exact: true }).count()).toBe(1);
  await context.close();
}, 60_000);

test("4x CPU throttle: a 10,000-row fill shows progress and no main-thread task exceeds 200 ms", async () => {
  const { page, context, errors } = await harness.newPage();
  await watchLongTasks(page);
  await hangOfficeJs(page);
  await page.reload({ waitUntil: "commit" });
  await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor();
  const cdp = await throttle(page, 4);

  // Progress labels as they appear (sampled on the page, which must stay free to run this).
  await page.evaluate(() => {
    const w = window as unknown as { __labels: string[]; __bars: number };
    w.__labels = [];
    w.__bars = 0;
    // A light sampler (a MutationObserver on the whole page would itself add main-thread work).
    setInterval(() => {
      const busy = document.querySelector('[data-testid="busy"]');
      const text = busy?.textContent?.trim();
      if (text && w.__labels[w.__labels.length - 1] !== text) w.__labels.push(text);
      if (document.querySelector('[role="progressbar"]')) w.__bars++;
    }, 20);
  });

  const atOpen = (await longTasks(page)).length;
  await openFile(page, big);
  await page.getByRole("tab", { name: "Hitung" }).click();
  await page.getByRole("button", { name: "Isi kolom hitungan" }).waitFor();
  await page.waitForTimeout(300); // the Hitung tab's first drawing is not the fill
  const opening = (await longTasks(page)).slice(atOpen);
  const before = (await longTasks(page)).length;
  await page.getByRole("button", { name: "Isi kolom hitungan" }).click();
  await page.getByTestId("hitung-summary").waitFor({ timeout: 300_000 });
  await idle(page, 300_000);
  const tasks = (await longTasks(page)).slice(before);
  const labels = await page.evaluate(() => (window as unknown as { __labels: string[] }).__labels);
  const bars = await page.evaluate(() => (window as unknown as { __bars: number }).__bars);
  console.log(
    `long tasks during the fill (ms): ${JSON.stringify(tasks)}\n` +
      `long tasks while opening the file, not asserted (ms): ${JSON.stringify(opening)}\n` +
      `progress: ${labels.join(" | ")}`,
  );
  expect(Math.max(0, ...tasks)).toBeLessThanOrEqual(LONG_TASK_LIMIT_MS);
  // Every phase was shown, with its counts.
  // Reading is shown (its counts, "1 lembar, 10.009 baris", last only until understanding starts: the sampler may
  // miss them); understanding, computing and writing carry their counts.
  expect(labels.some((l) => /^Membaca buku kerja/.test(l))).toBe(true);
  expect(labels.some((l) => /^Memahami 1 lembar \(10\.\d{3} baris\)/.test(l))).toBe(true);
  expect(labels.some((l) => /^Menghitung 10\.\d{3} baris/.test(l))).toBe(true);
  expect(labels.some((l) => /^Menulis ke buku kerja: bagian \d+ dari \d+/.test(l))).toBe(true);
  expect(bars).toBeGreaterThan(0);
  expect(await page.getByTestId("hitung-summary").textContent()).toMatch(/\d+\.\d{3} sel/);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  expect(errors).toEqual([]);
  await context.close();
}, 600_000);

test("Hentikan during a fill: the workbook is as it was, nothing half written", async () => {
  const { page, context, errors } = await harness.newPage();
  await openFile(page, big);
  const summaryBefore = await page.getByTestId("summary").textContent();
  await page.getByRole("tab", { name: "Hitung" }).click();
  await page.getByRole("button", { name: "Isi kolom hitungan" }).click();
  await page.getByTestId("cancel").click();
  await page.getByText("Dihentikan. Buku kerja kembali seperti sebelum pekerjaan itu").waitFor({ timeout: 120_000 });
  await idle(page, 120_000);
  expect(await page.getByTestId("summary").textContent()).toBe(summaryBefore);
  expect(await page.getByTestId("hitung-summary").count()).toBe(0);
  // Nothing was filled: Batalkan has nothing to take back.
  await page.getByRole("tab", { name: "Batalkan" }).click();
  expect(await page.getByTestId("undo-status").textContent()).toMatch(/Tidak ada pengisian/);
  expect(errors).toEqual([]);
  await context.close();
}, 300_000);

test("closing the page with a result not downloaded asks first; after the download it does not", async () => {
  const { page, context } = await harness.newPage();
  await openFile(page, SAMPLE);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  // Nothing changed yet: no question.
  await page.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 500));
  expect(dialogs).toEqual([]);

  const second = await context.newPage();
  second.on("dialog", (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  await second.goto(harness.server.url + "taskpane.html");
  await openFile(second, SAMPLE);
  await second.getByRole("tab", { name: "Hitung" }).click();
  await second.getByRole("button", { name: "Isi kolom hitungan" }).click();
  await second.getByTestId("hitung-summary").waitFor({ timeout: 60_000 });
  await idle(second);
  expect(await second.getByTestId("unsaved").textContent()).toMatch(/belum diunduh/);
  await second.close({ runBeforeUnload: true });
  await second.waitForEvent("dialog", { timeout: 5000 }).catch(() => undefined);
  expect(dialogs).toEqual(["beforeunload"]);
  expect(second.isClosed()).toBe(false); // dismissed: the page stays

  const [download] = await Promise.all([
    second.waitForEvent("download"),
    second.getByRole("button", { name: "Unduh hasil" }).click(),
  ]);
  await download.path();
  expect(await second.getByTestId("unsaved").count()).toBe(0);
  await second.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 500));
  expect(dialogs).toEqual(["beforeunload"]);
  await context.close();
}, 300_000);
