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
import { sisaCapaian } from "../../src/core/calc/perbandingan";
import { predikat as predikatOf } from "../../src/core/calc/predikat";
import type { Analysis, IndikatorHasil, SasaranHasil } from "../../src/core/model";
import { decimalDifference, roundHalfAway } from "../../src/core/numbers/round";
import { displayName } from "../../src/core/report/join";
import { normalizeName } from "../../src/core/names/normalize";
import type { Report, ReportTable } from "../../src/core/report/model";
import { DEFAULT_SETTINGS, parseSettings, predikatBands, type Settings } from "../../src/core/settings/settings";
import { discoverTables } from "../corpus/real/harness";

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

/**
 * The real corpus (tests/corpus/real), every workbook whose engine result has a capaian: the report's sentences
 * name only what the engine computed. Each figure, at the decimals it is printed with, is an engine figure rounded
 * half away from zero (capaian, sasaran and overall means, capaian akhir and 100 less it, penyerapan, efisiensi,
 * sisa, the budget sums) or a reading of the workbook (target, realisasi, earlier years, anggaran) or the difference
 * of two readings of one indicator; each sasaran's mean, predikat and count of measured indicators is the engine's;
 * each indicator said to meet its target (or not) carries the engine's capaian, on that side of 100 as shown.
 */
