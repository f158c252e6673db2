/** Means of capaian (sasaran, overall) and of efisiensi: domain.md §3.1. */
import type { Computed } from "../model";
import { calcPesan } from "../i18n/calc";
import { allNumbers, isReference } from "./formula";

function finite(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/** Mean of the non-null values; with weights, Σw·v / Σw over the values that have both. null + reason when none. */
export function rataRata(values: (number | null)[], weights?: (number | null)[] | null): Computed {
  if (weights) {
    let sw = 0;
    let swv = 0;
    let n = 0;
    values.forEach((v, i) => {
      const w = weights[i];
      if (finite(v) && finite(w)) {
        sw += w;
        swv += w * v;
        n++;
      }
    });
    if (n === 0) return { value: null, reason: calcPesan.tidakAdaNilai };
    if (sw === 0) return { value: null, reason: calcPesan.bobotNol };
    const m = swv / sw;
    if (!Number.isFinite(m)) return { value: null, reason: calcPesan.tidakTerhingga };
    return { value: m === 0 ? 0 : m, reason: null };
  }
  const xs = values.filter(finite);
  if (xs.length === 0) return { value: null, reason: calcPesan.tidakAdaNilai };
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  if (!Number.isFinite(m)) return { value: null, reason: calcPesan.tidakTerhingga };
  return { value: m === 0 ? 0 : m, reason: null };
}

/**
 * Excel formula of the same mean over the referenced cells ("" when none is a number).
 * Plain references and ranges: IF(COUNT(refs)=0,"",AVERAGE(refs)) (AVERAGE skips empty cells and the ""
 * of formulas that gave nothing). Expressions ("E5*100"): the same mean written term by term.
 * With weights (one weight reference per value reference, single cells): a value counts only when it and
 * its weight are both numbers; IF(Σw=0,"",Σw·v/Σw).
 */
export function rataRataFormula(refs: string[], weightRefs?: string[] | null): string {
  const rs = refs.map((r) => r.trim());
  if (rs.length === 0) return `""`;
  if (weightRefs) {
    if (weightRefs.length !== rs.length) throw new RangeError("rataRataFormula: one weight per value");
    const pairs = rs.map((r, i) => ({ v: r, w: weightRefs[i].trim() }));
    const both = (p: { v: string; w: string }) => allNumbers([p.v, p.w]);
    const num = pairs.map((p) => `IF(${both(p)},(${p.v})*(${p.w}),0)`).join("+");
    const den = pairs.map((p) => `IF(${both(p)},${p.w},0)`).join("+");
    const count = pairs.map((p) => `${both(p)}*1`).join("+");
    return `IF((${count})=0,"",IF((${den})=0,"",(${num})/(${den})))`;
  }
  if (rs.every(isReference)) {
    const list = rs.join(",");
    return `IF(COUNT(${list})=0,"",AVERAGE(${list}))`;
  }
  const count = rs.map((r) => `${allNumbers([r])}*1`).join("+");
  const sum = rs.map((r) => `IF(${allNumbers([r])},${r},0)`).join("+");
  return `IF((${count})=0,"",(${sum})/(${count}))`;
}
