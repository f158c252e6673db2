/** Helpers for recognition tests: run recognize on sheets and look things up by A1 terms. */
import { recognize } from "../../src/core/recognize";
import type { AnggaranRow, IndikatorRow, Recognition, SheetLayout } from "../../src/core/model";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../src/core/settings/settings";
import { columnLetter } from "../../src/core/workbook/address";
import type { SheetSnapshot, StoredState } from "../../src/core/workbook/port";
import { workbook } from "../support/snapshot";

export function settingsOf(input: Record<string, unknown>): Settings {
  const r = parseSettings(input);
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.settings;
}

export function run(
  sheets: SheetSnapshot[],
  settings: Settings = DEFAULT_SETTINGS,
  state: StoredState | null = null,
): Recognition {
  return recognize(workbook(sheets, state), settings);
}

export function layoutOf(r: Recognition, sheet: string): SheetLayout {
  const l = r.layouts.find((x) => x.sheet === sheet);
  if (!l) throw new Error(`no layout for ${sheet}`);
  return l;
}

/** Existing columns as { role: letter }, added ones as { role: "+letter" }. */
export function roles(l: SheetLayout): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of l.columns) out[c.role] = `${c.added ? "+" : ""}${columnLetter(c.col)}`;
  return out;
}

/** The budget row at a 1-based sheet row. */
export function anggaranAt(r: Recognition, sheet: string, row1: number): AnggaranRow {
  const a = r.anggaran.find((x) => x.sheet === sheet && x.row === row1 - 1);
  if (!a) throw new Error(`no anggaran row ${sheet}!${row1}`);
  return a;
}

export function indikatorNamed(r: Recognition, sheet: string, nama: string): IndikatorRow {
  const i = r.indikator.find((x) => x.sheet === sheet && x.nama === nama);
  if (!i) throw new Error(`no indikator ${nama} on ${sheet}: ${r.indikator.map((x) => x.nama).join(", ")}`);
  return i;
}

/** 1-based rows of a list of 0-based rows. */
export const rows1 = (rows: number[]) => rows.map((x) => x + 1);
