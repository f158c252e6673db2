/**
 * One indicator row, step by step: the columns it reads (indikatorColumns), its number and name, its
 * readings (target also as a range "80 - 90"), its polaritas (the user's, the sheet's column, else a guess
 * from the name), its programs (Perjanjian Kinerja) and the figures the sheet prints beside it.
 */
import type { ColumnInfo, Guess, IndikatorRow, OutputRole, Polaritas, Reading } from "../model";
import { OUTPUT_ROLES } from "../model";
import { parseAngka } from "../numbers";
import type { Overrides } from "../settings/settings";
import { a1 } from "../workbook/address";
import { teksRecognize as T } from "../i18n/recognize";
import type { Grid } from "./grid";
import { guessPolaritas, parsePolaritas } from "./polaritas";
import { readAt, readText } from "./reading";
import { COUNT_UNIT } from "./vocabulary";

/** The columns an indicator table reads (null when the sheet has none), and its per-year realisasi columns. */
export interface IndikatorColumns {
  no: number | null;
  tujuan: number | null;
  sasaran: number | null;
  indikator: number | null;
  satuan: number | null;
  polaritas: number | null;
  target: number | null;
  realisasi: number | null;
  targetAkhir: number | null;
  program: number | null;
  bobot: number | null;
  anggaran: number | null;
  realisasiAnggaran: number | null;
  predikat: number | null;
  years: { tahun: number; col: number }[];
  outputs: (readonly [OutputRole, number | null])[];
}

function colOf(columns: ColumnInfo[], role: string): number | null {
  const c = columns.find((x) => x.role === role && !x.added);
  return c ? c.col : null;
}

export function indikatorColumns(columns: ColumnInfo[], tahun: number | null): IndikatorColumns {
  const years = columns
    .filter((x) => !x.added && /^realisasi:\d+$/.test(x.role))
    .map((x) => ({ tahun: Number(x.role.slice(10)), col: x.col }))
    .sort((x, y) => x.tahun - y.tahun);
  let realisasi = colOf(columns, "realisasi");
  if (realisasi === null && tahun !== null) realisasi = years.find((y) => y.tahun === tahun)?.col ?? null;
  return {
    no: colOf(columns, "no"),
    tujuan: colOf(columns, "tujuan"),
    sasaran: colOf(columns, "sasaran"),
    indikator: colOf(columns, "indikator") ?? colOf(columns, "uraian"),
    satuan: colOf(columns, "satuan"),
    polaritas: colOf(columns, "polaritas"),
    target: colOf(columns, "target"),
    realisasi,
    targetAkhir: colOf(columns, "targetAkhir"),
    program: colOf(columns, "program"),
    bobot: colOf(columns, "bobot"),
    anggaran: colOf(columns, "anggaran"),
    realisasiAnggaran: colOf(columns, "realisasiAnggaran"),
    predikat: colOf(columns, "predikat"),
    years,
    outputs: OUTPUT_ROLES.filter((r) => r !== "predikat").map((role) => [role, colOf(columns, role)] as const),
  };
}

/** The columns that hold an indicator's own figures: a row with none of them is not an indicator. */
export function figureColumns(c: IndikatorColumns): number[] {
  return [
    c.satuan,
    c.target,
    c.realisasi,
    c.targetAkhir,
    c.anggaran,
    c.realisasiAnggaran,
    ...c.years.map((y) => y.col),
  ].filter((x): x is number => x !== null);
}

/**
 * The row has its own inputs: a number in its own target or realisasi cell. Such a row is an indicator
 * whatever its name begins with ("Rata-rata lama sekolah", "Jumlah penduduk miskin"); a RATA-RATA or
 * JUMLAH row prints only computed figures.
 */
export function hasOwnInputs(g: Grid, r: number, c: IndikatorColumns): boolean {
  for (const col of [c.target, c.realisasi]) {
    if (col === null) continue;
    const reading = readAt(g, r, col);
    if (reading && reading.row === r && reading.value !== null) return true;
  }
  return false;
}

/** "1.1. Angka Kemiskinan" -> no "1.1", nama "Angka Kemiskinan". */
export function splitNomor(text: string): { no: string | null; nama: string } {
  const m = /^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)(.*)$/.exec(text);
  if (!m || /^\d/.test(m[2])) return { no: null, nama: text.trim() };
  return { no: m[1], nama: m[2].trim() };
}

