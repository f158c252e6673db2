/**
 * `npm run bench`: speed and memory, measured (never asserted by timed tests).
 *
 * 1. For each size (10,000, 100,000 and 300,000 budget rows; BENCH_ROWS=20000,50000 for others) the
 *    generated workbook is written once by its own process, then RUNS times (default 3), alternating, each
 *    in a fresh process: ExcelJS alone reading and writing the same file (bench/exceljs-roundtrip.js, plain
 *    JavaScript) and `lkjip fill FILE --out OUT` as a user runs it (bin/lkjip.js on the compiled lib/, which
 *    the bench builds first). Printed: medians of the whole-process wall time, the ratio of those medians
 *    from the same run, the peak memory of each process (maxRSS, recorded by bench/rss.js preloaded), and,
 *    from a third process (bench/child.ts, through the TypeScript require hook), fill's phases (read,
 *    engine = analyze + plan, apply, write).
 * 2. The Office.js adapter on the strict fake: syncs and the largest request payload.
 * 3. The task pane's initial JavaScript, gzipped (from the production build in dist/, if present).
 *
 * BENCH_ONLY=xlsx runs part 1 alone (the .xlsx sizes; no Office.js fake, no bundle).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const SIZES = (process.env.BENCH_ROWS ?? process.env.ROWS ?? "10000,100000,300000").split(",").map(Number);
const RUNS = Number(process.env.RUNS ?? 3);
const ROWS = SIZES[0];
const ROOT = path.join(__dirname, "..");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface ChildResult {
  wall: number;
  [k: string]: number;
}

/** Runs bench/child.ts in its own process; wall time is measured around the whole process. */
function child(args: string[]): ChildResult {
  const t = process.hrtime.bigint();
  const out = execFileSync(
    process.execPath,
    [path.join(ROOT, "bin", "run-ts.js"), path.join(__dirname, "child.ts"), ...args],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  return { ...(JSON.parse(out.trim().split("\n").pop()!) as Record<string, number>), wall };
}

/**
 * A command run as a user runs it, in its own process (node with bench/rss.js preloaded, which records the peak
 * memory); wall time around the whole process.
 */
function whole(args: string[]): { wall: number; maxRssKiB: number } {
  const rssFile = path.join(os.tmpdir(), `lkjip-bench-rss-${process.pid}.json`);
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, ["-r", path.join(__dirname, "rss.js"), ...args], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const { maxRssKiB } = JSON.parse(readFileSync(rssFile, "utf8")) as { maxRssKiB: number };
  rmSync(rssFile, { force: true });
  return { wall, maxRssKiB };
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

const LKJIP = path.join(ROOT, "bin", "lkjip.js");

async function main(): Promise<void> {
  // The command as installed: compiled to lib/ (as `npm ci` does), so no TypeScript is compiled while measuring.
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], { stdio: "ignore" });
  const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-bench-"));
  try {
    for (const rows of SIZES) {
      const file = path.join(dir, `anggaran-${rows}.xlsx`);
      child(["generate", String(rows), file]);
      console.log(
        `\n${fmt(rows)} baris anggaran, berkas ${fmt(statSync(file).size / 1024)} KB, ${RUNS} kali tiap proses:`,
      );
      const fills: ChildResult[] = [];
      const cli: { wall: number; maxRssKiB: number }[] = [];
      const base: { wall: number; maxRssKiB: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        base.push(whole([path.join(__dirname, "exceljs-roundtrip.js"), file, path.join(dir, "exceljs-out.xlsx")]));
        cli.push(whole([LKJIP, "fill", file, "--out", path.join(dir, "lkjip-out.xlsx")]));
        fills.push(child(["fill", file, path.join(dir, "fill-out.xlsx")]));
      }
      const m = (xs: ChildResult[], k: string) => median(xs.map((x) => x[k]));
      const mw = (xs: { wall: number; maxRssKiB: number }[], k: "wall" | "maxRssKiB") => median(xs.map((x) => x[k]));
      const fw = mw(cli, "wall");
      const bw = mw(base, "wall");
      console.log(
        `  ExcelJS baca + tulis (proses utuh): ${fmt(bw)} ms, memori puncak ${fmt(mw(base, "maxRssKiB") / 1024)} MB`,
      );
      console.log(
        `  lkjip fill (proses utuh, seperti pengguna menjalankannya): ${fmt(fw)} ms, memori puncak ${fmt(mw(cli, "maxRssKiB") / 1024)} MB`,
      );
      console.log(
        `  Rasio lkjip fill / ExcelJS baca+tulis: ${(fw / bw).toFixed(2).replace(".", ",")} (sasaran <= 1,00)`,
      );
      console.log(
        `  Tahap isi (bench/child.ts, proses sendiri lewat run-ts): ${fmt(m(fills, "wall"))} ms; ` +
          `baca ${fmt(m(fills, "read"))}, mesin ${fmt(m(fills, "engine"))}, terapkan ${fmt(m(fills, "apply"))}, tulis ${fmt(m(fills, "write"))} ms; ${fmt(m(fills, "written"))} sel ditulis`,
      );
      console.log(
        `  Bagian mesin (analisis + rencana) dari isi: ${((100 * m(fills, "engine")) / m(fills, "total")).toFixed(0)}%`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.BENCH_ONLY === "xlsx") return;
  await officeBench();
  bundleBench();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
