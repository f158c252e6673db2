/**
 * Roles decided by what the columns hold, after the headers had their say (issue 7 item 2):
 * - content profiles per column (money, percent, fraction shown as percent, count with unit, year, text,
 *   code, predikat word), read from the first data rows;
 * - a table whose rows are years (one indicator across years) or units (one indicator per Balai / UPT /
 *   kecamatan): the year or unit column names the rows, the table title names the indicator;
 * - a column headed "Capaian" whose values carry the target's units ("232 Org" beside "250 Org") is the
 *   realisasi, whatever its header says (a warning names it: a role chosen against its header).
 * Every decision is a Guess naming the column's header cell.
 */
import type { ColumnInfo, Guess } from "../model";
import { readNumber } from "../numbers";
import { isPercentFormat } from "../numbers/parse";
import { a1 } from "../workbook/address";
import { teksRecognize as T } from "../i18n/recognize";
import type { Grid } from "./grid";
import type { HeaderBlock } from "./header";
import { isYearOnly, normalize } from "./text";
import { isGrandTotalLabel, isMeanLabel, isPredikatWord, UNIT_LABEL, YEAR_LABEL } from "./vocabulary";

export type ContentKind = "money" | "percent" | "fraction" | "count" | "number" | "year" | "text" | "code" | "predikat";

export interface ContentProfile {
  col: number;
  /** Non-empty cells looked at. */
  cells: number;
  /** Share of each kind among them. */
  share: Record<ContentKind, number>;
  /** The most common unit written with the numbers ("org", "%", "Rp"), if any. */
  unit: string | null;
  /** The dominant kind (share >= 0.6), or null when mixed. */
  kind: ContentKind | null;
}

const KINDS: ContentKind[] = ["money", "percent", "fraction", "count", "number", "year", "text", "code", "predikat"];

/** What one cell holds. */
export function cellKind(raw: unknown, format: string): { kind: ContentKind; unit: string | null } | null {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "number") {
    if (isPercentFormat(format)) return { kind: "fraction", unit: "%" };
    if (Number.isInteger(raw) && isYearOnly(String(raw))) return { kind: "year", unit: null };
    if (Math.abs(raw) >= 1e5 && Number.isInteger(raw)) return { kind: "money", unit: null };
    return { kind: "number", unit: null };
  }
  if (typeof raw !== "string") return null;
  const t = raw.trim();
  if (t === "" || /^[-–—]$/.test(t)) return null;
  if (isYearOnly(t)) return { kind: "year", unit: null };
  if (/^\d{1,2}(\.\d{1,2}){2,}(\.\d+)?$/.test(t) || /^\d+( \d{2}){2,}$/.test(t)) return { kind: "code", unit: null };
  if (isPredikatWord(t)) return { kind: "predikat", unit: null };
  const n = readNumber(t, format, { preferThousands: false });
  if (n.value === null) return { kind: "text", unit: null };
  const unit = n.unit ? n.unit.trim().toLowerCase() : null;
  if (unit === "%") return { kind: "percent", unit };
  if (unit === "rp" || /,-$/.test(t) || Math.abs(n.value) >= 1e5) return { kind: "money", unit: unit ?? null };
  if (unit) return { kind: "count", unit };
  return { kind: "number", unit: null };
}

/** The content profile of one column over the given rows. */
export function profileColumn(g: Grid, col: number, rows: [number, number]): ContentProfile {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<ContentKind, number>;
  const units = new Map<string, number>();
  let cells = 0;
  for (let r = rows[0]; r <= rows[1]; r++) {
    if (g.isMergeContinuation(r, col)) continue;
    const k = cellKind(g.raw(r, col), g.format(r, col));
    if (!k) continue;
    cells++;
    counts[k.kind]++;
    if (k.unit) units.set(k.unit, (units.get(k.unit) ?? 0) + 1);
  }
  const share = Object.fromEntries(KINDS.map((k) => [k, cells ? counts[k] / cells : 0])) as Record<ContentKind, number>;
  let kind: ContentKind | null = null;
  for (const k of KINDS) if (share[k] >= 0.6) kind = k;
  const unit = [...units.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  return { col, cells, share, unit, kind };
}

/** Values that measure performance, not money: mostly percentages or counts written with their unit. */
export function holdsMeasures(p: ContentProfile): boolean {
  return p.cells > 0 && p.share.percent + p.share.fraction + p.share.count >= 0.6 && p.share.money === 0;
}

/** The first data rows after the header (up to 60), to profile columns before the data range is known. */
export function sampleRows(g: Grid, block: HeaderBlock): [number, number] {
  const start = (block.numberRow ?? block.rows[1]) + 1;
  return [start, Math.min(g.bottom, start + 60)];
}

/** The table's title: the last title row above the header that is not the agency or the year alone. */
export function tableTitle(titles: string): string | null {
  const lines = titles
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]
      .replace(/^(tabel|table|gambar|grafik)\s*[\dIVX]+(\.\d+)*\.?\s*[:.\-–]?\s*/i, "")
      .replace(/\s+(tahun|th\.?|t\.a\.?)\s+(19|20)\d\d(\s*[-–s/d.]+\s*(19|20)\d\d)?\s*$/i, "")
      .trim();
    if (t.length < 4 || /^(pemerintah|dinas|badan|kantor|sekretariat|tahun|laporan kinerja)\b/i.test(t)) continue;
    return t;
  }
  return null;
}

