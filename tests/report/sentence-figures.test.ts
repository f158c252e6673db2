/**
 * Every figure in a sentence equals its table's: each number written under a table (Indonesian format) is one of
 * the table's cells, or the difference of two of them (sisa anggaran, a change against an earlier year), 100 less
 * one of them (sisa capaian), the sum of a column (the PK's jumlah anggaran), or a
 * count written with its word ("2 (dua)") that equals what the table measured, or a year. Over the sample.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, planReport } from "../../src/core/engine";
import { tableGrid } from "../../src/core/report/text";
import type { ReportTable } from "../../src/core/report/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";

const SAMPLE = path.resolve(__dirname, "../../examples/dinsos-sumenep-2020.xlsx");

function parseId(s: string): number {
  return Number(s.replace(/\./g, "").replace(",", "."));
}

/** The numbers of a sentence that are figures: not counts "N (kata)", not years, not the efisiensi rule. */
function figures(p: string): number[] {
  const clean = p
    .replace(/\d+ \([a-z ]+\)/g, " ") // counts, checked separately
    .replace(/\b(19|20)\d\d\b/g, " ") // years
    .replace(/\(tingkat efisiensi = [^)]*\)|\(indeks efisiensi = [^)]*\)|\(efisiensi anggaran = [^)]*\)/g, " ")
    .replace(/\b\d\.\d{1,2} (?=\p{Lu})/gu, " "); // indicator numbers "1.2 Jumlah"
  return [...clean.matchAll(/-?\d{1,3}(?:\.\d{3})*(?:,\d+)?/g)].map((m) => parseId(m[0]));
}

function cellNumbers(t: ReportTable): number[] {
  return tableGrid(t)
    .flat()
    .filter((c) => /^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$/.test(c))
    .map(parseId);
}

it("every figure in the sample's sentences is its table's", async () => {
  const book = await ExcelJsWorkbook.load(new Uint8Array(fs.readFileSync(SAMPLE)));
  const snap = await book.read();
  const { report } = planReport(snap, analyze(snap, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
  let checked = 0;
  const wrong: string[] = [];
  for (const t of report.tables) {
    const cells = cellNumbers(t);
    const columns = t.columns.map((_, c) =>
      tableGrid(t)
        .map((r) => r[c])
        .filter((x) => /^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$/.test(x))
        .reduce((a, x) => a + parseId(x), 0),
    );
    const ok = (v: number) =>
      cells.some((c) => Math.abs(c - v) < 0.006) ||
      cells.some((c) => Math.abs(100 - c - v) < 0.011) ||
      columns.some((c) => Math.abs(c - v) < 0.5) ||
      cells.some((a) => cells.some((b) => Math.abs(Math.abs(a - b) - Math.abs(v)) < 0.011));
    for (const p of t.paragraphs)
      for (const v of figures(p)) {
        checked++;
        if (!ok(v)) wrong.push(`${t.nomor}: ${v} in "${p}"`);
      }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThan(40);
});

it("the counts of the capaian sentences are of the indicators measured in the table", async () => {
  const book = await ExcelJsWorkbook.load(new Uint8Array(fs.readFileSync(SAMPLE)));
  const snap = await book.read();
  const { report } = planReport(snap, analyze(snap, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
  for (const t of report.tables.filter((x) => /^capaian-\d+$/.test(x.id))) {
    const measured = tableGrid(t).filter((r, i) => t.rows[i].kind === "data" && r[6] !== "").length;
    const m = /dengan (\d+) \([a-z ]+\) indikator terukur/.exec(t.paragraphs[0]);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBe(measured);
  }
});
