/**
 * Sheet-name rules, in one home (the ExcelJS and Office.js adapters validate with them, the report names its
 * sheets with them): at most 31 characters, none of / \ ? * : [ ], no apostrophe at either end, not
 * "History" (reserved by Excel), and compared without regard to case, as Excel does.
 */
import { STATE_SHEET } from "./port";

export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[/\\?*:[\]]/;
const FORBIDDEN_ALL = /[/\\?*:[\]]/g;

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

export type SheetNameProblem = "kosong" | "panjang" | "terlarang" | "cadangan";

/**
 * What is wrong with a name a sheet is to be given, or null. "cadangan": reserved by Excel ("History") or by
 * the add-in for its own state sheet (unless `allowState`).
 */
export function sheetNameProblem(name: unknown, allowState = false): SheetNameProblem | null {
  if (typeof name !== "string" || name.trim() === "") return "kosong";
  if (name.length > MAX_SHEET_NAME) return "panjang";
  if (FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) return "terlarang";
  if (sameSheetName(name, "History") || (!allowState && sameSheetName(name, STATE_SHEET))) return "cadangan";
  return null;
}

/** The nearest valid name: forbidden characters become "-", edge apostrophes go, cut to 31 characters. */
export function sanitizeSheetName(name: string): string {
  let s = name.replace(FORBIDDEN_ALL, "-").replace(/\s+/g, " ").trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  if (s.length > MAX_SHEET_NAME) s = s.slice(0, MAX_SHEET_NAME).trim();
  if (s === "") s = "Tabel";
  return s;
}

/**
 * A valid name, not taken (ignoring case) by `taken`: "Tabel 3.1", else "Tabel 3.1 (2)", "Tabel 3.1 (3)" ...
 * shortening the base so the suffix fits in 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.toUpperCase());
  used.add("HISTORY");
  const base = sanitizeSheetName(wanted);
  if (!used.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    if (!used.has(name.toUpperCase())) return name;
  }
}
