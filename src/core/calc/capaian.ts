/**
 * Capaian (achievement, percent points) of one indicator: domain.md §3.1.
 * The engine's number and the Excel formula written into the sheet live side by side here, so that
 * what the user audits in Excel is the same rule the engine applies.
 */
import type { Computed, NegatifVariant, Polaritas } from "../model";
import type { Settings } from "../settings/settings";
import { calcPesan } from "../i18n/calc";
import { allNumbers, literalValue, numLiteral, operand } from "./formula";

export interface CapaianInput {
  polaritas: Polaritas;
  target: number | null;
  realisasi: number | null;
  /** Bounds for polaritas "range". */
  targetRange?: [number, number] | null;
}

/** The variant is decided ("otomatis" resolved by engine.analyze: settings.withNegatif). */
export type CapaianOptions = Pick<Settings, "batasCapaian" | "batasBawahNol"> & { negatif: NegatifVariant };

function finite(x: number | null | undefined): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

function fail(reason: string): Computed {
  return { value: null, reason };
}

/** Cap (batasCapaian) and floor 0 (batasBawahNol, or whenever a cap is set). */
function bound(v: number, opts: CapaianOptions): number {
  let out = v;
  const cap = opts.batasCapaian;
  if (cap !== null && cap !== undefined) out = Math.min(out, cap);
  if (opts.batasBawahNol || (cap !== null && cap !== undefined)) out = Math.max(out, 0);
  return out === 0 ? 0 : out;
}

/**
 * positif R/T*100; negatif "T/R" T/R*100 or "2T-R" (2T-R)/T*100; range [L,U]: inside 100, above R/U*100,
 * below R/L*100; stabil min(R/T, T/R)*100. Then the cap (batasCapaian) and floor 0 (batasBawahNol, or
 * whenever a cap is set). Never divides by zero: value null with an Indonesian reason instead.
 */
export function capaian(input: CapaianInput, opts: CapaianOptions): Computed {
  const T = finite(input.target);
  const R = finite(input.realisasi);
  let v: number;
  switch (input.polaritas) {
    case "range": {
      if (R === null) return fail(calcPesan.realisasiKosong);
      const range = input.targetRange;
      const a = finite(range?.[0]);
      const b = finite(range?.[1]);
      if (a === null || b === null) return fail(calcPesan.rentangKosong);
      const L = Math.min(a, b);
      const U = Math.max(a, b);
      if (R > U) {
        if (U === 0) return fail(calcPesan.rentangAtasNol);
        v = (R / U) * 100;
      } else if (R < L) {
        if (L === 0) return fail(calcPesan.rentangBawahNol);
        v = (R / L) * 100;
      } else {
        v = 100;
      }
      break;
    }
    case "positif":
    case "negatif":
    case "stabil": {
      if (T === null) return fail(calcPesan.targetKosong);
      if (R === null) return fail(calcPesan.realisasiKosong);
      if (input.polaritas === "positif") {
        if (T === 0) return fail(calcPesan.targetNol);
        v = (R / T) * 100;
      } else if (input.polaritas === "stabil") {
        if (T === 0 || R === 0) return fail(calcPesan.stabilNol);
        v = Math.min(R / T, T / R) * 100;
      } else if (opts.negatif === "2T-R") {
        if (T === 0) return fail(calcPesan.targetNol);
        v = ((2 * T - R) / T) * 100;
      } else {
        if (R === 0) return fail(calcPesan.realisasiNolNegatif);
        v = (T / R) * 100;
      }
      break;
    }
    default: {
      const never: never = input.polaritas;
      throw new Error(`unknown polaritas ${String(never)}`);
    }
  }
  const out = bound(v, opts);
  // A target like 1e-320 overflows the quotient: no Infinity ever leaves this function.
  if (!Number.isFinite(out)) return fail(calcPesan.tidakTerhingga);
  return { value: out, reason: null };
}

export interface CapaianRefs {
  /** A1 references (or numeric literals) of the target and realisasi cells. */
  target: string;
  realisasi: string;
  /** For "range": references or literals of the bounds. */
  low?: string;
  high?: string;
}

/**
 * The Excel formula (English names, "," separators, no leading "=") that computes capaian() from the
 * referenced cells, giving "" (empty text) wherever capaian() gives null. asFraction: the result is the
 * fraction (0.9678) for a column formatted "0.00%", instead of percent points (96.78).
 *
 * Shape: IF(<all inputs are numbers>, IF(<divisor is 0>, "", <value>), ""). No ROUND: display rounding is
 * the number format's job. Inputs that are empty, text or errors give "" (never #VALUE! or #DIV/0!).
 */
export function capaianFormula(
  refs: CapaianRefs,
  polaritas: Polaritas,
  opts: CapaianOptions,
  asFraction: boolean,
): string {
  const scale = asFraction ? 1 : 100;
  const cap = opts.batasCapaian ?? null;
  const floor = opts.batasBawahNol || cap !== null;
  const capLit = cap !== null ? numLiteral(asFraction ? Number((cap / 100).toPrecision(15)) : cap) : null;
  /** A ratio expression (fraction) turned into the column's unit, then capped and floored. */
  const leaf = (ratio: string): string => {
    let e = asFraction ? ratio : `${ratio}*100`;
    if (capLit !== null) e = `MIN(${capLit},${e})`;
    if (floor) e = `MAX(0,${e})`;
    return e;
  };
  /** A constant leaf (the 100 of "inside the range"), folded in JS. */
  const constant = (points: number): string => numLiteral(bound(points, opts) / (100 / scale));

  const T = operand(refs.target);
  const R = operand(refs.realisasi);
  switch (polaritas) {
    case "positif":
      return `IF(${allNumbers([refs.target, refs.realisasi])},IF(${T}=0,"",${leaf(`${R}/${T}`)}),"")`;
    case "negatif":
      if (opts.negatif === "2T-R") {
        return `IF(${allNumbers([refs.target, refs.realisasi])},IF(${T}=0,"",${leaf(`(2*${T}-${R})/${T}`)}),"")`;
      }
      return `IF(${allNumbers([refs.target, refs.realisasi])},IF(${R}=0,"",${leaf(`${T}/${R}`)}),"")`;
    case "stabil":
      return `IF(${allNumbers([refs.target, refs.realisasi])},IF(OR(${T}=0,${R}=0),"",${leaf(`MIN(${R}/${T},${T}/${R})`)}),"")`;
    case "range": {
      if (refs.low === undefined || refs.high === undefined) return `""`;
      const lowLit = literalValue(refs.low);
      const highLit = literalValue(refs.high);
      let L: string;
      let U: string;
      if (lowLit !== null && highLit !== null) {
        L = numLiteral(Math.min(lowLit, highLit));
        U = numLiteral(Math.max(lowLit, highLit));
        if (L.startsWith("-")) L = `(${L})`;
        if (U.startsWith("-")) U = `(${U})`;
      } else {
        L = `MIN(${operand(refs.low)},${operand(refs.high)})`;
        U = `MAX(${operand(refs.low)},${operand(refs.high)})`;
      }
      const above = `IF(${U}=0,"",${leaf(`${R}/${U}`)})`;
      const below = `IF(${L}=0,"",${leaf(`${R}/${L}`)})`;
      return `IF(${allNumbers([refs.realisasi, refs.low, refs.high])},IF(${R}>${U},${above},IF(${R}<${L},${below},${constant(100)})),"")`;
    }
    default: {
      const never: never = polaritas;
      throw new Error(`unknown polaritas ${String(never)}`);
    }
  }
}
