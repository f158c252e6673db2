/**
 * Indicator rows (IKU, Perjanjian Kinerja, pengukuran, efisiensi, comparison tables): for every indicator its
 * sasaran (carried down from a merged cell or from a value written once), number, name, satuan, polaritas,
 * target (also a range "80 - 90"), realisasi (and per year), end target, budget, programs and the figures the
 * sheet already prints; "RATA-RATA CAPAIAN" rows become their sasaran's mean row.
 */
import type { ColumnInfo, Guess, IndikatorRow, OutputRole, Polaritas, Reading, SasaranGroup } from "../model";
import { OUTPUT_ROLES } from "../model";
import { parseAngka } from "../numbers";
import type { Overrides } from "../settings/settings";
import { a1 } from "../workbook/address";
import { teksRecognize as T } from "../i18n/recognize";
import type { Grid } from "./grid";
import type { HeaderBlock } from "./header";
import { guessPolaritas, parsePolaritas } from "./polaritas";
import { readAt, readText } from "./reading";
import { rowSkipper } from "./rows";
import { normalize } from "./text";
import { COUNT_UNIT, isGrandTotalLabel, isMeanLabel, sasaranHeading } from "./vocabulary";

export interface IndikatorResult {
  rows: IndikatorRow[];
  groups: SasaranGroup[];
  guesses: Guess[];
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

function colOf(columns: ColumnInfo[], role: string): number | null {
  const c = columns.find((x) => x.role === role && !x.added);
  return c ? c.col : null;
}

export function readIndikator(
  g: Grid,
  block: HeaderBlock,
  columns: ColumnInfo[],
  range: [number, number],
  tahun: number | null,
  overrides: Overrides,
): IndikatorResult {
  const sheet = g.name;
  const guesses: Guess[] = [];
  const c = {
    no: colOf(columns, "no"),
    tujuan: colOf(columns, "tujuan"),
    sasaran: colOf(columns, "sasaran"),
    indikator: colOf(columns, "indikator") ?? colOf(columns, "uraian"),
    satuan: colOf(columns, "satuan"),
    polaritas: colOf(columns, "polaritas"),
    target: colOf(columns, "target"),
    realisasi: colOf(columns, "realisasi"),
    targetAkhir: colOf(columns, "targetAkhir"),
    program: colOf(columns, "program"),
    bobot: colOf(columns, "bobot"),
    anggaran: colOf(columns, "anggaran"),
    realisasiAnggaran: colOf(columns, "realisasiAnggaran"),
    predikat: colOf(columns, "predikat"),
  };
  const years = columns
    .filter((x) => !x.added && /^realisasi:\d+$/.test(x.role))
    .map((x) => ({ tahun: Number(x.role.slice(10)), col: x.col }))
    .sort((x, y) => x.tahun - y.tahun);
  if (c.realisasi === null && tahun !== null) {
    const same = years.find((y) => y.tahun === tahun);
    if (same) c.realisasi = same.col;
  }
  const outputs = OUTPUT_ROLES.filter((r) => r !== "predikat").map((role) => [role, colOf(columns, role)] as const);
  const polOverrides = overrides.polaritas ?? {};

  // Columns that hold an indicator's figures: a row with none of them is not an indicator.
  const figureCols = [
    c.satuan,
    c.target,
    c.realisasi,
    c.targetAkhir,
    c.anggaran,
    c.realisasiAnggaran,
    ...years.map((y) => y.col),
  ].filter((x): x is number => x !== null);
  const measured = c.target !== null || c.realisasi !== null;
  const rowHasFigures = (r: number) => figureCols.some((col) => g.text(r, col) !== "");

  const rows: IndikatorRow[] = [];
  const groups: SasaranGroup[] = [];
  let sasaran: string | null = null;
  let tujuan: string | null = null;
  let group: SasaranGroup | null = null;
  let sinceMean = new Set<string>();
  let last: IndikatorRow | null = null;

  const groupFor = (nama: string | null): SasaranGroup => {
    const key = nama ?? "";
    if (group && group.nama === key) return group;
    group = { sheet, nama: key, rows: [], meanRow: null, printed: {}, printedPredikat: null };
    groups.push(group);
    return group;
  };

  /**
   * Output cells of a row. "indikator": the row's own cells; "gabungan": cells merged down over several rows
   * (a sasaran's mean or predikat printed once beside its indicators); "semua": every cell (a RATA-RATA row).
   */
  const printedAt = (r: number, mode: "indikator" | "gabungan" | "semua") => {
    const wanted = (col: number) => {
      if (mode === "semua") return true;
      const m = g.mergeAt(r, col);
      const spans = !!m && m.bottom > m.top;
      return mode === "gabungan" ? spans : !spans;
    };
    const printed: Partial<Record<OutputRole, Reading>> = {};
    for (const [role, col] of outputs) {
      if (col === null || !wanted(col)) continue;
      const reading = readAt(g, r, col);
      if (reading) printed[role] = reading;
    }
    let predikat: { row: number; col: number; text: string } | null = null;
    if (c.predikat !== null && wanted(c.predikat)) {
      const t = g.text(r, c.predikat);
      const a = g.anchor(r, c.predikat);
      if (t !== "") predikat = { row: a.row, col: a.col, text: t };
    }
    return { printed, predikat };
  };

  const skip = rowSkipper(g, block);
  for (let r = range[0]; r <= range[1]; r++) {
    if (skip(r)) continue;
    // Texts of the row's cells, to find labels such as "RATA-RATA CAPAIAN" wherever they sit.
    const texts: string[] = [];
    for (let col = block.firstCol; col <= block.lastCol; col++) {
      const v = g.value(r, col);
      if (typeof v === "string" && v.trim() !== "") texts.push(v.trim());
    }
    if (texts.some((t) => isMeanLabel(normalize(t)))) {
      const g0 = group as SasaranGroup | null;
      if (sinceMean.size > 1 || !g0) {
        guesses.push({
          sheet,
          cell: a1(r, block.firstCol),
          about: "meanRow",
          value: "keseluruhan",
          reason: T.rataRataKeseluruhan(),
        });
      } else if (g0.meanRow === null) {
        g0.meanRow = r;
        const p = printedAt(r, "semua");
        g0.printed = { ...g0.printed, ...p.printed };
        if (p.predikat) g0.printedPredikat = p.predikat;
      }
      sinceMean = new Set();
      continue;
    }

    // Sasaran and tujuan: a merged cell, or a value written once and blank below.
    if (c.tujuan !== null) {
      const t = g.text(r, c.tujuan);
      if (t !== "") tujuan = t;
    }
    if (c.sasaran !== null) {
      const s = g.text(r, c.sasaran);
      if (s !== "") sasaran = splitNomor(s).nama;
    }
    const indText = c.indikator !== null ? g.text(r, c.indikator) : "";
    if (indText === "") {
      const heading = texts.length > 0 ? sasaranHeading(texts[0]) : null;
      if (heading) {
        sasaran = heading;
        continue;
      }
    }
    // A row that only continues the indicator above (programs of a Perjanjian Kinerja listed one per row).
    const continues = c.indikator !== null && g.isMergeContinuation(r, c.indikator) && g.anchor(r, c.indikator).row < r;
    if ((continues || indText === "") && last && c.program !== null) {
      const nama = g.text(r, c.program);
      if (nama !== "" && !(continues && g.isMergeContinuation(r, c.program))) {
        last.program.push({ nama, anggaran: c.anggaran !== null ? readAt(g, r, c.anggaran, true) : null });
      }
      continue;
    }
    if (continues || indText === "") continue;
    // A JUMLAH / TOTAL row (money totals under an efisiensi table) is not an indicator.
    if (isGrandTotalLabel(normalize(indText))) continue;
    // Sasaran and indicators in one column: a row naming something without any figure is a sasaran heading.
    if (c.sasaran === null && measured && !rowHasFigures(r)) {
      sasaran = splitNomor(indText).nama;
      continue;
    }

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

    // Polaritas: the user's word first, then the sheet's column, then a guess from the name.
    const nameCell =
      c.indikator !== null ? a1(g.anchor(r, c.indikator).row, g.anchor(r, c.indikator).col) : a1(r, block.firstCol);
    const userPol = polOverrides[`${sheet}!${r + 1}`] ?? polOverrides[`${sheet}!${nameCell}`];
    let polaritas: Polaritas;
    let polaritasFrom: IndikatorRow["polaritasFrom"];
    const polText = c.polaritas !== null ? g.text(r, c.polaritas) : "";
    const fromColumn = polText !== "" ? parsePolaritas(polText) : null;
    if (userPol) {
      polaritas = userPol;
      polaritasFrom = "pengguna";
    } else if (fromColumn) {
      polaritas = fromColumn;
      polaritasFrom = "kolom";
    } else if (targetRange) {
      polaritas = "range";
      polaritasFrom = "tebakan";
      guesses.push({
        sheet,
        cell: nameCell,
        about: "polaritas",
        value: "range",
        reason: T.polaritasRentang(nama, target?.text ?? ""),
      });
    } else {
      const guess = guessPolaritas(nama);
      polaritas = guess.polaritas;
      polaritasFrom = guess.from;
      const reason =
        polText !== ""
          ? T.polaritasTakTerbaca(nama, polText)
          : guess.word
            ? T.polaritasTebakan(nama, guess.polaritas, guess.word)
            : T.polaritasBawaan(nama);
      guesses.push({ sheet, cell: nameCell, about: "polaritas", value: guess.polaritas, reason });
    }

    const program: IndikatorRow["program"] = [];
    let alokasi: Reading | null = null;
    if (c.program !== null) {
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
        if (nm !== "")
          program.push({ nama: nm, anggaran: c.anggaran !== null ? readAt(g, r, c.anggaran, true) : null });
      }
    }
    // The row's own budget: beside its realisasi anggaran (efisiensi tables), or with no program column (a PK
    // lists its programs' budgets instead).
    if (c.anggaran !== null && (c.program === null || c.realisasiAnggaran !== null))
      alokasi = readAt(g, r, c.anggaran, true);

    const realisasiTahunan = years
      .map((y) => ({ tahun: y.tahun, reading: readAt(g, r, y.col, counts) }))
      .filter((y): y is { tahun: number; reading: Reading } => y.reading !== null);
    const own = printedAt(r, "indikator");
    const row: IndikatorRow = {
      sheet,
      row: r,
      no,
      tujuan,
      sasaran,
      nama,
      satuan,
      polaritas,
      polaritasFrom,
      target,
      targetRange,
      realisasi,
      realisasiTahunan,
      targetAkhir: c.targetAkhir !== null ? readAt(g, r, c.targetAkhir, counts) : null,
      alokasi,
      realisasiAnggaran: c.realisasiAnggaran !== null ? readAt(g, r, c.realisasiAnggaran, true) : null,
      bobot: c.bobot !== null ? readAt(g, r, c.bobot) : null,
      program,
      printed: own.printed,
      printedPredikat: own.predikat,
    };
    rows.push(row);
    last = row;
    const grp = groupFor(sasaran);
    grp.rows.push(r);
    sinceMean.add(grp.nama);
    // A figure merged over the sasaran's rows (its mean, printed once) belongs to the group.
    const shared = printedAt(r, "gabungan");
    for (const [role, reading] of Object.entries(shared.printed) as [OutputRole, Reading][]) {
      if (grp.meanRow === null && !grp.printed[role]) grp.printed[role] = reading;
    }
    if (shared.predikat && grp.meanRow === null && !grp.printedPredikat) grp.printedPredikat = shared.predikat;
  }
  return { rows, groups, guesses };
}