describe("the real corpus: sentences name only the engine's figures", () => {
  const outcomes: { id: string; analysis: Analysis; report: Report; settings: Settings }[] = [];
  beforeAll(async () => {
    for (const { table } of discoverTables()) {
      const data = new Uint8Array(await table.build().xlsx.writeBuffer());
      const snap = await (await ExcelJsWorkbook.load(data, `${table.id}.xlsx`)).read();
      const s = parseSettings(table.settings?.tahun !== undefined ? { tahun: table.settings.tahun } : {});
      if (!s.ok) throw new Error(`${table.id}: ${s.errors.join("; ")}`);
      const analysis = analyze(snap, s.settings);
      if (!analysis.indikator.some((h) => h.capaian.value !== null)) continue;
      outcomes.push({
        id: table.id,
        analysis,
        settings: s.settings,
        report: planReport(snap, analysis, s.settings).report,
      });
    }
  });

  it("covers the corpus's workbooks with indicators", () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(30);
  });

  it("every figure of every sentence is an engine figure or reading, rounded as printed", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const o of outcomes) {
      const engine = [...engineFigures(o.analysis), ...capaianTables(o).flatMap((c) => [c.mean])];
      const overall = capaianTables(o).map((c) => c.mean);
      if (overall.length > 0) engine.push(average(overall));
      const names = namesOf(o.analysis);
      for (const t of o.report.tables)
        for (const p of t.paragraphs)
          for (const f of printedFigures(p, names)) {
            checked++;
            if (!engine.some((e) => roundHalfAway(e, f.decimals) === f.value))
              wrong.push(`${o.id} ${t.id}: ${f.text} in "${p}"`);
          }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it("each sasaran sentence states the engine's mean, predikat and count of measured indicators", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const o of outcomes)
      for (const c of capaianTables(o)) {
        const p = c.table.paragraphs[0];
        const measured = c.rows.filter((h) => h.capaian.value !== null);
        if (measured.length === 0) {
          if (!/belum dapat dihitung karena belum ada indikator terukur/.test(p))
            wrong.push(`${o.id} ${c.table.id}: no indicator measured, yet "${p}"`);
          continue;
        }
        const m = SASARAN.exec(p);
        if (!m) {
          wrong.push(`${o.id} ${c.table.id}: not a sasaran sentence: "${p}"`);
          continue;
        }
        checked++;
        const d = decimalsIn(m[3]);
        const predikat = c.hasil ? c.hasil.predikat : predikatOf(c.mean, predikatBands(o.settings), o.settings.desimal);
        if (Number(m[2]) !== measured.length) wrong.push(`${o.id} ${c.table.id}: count ${m[2]} != ${measured.length}`);
        if (parseId(m[3]) !== roundHalfAway(c.mean, d)) wrong.push(`${o.id} ${c.table.id}: mean ${m[3]} != ${c.mean}`);
        if ((m[4] ?? null) !== predikat) wrong.push(`${o.id} ${c.table.id}: predikat ${m[4]} != ${predikat}`);
      }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });

  it("each indicator said to meet its target, or not, carries the engine's capaian, on that side of 100 as shown", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const o of outcomes)
      for (const c of capaianTables(o)) {
        const shown = (h: IndikatorHasil) => roundHalfAway(h.capaian.value as number, o.settings.desimal);
        const measured = c.rows.filter((h) => h.capaian.value !== null);
        const sides: [RegExp, IndikatorHasil[]][] = [
          [
            /^(Seluruh indikator|Indikator yang) mencapai atau melampaui target: /,
            measured.filter((h) => shown(h) >= 100),
          ],
          [/^Indikator yang belum mencapai target: /, measured.filter((h) => shown(h) < 100)],
        ];
        for (const [head, want] of sides) {
          const p = c.table.paragraphs.slice(1).find((x) => head.test(x));
          if (want.length === 0) {
            if (p) wrong.push(`${o.id} ${c.table.id}: no indicator on this side, yet "${p}"`);
            continue;
          }
          if (!p) {
            wrong.push(`${o.id} ${c.table.id}: no sentence for ${want.map((h) => h.row.nama).join("; ")}`);
            continue;
          }
          // The indicators in row order, each with the engine's capaian as shown; no other one.
          let at = 0;
          for (const h of want) {
            const nama = displayName(h.row.nama);
            const i = p.indexOf(`${nama} (`, at);
            const m = i < 0 ? null : /capaian (-?[\d.,]+)%\)/.exec(p.slice(i + nama.length));
            if (!m) {
              wrong.push(`${o.id} ${c.table.id}: ${nama} (${h.capaian.value}) not found in order in "${p}"`);
              break;
            }
            checked++;
            if (parseId(m[1]) !== roundHalfAway(h.capaian.value as number, decimalsIn(m[1])))
              wrong.push(`${o.id} ${c.table.id}: ${nama} capaian ${m[1]} != ${h.capaian.value}`);
            at = i + nama.length + m.index + m[0].length;
          }
          const items = [...p.matchAll(/capaian -?[\d.,]+%\)/g)].length;
          if (items !== want.length)
            wrong.push(`${o.id} ${c.table.id}: ${items} indicators named, ${want.length} wanted`);
        }
      }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(80);
  });

  it("the overall sentence states the mean of the sasaran means shown, its predikat and count", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const o of outcomes) {
      const t = o.report.tables.find((x) => x.id === "capaian-keseluruhan");
      if (!t) continue;
      const means = capaianTables(o)
        .filter((c) => c.rows.some((h) => h.capaian.value !== null))
        .map((c) => c.mean);
      const m =
        /atas (\d+) \([a-z ]+\) sasaran strategis terukur sebesar (-?[\d.,]+)%(?: dengan predikat "([^"]+)")?\./.exec(
          t.paragraphs[0],
        );
      if (means.length === 0) {
        if (m) wrong.push(`${o.id}: no sasaran measured, yet "${t.paragraphs[0]}"`);
        continue;
      }
      if (!m) {
        wrong.push(`${o.id}: no overall sentence: "${t.paragraphs[0]}"`);
        continue;
      }
      checked++;
      const mean = average(means);
      const predikat = predikatOf(mean, predikatBands(o.settings), o.settings.desimal);
      if (parseId(m[2]) !== roundHalfAway(mean, decimalsIn(m[2]))) wrong.push(`${o.id}: overall ${m[2]} != ${mean}`);
      if ((m[3] ?? null) !== predikat) wrong.push(`${o.id}: predikat ${m[3]} != ${predikat}`);
      if (Number(m[1]) !== means.length) wrong.push(`${o.id}: ${m[1]} sasaran != ${means.length} measured`);
      // The engine's headline is the same figure (a sasaran written in two parts on one sheet counts once, with
      // both parts' indicators, in both).
      const c = o.analysis.capaianKeseluruhan.value;
      if (c === null || roundHalfAway(c, 2) !== roundHalfAway(mean, 2))
        wrong.push(`${o.id}: overall ${mean} != the engine's headline ${c}`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(25);
  });
});

const SASARAN =
  /^Hasil pengukuran capaian kinerja sasaran "(.*)" dengan (\d+) \([a-z ]+\) indikator terukur menghasilkan rata-rata capaian kinerja sebesar (-?[\d.,]+)%(?: dengan predikat "([^"]+)")?\./;

function decimalsIn(s: string): number {
  const i = s.indexOf(",");
  return i < 0 ? 0 : s.length - i - 1;
}

function average(xs: number[]): number {
  return xs.reduce((a, x) => a + x, 0) / xs.length;
}

/**
 * Each capaian-N table with the engine's indicators of its rows, in row order (a name met twice is the next row of
 * that name), the engine's SasaranHasil when one holds exactly those rows, and the mean the sentence must state:
 * that SasaranHasil's, else the mean of the rows' capaian (what the calc library computes).
 */
