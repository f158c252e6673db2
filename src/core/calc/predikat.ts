/** Predikat: the label of a capaian on the configured scale (domain.md §3.2). */
import type { PredikatBand } from "../settings/settings";
import { roundHalfAway } from "../numbers/round";
import { numLiteral, operand, textLiteral } from "./formula";

/** Bands from the highest min down (the order they are tried in). */
function sorted(bands: PredikatBand[]): PredikatBand[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/**
 * The label of the highest band whose min <= capaian, where capaian is first rounded half away from zero to
 * `decimals` (the figure the reader sees: 94,996 shown as 95,00 is "Sangat Berhasil"). null for null, and
 * null when no band reaches down to the capaian (a custom scale whose lowest min is above it).
 */
export function predikat(capaian: number | null, bands: PredikatBand[], decimals: number): string | null {
  if (capaian === null || !Number.isFinite(capaian)) return null;
  const shown = roundHalfAway(capaian, decimals);
  for (const b of sorted(bands)) {
    if (shown >= b.min) return b.label;
  }
  return null;
}

/**
 * Excel formula giving the same label from the capaian cell (ROUND to decimals first; "" when it is empty).
 * capaianIsFraction: the cell holds 0.9678 shown as "96,78%"; it is compared as 96.78.
 * Shape: IF(ISNUMBER(c),IF(ROUND(c,2)>=95,"Sangat Berhasil",IF(ROUND(c,2)>=80,...,"Kurang Berhasil")),"").
 */
export function predikatFormula(
  capaianRef: string,
  bands: PredikatBand[],
  decimals: number,
  capaianIsFraction: boolean,
): string {
  const ref = capaianRef.trim();
  const points = capaianIsFraction ? `${operand(ref)}*100` : ref;
  const shown = `ROUND(${points},${Math.trunc(decimals)})`;
  const list = sorted(bands);
  let tail = `""`;
  for (let i = list.length - 1; i >= 0; i--) {
    const b = list[i];
    if (b.min === Number.NEGATIVE_INFINITY) {
      tail = textLiteral(b.label);
      continue;
    }
    if (!Number.isFinite(b.min)) continue; // +Infinity or NaN: no capaian reaches it
    tail = `IF(${shown}>=${numLiteral(b.min)},${textLiteral(b.label)},${tail})`;
  }
  return `IF(ISNUMBER(${ref}),${tail},"")`;
}