const HAS_NAME = new Set(["indikator", "uraian", "sasaran", "program"]);

export interface RowsAre {
  jenis: "tahun" | "unit";
  col: number;
  /** The indicator the table measures, from its title (null when the title names none). */
  judul: string | null;
}

/**
 * A table with target and realisasi but no indicator column: its rows are years ("Tahun" 2018 ... 2022) or
 * units ("Unit Kerja", "Balai", "UPT", "Kecamatan"). The label column takes the indikator role.
 */
export function rowsAreYearsOrUnits(
  g: Grid,
  block: HeaderBlock,
  columns: ColumnInfo[],
  titles: string,
): { columns: ColumnInfo[]; rowsAre: RowsAre | null; guesses: Guess[] } {
  const has = (role: string) => columns.some((c) => c.role === role);
  const measures =
    (has("target") || columns.some((c) => c.role === "targetAkhir")) &&
    columns.some((c) => /^realisasi/.test(c.role) && c.role !== "realisasiAnggaran");
  if (columns.some((c) => HAS_NAME.has(c.role)) || !measures) return { columns, rowsAre: null, guesses: [] };
  const taken = new Set(columns.map((c) => c.col));
  const rows = sampleRows(g, block);
  let found: { col: number; jenis: "tahun" | "unit" } | null = null;
  for (let col = block.firstCol; col <= block.lastCol && !found; col++) {
    if (taken.has(col)) continue;
    const header = normalize(block.paths.get(col)?.join(" ") ?? "");
    const p = profileColumn(g, col, rows);
    if (p.cells === 0) continue;
    if (YEAR_LABEL.test(header) || p.share.year >= 0.8) found = { col, jenis: "tahun" };
    else if (UNIT_LABEL.test(header) && p.share.text >= 0.6) found = { col, jenis: "unit" };
  }
  if (!found) return { columns, rowsAre: null, guesses: [] };
  const header = block.paths.get(found.col)?.join(" / ") ?? "";
  const judul = tableTitle(titles);
  const out = [...columns, { role: "indikator" as const, col: found.col, header, added: false }].sort(
    (x, y) => x.col - y.col,
  );
  const guess: Guess = {
    sheet: g.name,
    cell: a1(block.rows[0], found.col),
    about: found.jenis === "tahun" ? "barisTahun" : "barisUnit",
    value: judul ?? "",
    reason: found.jenis === "tahun" ? T.barisTahun(header, judul) : T.barisUnit(header, judul),
  };
  return { columns: out, rowsAre: { jenis: found.jenis, col: found.col, judul }, guesses: [guess] };
}

/** Rows that are labels, not data: totals and means (skipped when comparing a column with the target). */
function labelRow(g: Grid, r: number, block: HeaderBlock): boolean {
  for (let c = block.firstCol; c <= block.lastCol; c++) {
    const v = g.raw(r, c);
    if (typeof v !== "string") continue;
    const n = normalize(v);
    if (isGrandTotalLabel(n) || (isMeanLabel(n) && /^(rata ?-? ?rata|rerata)( capaian.*)?$/.test(n))) return true;
  }
  return false;
}

/**
 * No realisasi column, but a "Capaian" column whose values carry the target's unit ("232 Org" beside
 * "250 Org") or stay near the target row by row while the target is no percentage: that column is the
 * realisasi (a warning: chosen against its header).
 */
