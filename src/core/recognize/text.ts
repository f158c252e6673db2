/** Text helpers for recognition: one normal form for headers and labels, so that vocabulary can match. */
import type { CellValue } from "../workbook/port";
import { isCellError } from "../workbook/port";

/** A cell as the user sees its text: numbers in plain JS form, errors as "#DIV/0!", empty as "". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v); // no white space to fold
  // Most texts have nothing to fold: one test, no new string (recognition reads every cell several times).
  if (!FOLDS.test(v)) return v;
  return v.replace(/\s+/g, " ").trim();
}

/** What cellText changes: white space at an end, two in a row, or any but a plain space (as \s and trim see it). */
const FOLDS = /^\s|\s$|\s\s|[^\S ]/;

/**
 * Lower case, no diacritics, dashes unified, brackets and punctuation (but % and /) as spaces, one space
 * between words: "Capaian (%)" -> "capaian %", "DPA (Rp)" -> "dpa rp", "RATA – RATA" -> "rata - rata".
 */
export function normalize(s: string): string {
  // Recognition normalises the same cells many times over (header search, row kinds, repeated headers):
  // the rule is pure, so remember recent results.
  const known = normalized.get(s) ?? previous.get(s);
  if (known !== undefined) return known;
  const out = normalizeOnce(s);
  // Two generations: a sheet with more distinct texts than one holds still finds those of the last pass, and
  // the memory stays bounded (two maps of NORMALIZE_CACHE at most).
  if (normalized.size >= NORMALIZE_CACHE) {
    previous = normalized;
    normalized = new Map();
  }
  normalized.set(s, out);
  return out;
}

const NORMALIZE_CACHE = 200_000;
let normalized = new Map<string, string>();
let previous = new Map<string, string>();

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
