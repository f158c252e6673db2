/**
 * Text to number: a number stored as text ("1.250.000,00", "19,34%", "100.606 org", "Rp 1.000") becomes a
 * real number with a number format that shows what was there. Pure; the fill plans the writes.
 *
 * Percentages follow their column: where the column's other cells hold percent points (19.5 shown as
 * "19,5"), "19,34%" becomes 19.34 with a format that prints "%"; otherwise (fractions formatted "0.00%",
 * or no other number to follow) it becomes 0.1934 formatted "0.00%", as Excel itself would store it.
 */
import type { Reading } from "../model";
import { shiftDecimal } from "../numbers/round";

export interface TextConversion {
  value: number;
  /** Invariant number format code. */
  numberFormat: string;
  /** The number is a fraction shown as percent (a formula reads it times 100 to get points). */
  fraction: boolean;
}

/** How a column holds percentages: as fractions formatted "%", as points, or unknown (no other number). */
export type PercentStyle = "fraction" | "points" | null;

/** How the numeric (not text) cells of a column hold percentages. */
export function percentStyleOf(column: (Reading | null)[]): PercentStyle {
  let fraction = 0;
  let points = 0;
  for (const r of column) {
    if (!r || r.fromText || r.value === null) continue;
    if (r.unit === "%") fraction++;
    else points++;
  }
  if (fraction === 0 && points === 0) return null;
  return fraction >= points ? "fraction" : "points";
}

function digits(decimals: number, grouped: boolean): string {
  const int = grouped ? "#,##0" : "0";
  return decimals > 0 ? `${int}.${"0".repeat(Math.min(decimals, 10))}` : int;
}

/** A unit as a quoted literal of a number format. */
function literal(unit: string): string {
  return `"${unit.replace(/"/g, "")}"`;
}

/** The thousands were grouped in the text ("1.250.000", "197,465 org"). */
function groupedIn(text: string, value: number): boolean {
  return Math.abs(value) >= 1000 && /\d[.,]\d{3}(?!\d)/.test(text);
}

/**
 * The number and format for a reading parsed from text, or null when the reading is not a number from text.
 * `column` is how the reading's column holds percentages (percentStyleOf of the column's readings).
 */
export function convertTextReading(r: Reading, column: PercentStyle): TextConversion | null {
  if (!r.fromText || r.value === null || typeof r.raw !== "string") return null;
  const text = r.raw;
  const d = r.decimals ?? 0;
  const unit = r.unit;
  if (unit === "%") {
    if (column === "points")
      return { value: r.value, numberFormat: `${digits(d, false)}${literal("%")}`, fraction: false };
    return { value: shiftDecimal(r.value, -2), numberFormat: `${digits(d, false)}%`, fraction: true };
  }
  const grouped = groupedIn(text, r.value);
  if (unit === "Rp" || unit === "IDR") {
    return { value: r.value, numberFormat: `${literal(`${unit} `)}${digits(d, true)}`, fraction: false };
  }
  if (unit) return { value: r.value, numberFormat: `${digits(d, grouped)} ${literal(unit)}`, fraction: false };
  return { value: r.value, numberFormat: digits(d, grouped), fraction: false };
}
