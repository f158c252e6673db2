/**
 * Compute: from what recognition understood to the figures (capaian, predikat, penyerapan, sisa,
 * efisiensi, means), all through the calculation library in ../calc. Unrounded throughout; rounding is
 * for display only (or, with settings.dariNilaiDibulatkan, to reproduce an old report from rounded figures).
 */
import {
  capaian as hitungCapaian,
  efisiensi as hitungEfisiensi,
  penyerapan as hitungPenyerapan,
  penyerapanInduk,
  perubahan as hitungPerubahan,
  predikat as hitungPredikat,
  rataRata,
  sisa as hitungSisa,
} from "../calc";
import type {
  AnggaranHasil,
  AnggaranRow,
  Computed,
  IndikatorHasil,
  IndikatorRow,
  Reading,
  Recognition,
  SasaranGroup,
  SasaranHasil,
} from "../model";
import { normalizeName } from "../names/normalize";
import { roundHalfAway } from "../numbers";
import { predikatBands, type RunSettings, type Settings } from "../settings/settings";
import { pesan } from "../i18n/engine";

const none: Computed = { value: null, reason: null };

function num(r: Reading | null | undefined): number | null {
  return r && r.value !== null && Number.isFinite(r.value) ? r.value : null;
}

/** Why an input is missing, for the user. */
function missing(label: string, r: Reading | null | undefined): string {
  if (!r || (r.value === null && r.text === null)) return pesan.kosong(label);
  return pesan.bukanAngka(label, r.text ?? "");
}

function displayed(c: Computed, settings: Settings): number | null {
  if (c.value === null) return null;
  return settings.dariNilaiDibulatkan ? roundHalfAway(c.value, settings.desimal) : c.value;
}

export function computeIndikator(row: IndikatorRow, settings: RunSettings, tahun: number | null): IndikatorHasil {
  const bands = predikatBands(settings);
  const target = num(row.target);
  const realisasi = num(row.realisasi);
  let capaian: Computed;
  if (row.polaritas === "range" && row.targetRange) {
    capaian =
      realisasi === null
        ? { value: null, reason: missing("Realisasi", row.realisasi) }
        : hitungCapaian({ polaritas: "range", target, realisasi, targetRange: row.targetRange }, settings);
  } else if (target === null) {
    capaian = { value: null, reason: missing("Target", row.target) };
  } else if (realisasi === null) {
    capaian = { value: null, reason: missing("Realisasi", row.realisasi) };
  } else {
    capaian = hitungCapaian({ polaritas: row.polaritas, target, realisasi, targetRange: row.targetRange }, settings);
  }
  const predikat = hitungPredikat(capaian.value, bands, settings.desimal);

  const alokasi = num(row.alokasi);
  const realisasiAnggaran = num(row.realisasiAnggaran);
  const adaAnggaran = row.alokasi !== null || row.realisasiAnggaran !== null;
  const penyerapan = adaAnggaran ? hitungPenyerapan(alokasi, realisasiAnggaran) : none;

  let efisiensi: Computed = none;
  let efisien: boolean | null = null;
  if (adaAnggaran) {
    const e = hitungEfisiensi(displayed(capaian, settings), displayed(penyerapan, settings), settings.efisiensi);
    efisiensi = e.nilai;
    efisien = e.efisien;
  }

  let capaianAkhir: Computed = none;
  const targetAkhir = num(row.targetAkhir);
  if (row.targetAkhir) {
    capaianAkhir =
      targetAkhir === null
        ? { value: null, reason: missing("Target akhir", row.targetAkhir) }
        : realisasi === null
          ? { value: null, reason: missing("Realisasi", row.realisasi) }
          : hitungCapaian({ polaritas: row.polaritas, target: targetAkhir, realisasi }, settings);
  }

  const series = row.realisasiTahunan
    .filter((t) => t.reading.value !== null)
    .map((t) => ({ tahun: t.tahun, nilai: t.reading.value as number }));
  if (tahun !== null && realisasi !== null && !series.some((s) => s.tahun === tahun))
    series.push({ tahun, nilai: realisasi });
  const perubahan = series.length >= 2 ? hitungPerubahan(series) : [];

  return { row, capaian, predikat, penyerapan, efisiensi, efisien, capaianAkhir, perubahan };
}

