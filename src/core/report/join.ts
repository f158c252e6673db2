/**
 * Joins what the engine computed per sheet into one view per indicator and per sasaran: the same indicator
 * appears on the IKU sheet (target, realisasi), the Efisiensi sheet (alokasi, realisasi anggaran) and the
 * PK sheet (programs), with slightly different names. Names are joined with normalizeName().
 */
import type { Analysis, IndikatorHasil, SasaranHasil } from "../model";
import { REPORT_TEXT } from "../i18n/report";
import { normalizeName } from "./normalize";

export interface IndikatorGabungan {
  key: string;
  /** Display name (from the measurement row, numbering stripped). */
  nama: string;
  satuan: string | null;
  /** The measurement row: the one whose capaian was computed (else the first one seen). */
  utama: IndikatorHasil;
  /** Every row of this indicator, in the engine's order. */
  sumber: IndikatorHasil[];
  /** The row with realisasi of earlier years. */
  tahunan: IndikatorHasil | null;
  /** The row with an end-of-period (RPJMD/Renstra) target. */
  akhir: IndikatorHasil | null;
  /** The row with alokasi and realisasi anggaran. */
  efisiensi: IndikatorHasil | null;
  /** The row with programs (Perjanjian Kinerja). */
  pk: IndikatorHasil | null;
}

/** Strip "1.1." numbering, a list letter ("e. ", "b) ") or a bullet ("- ", "• ") from a name for display. */
export function displayName(name: string): string {
  return name.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[a-z][.)]|[-–•*])\s+/, "").trim();
}

function hasNumber(r: { value: number | null } | null): boolean {
  return r !== null && r.value !== null;
}

function pickUtama(rows: IndikatorHasil[]): IndikatorHasil {
  const score = (h: IndikatorHasil): number =>
    (h.capaian.value !== null ? 8 : 0) +
    (hasNumber(h.row.realisasi) ? 4 : 0) +
    (hasNumber(h.row.target) ? 2 : 0) +
    // a pure measurement sheet (IKU) before the efisiensi sheet
    (h.row.alokasi === null ? 1 : 0);
  let best = rows[0];
  for (const h of rows) if (score(h) > score(best)) best = h;
  return best;
}

function first(rows: IndikatorHasil[], test: (h: IndikatorHasil) => boolean): IndikatorHasil | null {
  return rows.find(test) ?? null;
}

/** Group the engine's indicator results by normalised name, in the order first seen. */
export function joinIndikator(analysis: Analysis): IndikatorGabungan[] {
  const groups = new Map<string, IndikatorHasil[]>();
  for (const h of analysis.indikator) {
    const base = normalizeName(h.row.nama);
    if (base === "") continue;
    // The same name twice on one sheet (under two sasaran) stays two indicators.
    let key = base;
    for (let n = 2; groups.get(key)?.some((o) => o.row.sheet === h.row.sheet); n++) key = `${base}#${n}`;
    const list = groups.get(key);
    if (list) list.push(h);
    else groups.set(key, [h]);
  }
  const out: IndikatorGabungan[] = [];
  for (const [key, rows] of groups) {
    const utama = pickUtama(rows);
    out.push({
      key,
      nama: displayName(utama.row.nama),
      satuan: utama.row.satuan ?? rows.find((r) => r.row.satuan)?.row.satuan ?? utama.row.realisasi?.unit ?? null,
      utama,
      sumber: rows,
      tahunan: first(rows, (h) => h.row.realisasiTahunan.some((t) => t.reading.value !== null)),
      akhir: first(rows, (h) => hasNumber(h.row.targetAkhir)),
      efisiensi: first(rows, (h) => hasNumber(h.row.alokasi) && hasNumber(h.row.realisasiAnggaran)),
      pk: first(rows, (h) => h.row.program.length > 0),
    });
  }
  return out;
}

/** One indicator as one table shows it: the joined view, the row the table takes its figures from, its name there. */
export interface Baris {
  g: IndikatorGabungan;
  src: IndikatorHasil;
  /** The name as written on the source sheet (numbering stripped). */
  nama: string;
}

export interface SasaranGabungan {
  key: string;
  /** The sasaran as written on the source sheet. */
  nama: string;
  items: Baris[];
}

/**
 * Group the indicators a table shows by sasaran, in sheet order of the rows the table takes its figures
 * from (`source`; indicators without one are left out). The sasaran name comes from that row (else from
 * the same indicator on another sheet); sasaran left without indicators are dropped.
 */
export function groupBySasaran(
  analysis: Analysis,
  list: IndikatorGabungan[],
  source: (g: IndikatorGabungan) => IndikatorHasil | null,
): SasaranGabungan[] {
  const sheetOrder = new Map<string, number>();
  for (const l of analysis.recognition.layouts) if (!sheetOrder.has(l.sheet)) sheetOrder.set(l.sheet, sheetOrder.size);
  for (const h of analysis.indikator) if (!sheetOrder.has(h.row.sheet)) sheetOrder.set(h.row.sheet, sheetOrder.size);
  const items: Baris[] = [];
  for (const g of list) {
    const src = source(g);
    if (src) items.push({ g, src, nama: displayName(src.row.nama) || g.nama });
  }
  items.sort(
    (a, b) =>
      (sheetOrder.get(a.src.row.sheet) ?? 0) - (sheetOrder.get(b.src.row.sheet) ?? 0) || a.src.row.row - b.src.row.row,
  );
  const map = new Map<string, SasaranGabungan>();
  for (const b of items) {
    const nama = b.src.row.sasaran ?? b.g.sumber.find((h) => h.row.sasaran)?.row.sasaran ?? null;
    const key = nama ? normalizeName(nama) : "";
    let s = map.get(key);
    if (!s) {
      s = { key, nama: nama ? displayName(nama) : REPORT_TEXT.sasaranTanpaNama, items: [] };
      map.set(key, s);
    }
    s.items.push(b);
  }
  return [...map.values()];
}

/**
 * The engine's SasaranHasil for a group of rows, when one sasaran of one sheet holds exactly these rows;
 * null otherwise (the caller then computes the mean itself with the calc library).
 */
export function findSasaranHasil(analysis: Analysis, rows: IndikatorHasil[]): SasaranHasil | null {
  if (rows.length === 0) return null;
  const sheet = rows[0].row.sheet;
  if (rows.some((h) => h.row.sheet !== sheet)) return null;
  const want = new Set(rows.map((h) => h.row.row));
  for (const s of analysis.sasaran) {
    if (s.sheet !== sheet) continue;
    if (s.indikatorRows.length !== want.size) continue;
    if (s.indikatorRows.every((r) => want.has(r))) return s;
  }
  return null;
}
