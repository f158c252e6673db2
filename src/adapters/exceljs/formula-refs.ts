/**
 * The cells a stored formula reads, as boxes on sheets (by index in the workbook's <sheets>): A1 references
 * and ranges, whole columns ("C:D") and rows ("3:5"), sheet-qualified ones ('Nama lembar'!A1, 3-D
 * Lembar1:Lembar3!A1) and defined names (local to the sheet first, then the workbook's). Used to find the
 * formulas whose cached result a write makes stale (./stale.ts). Where the cells read cannot be known from
 * the text (INDIRECT, OFFSET, a structured table reference, a name nested too deep) the answer is "any":
 * the formula is taken to read every cell. References into other workbooks ([1]Lembar!A1) are left out:
 * a write here never changes them.
 */
import { parseBox, parseRef } from "./cellref";

export interface RefBox {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Refs = RefBox[] | "any";

export interface RefContext {
  /** Index of a sheet by name (any case), or -1. */
  sheetIndex(name: string): number;
  /** A defined name's formula text as seen from `sheet` (its local name first), or null. */
  definedName(name: string, sheet: number): string | null;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
/** Functions whose result reads cells their arguments do not name. */
const OPAQUE = new Set(["INDIRECT", "OFFSET"]);
const MAX_NAME_DEPTH = 8;

const isWordChar = (ch: string) => /[\p{L}\p{N}_.$\\]/u.test(ch);

/** Reads a run of word characters from `i`; returns its end. */
function wordEnd(f: string, i: number): number {
  let j = i;
  while (j < f.length && isWordChar(f[j])) j++;
  return j;
}

/** Skips a quoted stretch ("text" or 'sheet') starting at i; returns the index after the closing quote. */
function skipQuoted(f: string, i: number): number {
  const q = f[i];
  let j = i + 1;
  while (j < f.length) {
    if (f[j] === q) {
      if (f[j + 1] === q) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return j;
}

const onlyDigits = (s: string) => /^\$?[0-9]{1,7}$/.test(s);
const onlyLetters = (s: string) => /^\$?[A-Za-z]{1,3}$/.test(s);

function colOf(s: string): number {
  let c = 0;
  for (const ch of s.replace(/\$/g, "").toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** The box a reference word ("A1", or "A1:B2", "C:D", "3:5" as two words) covers, or null. */
function boxOf(a: string, b: string | null): Omit<RefBox, "sheet"> | null {
  if (b === null) {
    const p = parseRef(a);
    if (!p || p[1] > MAX_COL || p[0] > MAX_ROW) return null;
    return { top: p[0], left: p[1], bottom: p[0], right: p[1] };
  }
  if (onlyDigits(a) && onlyDigits(b)) {
    const r1 = Number(a.replace("$", "")) - 1;
    const r2 = Number(b.replace("$", "")) - 1;
    return { top: Math.min(r1, r2), left: 0, bottom: Math.max(r1, r2), right: MAX_COL };
  }
  if (onlyLetters(a) && onlyLetters(b)) {
    const c1 = colOf(a);
    const c2 = colOf(b);
    if (c1 > MAX_COL || c2 > MAX_COL) return null;
    return { top: 0, left: Math.min(c1, c2), bottom: MAX_ROW, right: Math.max(c1, c2) };
  }
  return parseBox(`${a}:${b}`);
}

/** The cells `formula` (stored form, no leading "=") reads when it sits on sheet `sheet`. */
export function refsOf(formula: string, sheet: number, ctx: RefContext, depth = 0): Refs {
  if (depth > MAX_NAME_DEPTH) return "any";
  const out: RefBox[] = [];
  /** Sheets named by the prefix just read (null: none; []: an unknown sheet or another workbook). */
  let prefix: number[] | null = null;
  const f = formula;
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      i = skipQuoted(f, i);
      prefix = null;
      continue;
    }
    if (ch === "'") {
      const end = skipQuoted(f, i);
      const name = f.slice(i + 1, end - 1).replace(/''/g, "'");
      i = end;
      if (f[i] === "!") {
        i++;
        prefix = sheetsOf(name, ctx);
      }
      continue;
    }
    if (ch === "[") {
      // [1]Lembar!A1 (another workbook) or a structured table reference.
      const m = /^\[\d+\]/.exec(f.slice(i, i + 12));
      if (!m) return "any";
      i += m[0].length;
      const end = wordEnd(f, i);
      i = f[end] === "!" ? end + 1 : end;
      prefix = [];
      continue;
    }
    if (ch === "#") {
      // An error literal (#REF!, #N/A, #DIV/0!): its "!" is not a sheet's.
      const m = /^#[A-Za-z0-9/]+[!?]?/.exec(f.slice(i, i + 10));
      i += m ? m[0].length : 1;
      prefix = null;
      continue;
    }
    if (!isWordChar(ch)) {
      i++;
      prefix = null;
      continue;
    }
    const end1 = wordEnd(f, i);
    const w1 = f.slice(i, end1);
    let w2: string | null = null;
    let end = end1;
    if (f[end1] === ":" && end1 + 1 < f.length && isWordChar(f[end1 + 1])) {
      const end2 = wordEnd(f, end1 + 1);
      if (f[end2] === "!") {
        // A 3-D prefix: Lembar1:Lembar3!A1.
        prefix = sheetSpan(w1, f.slice(end1 + 1, end2), ctx);
        i = end2 + 1;
        continue;
      }
      if (f[end2] !== "(") {
        w2 = f.slice(end1 + 1, end2);
        end = end2;
      }
    }
    if (w2 === null && f[end1] === "!") {
      prefix = sheetsOf(w1, ctx);
      i = end1 + 1;
      continue;
    }
    const sheets = prefix ?? [sheet];
    prefix = null;
    i = end;
    if (w2 === null && f[end] === "(") {
      if (OPAQUE.has(w1.toUpperCase().replace(/^_XLFN\./, ""))) return "any";
      continue;
    }
    if (w2 === null && f[end] === "[") return "any";
    const box = boxOf(w1, w2);
    if (box) {
      for (const s of sheets) out.push({ sheet: s, ...box });
      continue;
    }
    // A defined name (or two joined by ":"), local to the sheet named before it, else to the formula's sheet.
    for (const word of w2 === null ? [w1] : [w1, w2]) {
      if (/^[0-9.$]/.test(word) || /^(TRUE|FALSE)$/i.test(word)) continue;
      for (const s of sheets) {
        const text = ctx.definedName(word, s);
        if (text === null) continue;
        const inner = refsOf(text.startsWith("=") ? text.slice(1) : text, s, ctx, depth + 1);
        if (inner === "any") return "any";
        for (const b of inner) out.push(b);
      }
    }
  }
  return out;
}

function sheetsOf(name: string, ctx: RefContext): number[] {
  if (name.startsWith("[")) return [];
  const colon = name.indexOf(":");
  if (colon > 0) return sheetSpan(name.slice(0, colon), name.slice(colon + 1), ctx);
  const s = ctx.sheetIndex(name);
  return s < 0 ? [] : [s];
}

function sheetSpan(a: string, b: string, ctx: RefContext): number[] {
  const i = ctx.sheetIndex(a);
  const j = ctx.sheetIndex(b);
  if (i < 0 || j < 0) return [];
  const out: number[] = [];
  for (let k = Math.min(i, j); k <= Math.max(i, j); k++) out.push(k);
  return out;
}
