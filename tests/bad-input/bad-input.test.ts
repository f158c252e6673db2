/**
 * Every command on the bad-input corpus (./corpus.ts, 60+ generated files) ends within its time with its exit
 * code and, when it refuses, one Indonesian line (never errno text, a stack or "Kesalahan tak terduga"); a
 * fill that succeeds changes no cell outside its plan (values and formulas compared cell by cell; parts of
 * the package are the writer's preserving writer's to keep and are not compared here).
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openWorkbookFile } from "../../src/adapters/exceljs/file";
import { fillFile, main, type Io } from "../../src/cli/main";
import { a1 } from "../../src/core/workbook/address";
import type { WorkbookSnapshot, WritePlan } from "../../src/core/workbook/port";
import { buildCorpus, type BadInput } from "./corpus";

/** Longest a command may take on one of these small files, ms (the machine is shared; this is generous). */
const LIMIT_MS = 60_000;

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

async function timed(args: string[]): Promise<{ code: number; stderr: string[]; ms: number }> {
  const io = capture();
  const t = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    main(args, io),
    new Promise<number>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`lkjip ${args.join(" ")} ran past ${LIMIT_MS} ms`)), LIMIT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  return { code, stderr: io.stderr, ms: Date.now() - t };
}

/** What is wrong with a refusal's output, or null: one line, Indonesian, no errno text or stack. */
function badLine(stderr: string[]): string | null {
  if (stderr.length !== 1) return `${stderr.length} lines: ${JSON.stringify(stderr)}`;
  const line = stderr[0];
  if (/Kesalahan tak terduga|undefined|\bnull\b|NaN|\[object/.test(line)) return `unexpected: ${line}`;
  if (/\bE[A-Z]{3,}\b|Error:|Cannot |is not |failed|[Ii]nvalid|expected|received|\bat \S+:\d+/.test(line))
    return `not Indonesian: ${line}`;
  return null;
}

/** Cells ("Sheet!A1" -> [value, formula]) of every sheet. */
function cells(s: WorkbookSnapshot): Map<string, string> {
  const m = new Map<string, string>();
  for (const sh of s.sheets)
    sh.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = sh.formulas[r]?.[c] ?? null;
        if (v === null && f === null) return;
        m.set(`${sh.name}!${a1(sh.originRow + r, sh.originCol + c)}`, JSON.stringify([v, f]));
      }),
    );
  return m;
}

function planned(plan: WritePlan): { cells: Set<string>; sheets: Set<string> } {
  const out = new Set<string>();
  const sheets = new Set<string>();
  for (const op of plan.ops) {
    if (op.kind === "addSheet") sheets.add(op.sheet);
    if (op.kind !== "cells") continue;
    op.cells.forEach((row, r) => row.forEach((w, c) => w && out.add(`${op.sheet}!${a1(op.row + r, op.col + c)}`)));
  }
  return { cells: out, sheets };
}

let dir: string;
let corpus: BadInput[];
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "lkjip-bad-"));
  corpus = await buildCorpus();
  for (const f of corpus) {
    if (f.folder) await mkdir(path.join(dir, f.name));
    else await writeFile(path.join(dir, f.name), f.bytes as Uint8Array);
  }
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("the corpus has at least 60 files, each with a distinct name", async () => {
  expect(corpus.length).toBeGreaterThanOrEqual(60);
  expect(new Set(corpus.map((f) => f.name)).size).toBe(corpus.length);
});

test("every command on every file: its exit code, one clear line when refused, within its time", async () => {
  const outcomes: string[] = [];
  const problems: string[] = [];
  for (const f of corpus.filter((x) => !x.known)) {
    const file = path.join(dir, f.name);
    const base = f.name.replace(/[^A-Za-z0-9-]/g, "_");
    const runs = {
      scan: await timed(["scan", file]),
      check: await timed(["check", file]),
      fill: await timed(["fill", file, "--out", path.join(dir, `${base}-isi.xlsx`)]),
      report: await timed(["report", file, "--out", path.join(dir, `${base}-lap.xlsx`)]),
    };
    outcomes.push(
      `${f.name}: ${Object.values(runs)
        .map((r) => r.code)
        .join(" ")}`,
    );
    for (const [cmd, r] of Object.entries(runs)) {
      const context = `${cmd} ${f.name} (${f.what})`;
      if (r.ms >= LIMIT_MS) problems.push(`${context}: ${r.ms} ms`);
      if (r.code === 2) {
        const bad = badLine(r.stderr);
        if (bad) problems.push(`${context}: ${bad}`);
        else if (!r.stderr[0].includes(f.name)) problems.push(`${context}: the message does not name the file`);
      }
      const reads = cmd === "check" ? [0, 1] : [0];
      const expected = f.readable === false ? [2] : f.readable === "either" ? [...reads, 2] : reads;
      if (!expected.includes(r.code)) problems.push(`${context}: exit ${r.code} ${JSON.stringify(r.stderr)}`);
    }
  }
  // what each file gave (scan check fill report), for the record
  console.log(outcomes.join("\n"));
  expect(problems).toEqual([]);
}, 1_800_000);

test("a fill that succeeds changes no cell outside its plan", async () => {
  const problems: string[] = [];
  for (const f of corpus.filter((x) => x.readable !== false && !x.known)) {
    const file = path.join(dir, f.name);
    const out = path.join(dir, `${f.name.replace(/[^A-Za-z0-9-]/g, "_")}-banding.xlsx`);
    let fill;
    try {
      ({ fill } = await fillFile(file, out, {}));
    } catch (e) {
      if (f.readable !== "either") problems.push(`${f.name}: fill failed: ${(e as Error).message}`);
      continue;
    }
    const before = cells(await (await openWorkbookFile(file)).read());
    const after = cells(await (await openWorkbookFile(out)).read());
    const p = planned(fill.plan);
    const changed: string[] = [];
    for (const k of new Set([...before.keys(), ...after.keys()])) {
      if (p.cells.has(k) || p.sheets.has(k.slice(0, k.lastIndexOf("!")))) continue;
      if (before.get(k) !== after.get(k)) changed.push(`${k}: ${before.get(k)} -> ${after.get(k)}`);
    }
    if (changed.length > 0)
      problems.push(`${f.name}: ${changed.length} cells changed outside the plan: ${changed.slice(0, 3).join("; ")}`);
  }
  expect(problems).toEqual([]);
}, 1_800_000);
