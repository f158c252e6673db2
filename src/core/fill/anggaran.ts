/**
 * Fill of a budget sheet (LRA / realisasi anggaran): penyerapan and sisa. A parent row (program, kegiatan,
 * JUMLAH) sums its leaf rows; the formula names them as ranges, so it follows when a leaf changes. A printed
 * "Lebih/(Kurang)" column (Analysis.sisaArah) is written only where it is empty, with the sign its values show.
 */
import { penyerapanFormula, penyerapanIndukFormula, sisaFormula, sisaIndukFormula } from "../calc";
import type { Computation } from "../compute";
import { AnggaranTree } from "../compute";
import { pendapatanRows } from "../compute/pendapatan";
import { sisaArahOf, sisaTerbalik } from "../compute/sisa-arah";
import { pesan } from "../i18n/engine";
import { teksIsi } from "../i18n/fill";
import type { AnggaranHasil, AnggaranRow, Reading, Recognition, SheetLayout, SisaArahChoice } from "../model";
import { a1 } from "../workbook/address";
import type { CellWrite } from "../workbook/port";
import { MAX_FORMULA, MAX_RUNS, countRuns, runs } from "./cells";
import { numberFormatFor, type PlanContext, type Wanted } from "./builder";
import type { ValueReason } from "./types";

const W = teksIsi.rumus;

