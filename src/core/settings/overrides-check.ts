/**
 * Corrections (settings `overrides`) checked against the workbook: a correction that names a sheet, a row, a
 * column or a role the workbook does not have would otherwise be ignored without a word. One Indonesian
 * sentence per problem, naming the key and what exists instead.
 */
import { teksPengaturan as T } from "../i18n/pengaturan";
import { INPUT_ROLES, OUTPUT_ROLES } from "../model";
import { columnIndex, columnLetter } from "../workbook/address";
import type { SheetSnapshot } from "../workbook/port";
import { pathText } from "./issues";
import type { Overrides } from "./settings";

const ROLES: readonly string[] = [...INPUT_ROLES, ...OUTPUT_ROLES];
const isRole = (r: string) => ROLES.includes(r) || /^realisasi:\d{4}$/.test(r);
const isOutput = (r: string) => (OUTPUT_ROLES as readonly string[]).includes(r);

interface Extent {
  /** Last row and column holding anything, 1-based row and 0-based column. */
  lastRow: number;
  lastCol: number;
}

function extent(s: SheetSnapshot): Extent {
  const width = s.values[0]?.length ?? 0;
  return { lastRow: s.originRow + s.values.length, lastCol: s.originCol + width - 1 };
}

function letterOf(text: string): number | null {
  try {
    return columnIndex(text.trim());
  } catch {
    return null;
  }
}

export function checkOverrides(overrides: Overrides | undefined, sheets: readonly SheetSnapshot[]): string[] {
  if (!overrides) return [];
  const out: string[] = [];
  const names = sheets.map((s) => s.name);
  const byName = new Map(sheets.map((s) => [s.name, extent(s)]));
  const key = (...path: string[]) => T.kunci(pathText(["overrides", ...path]));
  const sheetOf = (k: string, sheet: string): Extent | null => {
    const e = byName.get(sheet);
    if (!e) out.push(T.lembarTidakAda(k, sheet, names));
    return e ?? null;
  };

  for (const sheet of Object.keys(overrides.sheetKinds ?? {})) sheetOf(key("sheetKinds", sheet), sheet);

  for (const [sheet, roles] of Object.entries(overrides.columns ?? {})) {
    const e = sheetOf(key("columns", sheet), sheet);
    for (const [role, letter] of Object.entries(roles)) {
      const k = key("columns", sheet, role);
      if (!isRole(role)) {
        out.push(T.peranTidakDikenal(k, role, [...ROLES, "realisasi:TAHUN"]));
        continue;
      }
      if (letter.trim() === "") continue; // "" removes the role
      const col = letterOf(letter);
      if (col === null) out.push(T.hurufKolomSalah(k, letter));
      // A computed column may lie right of the table (the fill adds it); a column read from must hold something.
      else if (e && !isOutput(role) && col > e.lastCol)
        out.push(T.kolomDiLuar(k, letter.trim().toUpperCase(), sheet, columnLetter(Math.max(0, e.lastCol))));
    }
  }

  for (const [sheet, [first, last]] of Object.entries(overrides.headerRows ?? {})) {
    const k = key("headerRows", sheet);
    const e = sheetOf(k, sheet);
    if (first > last) out.push(T.barisTerbalik(k, first, last));
    else if (e && last > e.lastRow) out.push(T.barisDiLuar(k, last, sheet, e.lastRow));
  }

  for (const ref of Object.keys(overrides.polaritas ?? {})) {
    const k = key("polaritas", ref);
    const m = /^(.*)!\$?([A-Za-z]{1,3})?\$?(\d+)$/.exec(ref);
    if (!m || m[1] === "") {
      out.push(T.selSalah(k, ref));
      continue;
    }
    const sheet = m[1].replace(/^'(.*)'$/, "$1");
    const e = sheetOf(k, sheet);
    const row = Number(m[3]);
    const col = m[2] ? letterOf(m[2]) : null;
    if (!e) continue;
    if (row < 1 || row > e.lastRow) out.push(T.barisDiLuar(k, row, sheet, e.lastRow));
    else if (col !== null && col > e.lastCol)
      out.push(T.kolomDiLuar(k, m[2].toUpperCase(), sheet, columnLetter(Math.max(0, e.lastCol))));
  }
  return out;
}