export function realisasiByContent(
  g: Grid,
  block: HeaderBlock,
  columns: ColumnInfo[],
): { columns: ColumnInfo[]; guesses: Guess[] } {
  const target = columns.find((c) => c.role === "target" && !c.added);
  if (!target || columns.some((c) => c.role === "realisasi" || /^realisasi:/.test(c.role)))
    return { columns, guesses: [] };
  const rows = sampleRows(g, block);
  const tp = profileColumn(g, target.col, rows);
  for (const cand of columns.filter((c) => c.role === "capaian" && !c.added)) {
    const p = profileColumn(g, cand.col, rows);
    if (p.cells < 2) continue;
    let same = 0;
    let near = 0;
    let n = 0;
    for (let r = rows[0]; r <= rows[1]; r++) {
      if (labelRow(g, r, block)) continue;
      const t = cellKind(g.raw(r, target.col), g.format(r, target.col));
      const c = cellKind(g.raw(r, cand.col), g.format(r, cand.col));
      if (!t || !c) continue;
      n++;
      if (t.unit && c.unit && t.unit === c.unit && t.unit !== "%") same++;
      const tv = readNumber(g.raw(r, target.col), g.format(r, target.col)).value;
      const cv = readNumber(g.raw(r, cand.col), g.format(r, cand.col)).value;
      if (tv !== null && cv !== null && tv !== 0 && cv / tv >= 0.5 && cv / tv <= 1.5) near++;
    }
    const unitsAgree = n >= 1 && same / n >= 0.6 && p.unit !== "%";
    const tracks = n >= 3 && near / n >= 0.8 && tp.unit !== "%" && p.unit !== "%" && p.kind !== "fraction";
    if (!unitsAgree && !tracks) continue;
    const bukti = unitsAgree ? T.buktiSatuan(p.unit ?? "") : T.buktiMengikutiTarget(near, n);
    const out = columns.map((c) => (c === cand ? { ...c, role: "realisasi" as const } : c));
    return {
      columns: out,
      guesses: [
        {
          sheet: g.name,
          cell: a1(block.rows[0], cand.col),
          about: "role:realisasi",
          value: "realisasi",
          reason: T.melawanJudul(cand.header, "realisasi", bukti),
          peringatan: true,
          confidence: "sedang",
        },
      ],
    };
  }
  return { columns, guesses: [] };
}

/**
 * "Uraian | Target | Realisasi" with no indicator column and no money column, whose targets are no amounts
 * of money ("70 %", "13 Kab/Kota"): the Uraian names indicators, so the sheet is an indicator sheet.
 */
export function uraianNamesIndikator(
  g: Grid,
  block: HeaderBlock,
  columns: ColumnInfo[],
): { columns: ColumnInfo[]; guesses: Guess[] } {
  const has = (pred: (c: ColumnInfo) => boolean) => columns.some((c) => !c.added && pred(c));
  const uraian = columns.find((c) => c.role === "uraian" && !c.added);
  const target = columns.find((c) => c.role === "target" && !c.added);
  if (
    !uraian ||
    !target ||
    has((c) => ["indikator", "sasaran", "anggaran", "realisasiAnggaran"].includes(c.role)) ||
    !has((c) => c.role === "realisasi" || /^realisasi:/.test(c.role))
  )
    return { columns, guesses: [] };
  const p = profileColumn(g, target.col, sampleRows(g, block));
  if (p.cells === 0 || p.share.money >= 0.5 || p.share.text >= 0.5) return { columns, guesses: [] };
  return {
    columns: columns.map((c) => (c === uraian ? { ...c, role: "indikator" as const } : c)),
    guesses: [
      {
        sheet: g.name,
        cell: a1(block.rows[0], uraian.col),
        about: "role:indikator",
        value: "indikator",
        reason: T.uraianIndikator(uraian.header, target.header),
      },
    ],
  };
}

/**
 * Budget lines named in a column of units ("Perangkat Daerah", "SKPD", "Unit Kerja") with no uraian, code or
 * program column: that column names the lines.
 */
export function unitsNameBudgetLines(
  g: Grid,
  block: HeaderBlock,
  columns: ColumnInfo[],
): { columns: ColumnInfo[]; guesses: Guess[] } {
  const has = (roles: string[]) => columns.some((c) => roles.includes(c.role));
  if (has(["uraian", "kode", "program", "indikator", "sasaran"]) || !has(["anggaran", "realisasiAnggaran"]))
    return { columns, guesses: [] };
  const taken = new Set(columns.map((c) => c.col));
  const rows = sampleRows(g, block);
  for (let col = block.firstCol; col <= block.lastCol; col++) {
    const path = block.paths.get(col) ?? [];
    if (taken.has(col) || path.length === 0 || !UNIT_LABEL.test(normalize(path[path.length - 1]))) continue;
    if (profileColumn(g, col, rows).share.text < 0.6) continue;
    const header = path.join(" / ");
    return {
      columns: [...columns, { role: "uraian" as const, col, header, added: false }].sort((x, y) => x.col - y.col),
      guesses: [
        {
          sheet: g.name,
          cell: a1(block.rows[0], col),
          about: "role:uraian",
          value: "uraian",
          reason: T.unitUraian(header),
        },
      ],
    };
  }
  return { columns, guesses: [] };
}
