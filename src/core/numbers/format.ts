import { roundHalfAway } from "./round";

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat("id-ID", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    formatters.set(decimals, f);
  }
  return f;
}

/**
 * Indonesian display (Intl.NumberFormat "id-ID"), after roundHalfAway: formatAngka(1532.655, 2) = "1.532,66".
 * Negative decimals round to tens, hundreds ... and show no decimals. Non-finite numbers give "".
 */
export function formatAngka(x: number, decimals: number): string {
  if (!Number.isFinite(x)) return "";
  const d = Math.trunc(decimals);
  const r = roundHalfAway(x, d);
  return formatter(Math.max(0, Math.min(20, d))).format(r === 0 ? 0 : r);
}

/** "96,78%" */
export function formatPersen(x: number, decimals: number): string {
  if (!Number.isFinite(x)) return "";
  return `${formatAngka(x, decimals)}%`;
}

/** "Rp 1.214.050.000" (decimals 0 by default); negative amounts "-Rp 1.000". */
export function formatRupiah(x: number, decimals?: number): string {
  if (!Number.isFinite(x)) return "";
  const text = formatAngka(x, decimals ?? 0);
  return text.startsWith("-") ? `-Rp ${text.slice(1)}` : `Rp ${text}`;
}