function capaianTables(o: { analysis: Analysis; report: Report }): {
  table: ReportTable;
  rows: IndikatorHasil[];
  hasil: SasaranHasil | null;
  mean: number;
}[] {
  return o.report.tables
    .filter((t) => /^capaian-\d+$/.test(t.id))
    .map((table) => {
      const used = new Set<IndikatorHasil>();
      const rows = tableGrid(table)
        .filter((_, i) => table.rows[i].kind === "data")
        .map((r) => {
          const nama = r[2].replace(/^\d+\.\d+ /, "");
          const all = o.analysis.indikator.filter((h) => !used.has(h) && displayName(h.row.nama) === nama);
          const h = all.find((x) => x.capaian.value !== null) ?? all[0];
          if (!h) throw new Error(`${table.id}: no engine indicator ${nama}`);
          used.add(h);
          return h;
        });
      const sheet = rows[0]?.row.sheet;
      const hasil =
        o.analysis.sasaran.find(
          (s) =>
            s.sheet === sheet &&
            s.indikatorRows.length === rows.length &&
            rows.every((h) => h.row.sheet === sheet && s.indikatorRows.includes(h.row.row)),
        ) ?? null;
      const values = rows.map((h) => h.capaian.value).filter((v): v is number => v !== null);
      const mean = hasil?.capaian.value ?? (values.length > 0 ? average(values) : NaN);
      return { table, rows, hasil, mean };
    });
}

/** Names the sentences quote or list (indicators, sasaran, budget rows, the agency): their digits are not figures. */
function namesOf(analysis: Analysis): string[] {
  const names = new Set<string>();
  for (const h of analysis.indikator) {
    names.add(h.row.nama);
    names.add(displayName(h.row.nama));
    if (h.row.sasaran) names.add(h.row.sasaran);
  }
  for (const s of analysis.sasaran) names.add(s.nama);
  for (const a of analysis.anggaran) names.add(a.row.uraian);
  if (analysis.recognition.instansi) names.add(analysis.recognition.instansi);
  return [...names].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
}

/** The figures of a sentence, with the decimals they are printed with; names, counts, years and rules left out. */
function printedFigures(p: string, names: string[]): { text: string; value: number; decimals: number }[] {
  let clean = p.replace(/"[^"]*"/g, " ");
  for (const n of names) clean = clean.split(n).join(" ");
  clean = clean
    .replace(/\d+ \([a-z ]+\)/g, " ")
    .replace(/\b(19|20)\d\d\b/g, " ")
    .replace(/\((tingkat efisiensi|indeks efisiensi|efisiensi anggaran) = [^)]*\)/g, " ");
  return [...clean.matchAll(/-?\d{1,3}(?:\.\d{3})*(?:,\d+)?/g)].map((m) => ({
    text: m[0],
    value: parseId(m[0]),
    decimals: decimalsIn(m[0]),
  }));
}

/** What the engine computed, and the readings it computed from, for one workbook. */
function engineFigures(a: Analysis): number[] {
  const out: number[] = [];
  const add = (v: number | null | undefined) => {
    if (v !== null && v !== undefined && Number.isFinite(v)) out.push(v, Math.abs(v));
  };
  add(a.capaianKeseluruhan.value);
  for (const s of a.sasaran) {
    add(s.capaian.value);
    add(s.efisiensi.value);
  }
  for (const h of a.indikator) {
    add(h.capaian.value);
    add(h.penyerapan.value);
    add(h.efisiensi.value);
    add(h.capaianAkhir.value);
    add(sisaCapaian(h.capaianAkhir.value));
    for (const x of h.perubahan) add(x.selisih);
    const r = h.row;
    const readings = [r.realisasi, ...r.realisasiTahunan.map((t) => t.reading)].map((x) => x?.value ?? null);
    for (const x of [r.target, r.targetAkhir, r.alokasi, r.realisasiAnggaran, ...r.program.map((p) => p.anggaran)])
      add(x?.value);
    for (const x of readings) add(x);
    for (const x of readings) for (const y of readings) if (x !== null && y !== null) add(decimalDifference(x, y));
  }
  // The Perjanjian Kinerja's total: each program named on the indicator rows counted once, by name.
  const programs = new Map<string, number>();
  for (const h of a.indikator)
    for (const p of h.row.program) {
      const k = normalizeName(p.nama);
      if (p.nama && p.anggaran?.value != null && !programs.has(k)) programs.set(k, p.anggaran.value);
    }
  if (programs.size > 0) add([...programs.values()].reduce((x, y) => x + y, 0));
  const top = { anggaran: 0, realisasi: 0 };
  for (const b of a.anggaran) {
    add(b.anggaran);
    add(b.realisasi);
    add(b.penyerapan.value);
    add(b.sisa.value);
    if (!b.row.isTotal && b.row.level <= 1) {
      top.anggaran += b.anggaran ?? 0;
      top.realisasi += b.realisasi ?? 0;
    }
  }
  add(top.anggaran);
  add(top.realisasi);
  add(top.anggaran - top.realisasi);
  return out;
}
