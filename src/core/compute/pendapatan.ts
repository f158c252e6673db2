/** Revenue rows of a budget realisation (the check of overruns, the sign of a printed "Lebih/(Kurang)"). */
import type { AnggaranRow } from "../model";
import type { AnggaranTree } from "./index";

/** A revenue heading ("PENDAPATAN", "4.1 Pendapatan Asli Daerah"), with or without its code in front. */
const PENDAPATAN = /^\s*(?:[\d.]+\s+)?pendapatan\b/i;

/**
 * Revenue rows: a row named as revenue and every row under it in the budget tree, and a total (JUMLAH) of
 * revenue rows only. For revenue a realisasi above its target is the good case (more income than planned), not
 * a budget overrun.
 */
export function pendapatanRows(rows: AnggaranRow[], tree: AnggaranTree): Set<AnggaranRow> {
  const out = new Set<AnggaranRow>();
  const mark = (r: AnggaranRow) => {
    if (out.has(r)) return;
    out.add(r);
    for (const c of tree.children(r)) mark(c);
  };
  for (const r of rows) if (PENDAPATAN.test(r.uraian)) mark(r);
  for (const r of rows) {
    const kids = r.isTotal ? tree.children(r) : [];
    if (kids.length > 0 && kids.every((k) => out.has(k))) out.add(r);
  }
  return out;
}
