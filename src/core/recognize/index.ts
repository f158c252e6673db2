/**
 * Sheet recognition: from a workbook snapshot to what it holds (domain.md §4-§5).
 * Finds budget and indicator sheets, their header rows (under title rows, two-row merged headers, a
 * column-number row), each column's role, the budget hierarchy, total and mean rows, sasaran spanning merged
 * cells, and polarity. Every guess is recorded (Guess) and can be overridden by settings.overrides.
 *
 * Files: header.ts (header block), vocabulary.ts (words), roles.ts (column roles), kind.ts (sheet kind),
 * rows.ts (data range), outputs.ts (output columns), anggaran.ts + hierarchy.ts + kode.ts + numbering.ts
 * (budget rows), indikator.ts + polaritas.ts (indicator rows), titles.ts (year and agency), layout.ts (one
 * sheet end to end).
 */
import type { Guess, Recognition } from "../model";
import type { Settings } from "../settings/settings";
import { STATE_SHEET, type WorkbookSnapshot } from "../workbook/port";
import { prepareSheet, realisasiYears, recognizeSheet } from "./layout";

export function recognize(snapshot: WorkbookSnapshot, settings: Settings): Recognition {
  const overrides = settings.overrides ?? {};
  const generated = new Set(snapshot.state?.generatedSheets ?? []);
  const sheets = snapshot.sheets.filter((s) => s.name !== STATE_SHEET);
  const preps = sheets.map((s) => prepareSheet(s, overrides));
  const own = preps.filter((p) => !generated.has(p.grid.name));

  // The report year: the user's setting, else a title ("TAHUN ANGGARAN 2020"), else a header
  // ("s/d TAHUN 2020"), else a sheet's name ("LRA 2020"), else the latest realisasi year in the headers.
  let found: number | null = own.find((p) => p.titles.tahun !== null)?.titles.tahun ?? null;
  if (found === null) found = own.find((p) => p.headerTahun !== null)?.headerTahun ?? null;
  if (found === null) found = own.find((p) => p.nameTahun !== null && p.block !== null)?.nameTahun ?? null;
  if (found === null) {
    const years = own.flatMap(realisasiYears);
    if (years.length > 0) found = Math.max(...years);
  }
  const tahun = settings.tahun ?? found;
  const instansi = own.find((p) => p.titles.instansi !== null)?.titles.instansi ?? null;

  const result: Recognition = { layouts: [], indikator: [], sasaran: [], anggaran: [], tahun, instansi, guesses: [] };
  for (const p of preps) {
    const sheetTahun = settings.tahun ?? p.titles.tahun ?? tahun;
    const r = recognizeSheet(p, sheetTahun, overrides, generated.has(p.grid.name));
    result.layouts.push(r.layout);
    // A loop, not push(...list): spreading 130,000+ rows into one call overflows the stack.
    for (const x of r.indikator) result.indikator.push(x);
    for (const x of r.sasaran) result.sasaran.push(x);
    for (const x of r.anggaran) result.anggaran.push(x);
  }
  const guesses: Guess[] = result.layouts.flatMap((l) => l.guesses);
  result.guesses = guesses;
  return result;
}
