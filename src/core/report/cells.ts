/** Small constructors for report cells, and their Indonesian display text (Word, command line, tests). */
import { formatAngka } from "../numbers/format";
import type { Reading } from "../model";
import type { Align, ReportCell, ReportValue } from "./model";

type Layout = { rowSpan?: number; colSpan?: number; align?: Align; bold?: boolean; indent?: number };

export function text(t: string | null | undefined, layout: Layout = {}): ReportCell {
  return t === null || t === undefined || t === ""
    ? { kind: "empty", ...layout }
    : { kind: "text", text: t, ...layout };
}

export function angka(value: number | null | undefined, decimals: number, layout: Layout = {}): ReportCell {
  return value === null || value === undefined || !Number.isFinite(value)
    ? { kind: "empty", ...layout }
    : { kind: "angka", value, decimals, ...layout };
}

export function persen(value: number | null | undefined, decimals: number, layout: Layout = {}): ReportCell {
  return value === null || value === undefined || !Number.isFinite(value)
    ? { kind: "empty", ...layout }
    : { kind: "persen", value, decimals, ...layout };
}

export function rupiah(value: number | null | undefined, layout: Layout = {}): ReportCell {
  return value === null || value === undefined || !Number.isFinite(value)
    ? { kind: "empty", ...layout }
    : { kind: "rupiah", value, ...layout };
}

export function empty(layout: Layout = {}): ReportCell {
  return { kind: "empty", ...layout };
}

/** A reading as a cell: its number with the decimals it was written with, or its text ("n/a", "WTP"). */
export function fromReading(r: Reading | null, decimals: number, layout: Layout = {}): ReportCell {
  if (!r) return empty(layout);
  if (r.value !== null) return angka(r.value, decimals, layout);
  return text(r.text, layout);
}

/** Decimals to show an indicator's values with: the most any of its readings was written with (at most 4). */
export function decimalsOf(readings: (Reading | null | undefined)[]): number {
  let d = 0;
  for (const r of readings) {
    if (!r || r.value === null) continue;
    const own = r.decimals ?? decimalsOfValue(r.value);
    d = Math.max(d, Math.min(4, own));
  }
  return d;
}

function decimalsOfValue(v: number): number {
  if (Number.isInteger(v)) return 0;
  const s = String(v);
  const i = s.indexOf(".");
  return i < 0 ? 0 : Math.min(4, s.length - i - 1);
}

/** The number format code Excel gets for a cell kind (invariant codes; Excel shows the user's separators). */
export function excelFormat(v: ReportValue): string | undefined {
  switch (v.kind) {
    case "angka":
    case "persen":
      return v.decimals > 0 ? `#,##0.${"0".repeat(v.decimals)}` : "#,##0";
    case "rupiah":
      return "#,##0";
    default:
      return undefined;
  }
}

/** Indonesian display text: 92.5 persen with 2 decimals -> "92,50"; rupiah -> "1.214.050.000". */
export function cellText(v: ReportValue): string {
  switch (v.kind) {
    case "text":
      return v.text;
    case "angka":
    case "persen":
      return formatAngka(v.value, v.decimals);
    case "rupiah":
      return formatAngka(v.value, 0);
    case "empty":
      return "";
  }
}
