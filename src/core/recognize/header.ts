/**
 * Finding a table's header: the row with the most header words (under title rows such as "PEMERINTAH
 * KABUPATEN ..." or "TAHUN ANGGARAN 2020"), extended over a second (or third) header row when cells are merged
 * across rows or a group header ("Kinerja", "Anggaran", "Realisasi") stands over sub-headers, and the row of
 * column numbers ("(1) (2) (3)" or "1 2 3") right below it, which is not data.
 */
import { parseAngka } from "../numbers";
import type { Grid } from "./grid";
import { isYearOnly, normalize } from "./text";
import { groupKind, instansiIn, isHeaderWord, tahunIn } from "./vocabulary";

export interface HeaderBlock {
  rows: [number, number];
  numberRow: number | null;
  firstCol: number;
  lastCol: number;
  /** Header texts of each column, top to bottom (merge-aware, group labels carried over their columns). */
  paths: Map<number, string[]>;
}

/** Short sub-headers: units, "T R %", "K Rp", quarters "I II III IV" / "TW I". */
const SUB_HEADER =
  /^(rp|%|\(rp\)|\(%\)|t|r|k|c|tgt|real|k ?\(%\)|rp ?\(%\)|i|ii|iii|iv|(tw|triwulan|trw) ?(i|ii|iii|iv|1|2|3|4)|semester ?(i|ii|1|2))$/i;

/** Rows searched for a header from the top of the sheet. */
const SEARCH_ROWS = 80;
const MAX_HEADER_ROWS = 4;

interface RowStats {
  score: number;
  numeric: number;
  cells: number;
}

function looksNumeric(v: unknown, t: string): boolean {
  if (typeof v === "number") return true;
  return parseAngka(t) !== null;
}

function isTitleText(t: string): boolean {
  return (
    tahunIn(t) !== null ||
    instansiIn(t) !== null ||
    /^(pemerintah|dokumen|laporan|rencana kerja|formulir|lampiran|tabel)\b/i.test(t.trim())
  );
}

/** A row that reads like the header of another table: several header words, no figures. */
export function looksLikeHeader(g: Grid, r: number): boolean {
  if (hasPlainNumber(g, r)) return false; // rowStats would count it as a figure: no need to read every word
  const s = rowStats(g, r);
  return s.numeric === 0 && (s.score >= 3 || (s.score >= 2 && s.score * 2 >= s.cells));
}

/** A cell holding a number that rowStats counts as a figure (not a year heading). */
function hasPlainNumber(g: Grid, r: number): boolean {
  for (let c = g.left; c <= g.right; c++) {
    const raw = g.raw(r, c);
    // isYearOnly(String(raw)) for a number: a whole 1900-2099 (its text is those four digits, nothing else).
    if (
      typeof raw === "number" &&
      !g.isMergeContinuation(r, c) &&
      !(Number.isInteger(raw) && raw >= 1900 && raw <= 2099)
    )
      return true;
  }
  return false;
}

function rowStats(g: Grid, r: number): RowStats {
  const s: RowStats = { score: 0, numeric: 0, cells: 0 };
  for (let c = g.left; c <= g.right; c++) {
    if (g.isMergeContinuation(r, c)) continue;
    const raw = g.raw(r, c);
    const t = g.ownText(r, c);
    if (t === "") continue;
    s.cells++;
    if (isYearOnly(t)) continue;
    if (looksNumeric(raw, t)) s.numeric++;
    else if (!isTitleText(t) && isHeaderWord(normalize(t))) s.score++;
  }
  return s;
}

/** A row of column numbers: (1) (2) (3) ..., 1 2 3 ..., also "5 = 4/3" style, increasing, starting small. */
export function isNumberRow(g: Grid, r: number, c0: number, c1: number): boolean {
  const nums: number[] = [];
  for (let c = c0; c <= c1; c++) {
    if (g.isMergeContinuation(r, c)) continue;
    const v = g.raw(r, c);
    const t = g.ownText(r, c);
    if (t === "") continue;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 99) return false;
      nums.push(v);
      continue;
    }
    const m = /^\(?\s*(\d{1,2})\s*\)?(?:\s*=.*)?$/.exec(t);
    if (!m) return false;
    nums.push(Number(m[1]));
  }
  if (nums.length < 2 || nums[0] > 3) return false;
  for (let i = 1; i < nums.length; i++) if (nums[i] <= nums[i - 1]) return false;
  return true;
}

/** Cells of the row below that stand under a group: a merged cell spanning columns, or a blank beside a label. */
function underGroup(g: Grid, upper: number, c: number): boolean {
  const m = g.mergeAt(upper, c);
  if (m && m.right > m.left && m.bottom === upper) return true;
  if (m && m.right > m.left && m.bottom > upper) return false;
  return g.text(upper, c) === "";
}