export function computeSasaran(
  group: SasaranGroup,
  hasil: Map<string, IndikatorHasil>,
  settings: Settings,
): SasaranHasil {
  const bands = predikatBands(settings);
  const members = group.rows.map((r) => hasil.get(key(group.sheet, r))).filter((h): h is IndikatorHasil => !!h);
  const weights = members.map((m) => num(m.row.bobot));
  const useWeights = weights.some((w) => w !== null);
  const capaian = rataRata(
    members.map((m) => displayed(m.capaian, settings)),
    useWeights ? weights : null,
  );
  const withEff = members.filter((m) => m.efisiensi.value !== null || m.row.alokasi !== null);
  let efisiensi: Computed = none;
  let efisien: boolean | null = null;
  if (withEff.length > 0) {
    efisiensi = rataRata(withEff.map((m) => displayed(m.efisiensi, settings)));
    if (efisiensi.value !== null) {
      if (settings.efisiensi === "selisih") efisien = efisiensi.value > 0;
      else if (settings.efisiensi === "indeks") efisien = efisiensi.value >= 1;
      else efisien = capaian.value !== null ? roundHalfAway(capaian.value, settings.desimal) >= 100 : null;
    }
  }
  return {
    sheet: group.sheet,
    nama: group.nama,
    indikatorRows: group.rows,
    capaian,
    predikat: hitungPredikat(capaian.value, bands, settings.desimal),
    efisiensi,
    efisien,
  };
}

const trees = new WeakMap<AnggaranRow[], { tree: AnggaranTree; size: number }>();

/** The children of a row without any (most rows of a large budget): one shared array, never written to. */
const NO_CHILDREN: AnggaranRow[] = [];

export function key(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}

/**
 * The budget hierarchy as a tree: the children of every row, resolved once. A total row (JUMLAH) without
 * recorded children covers the top-level rows of its sheet between the previous total row and itself.
 */
export class AnggaranTree {
  private readonly kids = new Map<AnggaranRow, AnggaranRow[]>();

  /**
   * The tree of these rows, built once for compute, check and the fill plan alike (the same array of rows;
   * a tree of every sheet's rows gives each row the same children as a tree of its sheet's rows alone).
   */
  static of(rows: AnggaranRow[]): AnggaranTree {
    const known = trees.get(rows);
    if (known && known.size === rows.length) return known.tree;
    const tree = new AnggaranTree(rows);
    trees.set(rows, { tree, size: rows.length });
    return tree;
  }

  constructor(rows: AnggaranRow[]) {
    const bySheet = new Map<string, AnggaranRow[]>();
    for (const r of rows) {
      let list = bySheet.get(r.sheet);
      if (!list) bySheet.set(r.sheet, (list = []));
      list.push(r);
    }
    for (const list of bySheet.values()) {
      const byRow = new Map<number, AnggaranRow>();
      let sorted = true;
      for (let i = 0; i < list.length; i++) {
        byRow.set(list[i].row, list[i]);
        if (i > 0 && list[i].row < list[i - 1].row) sorted = false;
      }
      // Rows come from the sheet top-down: sorted already, as a rule.
      const ordered = sorted ? list : [...list].sort((a, b) => a.row - b.row);
      let top: AnggaranRow[] = [];
      for (const r of ordered) {
        if (r.isTotal && r.children.length === 0) {
          this.kids.set(r, top);
          top = [];
          continue;
        }
        let kids = NO_CHILDREN;
        if (r.children.length > 0) {
          kids = [];
          for (const c of r.children) {
            const k = byRow.get(c);
            if (k) kids.push(k);
          }
          if (kids.length === 0) kids = NO_CHILDREN;
        }
        this.kids.set(r, kids);
        if (r.parent === null && !r.isTotal) top.push(r);
      }
    }
  }

  /** The row's children, top-down. Read only: rows without children share one empty array. */
  children(r: AnggaranRow): readonly AnggaranRow[] {
    return this.kids.get(r) ?? NO_CHILDREN;
  }
}

