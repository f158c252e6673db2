/**
 * Where a table's data runs: from below the header (and its column-number row) to the last row that still
 * carries data. Footers after the table ("Sumenep, Maret 2021", "KEPALA DINAS ...", "NIP. ...") are not data;
 * a repeated header or column-number row inside the table (a printed page break) is skipped.
 */
import type { ColumnInfo } from "../model";
import { readNumber } from "../numbers";
import type { Grid } from "./grid";
import { isNumberRow, looksLikeHeader, type HeaderBlock } from "./header";
import { normalize } from "./text";
import { isMeanLabel, isTotalLabel } from "./vocabulary";

const NUMERIC_ROLES =
  /^(anggaran|realisasiAnggaran|target|realisasi|realisasi:\d+|targetAkhir|bobot|capaian|penyerapan|sisa|efisiensi|capaianAkhir)$/;
const LABEL_ROLES = /^(kode|uraian|indikator|sasaran|program|no|tujuan)$/;

const SIGNATURE =
  /^(kepala\b|nip\b|nip\.|mengetahui|pembina|penata|plt\b|plh\b|sekretaris\b|kabid\b|kasubag|pejabat pelaksana|pengguna anggaran|kuasa pengguna|bendahara)|^[a-z .]+,\s*(\d{1,2}\s+)?(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+\d{4}$/i;

function cellHoldsNumber(g: Grid, r: number, c: number): boolean {
  if (g.formula(r, c) !== null) return true;
  const v = g.value(r, c);
  if (v === null || v === "") return false;
  if (typeof v === "object") return true; // an error value sits where a number should
  const n = readNumber(v, g.format(r, c), { preferThousands: true });
  return n.value !== null || /^[-–—]$/.test(String(v).trim());
}

function labelOf(g: Grid, r: number, first: number, last: number): string {
  for (let c = first; c <= last; c++) {
    const t = g.text(r, c);
    if (t !== "" && readNumber(g.value(r, c), null).value === null) return t;
  }
  return "";
}

/** The header's texts, to recognise the header printed again inside the table. */
/** The header's last and first rows as normalised text per column, computed once per grid and block. */
const signatures = new WeakMap<Grid, WeakMap<HeaderBlock, { last: string[]; first: string[] }>>();

function headerSignature(g: Grid, block: HeaderBlock): { last: string[]; first: string[] } {
  let byBlock = signatures.get(g);
  if (!byBlock) signatures.set(g, (byBlock = new WeakMap()));
  const known = byBlock.get(block);
  if (known) return known;
  const sig = { last: [] as string[], first: [] as string[] };
  for (let c = block.firstCol; c <= block.lastCol; c++) {
    sig.last.push(normalize(g.text(block.rows[1], c)));
    sig.first.push(normalize(g.text(block.rows[0], c)));
  }
  byBlock.set(block, sig);
  return sig;
}

/** isRepeatedHeader per grid, block and row, judged once (the row skipper and skipRow both ask of every row). */
const repeatedHeaders = new WeakMap<Grid, WeakMap<HeaderBlock, Int8Array>>();

export function isRepeatedHeader(g: Grid, r: number, block: HeaderBlock): boolean {
  if (!Number.isInteger(r) || r < 0 || r > g.bottom) return judgeRepeatedHeader(g, r, block);
  let byBlock = repeatedHeaders.get(g);
  if (!byBlock) repeatedHeaders.set(g, (byBlock = new WeakMap()));
  let rows = byBlock.get(block);
  // 0: not judged yet, 1: no, 2: yes.
  if (!rows) byBlock.set(block, (rows = new Int8Array(g.bottom + 1)));
  if (rows[r] === 0) rows[r] = judgeRepeatedHeader(g, r, block) ? 2 : 1;
  return rows[r] === 2;
}

function judgeRepeatedHeader(g: Grid, r: number, block: HeaderBlock): boolean {
  const sig = headerSignature(g, block);
  let same = 0;
  for (let c = block.firstCol; c <= block.lastCol; c++) {
    const t = normalize(g.ownText(r, c));
    if (t === "") continue;
    const i = c - block.firstCol;
    if (t === sig.last[i] || t === sig.first[i]) same++;
    else return false; // one cell that is not the header's text: not a repeated header
  }
  return same >= 2;
}

/** Rows inside the data range that are not data: blank, a repeated header, a column-number row. */
export function skipRow(g: Grid, r: number, block: HeaderBlock): boolean {
  if (g.rowBlank(r, block.firstCol, block.lastCol)) return true;
  if (isNumberRow(g, r, block.firstCol, block.lastCol)) return true;
  return isRepeatedHeader(g, r, block);
}

function rowHasNumber(g: Grid, r: number, block: HeaderBlock): boolean {
  for (let c = block.firstCol; c <= block.lastCol; c++) if (cellHoldsNumber(g, r, c)) return true;
  return false;
}

/**
 * skipRow, plus the title rows of a table printed again below ("B. BELANJA LANGSUNG" over its repeated
 * header): like the first table's title above the header, they are not data.
 */
export function rowSkipper(g: Grid, block: HeaderBlock): (r: number) => boolean {
  // The data range and the row readers ask the same rows of the same table: one skipper per grid and block,
  // each row judged once.
  let byBlock = skippers.get(g);
  if (!byBlock) skippers.set(g, (byBlock = new WeakMap()));
  const known = byBlock.get(block);
  if (known) return known;
  const judge = makeSkipper(g, block);
  // 0: not judged yet, 1: kept, 2: skipped (an array by row, not a map of 100,000 entries).
  const judged = new Int8Array(Math.max(0, g.bottom + 1));
  const skip = (r: number): boolean => {
    if (!Number.isInteger(r) || r < 0 || r > g.bottom) return judge(r);
    if (judged[r] === 0) judged[r] = judge(r) ? 2 : 1;
    return judged[r] === 2;
  };
  byBlock.set(block, skip);
  return skip;
}

const skippers = new WeakMap<Grid, WeakMap<HeaderBlock, (r: number) => boolean>>();

function makeSkipper(g: Grid, block: HeaderBlock): (r: number) => boolean {
  const titles = new Set<number>();
  const start = (block.numberRow ?? block.rows[1]) + 1;
  for (let h = start; h <= g.bottom; h++) {
    if (g.rowBlank(h, block.firstCol, block.lastCol) || !isRepeatedHeader(g, h, block)) continue;
    let taken = 0;
    for (let u = h - 1; u >= start && taken < 3; u--) {
      if (g.rowBlank(u, block.firstCol, block.lastCol)) continue;
      const n = normalize(labelOf(g, u, block.firstCol, block.lastCol));
      if (rowHasNumber(g, u, block) || isTotalLabel(n) || isMeanLabel(n)) break;
      titles.add(u);
      taken++;
    }
  }
  return (r: number) => titles.has(r) || skipRow(g, r, block);
}

export interface DataRange {
  rows: [number, number] | null;
  /** Where another table (a different header) starts below this one, if it does. */
  nextTable: number | null;
}

/** First and last data rows (null when the table has none), and where a different table starts below. */
export function dataRange(g: Grid, block: HeaderBlock, columns: ColumnInfo[]): DataRange {
  const start = (block.numberRow ?? block.rows[1]) + 1;
  const numeric = columns.filter((c) => !c.added && NUMERIC_ROLES.test(c.role)).map((c) => c.col);
  const labels = columns.filter((c) => !c.added && LABEL_ROLES.test(c.role)).map((c) => c.col);
  let first = -1;
  let last = -1;
  let nextTable: number | null = null;
  const skip = rowSkipper(g, block);
  for (let r = start; r <= g.bottom; r++) {
    if (skip(r)) continue;
    if (looksLikeHeader(g, r)) {
      nextTable = r;
      break;
    }
    const hasNumber = numeric.some((c) => cellHoldsNumber(g, r, c));
    // A row with a number is data whatever its label says: the label is read only for the others.
    if (!hasNumber) {
      const label = labelOf(g, r, block.firstCol, block.lastCol);
      if (first >= 0 && SIGNATURE.test(label)) break;
      const n = normalize(label);
      const isData =
        isTotalLabel(n) || isMeanLabel(n) || labels.some((c) => g.text(r, c) !== "" && !g.isMergeContinuation(r, c));
      if (!isData) continue;
    }
    if (first < 0) first = r;
    last = r;
  }
  return { rows: first < 0 ? null : [first, last], nextTable };
}