function lowerHeaderRow(g: Grid, start: number, end: number, d: number): boolean {
  if (d > g.bottom) return false;
  // A header cell merged down into this row.
  for (let c = g.left; c <= g.right; c++) {
    const m = g.mergeAt(d, c);
    if (m && m.top >= start && m.top <= end && m.bottom >= d) return true;
  }
  let cells = 0;
  let grouped = 0;
  for (let c = g.left; c <= g.right; c++) {
    if (g.isMergeContinuation(d, c)) continue;
    const t = g.ownText(d, c);
    if (t === "") continue;
    const n = normalize(t);
    if (!(isYearOnly(t) || isHeaderWord(n) || SUB_HEADER.test(t.trim()))) return false;
    cells++;
    if (underGroup(g, end, c)) grouped++;
  }
  return cells >= 1 && grouped >= 1;
}

/**
 * "1" ... "5" under "Tahun ke-", or "Tahun ke-1" ... (Permendagri 86 Renstra evaluation, Tabel E.80): a year
 * by its place in the period.
 */
function isOrdinalYear(g: Grid, u: number, c: number, t: string): boolean {
  if (/^tahun ke ?-? ?\d{1,2}$/.test(normalize(t))) return true;
  return /^(ke ?-?\s*)?\d{1,2}$/i.test(t.trim()) && u - 1 >= g.top && /\bke ?-?$/.test(normalize(g.text(u - 1, c)));
}

function upperHeaderRow(g: Grid, start: number, u: number): boolean {
  if (u < g.top) return false;
  let group = false;
  let ordinals = 0;
  for (let c = g.left; c <= g.right; c++) {
    const m = g.mergeAt(u, c);
    if (m && m.top === u && m.bottom >= start) return true;
    if (m && m.top === u && m.left === c && m.right > m.left && m.bottom === u) {
      const t = g.ownText(u, c);
      // A group over its sub-headers ("Kinerja", "Anggaran"), a quarter over its "K Rp" ("I", "TW II"), or
      // the place of a year under "Tahun ke-" over its "K Rp".
      if (groupKind(normalize(t)) !== null || SUB_HEADER.test(t.trim())) group = true;
      else if (isOrdinalYear(g, u, c, t)) {
        group = true;
        ordinals++;
      } else return false;
    }
  }
  return group && rowStats(g, u).numeric === ordinals;
}

/** Columns of the block: every column with header text in any header row. */
function extent(g: Grid, rows: [number, number]): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let c = g.left; c <= g.right; c++) {
    for (let r = rows[0]; r <= rows[1]; r++) {
      if (g.text(r, c) !== "") {
        if (first < 0) first = c;
        last = c;
        break;
      }
    }
  }
  return first < 0 ? null : [first, last];
}

function buildPaths(g: Grid, rows: [number, number], first: number, last: number): Map<number, string[]> {
  const labels: string[][] = [];
  for (let r = rows[0]; r <= rows[1]; r++) {
    const line: string[] = [];
    for (let c = first; c <= last; c++) line.push(g.text(r, c));
    labels.push(line);
  }
  // A group label written once over its sub-headers without a merge: carry it right over blank cells that
  // have sub-headers below, as long as the label's own column has one too.
  for (let i = 0; i < labels.length - 1; i++) {
    for (let j = 1; j < labels[i].length; j++) {
      const r = rows[0] + i;
      const c = first + j;
      if (labels[i][j] !== "" || g.mergeAt(r, c)) continue;
      const below = labels.slice(i + 1).some((l) => l[j] !== "");
      if (!below || labels[i][j - 1] === "") continue;
      // the column where the label starts must have a sub-header too
      let k = j - 1;
      while (k > 0 && labels[i][k - 1] === labels[i][j - 1] && !g.mergeAt(r, first + k)) k--;
      const startHasSub = labels.slice(i + 1).some((l) => l[k] !== "");
      if (startHasSub) labels[i][j] = labels[i][j - 1];
    }
  }
  const paths = new Map<number, string[]>();
  for (let j = 0; j <= last - first; j++) {
    const path: string[] = [];
    for (const line of labels) {
      const t = line[j];
      if (t !== "" && t !== path[path.length - 1]) path.push(t);
    }
    paths.set(first + j, path);
  }
  return paths;
}

/** Build the block from known header rows (found or given by the user). */
export function blockFromRows(g: Grid, rows: [number, number]): HeaderBlock | null {
  const ext = extent(g, rows);
  if (!ext) return null;
  const below = rows[1] + 1;
  const numberRow = below <= g.bottom && isNumberRow(g, below, ext[0], ext[1]) ? below : null;
  return { rows, numberRow, firstCol: ext[0], lastCol: ext[1], paths: buildPaths(g, rows, ext[0], ext[1]) };
}

/** The sheet's header block, or null when no row reads like a table header. */
export function findHeader(g: Grid): HeaderBlock | null {
  let best = -1;
  let bestScore = 1;
  const limit = Math.min(g.bottom, g.top + SEARCH_ROWS);
  for (let r = g.top; r <= limit; r++) {
    const s = rowStats(g, r);
    if (s.score < 2 || s.numeric > 1) continue;
    if (s.score > bestScore) {
      best = r;
      bestScore = s.score;
    }
  }
  if (best < 0) return null;
  let start = best;
  let end = best;
  while (end - start + 1 < MAX_HEADER_ROWS && upperHeaderRow(g, start, start - 1)) start--;
  while (end - start + 1 < MAX_HEADER_ROWS && lowerHeaderRow(g, start, end, end + 1)) end++;
  return blockFromRows(g, [start, end]);
}