export function computeAnggaran(rows: AnggaranRow[], settings: Settings): AnggaranHasil[] {
  const tree = AnggaranTree.of(rows);
  const memo = new Map<AnggaranRow, { anggaran: number | null; realisasi: number | null }>();

  const figures = (r: AnggaranRow): { anggaran: number | null; realisasi: number | null } => {
    const known = memo.get(r);
    if (known) return known;
    const kids = tree.children(r);
    let out = { anggaran: num(r.anggaran), realisasi: num(r.realisasi) };
    if (kids.length > 0) {
      const kf = kids.map(figures);
      const sa = sum(kf.map((f) => f.anggaran));
      const sr = sum(kf.map((f) => f.realisasi));
      if (sa !== null || sr !== null) out = { anggaran: sa, realisasi: sr };
    }
    memo.set(r, out);
    return out;
  };

  return rows.map((r) => {
    const f = figures(r);
    let penyerapan: Computed;
    const kids = tree.children(r);
    const kidFigures =
      kids.length === 0 ? [] : kids.map(figures).filter((k) => k.anggaran !== null || k.realisasi !== null);
    if (kidFigures.length > 0) {
      penyerapan = penyerapanInduk(kidFigures, settings.penyerapanInduk);
    } else if (f.anggaran === null && f.realisasi === null) {
      penyerapan = { value: null, reason: pesan.tanpaAngka };
    } else {
      penyerapan = hitungPenyerapan(f.anggaran, f.realisasi);
    }
    const sisa =
      f.anggaran === null && f.realisasi === null
        ? { value: null, reason: pesan.tanpaAngka }
        : hitungSisa(f.anggaran, f.realisasi);
    return { row: r, anggaran: f.anggaran, realisasi: f.realisasi, penyerapan, sisa };
  });
}

function sum(values: (number | null)[]): number | null {
  let s = 0;
  let any = false;
  for (const v of values) {
    if (v !== null) {
      s += v;
      any = true;
    }
  }
  return any ? s : null;
}

export interface Computation {
  indikator: IndikatorHasil[];
  sasaran: SasaranHasil[];
  anggaran: AnggaranHasil[];
  capaianKeseluruhan: Computed;
  predikatKeseluruhan: string | null;
}

export function compute(recognition: Recognition, settings: RunSettings): Computation {
  const tahun = settings.tahun ?? recognition.tahun;
  const indikator = recognition.indikator.map((r) => computeIndikator(r, settings, tahun));
  const byRow = new Map(indikator.map((h) => [key(h.row.sheet, h.row.row), h]));
  const sasaran = recognition.sasaran.map((g) => computeSasaran(g, byRow, settings));
  const anggaran = computeAnggaran(recognition.anggaran, settings);

  // Overall: each sasaran (or indicator) once, from the first sheet that measures it.
  const bands = predikatBands(settings);
  let capaianKeseluruhan: Computed;
  if (settings.capaianKeseluruhan === "sasaran") {
    // The sheet that measures a sasaran first; a sasaran written in two parts on that sheet (another sasaran
    // between them) counts once, with the indicators of both parts.
    const first = new Map<string, string>();
    for (const s of sasaran) {
      const k = normalizeName(s.nama);
      if (s.capaian.value !== null && !first.has(k)) first.set(k, s.sheet);
    }
    const whole = new Map<string, SasaranGroup>();
    for (const g of recognition.sasaran) {
      const k = normalizeName(g.nama);
      if (first.get(k) !== g.sheet) continue;
      const part = whole.get(k);
      whole.set(k, part ? { ...part, rows: part.rows.concat(g.rows) } : g);
    }
    const values = [...whole.values()].map((g) => displayed(computeSasaran(g, byRow, settings).capaian, settings));
    capaianKeseluruhan = rataRata(values);
  } else {
    const seen = new Set<string>();
    const values: (number | null)[] = [];
    for (const h of indikator) {
      const k = normalizeName(h.row.nama);
      if (h.capaian.value === null || seen.has(k)) continue;
      seen.add(k);
      values.push(displayed(h.capaian, settings));
    }
    capaianKeseluruhan = rataRata(values);
  }
  return {
    indikator,
    sasaran,
    anggaran,
    capaianKeseluruhan,
    predikatKeseluruhan: hitungPredikat(capaianKeseluruhan.value, bands, settings.desimal),
  };
}
