/**
 * Findings from the type pass (./evaluate.ts), after recognition: a date or an unevaluated formula is a
 * peringatan where recognition reads the cell as a figure (anggaran, target, realisasi ...), naming the cell;
 * formulas the engine evaluated itself are one info note.
 */
import { pesanBaca } from "../i18n/workbook";
import { pesan } from "../i18n/engine";
import type { Reading, Recognition, Temuan } from "../model";
import { a1 } from "./address";
import type { CellNote } from "./evaluate";

/** Codes of the findings made here. */
export const KODE_TANGGAL = "tanggal-bukan-angka";
export const KODE_RUMUS_TANPA_NILAI = "rumus-tanpa-nilai";
export const KODE_RUMUS_DIHITUNG = "rumus-dihitung";

/** Check's finding for text that is not a number, replaced here by the more exact one. */
const KODE_TAK_TERBACA = "nilai-tak-terbaca";

const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

function readingsOf(recognition: Recognition): { sheet: string; label: string; r: Reading }[] {
  const out: { sheet: string; label: string; r: Reading }[] = [];
  const add = (sheet: string, label: string, r: Reading | null | undefined) => {
    if (r) out.push({ sheet, label, r });
  };
  const L = pesan.label;
  for (const row of recognition.indikator) {
    add(row.sheet, L.target, row.target);
    add(row.sheet, L.realisasi, row.realisasi);
    for (const y of row.realisasiTahunan) add(row.sheet, L.realisasi, y.reading);
    add(row.sheet, L.targetAkhir, row.targetAkhir);
    add(row.sheet, L.alokasi, row.alokasi);
    add(row.sheet, L.realisasiAnggaran, row.realisasiAnggaran);
    add(row.sheet, L.bobot, row.bobot);
    for (const p of row.program) add(row.sheet, L.anggaran, p.anggaran);
    for (const [role, r] of Object.entries(row.printed)) add(row.sheet, L[role] ?? role, r);
  }
  for (const s of recognition.sasaran)
    for (const [role, r] of Object.entries(s.printed)) add(s.sheet, L[role] ?? role, r);
  for (const row of recognition.anggaran) {
    add(row.sheet, L.anggaran, row.anggaran);
    add(row.sheet, L.realisasiAnggaran, row.realisasi);
    for (const [role, r] of Object.entries(row.printed)) add(row.sheet, L[role] ?? role, r);
  }
  return out;
}

/**
 * The findings of the type pass, and the check findings they make redundant removed from `temuan`
 * (a date is not "text that cannot be read as a number").
 */
export function noteTemuan(notes: CellNote[], recognition: Recognition, temuan: Temuan[]): Temuan[] {
  if (notes.length === 0) return temuan;
  const byCell = new Map<string, CellNote>();
  const dihitung: CellNote[] = [];
  for (const n of notes) {
    if (n.kind === "rumusDihitung") dihitung.push(n);
    else byCell.set(key(n.sheet, n.row, n.col), n);
  }
  const own: Temuan[] = [];
  const replaced = new Set<string>();
  const seen = new Set<string>();
  for (const { sheet, label, r } of readingsOf(recognition)) {
    const k = key(sheet, r.row, r.col);
    const n = byCell.get(k);
    if (!n || seen.has(k)) continue;
    seen.add(k);
    const cell = a1(r.row, r.col);
    const ref = `${sheet}!${cell}`;
    if (n.kind === "tanggal") {
      own.push({
        code: KODE_TANGGAL,
        severity: "warning",
        sheet,
        cell,
        message: pesanBaca.tanggal(label, ref, n.detail),
      });
      replaced.add(`${sheet}\u0000${cell}`);
    } else {
      own.push({
        code: KODE_RUMUS_TANPA_NILAI,
        severity: "warning",
        sheet,
        cell,
        message: pesanBaca.rumusTanpaNilai(label, ref, n.detail),
      });
    }
  }
  if (dihitung.length > 0) {
    const first = dihitung[0];
    const cell = a1(first.row, first.col);
    own.push({
      code: KODE_RUMUS_DIHITUNG,
      severity: "info",
      sheet: first.sheet,
      cell,
      message: pesanBaca.rumusDihitung(dihitung.length, `${first.sheet}!${cell}`),
    });
  }
  const kept = temuan.filter((t) => !(t.code === KODE_TAK_TERBACA && replaced.has(`${t.sheet}\u0000${t.cell}`)));
  return [...own, ...kept];
}
