/**
 * Output columns: the ones a sheet already has (and whether they hold fractions shown with "%"), and the ones
 * fill will add at the next free columns to the right of the table: budget sheets get penyerapan and sisa,
 * indicator sheets capaian and predikat, efisiensi (with penyerapan) where the sheet has alokasi and realisasi
 * anggaran, capaianAkhir where it has an end target.
 */
import type { ColumnInfo, ColumnRole, OutputRole, SheetKind } from "../model";
import { isPercentFormat } from "../numbers/parse";
import { teksRecognize as T } from "../i18n/recognize";
import type { Grid } from "./grid";
import type { HeaderBlock } from "./header";

/** Most numbers in the column are shown with a "%" format: they are fractions (0.9678 for 96,78 %). */
export function percentColumn(g: Grid, col: number, range: [number, number] | null): boolean {
  if (!range) return false;
  let numbers = 0;
  let percent = 0;
  for (let r = range[0]; r <= range[1]; r++) {
    const a = g.anchor(r, col);
    if (a.row !== r) continue;
    if (typeof g.raw(r, col) !== "number") continue;
    numbers++;
    if (isPercentFormat(g.format(r, col))) percent++;
  }
  return numbers > 0 && percent * 2 >= numbers;
}

function columnFree(g: Grid, col: number, block: HeaderBlock, range: [number, number] | null): boolean {
  const last = range ? range[1] : block.rows[1];
  for (let r = block.rows[0]; r <= last; r++) if (g.text(r, col) !== "" || g.formula(r, col) !== null) return false;
  return true;
}

/** Which output roles a sheet should have, given the input roles it has. */
export function wantedOutputs(kind: SheetKind, roles: Set<ColumnRole>, hasRealisasi: boolean): OutputRole[] {
  if (kind === "anggaran") return roles.has("anggaran") && roles.has("realisasiAnggaran") ? ["penyerapan", "sisa"] : [];
  if (kind !== "indikator") return [];
  const out: OutputRole[] = [];
  if (roles.has("target") && hasRealisasi) out.push("capaian", "predikat");
  if (roles.has("targetAkhir") && hasRealisasi) out.push("capaianAkhir");
  if (roles.has("anggaran") && roles.has("realisasiAnggaran")) out.push("penyerapan", "efisiensi");
  return out;
}

/** Mark existing percent columns and add the missing output columns to the right of the table. */
export function completeOutputs(
  g: Grid,
  kind: SheetKind,
  columns: ColumnInfo[],
  block: HeaderBlock,
  range: [number, number] | null,
  hasRealisasi: boolean,
): { columns: ColumnInfo[]; lastCol: number } {
  const out = columns.map((c) => ({ ...c }));
  for (const c of out) {
    if (c.role === "capaian" || c.role === "penyerapan" || c.role === "efisiensi" || c.role === "capaianAkhir") {
      c.percentFormat = percentColumn(g, c.col, range);
    }
  }
  const lastCol = out.reduce((m, c) => Math.max(m, c.col), block.lastCol);
  const roles = new Set(out.map((c) => c.role));
  let next = lastCol + 1;
  for (const role of wantedOutputs(kind, roles, hasRealisasi)) {
    if (roles.has(role)) continue;
    while (!columnFree(g, next, block, range)) next++;
    out.push({ role, col: next, header: T.headerTambahan[role] ?? role, added: true });
    next++;
  }
  return { columns: out, lastCol };
}