export function planAnggaranSheet(
  ctx: PlanContext,
  layout: SheetLayout,
  recognition: Recognition,
  computation: Computation & { sisaArah: SisaArahChoice[] },
): void {
  const { settings, mode } = ctx;
  const sheet = layout.sheet;
  const cPeny = layout.columns.find((c) => c.role === "penyerapan");
  const cSisa = layout.columns.find((c) => c.role === "sisa");
  const cA = layout.columns.find((c) => c.role === "anggaran");
  const cR = layout.columns.find((c) => c.role === "realisasiAnggaran");
  if (!cA || !cR || (!cPeny && !cSisa)) return;
  const d = settings.desimal;
  const rows = recognition.anggaran.filter((r) => r.sheet === sheet);
  const tree = AnggaranTree.of(recognition.anggaran);
  // A column with a sign of its own: never over a printed figure; realisasi − anggaran where its values say so
  // (revenue rows by their own sign).
  const choice = sisaArahOf(computation.sisaArah, sheet);
  const signed = !!cSisa && choice?.col === cSisa.col;
  const revenue = signed ? pendapatanRows(recognition.anggaran, tree) : new Set<AnggaranRow>();
  const reversed = (r: AnggaranRow): boolean => signed && sisaTerbalik(choice, revenue.has(r));
  // The result of each row by its number (the last one, as a map built from them would keep): an array by row.
  const hasil: (AnggaranHasil | undefined)[] = [];
  for (let i = 0; i < computation.anggaran.length; i++) {
    const h = computation.anggaran[i];
    if (h.row.sheet === sheet) hasil[h.row.row] = h;
  }
  const hasFigures = (r: AnggaranRow) => (r.anggaran?.value ?? null) !== null || (r.realisasi?.value ?? null) !== null;

  // Leaf descendants that carry figures (row numbers, ascending).
  const leafMemo = new Map<AnggaranRow, AnggaranRow[]>();
  const leaves = (r: AnggaranRow): AnggaranRow[] => {
    const known = leafMemo.get(r);
    if (known) return known;
    const kids = tree.children(r);
    let out: AnggaranRow[];
    if (kids.length === 0) out = hasFigures(r) ? [r] : [];
    else {
      out = [];
      for (const k of kids) for (const x of leaves(k)) out.push(x);
    }
    leafMemo.set(r, out);
    return out;
  };
  const textOf = (r: AnggaranRow): Reading | null =>
    ctx.staysText(sheet, r.anggaran) ? r.anggaran : ctx.staysText(sheet, r.realisasi) ? r.realisasi : null;
  // The same for every row: worked out once, not per row.
  const penyFormat = cPeny ? numberFormatFor("penyerapan", settings, !!cPeny.percentFormat) : "";
  const sisaFormat = numberFormatFor("sisa", settings, false);
  const penyLabel = pesan.label.penyerapan;
  const sisaLabel = pesan.label.sisa;

  for (const r of rows) {
    const h = hasil[r.row];
    if (!h) continue;
    const kids = tree.children(r);
    const kidsWithFigures = kids.length === 0 ? kids : kids.filter((c) => leaves(c).length > 0);
    const isParent = kidsWithFigures.length > 0;
    if (!isParent && !hasFigures(r)) continue;
    const lv = isParent ? leaves(r) : [r];
    const textRow = lv.find((x) => textOf(x) !== null);
    const terbalik = reversed(r);
    let penyF: string | null = null;
    let sisaF: string | null = null;
    let why: { reason: ValueReason; input: string | null } | undefined;
    if (mode === "rumus" && textRow) {
      const t = textOf(textRow)!;
      why = { reason: "teks", input: `${sheet}!${a1(t.row, t.col)}` };
    } else if (mode === "rumus") {
      if (isParent && countRuns(lv) > MAX_RUNS) {
        // Too scattered for one formula (e.g. a JUMLAH over thousands of separate rows): value below.
      } else if (isParent) {
        const leafRows = lv.map((x) => x.row);
        const aRanges = runs(leafRows, cA.col);
        const rRanges = runs(leafRows, cR.col);
        const childRefs = cPeny
          ? kidsWithFigures.map((k) => (cPeny.percentFormat ? `${a1(k.row, cPeny.col)}*100` : a1(k.row, cPeny.col)))
          : [];
        penyF = penyerapanIndukFormula(aRanges, rRanges, childRefs, settings.penyerapanInduk, !!cPeny?.percentFormat);
        sisaF = terbalik ? sisaIndukFormula(rRanges, aRanges) : sisaIndukFormula(aRanges, rRanges);
      } else {
        const refA = a1(r.row, cA.col);
        const refR = a1(r.row, cR.col);
        penyF = penyerapanFormula(refA, refR, !!cPeny?.percentFormat);
        sisaF = terbalik ? sisaFormula(refR, refA) : sisaFormula(refA, refR);
      }
      if (penyF !== null && penyF.length > MAX_FORMULA) penyF = null;
      if (sisaF !== null && sisaF.length > MAX_FORMULA) sisaF = null;
    }
    const reason = mode === "rumus" && !why ? { reason: "rumusPanjang" as const, input: null } : undefined;
    if (cPeny) {
      const figure = h.penyerapan.value;
      const description = isParent ? W.penyerapanInduk : W.penyerapan;
      const numberFormat = penyFormat;
      if (penyF !== null)
        ctx.want(wanted(sheet, r.row, cPeny.col, penyLabel, figure, d, description, { formula: penyF, numberFormat }));
      else if (figure !== null) {
        const value = cPeny.percentFormat ? figure / 100 : figure;
        const w = wanted(sheet, r.row, cPeny.col, penyLabel, figure, d, description, { value, numberFormat });
        w.valueReason = why ?? reason;
        ctx.want(w);
      }
    }
    if (cSisa && !(signed && r.printed.sisa)) {
      const description = terbalik
        ? isParent
          ? W.sisaIndukTerbalik
          : W.sisaTerbalik
        : isParent
          ? W.sisaInduk
          : W.sisa;
      const figure = terbalik && h.sisa.value !== null ? 0 - h.sisa.value : h.sisa.value;
      const numberFormat = sisaFormat;
      if (sisaF !== null)
        ctx.want(wanted(sheet, r.row, cSisa.col, sisaLabel, figure, 0, description, { formula: sisaF, numberFormat }));
      else if (figure !== null) {
        const w = wanted(sheet, r.row, cSisa.col, sisaLabel, figure, 0, description, { value: figure, numberFormat });
        w.valueReason = why ?? reason;
        ctx.want(w);
      }
    }
  }
}

/** One wanted cell as one literal (not a spread of a shared base: 200,000 of them on a large sheet). */
function wanted(
  sheet: string,
  row: number,
  col: number,
  label: string,
  figure: number | null,
  decimals: number,
  description: string,
  write: CellWrite,
): Wanted {
  return { sheet, row, col, kind: "hitung", label, figure, decimals, description, write };
}
