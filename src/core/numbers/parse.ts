import type { CellValue } from "../workbook/port";
import { isCellError } from "../workbook/port";
import { shiftDecimal } from "./round";

export interface ParsedAngka {
  /** The number; a percent text "4,40%" gives 4.4 (percent points), with unit "%". */
  value: number;
  /** Unit text that came with it: "%", "org", "KK", "Rp", "kali" ... (normalised to how it was written), or null. */
  unit: string | null;
  /** Decimals as written ("80,5" -> 1, "1.214.050.000,00" -> 2, "100.606" -> 0). */
  decimals: number;
}

export interface ParseOptions {
  /**
   * The value counts things (unit orang/KK/jiwa/unit...): a lone separator followed by exactly three digits
   * ("197,465" or "100.606") is a thousands separator whichever it is.
   */
  preferThousands?: boolean;
}

/** Spaces of every kind (no-break, narrow no-break, figure, thin) and tabs become one plain space. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f\u200a\u2002\u2003]+/g;
/** Unicode minus signs and dashes used as minus. */
const MINUSES = /[\u2212\u2012\u2013\u2014\ufe63\uff0d]/g;

/**
 * Parse Indonesian (and English) number text; null when it is not a number ("n/a", "WTP", "").
 *
 * Rules (docs/formulas.md, "Membaca angka"):
 * - optional sign "-" / "+" (also the Unicode minus) or accounting parentheses "(1.000)" -> negative;
 * - optional currency prefix "Rp", "Rp." or "IDR", also written close to the figure ("Rp84.157.000.000,-");
 *   optional money tail ",-" / ".-" ("657.770.200,-");
 * - optional unit after the number: "%" (also "persen"), or a word without digits ("org", "KK", "kali");
 * - a remark in brackets at the end ("66 (>100%)", "82 (tercapai)") is left out; "(%)" is the unit;
 * - separators: when both "." and "," occur, the last one is the decimal separator and the other must
 *   group thousands in threes; when one of them occurs more than once it groups thousands; a single one
 *   followed by exactly three digits after a 1-3 digit integer part (not starting with 0) is ambiguous:
 *   "." is thousands (Indonesian), "," is the decimal comma unless preferThousands; any other single
 *   separator is the decimal separator ("73.47" and "19,53" both read as decimals).
 * Anything else (text, ranges "80 - 90", dates, "1 000") gives null rather than a guess.
 */
export function parseAngka(text: string, opts?: ParseOptions): ParsedAngka | null {
  if (typeof text !== "string") return null;
  let s = text.replace(SPACES, " ").replace(MINUSES, "-").trim();
  if (s === "") return null;

  let negative = false;
  let unit: string | null = null;

  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  const takeCurrency = (): void => {
    const m = /^(rp|idr)(\.|\b|(?=\d))\s*/i.exec(s);
    if (m && unit === null) {
      unit = m[1].toLowerCase() === "rp" ? "Rp" : "IDR";
      s = s.slice(m[0].length);
    }
  };
  takeCurrency();
  const sign = /^([-+])\s*/.exec(s);
  if (sign) {
    if (sign[1] === "-") negative = !negative;
    s = s.slice(sign[0].length);
  }
  takeCurrency();

  // Money tail ",-" or ".-" (also after a unit-less number with a space: "1.000 ,-").
  let moneyTail = false;
  const tail = /\s*[.,]-$/.exec(s);
  if (tail) {
    moneyTail = true;
    s = s.slice(0, tail.index);
  }

  const core = /^(?:\d[\d.,]*\d|\d|[.,]\d+)/.exec(s);
  if (!core) return null;
  let rest = s.slice(core[0].length).trim();
  // A remark in brackets after the figure ("66 (>100%)", "82 (tercapai)", "12 Bulan (100%)") is not part of
  // it; "(%)" is the unit; a scale word in brackets ("(juta)") would change the figure, so it is not read.
  const remark = /\s*\(([^()]*)\)$/.exec(rest);
  // "2021 (Realisasi)" is a header, not a figure with a remark.
  if (remark && /^(19|20)\d\d$/.test(core[0])) return null;
  if (remark) {
    const inner = remark[1].trim();
    const before = rest.slice(0, remark.index).trim();
    if (/^(%|persen)$/i.test(inner)) {
      if (before !== "") return null;
      rest = "%";
    } else if (/\b(ribu|rb|juta|jt|miliar|milyar|triliun)\b/i.test(inner) || (before === "" && inner === ""))
      return null;
    else rest = before;
  }

  let suffixUnit: string | null = null;
  if (rest !== "") {
    if (/^%$/.test(rest) || /^persen$/i.test(rest)) suffixUnit = "%";
    else if (/^[\p{L}][^\d]{0,39}$/u.test(rest) && !/[=<>±]/.test(rest)) suffixUnit = rest;
    else return null;
  }
  if (suffixUnit !== null) {
    if (unit !== null || moneyTail) return null; // "Rp 1.000 juta": not a plain amount
    unit = suffixUnit;
  }

  const parsed = parseCore(core[0], opts?.preferThousands === true);
  if (!parsed) return null;
  if (moneyTail && parsed.frac !== "") return null; // "1.000,00,-" is not a thing
  const value = Number(`${parsed.int || "0"}.${parsed.frac || "0"}`);
  if (!Number.isFinite(value)) return null;
  return { value: negative && value !== 0 ? -value : value, unit, decimals: parsed.frac.length };
}

