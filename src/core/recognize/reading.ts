/** Readings: a cell's value and what it means as a number (numbers module), with where it sits. */
import type { Reading } from "../model";
import { readNumber, type ParseOptions } from "../numbers";
import type { Grid } from "./grid";
import { cellText } from "./text";
import { hasCountUnit } from "./vocabulary";

/**
 * Read the cell that (row, col) shows (the anchor of a merged area spanning rows), or null when it is empty
 * or covered by a merge that starts in another column ("RATA-RATA" merged over A:F).
 * `counts`: the value counts things (satuan orang, KK ...; Rupiah amounts), so "100.606" and "197,465" are
 * thousands; a count unit written after the number ("100.606 org") has the same effect.
 */
export function readAt(g: Grid, row: number, col: number, counts = false): Reading | null {
  const a = g.anchor(row, col);
  // A cell covered by a merge that starts in another column shows that column's value, not its own.
  if (a.col !== col) return null;
  const raw = g.raw(a.row, a.col);
  const text = cellText(raw);
  const formula = g.formula(a.row, a.col);
  if (text === "" && formula === null) return null;
  const opts: ParseOptions = { preferThousands: counts || (typeof raw === "string" && hasCountUnit(raw)) };
  const n = readNumber(raw, g.format(a.row, a.col), opts);
  return {
    row: a.row,
    col: a.col,
    raw,
    value: n.value,
    unit: n.unit,
    decimals: n.decimals,
    text: n.text,
    isFormula: formula !== null,
    fromText: n.fromText,
  };
}

/** A reading of a piece of text inside one cell (one of several amounts in a cell). */
export function readText(row: number, col: number, piece: string, isFormula: boolean, counts = false): Reading | null {
  const t = piece.trim();
  if (t === "") return null;
  const n = readNumber(t, null, { preferThousands: counts || hasCountUnit(t) });
  return {
    row,
    col,
    raw: t,
    value: n.value,
    unit: n.unit,
    decimals: n.decimals,
    text: n.text,
    isFormula,
    fromText: n.fromText,
  };
}
