/**
 * Loads each real table through the real code path (ExcelJS writeBuffer -> ExcelJsWorkbook.load -> read ->
 * analyze with default settings plus only `tahun`) and scores it against the hand-checked expectations.
 * Used by real.test.ts and scripts/corpus.ts. Rows in expectations are 1-based; the model's are 0-based.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { analyze } from "../../../src/core/engine";
import type { Analysis, Computed } from "../../../src/core/model";
import { roundHalfAway } from "../../../src/core/numbers";
import { parseSettings } from "../../../src/core/settings/settings";
import type { CellExpect, FigureExpect, RealTable } from "./types";

export const TABLES_DIR = join(__dirname, "tables");

/** Every table in tables/ (each file's default export), sorted by file name. */
export function discoverTables(dir = TABLES_DIR): { file: string; table: RealTable }[] {
  return readdirSync(dir)
    .filter((f) => /\.ts$/.test(f) && !f.endsWith(".d.ts") && !f.endsWith(".test.ts"))
    .sort()
    .map((file) => {
      const mod = require(join(dir, file)) as { default?: RealTable };
      if (!mod.default || typeof mod.default.build !== "function")
        throw new Error(`${file}: no default export of a RealTable`);
      return { file, table: mod.default };
    });
}

/** The table's workbook as a file, opened as the CLI and the standalone page open it, and analysed. */
export async function analyzeTable(t: RealTable): Promise<Analysis> {
  const wb = t.build();
  const data = new Uint8Array(await wb.xlsx.writeBuffer());
  const book = await ExcelJsWorkbook.load(data, `${t.id}.xlsx`);
  const snapshot = await book.read();
  const s = parseSettings(t.settings?.tahun !== undefined ? { tahun: t.settings.tahun } : {});
  if (!s.ok) throw new Error(`${t.id}: settings: ${s.errors.join("; ")}`);
  return analyze(snapshot, s.settings);
}

export interface Miss {
  /** "Sheet!row capaian" or "Sheet!H12 cell". */
  what: string;
  reason: string;
  why: string;
}

export interface Score {
  id: string;
  held: number;
  total: number;
  figuresHeld: number;
  figuresTotal: number;
  cellsHeld: number;
  cellsTotal: number;
  misses: Miss[];
  /** Set when the table could not be built or analysed at all (every expectation then counts as a miss). */
  error?: string;
}

const r2 = (x: number): number => roundHalfAway(x, 2);

function show(v: number | string | null): string {
  return v === null ? "empty" : typeof v === "number" ? String(r2(v)) : JSON.stringify(v);
}

function compare(got: number | string | null, want: number | string | null): string | null {
  if (want === null) return got === null ? null : `${show(got)} != empty`;
  if (got === null) return null; // the caller words the missing figure
  if (typeof want === "number") {
    if (typeof got !== "number") return `${show(got)} != ${show(want)}`;
    return r2(got) === r2(want) ? null : `value ${show(got)} != ${show(want)}`;
  }
  const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  return typeof got === "string" && norm(got) === norm(want) ? null : `${show(got)} != ${show(want)}`;
}

function fromComputed(c: Computed): number | null {
  return c.value;
}

/** Null when the figure holds, else the reason it does not. */
export function checkFigure(a: Analysis, f: FigureExpect): string | null {
  const row0 = f.row - 1;
  const indikator = a.indikator.find((x) => x.row.sheet === f.sheet && x.row.row === row0);
  const anggaran = a.anggaran.find((x) => x.row.sheet === f.sheet && x.row.row === row0);
  const layout = a.recognition.layouts.find((l) => l.sheet === f.sheet);
  const read = !layout ? " (sheet not read)" : ` (sheet read as ${layout.kind})`;
  let got: number | string | null;
  let missing: string;
  switch (f.figure) {
    case "capaian":
    case "predikat":
    case "efisiensi":
    case "capaianAkhir": {
      if (!indikator)
        return anggaran ? "row read as a budget row, not an indicator" : `row not recognised as indicator${read}`;
      if (f.figure === "predikat") got = indikator.predikat;
      else got = fromComputed(indikator[f.figure]);
      missing = `no ${f.figure}${f.figure !== "predikat" && indikator[f.figure].reason ? ` (${indikator[f.figure].reason})` : ""}`;
      break;
    }
    case "penyerapan":
    case "sisa": {
      if (anggaran) {
        got = fromComputed(anggaran[f.figure]);
        missing = `no ${f.figure}${anggaran[f.figure].reason ? ` (${anggaran[f.figure].reason})` : ""}`;
      } else if (indikator && f.figure === "penyerapan") {
        got = fromComputed(indikator.penyerapan);
        missing = `no penyerapan (row read as an indicator${indikator.penyerapan.reason ? `: ${indikator.penyerapan.reason}` : ", not a budget row"})`;
      } else
        return indikator ? "row read as an indicator, not a budget row" : `row not recognised as budget row${read}`;
      break;
    }
    case "sasaranCapaian": {
      if (!indikator) return `row not recognised as indicator${read}`;
      const s = a.sasaran.find((x) => x.sheet === f.sheet && x.indikatorRows.includes(row0));
      if (!s) return "row in no sasaran";
      got = s.capaian.value;
      missing = `no sasaran capaian${s.capaian.reason ? ` (${s.capaian.reason})` : ""}`;
      break;
    }
  }
  if (got === null && f.value !== null) return missing;
  return compare(got, f.value);
}