function validGrouping(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  if (groups.length < 2) return /^\d+$/.test(intPart);
  if (!/^\d{1,3}$/.test(groups[0])) return false;
  return groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Integer digits and fraction digits of a run of digits and separators, or null when it is malformed. */
function parseCore(core: string, preferThousands: boolean): { int: string; frac: string } | null {
  const dots = core.split(".").length - 1;
  const commas = core.split(",").length - 1;
  if (dots === 0 && commas === 0) return { int: core, frac: "" };
  if (dots > 0 && commas > 0) {
    const dec = core.lastIndexOf(".") > core.lastIndexOf(",") ? "." : ",";
    const thou = dec === "." ? "," : ".";
    if ((dec === "." ? dots : commas) !== 1) return null;
    const at = core.indexOf(dec);
    const intPart = core.slice(0, at);
    const frac = core.slice(at + 1);
    if (!/^\d+$/.test(frac) || !validGrouping(intPart, thou)) return null;
    return { int: intPart.split(thou).join(""), frac };
  }
  const sep = dots > 0 ? "." : ",";
  const count = dots > 0 ? dots : commas;
  if (count > 1) {
    if (!validGrouping(core, sep)) return null;
    return { int: core.split(sep).join(""), frac: "" };
  }
  const [a, b] = core.split(sep);
  if (!/^\d+$/.test(b)) return null;
  const ambiguous = b.length === 3 && /^[1-9]\d{0,2}$/.test(a);
  if (ambiguous && (sep === "." || preferThousands)) return { int: a + b, frac: "" };
  return { int: a, frac: b };
}

/** The first section of a format code (before an unquoted ";"). */
function firstSection(code: string): string {
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === "\\" && !inQuote) i++;
    else if (ch === ";" && !inQuote) return code.slice(0, i);
  }
  return code;
}

/** A format section without literals (quoted text, \x escapes, _x spacers, *x fills, [..] brackets). */
function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

function isGeneral(code: string | null | undefined): boolean {
  if (code == null) return true;
  const c = code.trim();
  return c === "" || /^general$/i.test(c) || /^standard$/i.test(c);
}

/**
 * A rule on a number format code, remembered per code: a workbook has a handful of formats and recognition
 * asks about them for every cell it reads.
 */
function perFormat<T>(rule: (code: string | null | undefined) => T): (code: string | null | undefined) => T {
  const known = new Map<string, T>();
  return (code) => {
    if (code === null || code === undefined) return rule(code);
    let v = known.get(code);
    if (v === undefined) {
      v = rule(code);
      if (known.size >= 10_000) known.clear();
      known.set(code, v);
    }
    return v;
  };
}

