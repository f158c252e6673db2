/**
 * The sign of a printed "Lebih/(Kurang)" column (also "Lebih (Kurang)", "Selisih"): a budget table prints its
 * difference either as anggaran − realisasi (the sisa) or as realisasi − anggaran, and its values show which.
 * Each row's printed figure is compared, at its printed precision, with both differences of the row's own
 * printed anggaran and realisasi; rows that agree with one only are evidence. The spending rows and the revenue
 * rows decide each their own sign (revenue often prints the other: more income than planned is "lebih"); a
 * table of revenue alone takes the revenue rows' sign. A majority picks the sign, a tie or no evidence keeps
 * anggaran − realisasi, and revenue rows without evidence take the spending rows' sign or, in the check, either.
 * Decided once by engine.analyze; the check compares under it, the fill writes it where the column is empty.
 */
import { agreesAtPrintedPrecision } from "../check/findings";
import { teksSisaArah as T } from "../i18n/sisa-arah";
import type { AnggaranRow, Guess, Recognition, SisaArah, SisaArahChoice } from "../model";
import { normalize } from "../recognize/text";
import { a1 } from "../workbook/address";
import { AnggaranTree } from "./index";
import { pendapatanRows } from "./pendapatan";

/** A header that names a difference with its own sign, not a sisa by definition. */
export function isSignedSisaHeader(header: string): boolean {
  const n = normalize(header);
  return !/%|persen/.test(n) && /(^|\/ |\s)(selisih|lebih ?\/? ?kurang)\b/.test(n);
}

export interface SisaArahDecision {
  choices: SisaArahChoice[];
  guesses: Guess[];
}

export function chooseSisaArah(recognition: Recognition): SisaArahDecision {
  const choices: SisaArahChoice[] = [];
  const guesses: Guess[] = [];
  // The revenue rows only when a sheet has such a column (most workbooks have none).
  let revenueRows: Set<AnggaranRow> | null = null;
  for (const layout of recognition.layouts) {
    if (layout.kind !== "anggaran" || !layout.headerRows) continue;
    const column = layout.columns.find((c) => c.role === "sisa" && !c.added);
    if (!column || !isSignedSisaHeader(column.header)) continue;
    revenueRows ??= pendapatanRows(recognition.anggaran, AnggaranTree.of(recognition.anggaran));
    const spending: Record<SisaArah, number> = { "anggaran-realisasi": 0, "realisasi-anggaran": 0 };
    const revenue: Record<SisaArah, number> = { "anggaran-realisasi": 0, "realisasi-anggaran": 0 };
    for (const r of recognition.anggaran) {
      if (r.sheet !== layout.sheet) continue;
      const p = r.printed.sisa;
      const a = r.anggaran?.value ?? null;
      const re = r.realisasi?.value ?? null;
      if (!p || p.value === null || a === null || re === null) continue;
      const ar = agreesAtPrintedPrecision(p, a - re, null, 0);
      const ra = agreesAtPrintedPrecision(p, re - a, null, 0);
      if (ar === ra) continue;
      (revenueRows.has(r) ? revenue : spending)[ar ? "anggaran-realisasi" : "realisasi-anggaran"] += 1;
    }
    const majority = (e: Record<SisaArah, number>): SisaArah =>
      e["realisasi-anggaran"] > e["anggaran-realisasi"] ? "realisasi-anggaran" : "anggaran-realisasi";
    const count = (e: Record<SisaArah, number>) => e["anggaran-realisasi"] + e["realisasi-anggaran"];
    const arah = majority(count(spending) > 0 ? spending : revenue);
    const from = count(spending) + count(revenue) > 0 ? "bukti" : "bawaan";
    const pendapatan = {
      arah: count(revenue) > 0 ? majority(revenue) : arah,
      from: count(revenue) > 0 ? ("bukti" as const) : ("bawaan" as const),
      evidence: revenue,
    };
    choices.push({
      sheet: layout.sheet,
      col: column.col,
      header: column.header,
      arah,
      from,
      evidence: spending,
      pendapatan,
    });
    if (from === "bukti") {
      const against = count(spending) - spending[arah];
      guesses.push({
        sheet: layout.sheet,
        cell: a1(layout.headerRows[0], column.col),
        about: "sisaArah",
        value: arah,
        reason: T.bukti(column.header, arah, spending[arah], against, pendapatan.arah, revenue[pendapatan.arah]),
        confidence: against === 0 && revenue[pendapatan.arah] === count(revenue) ? "tinggi" : "sedang",
      });
    }
  }
  return { choices, guesses };
}

/** A row's printed sisa is realisasi − anggaran under this choice (revenue rows by their own sign). */
export function sisaTerbalik(choice: SisaArahChoice | undefined, revenue: boolean): boolean {
  return (revenue ? choice?.pendapatan.arah : choice?.arah) === "realisasi-anggaran";
}

/** The choice for a sheet's sisa column, if it has a sign of its own. */
export function sisaArahOf(choices: SisaArahChoice[], sheet: string): SisaArahChoice | undefined {
  return choices.find((c) => c.sheet === sheet);
}
