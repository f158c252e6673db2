/**
 * The real code path for the corpus: ExcelJS file -> ExcelJsWorkbook.load -> read -> analyze -> planFill ->
 * apply -> LibreOffice recalculation -> values read back. Row numbers in helpers are 1-based (as users see).
 */
import type ExcelJS from "exceljs";
import type { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, planFill, type FillResult } from "../../src/core/engine";
import type { Analysis, AnggaranHasil, IndikatorHasil, SheetLayout, Temuan } from "../../src/core/model";
import { roundHalfAway } from "../../src/core/numbers";
import { parseSettings, type Settings, type SettingsInput } from "../../src/core/settings/settings";
import { columnLetter, parseA1 } from "../../src/core/workbook/address";
import type { WorkbookSnapshot } from "../../src/core/workbook/port";
import { recalc, readValues } from "../support/libreoffice";
import { load } from "./layouts";

export const r2 = (x: number | null | undefined): number | null =>
  x === null || x === undefined ? null : roundHalfAway(x, 2);

export function settingsOf(input: SettingsInput = {}): Settings {
  const s = parseSettings(input);
  if (!s.ok) throw new Error(s.errors.join("; "));
  return s.settings;
}

export interface Case {
  book: ExcelJsWorkbook;
  snapshot: WorkbookSnapshot;
  settings: Settings;
  a: Analysis;
}

export async function open(build: () => ExcelJS.Workbook, settings: SettingsInput = {}): Promise<Case> {
  const book = await load(build);
  const snapshot = await book.read();
  const s = settingsOf(settings);
  return { book, snapshot, settings: s, a: analyze(snapshot, s) };
}

export function layoutOf(a: Analysis, sheet: string): SheetLayout {
  const l = a.recognition.layouts.find((x) => x.sheet === sheet);
  if (!l) throw new Error(`no layout for ${sheet}`);
  return l;
}

/** Existing columns by role as letters ("anggaran" -> "G"); several columns of one role are joined with ",". */
export function rolesOf(l: SheetLayout): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of l.columns.filter((x) => !x.added))
    out[c.role] = out[c.role] ? `${out[c.role]},${columnLetter(c.col)}` : columnLetter(c.col);
  return out;
}

/** Added (new) output columns by role as letters. */
export function addedOf(l: SheetLayout): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of l.columns.filter((x) => x.added)) out[c.role] = columnLetter(c.col);
  return out;
}

/** The budget row at sheet row n (1-based). */
export function ang(a: Analysis, sheet: string, n: number): AnggaranHasil {
  const h = a.anggaran.find((x) => x.row.sheet === sheet && x.row.row === n - 1);
  if (!h) throw new Error(`no anggaran row ${sheet}!${n} (rows: ${a.anggaran.map((x) => x.row.row + 1).join(",")})`);
  return h;
}

/** The indicator row at sheet row n (1-based). */
export function ind(a: Analysis, sheet: string, n: number): IndikatorHasil {
  const h = a.indikator.find((x) => x.row.sheet === sheet && x.row.row === n - 1);
  if (!h) throw new Error(`no indikator row ${sheet}!${n} (rows: ${a.indikator.map((x) => x.row.row + 1).join(",")})`);
  return h;
}

/** Findings other than "tebakan-*" infos, as "code@cell", sorted. */
export function findings(t: Temuan[], sheet: string): string[] {
  return t
    .filter((x) => x.sheet === sheet && !x.code.startsWith("tebakan-"))
    .map((x) => `${x.code}@${x.cell}`)
    .sort();
}

export interface Filled {
  fill: FillResult;
  /** Value of a cell after LibreOffice recalculated the filled workbook. */
  at: (addr: string) => number | string | null;
}

/** Fill (formulas by default), apply through the adapter, recalculate with LibreOffice, read values back. */
export async function fillAndRecalc(
  c: Case,
  sheet: string,
  opts: { mode?: "rumus" | "nilai"; force?: boolean } = {},
): Promise<Filled> {
  const fill = planFill(c.snapshot, c.a, c.settings, { mode: opts.mode ?? "rumus", force: opts.force ?? false });
  await c.book.apply(fill.plan);
  const values = await readValues(await recalc(Buffer.from(await c.book.toBuffer())), sheet);
  return {
    fill,
    at: (addr: string) => {
      const { row, col } = parseA1(addr);
      return values[row]?.[col] ?? null;
    },
  };
}

/** A percent figure read back (number), rounded to 2 decimals. */
export function pct(v: number | string | null): number | null {
  if (typeof v !== "number") throw new Error(`not a number: ${JSON.stringify(v)}`);
  return r2(v);
}