/** A target written as a range: "80 - 90", "80% – 90%", "80 s/d 90". */
export function parseRange(text: string, counts: boolean): [number, number] | null {
  const m = /^\s*(.+?)\s*(?:-|–|—|s\/d|s\.d\.?|sd|sampai(?: dengan)?)\s*(.+?)\s*$/i.exec(text);
  if (!m) return null;
  const lo = parseAngka(m[1], { preferThousands: counts });
  const hi = parseAngka(m[2], { preferThousands: counts });
  if (!lo || !hi || lo.value > hi.value) return null;
  return [lo.value, hi.value];
}

function isCountUnit(satuan: string | null): boolean {
  return satuan !== null && COUNT_UNIT.test(satuan.trim().replace(/\.$/, ""));
}

/** Several programs in one cell (bullets or lines) and their amounts in another. */
function splitLines(v: unknown): string[] {
  if (typeof v !== "string") return [];
  return v
    .split(/\r?\n|•|·|;/)
    .map((s) => s.replace(/^\s*(?:[-–*]|\d{1,2}[.)]|[a-z][.)])\s*/i, "").trim())
    .filter((s) => s !== "");
}

function splitAmounts(v: unknown): string[] {
  if (typeof v !== "string") return [];
  let pieces = v
    .split(/\r?\n|;/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (pieces.length === 1) {
    const tokens = pieces[0].split(/\s+/);
    const merged: string[] = [];
    for (const t of tokens) {
      if (merged.length > 0 && /^(rp\.?)$/i.test(merged[merged.length - 1])) merged[merged.length - 1] += ` ${t}`;
      else merged.push(t);
    }
    if (merged.length > 1 && merged.every((t) => parseAngka(t, { preferThousands: true }) !== null)) pieces = merged;
  }
  return pieces;
}

export type Printed = {
  printed: Partial<Record<OutputRole, Reading>>;
  predikat: { row: number; col: number; text: string } | null;
};

/**
 * Output cells of a row. "indikator": the row's own cells; "gabungan": cells merged down over several rows
 * (a sasaran's mean or predikat printed once beside its indicators); "semua": every cell (a RATA-RATA row).
 */
export function printedAt(g: Grid, c: IndikatorColumns, r: number, mode: "indikator" | "gabungan" | "semua"): Printed {
  const wanted = (col: number) => {
    if (mode === "semua") return true;
    const m = g.mergeAt(r, col);
    const spans = !!m && m.bottom > m.top;
    return mode === "gabungan" ? spans : !spans;
  };
  const printed: Partial<Record<OutputRole, Reading>> = {};
  for (const [role, col] of c.outputs) {
    if (col === null || !wanted(col)) continue;
    const reading = readAt(g, r, col);
    if (reading) printed[role] = reading;
  }
  let predikat: Printed["predikat"] = null;
  if (c.predikat !== null && wanted(c.predikat)) {
    const t = g.text(r, c.predikat);
    const a = g.anchor(r, c.predikat);
    if (t !== "") predikat = { row: a.row, col: a.col, text: t };
  }
  return { printed, predikat };
}

/** Polaritas: the user's word first, then the sheet's column, then a range target, then a guess from the name. */
function polaritasOf(
  g: Grid,
  c: IndikatorColumns,
  r: number,
  nama: string,
  nameCell: string,
  target: Reading | null,
  targetRange: [number, number] | null,
  overrides: Overrides,
  guesses: Guess[],
): { polaritas: Polaritas; from: IndikatorRow["polaritasFrom"] } {
  const sheet = g.name;
  const pol = overrides.polaritas ?? {};
  const user = pol[`${sheet}!${r + 1}`] ?? pol[`${sheet}!${nameCell}`];
  if (user) return { polaritas: user, from: "pengguna" };
  const polText = c.polaritas !== null ? g.text(r, c.polaritas) : "";
  const fromColumn = polText !== "" ? parsePolaritas(polText) : null;
  if (fromColumn) return { polaritas: fromColumn, from: "kolom" };
  if (targetRange) {
    guesses.push({
      sheet,
      cell: nameCell,
      about: "polaritas",
      value: "range",
      reason: T.polaritasRentang(nama, target?.text ?? ""),
    });
    return { polaritas: "range", from: "tebakan" };
  }
  const guess = guessPolaritas(nama);
  const reason =
    polText !== ""
      ? T.polaritasTakTerbaca(nama, polText)
      : guess.word
        ? T.polaritasTebakan(nama, guess.polaritas, guess.word)
        : T.polaritasBawaan(nama);
  guesses.push({ sheet, cell: nameCell, about: "polaritas", value: guess.polaritas, reason });
  return { polaritas: guess.polaritas, from: guess.from };
}

/** Programs that carry the indicator: one per line of one cell with amounts beside them, or one per cell. */
function programsOf(g: Grid, c: IndikatorColumns, r: number): IndikatorRow["program"] {
  const program: IndikatorRow["program"] = [];
  if (c.program === null) return program;
  const a = g.anchor(r, c.program);
  const names = splitLines(g.raw(a.row, a.col));
  if (names.length > 1 && c.anggaran !== null) {
    const aa = g.anchor(r, c.anggaran);
    const amountsRaw = g.raw(aa.row, aa.col);
    const amounts = typeof amountsRaw === "number" ? [] : splitAmounts(amountsRaw);
    names.forEach((nm, i) =>
      program.push({
        nama: nm,
        anggaran:
          amounts[i] !== undefined
            ? readText(aa.row, aa.col, amounts[i], g.formula(aa.row, aa.col) !== null, true)
            : null,
      }),
    );
  } else if (names.length > 1) {
    for (const nm of names) program.push({ nama: nm, anggaran: null });
  } else {
    const nm = g.text(r, c.program);
    if (nm !== "") program.push({ nama: nm, anggaran: c.anggaran !== null ? readAt(g, r, c.anggaran, true) : null });
  }
  return program;
}

/** Read row `r` as an indicator named `indText` under the given sasaran and tujuan. */
export function readIndikatorRow(
  g: Grid,
  c: IndikatorColumns,
  r: number,
  firstCol: number,
  indText: string,
  context: { sasaran: string | null; tujuan: string | null },
  overrides: Overrides,
  guesses: Guess[],
): IndikatorRow {
  const { no: noInName, nama } = splitNomor(indText);
  let no = noInName;
  if (no === null && c.no !== null && !g.isMergeContinuation(r, c.no)) {
    const t = g.text(r, c.no);
    if (t !== "") no = t.replace(/\.$/, "");
  }
  const satuanText = c.satuan !== null ? g.text(r, c.satuan) : "";
  const satuan = satuanText !== "" ? satuanText : null;
  const counts = isCountUnit(satuan);
  const target = c.target !== null ? readAt(g, r, c.target, counts) : null;
  const realisasi = c.realisasi !== null ? readAt(g, r, c.realisasi, counts) : null;
  let targetRange: [number, number] | null = null;
  if (target && target.value === null && target.text) targetRange = parseRange(target.text, counts);
  const nameCell =
    c.indikator !== null ? a1(g.anchor(r, c.indikator).row, g.anchor(r, c.indikator).col) : a1(r, firstCol);
  const pol = polaritasOf(g, c, r, nama, nameCell, target, targetRange, overrides, guesses);
  // The row's own budget: beside its realisasi anggaran (efisiensi tables), or with no program column (a PK
  // lists its programs' budgets instead).
  const alokasi =
    c.anggaran !== null && (c.program === null || c.realisasiAnggaran !== null) ? readAt(g, r, c.anggaran, true) : null;
  const realisasiTahunan = c.years
    .map((y) => ({ tahun: y.tahun, reading: readAt(g, r, y.col, counts) }))
    .filter((y): y is { tahun: number; reading: Reading } => y.reading !== null);
  const own = printedAt(g, c, r, "indikator");
  return {
    sheet: g.name,
    row: r,
    no,
    tujuan: context.tujuan,
    sasaran: context.sasaran,
    nama,
    satuan,
    polaritas: pol.polaritas,
    polaritasFrom: pol.from,
    target,
    targetRange,
    realisasi,
    realisasiTahunan,
    targetAkhir: c.targetAkhir !== null ? readAt(g, r, c.targetAkhir, counts) : null,
    alokasi,
    realisasiAnggaran: c.realisasiAnggaran !== null ? readAt(g, r, c.realisasiAnggaran, true) : null,
    bobot: c.bobot !== null ? readAt(g, r, c.bobot) : null,
    program: programsOf(g, c, r),
    printed: own.printed,
    printedPredikat: own.predikat,
  };
}

export { readAt };
