/**
 * Arithmetic agreement (issue 7 item 2): a printed capaian column is checked against the capaian formula in
 * every polarity variant (R/T, T/R, (2T-R)/T) and a printed penyerapan column against realisasi / anggaran,
 * each at the precision it was printed with. Most rows agreeing confirms the reading (a note with confidence
 * "tinggi"); most rows agreeing with nothing puts the reading in doubt (a warning naming the column), since a
 * column read wrong would give a finding on every row.
 */
import type { AnggaranRow, ColumnInfo, Guess, IndikatorRow, Reading } from "../model";
import { roundHalfAway } from "../numbers";
import { a1 } from "../workbook/address";
import { teksRecognize as T } from "../i18n/recognize";

/** The printed figure shows one of the candidate values at its own precision. */
function agrees(printed: Reading, candidates: number[]): boolean {
  if (printed.value === null) return false;
  const d = Math.min(printed.decimals ?? 2, 6);
  const p = roundHalfAway(printed.value, d);
  return candidates.some((c) => Number.isFinite(c) && Math.abs(roundHalfAway(c, d) - p) <= 10 ** -d * 1.01);
}

export interface Pair {
  printed: Reading | undefined;
  /** The values the printed figure may be (polarity variants), empty when the inputs are missing. */
  candidates: number[];
}

/** Candidates of a capaian from target and realisasi. */
export function capaianCandidates(t: number | null | undefined, r: number | null | undefined): number[] {
  if (t === null || t === undefined || r === null || r === undefined || t === 0) return [];
  const out = [(r / t) * 100, ((2 * t - r) / t) * 100];
  if (r !== 0) out.push((t / r) * 100);
  return out;
}

export function penyerapanCandidates(a: number | null | undefined, r: number | null | undefined): number[] {
  if (a === null || a === undefined || r === null || r === undefined || a === 0) return [];
  return [(r / a) * 100];
}

/** The guess about one printed column from its rows, or null when too few rows can be compared. */
export function agreementGuess(
  sheet: string,
  column: ColumnInfo | undefined,
  headerRow: number,
  pairs: Pair[],
  formula: string,
): Guess | null {
  if (!column || column.added) return null;
  const measurable = pairs.filter((p) => p.printed && p.printed.value !== null && p.candidates.length > 0);
  if (measurable.length < 3) return null;
  const ok = measurable.filter((p) => agrees(p.printed as Reading, p.candidates)).length;
  const cell = a1(headerRow, column.col);
  if (ok * 2 > measurable.length)
    return {
      sheet,
      cell,
      about: `cocok:${column.role}`,
      value: `${ok}/${measurable.length}`,
      reason: T.cocokRumus(column.header, column.role, ok, measurable.length, formula),
      confidence: "tinggi",
    };
  if (ok * 4 <= measurable.length)
    return {
      sheet,
      cell,
      about: `takCocok:${column.role}`,
      value: `${ok}/${measurable.length}`,
      reason: T.takCocokRumus(column.header, column.role, ok, measurable.length, formula),
      peringatan: true,
      confidence: "rendah",
    };
  return null;
}

/** Printed capaian and penyerapan columns confirmed, or doubted, by their arithmetic. */
export function agreement(
  sheet: string,
  headerRow: number,
  columns: ColumnInfo[],
  indikator: IndikatorRow[],
  anggaran: AnggaranRow[],
): Guess[] {
  const col = (role: string) => columns.find((c) => c.role === role && !c.added);
  const out: (Guess | null)[] = [];
  if (indikator.length > 0) {
    out.push(
      agreementGuess(
        sheet,
        col("capaian"),
        headerRow,
        indikator.map((i) => ({
          printed: i.printed.capaian,
          candidates: capaianCandidates(i.target?.value, i.realisasi?.value),
        })),
        T.rumusCapaian,
      ),
      agreementGuess(
        sheet,
        col("penyerapan"),
        headerRow,
        indikator.map((i) => ({
          printed: i.printed.penyerapan,
          candidates: penyerapanCandidates(i.alokasi?.value, i.realisasiAnggaran?.value),
        })),
        T.rumusPenyerapan,
      ),
    );
  }
  if (anggaran.length > 0)
    out.push(
      agreementGuess(
        sheet,
        col("penyerapan"),
        headerRow,
        anggaran
          .filter((a) => a.children.length === 0)
          .map((a) => ({
            printed: a.printed.penyerapan,
            candidates: penyerapanCandidates(a.anggaran?.value, a.realisasi?.value),
          })),
        T.rumusPenyerapan,
      ),
    );
  return out.filter((g): g is Guess => g !== null);
}
