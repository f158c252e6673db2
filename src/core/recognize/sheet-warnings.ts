/**
 * What a sheet lacks, as warnings (issue 7 item 3): a sheet with numbers but no table we know, a table without
 * a role it needs (a Perjanjian Kinerja's missing realisasi is expected: a note), and an indicator table that
 * is really a budget table (indicators with money only beside their programs).
 */
import type { ColumnInfo, Guess, SheetKind } from "../model";
import { teksRecognize as T } from "../i18n/recognize";
import type { Grid } from "./grid";

/** The sheet holds at least a few numbers (a cover or a page of notes holds none): worth a warning when unread. */
export function holdsNumbers(g: Grid): boolean {
  let n = 0;
  const bottom = Math.min(g.bottom, g.top + 500);
  for (let r = g.top; r <= bottom; r++)
    for (let c = g.left; c <= g.right; c++) {
      const v = g.raw(r, c);
      if (typeof v === "number" || (typeof v === "string" && /^\s*[\d.,]+\s*%?\s*$/.test(v) && /\d/.test(v))) {
        if (++n >= 3) return true;
      }
    }
  return false;
}

/** A Perjanjian Kinerja (targets only, with the programs that carry them): no realisasi is expected. */
function perjanjianKinerja(name: string, titles: string, columns: ColumnInfo[]): boolean {
  return (
    columns.some((c) => c.role === "program") ||
    /perjanjian kinerja|^pk\b/i.test(name) ||
    /perjanjian kinerja/i.test(titles)
  );
}

/** Warnings for a table that lacks a role it needs to measure anything. */
export function missingRoles(
  name: string,
  kind: SheetKind,
  columns: ColumnInfo[],
  tahun: number | null,
  cell: string,
  titles: string,
): Guess[] {
  const has = (r: string) => columns.some((c) => c.role === r && !c.added);
  const out: Guess[] = [];
  if (kind === "indikator") {
    const realisasi =
      has("realisasi") ||
      (tahun !== null && has(`realisasi:${tahun}`)) ||
      columns.some((c) => /^realisasi:/.test(c.role));
    const missing = [...(has("target") ? [] : ["target"]), ...(realisasi ? [] : ["realisasi"])];
    if (missing.length === 1 && missing[0] === "realisasi" && perjanjianKinerja(name, titles, columns))
      out.push({ sheet: name, cell, about: "tanpaRealisasi", value: "pk", reason: T.perjanjianKinerja(name) });
    else if (missing.length > 0)
      out.push({
        sheet: name,
        cell,
        about: "tanpaPeran",
        value: missing.join(","),
        reason: T.tanpaPeran(name, kind, missing, T.akibatCapaian),
        peringatan: true,
        confidence: "rendah",
      });
  } else if (kind === "anggaran") {
    const missing = [
      ...(has("anggaran") ? [] : ["anggaran"]),
      ...(has("realisasiAnggaran") ? [] : ["realisasiAnggaran"]),
    ];
    if (missing.length > 0)
      out.push({
        sheet: name,
        cell,
        about: "tanpaPeran",
        value: missing.join(","),
        reason: T.tanpaPeran(name, kind, missing, T.akibatPenyerapan),
        peringatan: true,
        confidence: "rendah",
      });
  }
  return out;
}

/** Indicators with money only (no target, no realisasi of their own) beside named budget lines. */
export function budgetOnly(columns: ColumnInfo[]): boolean {
  const has = (r: string) => columns.some((c) => c.role === r && !c.added);
  const measures =
    has("target") || has("realisasi") || has("targetAkhir") || columns.some((c) => /^realisasi:/.test(c.role));
  return !measures && has("anggaran") && has("realisasiAnggaran") && (has("program") || has("uraian"));
}