/** Decimals a number format code shows ("0.00" -> 2, "#,##0" -> 0, "0.0%" -> 1), null for General/text. */
function decimalsOfFormatOnce(code: string | null | undefined): number | null {
  if (isGeneral(code)) return null;
  const cleaned = stripLiterals(firstSection((code as string).trim()));
  if (!/[0#?]/.test(cleaned)) return null; // "@", dates, times
  const dot = cleaned.indexOf(".");
  if (dot < 0) return 0;
  let n = 0;
  for (let i = dot + 1; i < cleaned.length && /[0#?]/.test(cleaned[i]); i++) n++;
  return n;
}

/** The format shows a percentage ("0.00%"): the stored number is a fraction. */
function isPercentFormatOnce(code: string | null | undefined): boolean {
  if (isGeneral(code)) return false;
  return stripLiterals(firstSection((code as string).trim())).includes("%");
}

/**
 * The format shows a date or a time ("dd/mm/yyyy", "m/d/yy h:mm", "[h]:mm", "mmm-yy"): the stored number is a
 * serial date, not an amount. Month "m" only counts outside literals, and "AM/PM" is not a month.
 */
function isDateFormatOnce(code: string | null | undefined): boolean {
  if (isGeneral(code)) return false;
  const section = firstSection((code as string).trim());
  if (/\[h+\]|\[m+\]|\[s+\]/i.test(section)) return true; // elapsed time
  const cleaned = stripLiterals(section).replace(/AM\/PM|A\/P/gi, "");
  return /[dmyhs]/i.test(cleaned.replace(/E[-+]/gi, ""));
}

/** A unit written into a number format: `#,##0 "org"` -> "org", `"Rp"#,##0` or `[$Rp-421]#,##0` -> "Rp". */
function unitOfFormatOnce(code: string | null | undefined): string | null {
  if (isGeneral(code)) return null;
  const section = firstSection((code as string).trim());
  const currency = /\[\$([^\]-]+)(?:-[^\]]*)?\]/.exec(section);
  if (currency && currency[1].trim() !== "") return normaliseUnit(currency[1].trim());
  const quoted = /"([^"]*)"/.exec(section);
  if (quoted && quoted[1].trim() !== "") return normaliseUnit(quoted[1].trim());
  return null;
}

/** Decimals a number format code shows ("0.00" -> 2, "#,##0" -> 0, "0.0%" -> 1), null for General/text. */
export const decimalsOfFormat = perFormat(decimalsOfFormatOnce);
/** The format shows a percentage ("0.00%"): the stored number is a fraction. */
export const isPercentFormat = perFormat(isPercentFormatOnce);
/** The format shows a date or a time (see isDateFormatOnce). */
export const isDateFormat = perFormat(isDateFormatOnce);
const unitOfFormat = perFormat(unitOfFormatOnce);

function normaliseUnit(u: string): string {
  if (/^rp\.?$/i.test(u)) return "Rp";
  return u;
}

/** Decimals of a number as Excel's General format would show it (15 significant digits), at most 10. */
function decimalsOfNumber(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 0;
  const s = Number(x.toPrecision(15)).toString();
  const m = /^-?\d*(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(s);
  if (!m) return 0;
  const frac = m[1] ? m[1].length : 0;
  const exp = m[2] ? Number(m[2]) : 0;
  return Math.max(0, Math.min(10, frac - exp));
}

export interface NumberReading {
  value: number | null;
  unit: string | null;
  decimals: number | null;
  /** Non-numeric text, trimmed; null for numbers and empty cells. */
  text: string | null;
  fromText: boolean;
}

const EMPTY: NumberReading = { value: null, unit: null, decimals: null, text: null, fromText: false };

/**
 * Read a cell as a number: numbers as they are (a cell formatted as percent, e.g. 0.044 with "0.00%",
 * reads as 4.4 points with unit "%"), text parsed with parseAngka, booleans/errors/empty -> value null
 * (errors give text "#DIV/0!").
 */
export function readNumber(value: CellValue, numberFormat: string | null, opts?: ParseOptions): NumberReading {
  if (value === null || value === undefined || typeof value === "boolean") return { ...EMPTY };
  if (isCellError(value)) return { ...EMPTY, text: value.error };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ...EMPTY };
    if (isPercentFormat(numberFormat)) {
      return {
        value: shiftDecimal(value, 2),
        unit: "%",
        decimals: decimalsOfFormat(numberFormat),
        text: null,
        fromText: false,
      };
    }
    const decimals = decimalsOfFormat(numberFormat);
    return {
      value,
      unit: unitOfFormat(numberFormat),
      decimals: decimals ?? decimalsOfNumber(value),
      text: null,
      fromText: false,
    };
  }
  const text = String(value).trim();
  if (text === "") return { ...EMPTY };
  const parsed = parseAngka(text, opts);
  if (!parsed) return { ...EMPTY, text };
  return { value: parsed.value, unit: parsed.unit, decimals: parsed.decimals, text: null, fromText: true };
}
