/** Text helpers for recognition: one normal form for headers and labels, so that vocabulary can match. */
import type { CellValue } from "../workbook/port";
import { isCellError } from "../workbook/port";

/** A cell as the user sees its text: numbers in plain JS form, errors as "#DIV/0!", empty as "". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v); // no white space to fold
  // Recognition reads the same cells several times over (data range, repeated headers, row readers).
  const known = folded.get(v);
  if (known !== undefined) return known;
  const out = v.replace(/\s+/g, " ").trim();
  if (folded.size >= NORMALIZE_CACHE) folded.clear();
  folded.set(v, out);
  return out;
}

const folded = new Map<string, string>();

/**
 * Lower case, no diacritics, dashes unified, brackets and punctuation (but % and /) as spaces, one space
 * between words: "Capaian (%)" -> "capaian %", "DPA (Rp)" -> "dpa rp", "RATA – RATA" -> "rata - rata".
 */
export function normalize(s: string): string {
  // Recognition normalises the same cells many times over (header search, row kinds, repeated headers):
  // the rule is pure, so remember recent results.
  const known = normalized.get(s);
  if (known !== undefined) return known;
  const out = normalizeOnce(s);
  if (normalized.size >= NORMALIZE_CACHE) normalized.clear();
  normalized.set(s, out);
  return out;
}

const NORMALIZE_CACHE = 200_000;
const normalized = new Map<string, string>();

function normalizeOnce(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[()[\]{}:;,*'"`“”‘’_]/g, " ")
    .replace(/\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A four-digit year 1990-2099 in the text, or null. */
export function yearIn(s: string): number | null {
  const m = /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 1990 && y <= 2099 ? y : null;
}

/** The text is just a year (as a number or text): 2019, "2019", "Tahun 2019", "(2019)". */
export function isYearOnly(s: string): boolean {
  return /^\(?\s*(?:tahun|th)?\s*(?:19|20)\d\d\s*\)?$/i.test(s.trim());
}
