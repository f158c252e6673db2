/**
 * `npm run bench`: speed and memory, measured (never asserted by timed tests).
 *
 * 1. A generated budget sheet of 100,000 rows filled end to end through the ExcelJS adapter
 *    (read -> analyze -> plan -> apply -> write), against what ExcelJS alone needs to read and write the
 *    same file. Prints both times, the engine's own share and the ratio, and peak memory (max RSS).
 * 2. The Office.js adapter on the strict fake: syncs and the largest request payload for the same sheet.
 * 3. The task pane's initial JavaScript, gzipped (from the production build in dist/, if present).
 *
 * ROWS=20000 npm run bench  runs a smaller sheet.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ExcelJsWorkbook } from "../src/adapters/exceljs/workbook";
import { analyze, planFill } from "../src/core/engine";
import { DEFAULT_SETTINGS } from "../src/core/settings/settings";
import { generateBudgetWorkbook } from "./generate";

const ROWS = Number(process.env.ROWS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 3);

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function excelJsAlone(data: Uint8Array): Promise<number> {
  const t = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  await wb.xlsx.writeBuffer();
  return ms(t);
}

async function endToEnd(
  data: Uint8Array,
): Promise<{ total: number; read: number; engine: number; apply: number; write: number; written: number }> {
  const t0 = process.hrtime.bigint();
  const book = await ExcelJsWorkbook.load(data);
  const snapshot = await book.read();
  const read = ms(t0);
  const t1 = process.hrtime.bigint();
  const analysis = analyze(snapshot, DEFAULT_SETTINGS);
  const fill = planFill(snapshot, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false });
  const engine = ms(t1);
  const t2 = process.hrtime.bigint();
  await book.apply(fill.plan);
  const apply = ms(t2);
  const t3 = process.hrtime.bigint();
  await book.toBuffer();
  const write = ms(t3);
  return { total: ms(t0), read, engine, apply, write, written: fill.written.length };
}

function fmt(x: number): string {
  return new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }).format(x);
}

async function officeBench(): Promise<void> {
  const file = path.join(__dirname, "..", "tests", "support", "excel-fake", "bench.ts");
  if (!existsSync(file)) {
    console.log("Office.js (fake): tests/support/excel-fake/bench.ts belum ada; dilewati.");
    return;
  }
  const mod = (await import(file)) as { measureOfficeFill?: (rows: number) => Promise<Record<string, number>> };
  if (!mod.measureOfficeFill) return;
  const r = await mod.measureOfficeFill(ROWS);
  console.log(`Office.js adapter (fake Excel), ${fmt(ROWS)} baris: ${JSON.stringify(r)}`);
}

function bundleBench(): void {
  const html = path.join(__dirname, "..", "dist", "taskpane.html");
  if (!existsSync(html)) {
    console.log("Task pane: dist/taskpane.html belum ada (jalankan npm run build); ukuran bundel dilewati.");
    return;
  }
  const text = readFileSync(html, "utf8");
  const scripts = [...text.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
  let raw = 0;
  let gz = 0;
  for (const s of scripts) {
    const buf = readFileSync(path.join(path.dirname(html), s.replace(/^\//, "")));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  console.log(
    `Task pane JS awal: ${scripts.length} berkas, ${fmt(raw / 1024)} KB, ${fmt(gz / 1024)} KB gzip (batas 400 KB gzip)`,
  );
}

async function main(): Promise<void> {
  console.log(`Membuat lembar anggaran ${fmt(ROWS)} baris ...`);
  const data = await generateBudgetWorkbook(ROWS);
  console.log(`Berkas: ${fmt(data.length / 1024)} KB`);
  const base: number[] = [];
  const e2e: Awaited<ReturnType<typeof endToEnd>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(await excelJsAlone(data));
    e2e.push(await endToEnd(data));
  }
  const b = median(base);
  const pick = (k: keyof (typeof e2e)[number]) => median(e2e.map((x) => x[k]));
  const total = pick("total");
  const own = pick("engine");
  console.log(`ExcelJS saja (baca + tulis): ${fmt(b)} ms`);
  console.log(
    `Isi ujung ke ujung: ${fmt(total)} ms (baca ${fmt(pick("read"))}, mesin ${fmt(own)}, terapkan ${fmt(pick("apply"))}, tulis ${fmt(pick("write"))}); ${fmt(pick("written"))} sel ditulis`,
  );
  // The engine's own work is analyze + plan; the rest is ExcelJS reading the file and writing the extra cells.
  console.log(
    `Kerja mesin sendiri (analisis + rencana) / ExcelJS baca+tulis: ${(own / b).toFixed(2)} (sasaran <= 1,5)`,
  );
  console.log(
    `Rasio ujung-ke-ujung / ExcelJS baca+tulis: ${(total / b).toFixed(2)} (termasuk ExcelJS menulis sel tambahan)`,
  );
  console.log(`Memori puncak (max RSS): ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
  await officeBench();
  bundleBench();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