/** Null when the cell expectation holds, else the reason it does not. */
export function checkCell(a: Analysis, c: CellExpect): string | null {
  const at = a.temuan.filter(
    (t) =>
      t.sheet === c.sheet &&
      t.cell.toUpperCase() === c.cell.toUpperCase() &&
      (t.severity === "error" || t.severity === "warning"),
  );
  if (c.flagged && at.length === 0) return "not flagged";
  if (!c.flagged && at.length > 0) return `flagged but right: ${at.map((t) => t.code).join(", ")}`;
  return null;
}

export async function scoreTable(t: RealTable): Promise<Score> {
  const score: Score = {
    id: t.id,
    held: 0,
    total: t.figures.length + t.cells.length,
    figuresHeld: 0,
    figuresTotal: t.figures.length,
    cellsHeld: 0,
    cellsTotal: t.cells.length,
    misses: [],
  };
  let a: Analysis;
  try {
    a = await analyzeTable(t);
  } catch (e) {
    score.error = e instanceof Error ? e.message : String(e);
    for (const f of t.figures)
      score.misses.push({ what: `${f.sheet}!${f.row} ${f.figure}`, reason: "not analysed", why: f.why });
    for (const c of t.cells)
      score.misses.push({ what: `${c.sheet}!${c.cell} cell`, reason: "not analysed", why: c.why });
    return score;
  }
  for (const f of t.figures) {
    const reason = checkFigure(a, f);
    if (reason === null) score.figuresHeld++;
    else score.misses.push({ what: `${f.sheet}!${f.row} ${f.figure}`, reason, why: f.why });
  }
  for (const c of t.cells) {
    const reason = checkCell(a, c);
    if (reason === null) score.cellsHeld++;
    else
      score.misses.push({
        what: `${c.sheet}!${c.cell} cell (${c.flagged ? "slip" : "right"})`,
        reason,
        why: c.why,
      });
  }
  score.held = score.figuresHeld + score.cellsHeld;
  return score;
}

export interface CorpusScore {
  tables: Score[];
  held: number;
  total: number;
}

export async function scoreCorpus(tables: RealTable[]): Promise<CorpusScore> {
  const scores: Score[] = [];
  for (const t of tables) scores.push(await scoreTable(t));
  return {
    tables: scores,
    held: scores.reduce((n, s) => n + s.held, 0),
    total: scores.reduce((n, s) => n + s.total, 0),
  };
}

const pctOf = (held: number, total: number): string => (total === 0 ? "-" : `${((held / total) * 100).toFixed(1)}%`);

/** The report `npm run corpus` prints (and the test prints on failure). */
export function formatReport(c: CorpusScore, opts: { misses?: boolean } = {}): string {
  const lines: string[] = [];
  for (const s of c.tables) {
    lines.push(
      `${s.id}: ${s.held}/${s.total} (${pctOf(s.held, s.total)}; figures ${s.figuresHeld}/${s.figuresTotal}, cells ${s.cellsHeld}/${s.cellsTotal})${s.error ? ` ERROR ${s.error}` : ""}`,
    );
    if (opts.misses !== false)
      for (const m of s.misses) lines.push(`    miss ${m.what}: ${m.reason}   [expected: ${m.why}]`);
  }
  lines.push(`TOTAL: ${c.held}/${c.total} held (${pctOf(c.held, c.total)}) over ${c.tables.length} tables`);
  return lines.join("\n");
}
