/**
 * The Indonesian sentences written under the LKjIP tables, generated from the computed figures (as the seed
 * report writes them by hand: "... menghasilkan capaian rata-rata kinerja sebesar 98,39% dengan predikat
 * "Sangat Berhasil""). Numbers are formatted with src/core/numbers/format.ts (id-ID); nothing here reads a sheet.
 */
import type { Polaritas } from "../model";
import { formatAngka, formatPersen, formatRupiah } from "../numbers/format";
import { roundHalfAway } from "../numbers/round";
import type { Settings } from "../settings/settings";
import { terbilang } from "../i18n/report";

/** "20,18%", "197.465 orang", "12" */
export function nilaiSatuan(value: number, satuan: string | null, decimals: number): string {
  const s = (satuan ?? "").trim();
  if (s === "%" || /^persen$/i.test(s)) return formatPersen(value, decimals);
  if (/^rp\.?$/i.test(s)) return formatRupiah(value, decimals);
  return s ? `${formatAngka(value, decimals)} ${s}` : formatAngka(value, decimals);
}

/** "A", "A dan B", "A, B, dan C" */
export function daftar(items: string[]): string {
  if (items.length <= 1) return items.join("");
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(", ")}, dan ${items[items.length - 1]}`;
}

function q(s: string): string {
  return `"${s}"`;
}

/** Why an indicator has no capaian: it lacks a realisasi, a target, or the figures cannot be divided. */
export type SebabTanpaCapaian = "realisasi" | "target" | "lain";

export interface TanpaCapaian {
  nama: string;
  sebab: SebabTanpaCapaian;
  /** The engine's reason, for "lain". */
  alasan?: string | null;
}

const SEBAB: Record<SebabTanpaCapaian, string> = {
  realisasi: "belum memiliki realisasi",
  target: "belum memiliki target",
  lain: "capaiannya tidak dapat dihitung",
};

/**
 * "1 (satu) indikator belum memiliki realisasi (Jumlah PMKS) dan tidak ikut dihitung." per cause: what was not
 * measured, said beside what was.
 */
export function kalimatTanpaCapaian(list: TanpaCapaian[], dihitung = "tidak ikut dihitung"): string | null {
  if (list.length === 0) return null;
  const parts: string[] = [];
  for (const sebab of ["realisasi", "target", "lain"] as SebabTanpaCapaian[]) {
    const items = list.filter((i) => i.sebab === sebab);
    if (items.length === 0) continue;
    const names = items.map((i) =>
      sebab === "lain" && i.alasan ? `${i.nama}: ${i.alasan.replace(/\.$/, "")}` : i.nama,
    );
    parts.push(`${terbilang(items.length)} indikator ${SEBAB[sebab]} (${names.join("; ")})`);
  }
  const s = daftar(parts);
  return `${s.charAt(0).toUpperCase()}${s.slice(1)} dan ${dihitung}.`;
}

export interface CapaianSasaranFakta {
  sasaran: string;
  /** Indicators whose capaian was computed (the mean is over these). */
  terukur: number;
  /** Indicators of the table without capaian, and why. */
  tanpa: TanpaCapaian[];
  rataRata: number | null;
  predikat: string | null;
  decimals: number;
}

/**
 * Hasil pengukuran ... dengan 2 (dua) indikator terukur menghasilkan rata-rata capaian kinerja sebesar 97,92% dengan
 * predikat "Sangat Berhasil". The count is of the indicators measured; the rest are named with their cause.
 */
export function kalimatCapaianSasaran(f: CapaianSasaranFakta): string {
  const tanpa = kalimatTanpaCapaian(f.tanpa, "tidak ikut dirata-ratakan");
  const ekor = tanpa ? ` ${tanpa}` : "";
  if (f.rataRata === null || f.terukur === 0)
    return `Capaian kinerja sasaran ${q(f.sasaran)} belum dapat dihitung karena belum ada indikator terukur.${ekor}`;
  const awal = `Hasil pengukuran capaian kinerja sasaran ${q(f.sasaran)} dengan ${terbilang(f.terukur)} indikator terukur`;
  const pred = f.predikat ? ` dengan predikat ${q(f.predikat)}` : "";
  return `${awal} menghasilkan rata-rata capaian kinerja sebesar ${formatPersen(f.rataRata, f.decimals)}${pred}.${ekor}`;
}

export interface IndikatorCapaianFakta {
  nama: string;
  satuan: string | null;
  target: number | null;
  realisasi: number | null;
  capaian: number | null;
  /** Why capaian is missing (from the engine). */
  alasan: string | null;
  /** Decimals of target/realisasi. */
  decimalsNilai: number;
}

/**
 * Which measured indicators met their target (capaian >= 100 as shown) and which did not, with their figures;
 * the unmeasured ones are named by kalimatCapaianSasaran.
 */
export function kalimatTargetIndikator(list: IndikatorCapaianFakta[], decimals: number): string[] {
  const tercapai: string[] = [];
  const belum: string[] = [];
  const measured = list.filter((i) => i.capaian !== null);
  for (const i of list) {
    if (i.capaian === null) continue;
    const shown = roundHalfAway(i.capaian, decimals);
    const parts: string[] = [];
    if (i.target !== null) parts.push(`target ${nilaiSatuan(i.target, i.satuan, i.decimalsNilai)}`);
    if (i.realisasi !== null) parts.push(`realisasi ${nilaiSatuan(i.realisasi, i.satuan, i.decimalsNilai)}`);
    parts.push(`capaian ${formatPersen(i.capaian, decimals)}`);
    const item = `${i.nama} (${parts.join(", ")})`;
    if (shown >= 100) tercapai.push(item);
    else belum.push(item);
  }
  const out: string[] = [];
  if (tercapai.length > 0) {
    out.push(
      tercapai.length === measured.length && measured.length > 1
        ? `Seluruh indikator mencapai atau melampaui target: ${daftar(tercapai)}.`
        : `Indikator yang mencapai atau melampaui target: ${daftar(tercapai)}.`,
    );
  }
  if (belum.length > 0) out.push(`Indikator yang belum mencapai target: ${daftar(belum)}.`);
  return out;
}

export interface KeseluruhanFakta {
  instansi: string;
  tahun: string;
  capaian: number | null;
  predikat: string | null;
  /** Sasaran (or indicators, by `dasar`) in the mean: the measured ones. */
  jumlah: number;
  /** Sasaran (or indicators) shown in the tables but not in the mean. */
  tidakTerukur: number;
  decimals: number;
  /** Mean over sasaran or over indicators (settings.capaianKeseluruhan). */
  dasar: Settings["capaianKeseluruhan"];
}

/** Berdasarkan ... rata-rata capaian kinerja ... tahun 2020 sebesar X% dengan predikat "Y". */
export function kalimatKeseluruhan(f: KeseluruhanFakta): string | null {
  if (f.capaian === null) return null;
  const apa = f.dasar === "sasaran" ? "sasaran strategis" : "indikator kinerja";
  const pred = f.predikat ? ` dengan predikat ${q(f.predikat)}` : "";
  let s = `Secara keseluruhan, rata-rata capaian kinerja ${f.instansi} tahun ${f.tahun} atas ${terbilang(f.jumlah)} ${apa} terukur sebesar ${formatPersen(f.capaian, f.decimals)}${pred}.`;
  if (f.tidakTerukur > 0) s += ` ${terbilang(f.tidakTerukur)} ${apa} belum terukur dan tidak ikut dihitung.`;
  return s;
}

export interface PerubahanFakta {
  nama: string;
  satuan: string | null;
  polaritas: Polaritas;
  tahun: number;
  nilai: number;
  /** The year just before, and the change against it (nilai - nilaiLalu), unrounded. */
  tahunLalu: number;
  nilaiLalu: number;
  selisih: number;
  /** The first year of the table, when it is older than tahunLalu. */
  awal?: { tahun: number; nilai: number; selisih: number } | null;
  decimals: number;
}

function arah(selisih: number, satuan: string | null, decimals: number): { kata: string; naik: boolean | null } {
  const shown = roundHalfAway(Math.abs(selisih), decimals);
  if (shown === 0) return { kata: "tetap (tidak berubah)", naik: null };
  const s = (satuan ?? "").trim();
  const besar =
    s === "%" || /^persen$/i.test(s)
      ? `${formatAngka(Math.abs(selisih), decimals)} poin`
      : nilaiSatuan(Math.abs(selisih), satuan, decimals);
  return { kata: `${selisih > 0 ? "naik" : "turun"} ${besar}`, naik: selisih > 0 };
}

/** "Realisasi indikator Angka Kemiskinan tahun 2020 sebesar 20,18% naik 0,70 poin dibandingkan tahun 2019 (19,48%) ..." */
export function kalimatPerubahan(f: PerubahanFakta): string {
  const a = arah(f.selisih, f.satuan, f.decimals);
  let s =
    `Realisasi indikator ${f.nama} tahun ${f.tahun} sebesar ${nilaiSatuan(f.nilai, f.satuan, f.decimals)}, ` +
    `${a.kata} dibandingkan tahun ${f.tahunLalu} (${nilaiSatuan(f.nilaiLalu, f.satuan, f.decimals)})`;
  if (f.awal && f.awal.tahun < f.tahunLalu) {
    const b = arah(f.awal.selisih, f.satuan, f.decimals);
    s += ` dan ${b.kata} dibandingkan tahun ${f.awal.tahun} (${nilaiSatuan(f.awal.nilai, f.satuan, f.decimals)})`;
  }
  s += ".";
  if (a.naik !== null && (f.polaritas === "positif" || f.polaritas === "negatif")) {
    const membaik = f.polaritas === "positif" ? a.naik : !a.naik;
    const sifat = f.polaritas === "negatif" ? "semakin kecil semakin baik" : "semakin besar semakin baik";
    s += ` Untuk indikator ini ${sifat}, sehingga kinerja tahun ${f.tahun} ${membaik ? "membaik" : "menurun"} dibandingkan tahun ${f.tahunLalu}.`;
  }
  return s;
}

export interface TargetAkhirFakta {
  nama: string;
  satuan: string | null;
  tahun: string;
  realisasi: number | null;
  targetAkhir: number;
  /** "target akhir RPJMD (2021)" */
  labelTarget: string;
  capaian: number | null;
  sisa: number | null;
  decimalsNilai: number;
  decimals: number;
}

/** Realisasi s/d tahun n against the end target, the capaian and the part left ("Sisa ... 49,05%"). */
export function kalimatTargetAkhir(f: TargetAkhirFakta): string {
  const real = f.realisasi !== null ? nilaiSatuan(f.realisasi, f.satuan, f.decimalsNilai) : "belum tersedia";
  let s = `Realisasi indikator ${f.nama} sampai dengan tahun ${f.tahun} sebesar ${real}, sedangkan ${f.labelTarget} sebesar ${nilaiSatuan(f.targetAkhir, f.satuan, f.decimalsNilai)}.`;
  if (f.capaian === null) return `${s} Capaian terhadap target akhir tidak dapat dihitung.`;
  s += ` Capaian terhadap target akhir periode sebesar ${formatPersen(f.capaian, f.decimals)}`;
  if (f.sisa !== null && roundHalfAway(f.sisa, f.decimals) > 0) {
    s += `. Sisa capaian kinerja yang harus dicapai pada tahun-tahun berikutnya sebesar ${formatPersen(f.sisa, f.decimals)}.`;
  } else {
    s += `, sehingga target akhir periode telah tercapai.`;
  }
  return s;
}

export interface EfisiensiFakta {
  sasaran: string;
  tahun: string;
  rataRata: number | null;
  indikator: { nama: string; nilai: number | null }[];
  efisien: boolean | null;
  mode: Settings["efisiensi"];
  decimals: number;
}

function nilaiEfisiensi(v: number, mode: Settings["efisiensi"], decimals: number): string {
  return mode === "indeks" ? formatAngka(v, decimals) : formatPersen(v, decimals);
}

const RUMUS_EFISIENSI: Record<Settings["efisiensi"], string> = {
  selisih: "tingkat efisiensi = capaian kinerja − penyerapan anggaran; nilai positif berarti efisien",
  indeks: "indeks efisiensi = capaian kinerja ÷ penyerapan anggaran; nilai 1 atau lebih berarti efisien",
  sisa: "efisiensi anggaran = 100% − penyerapan anggaran; efisien bila target kinerja tercapai",
};

/** Tingkat efisiensi sasaran ... sebesar 768,48%, ... dicapai secara efisien. */
export function kalimatEfisiensi(f: EfisiensiFakta): string[] {
  const label = f.mode === "indeks" ? "indeks efisiensi" : "tingkat efisiensi";
  const out: string[] = [];
  if (f.rataRata === null) {
    out.push(`Tingkat efisiensi sasaran ${q(f.sasaran)} tahun ${f.tahun} tidak dapat dihitung.`);
    return out;
  }
  const rincian = f.indikator
    .filter((i) => i.nilai !== null)
    .map((i) => `indikator ${i.nama} sebesar ${nilaiEfisiensi(i.nilai as number, f.mode, f.decimals)}`);
  let s = `Pada tahun ${f.tahun}, ${label} sasaran ${q(f.sasaran)} sebesar ${nilaiEfisiensi(f.rataRata, f.mode, f.decimals)}`;
  const tanpa = f.indikator.filter((i) => i.nilai === null).map((i) => i.nama);
  if (rincian.length > 0)
    s += `. Sasaran ini didukung ${terbilang(rincian.length)} indikator terukur dengan rincian ${daftar(rincian)}`;
  out.push(`${s}.`);
  if (tanpa.length > 0)
    out.push(
      `${terbilang(tanpa.length)} indikator belum dapat dihitung tingkat efisiensinya (${tanpa.join("; ")}) dan tidak ikut dirata-ratakan.`,
    );
  if (f.efisien !== null) {
    out.push(
      f.efisien
        ? `Dengan demikian sasaran ${q(f.sasaran)} dicapai secara efisien (${RUMUS_EFISIENSI[f.mode]}).`
        : `Dengan demikian sasaran ${q(f.sasaran)} belum dicapai secara efisien (${RUMUS_EFISIENSI[f.mode]}).`,
    );
  }
  return out;
}

export interface AnggaranFakta {
  instansi: string;
  tahun: string;
  anggaran: number | null;
  realisasi: number | null;
  penyerapan: number | null;
  sisa: number | null;
  decimals: number;
}

/** Total anggaran ... sebesar Rp X dengan realisasi Rp Y atau penyerapan sebesar 94,08%. */
export function kalimatTotalAnggaran(f: AnggaranFakta, apa: string): string {
  if (f.anggaran === null) return `Jumlah anggaran ${apa} tidak dapat dihitung.`;
  let s = `Jumlah anggaran ${apa} ${f.instansi} tahun ${f.tahun} sebesar ${formatRupiah(f.anggaran)}`;
  if (f.realisasi !== null) s += ` dengan realisasi ${formatRupiah(f.realisasi)}`;
  if (f.penyerapan !== null) s += ` atau penyerapan sebesar ${formatPersen(f.penyerapan, f.decimals)}`;
  s += ".";
  if (f.sisa !== null && f.sisa !== 0) s += ` Sisa anggaran sebesar ${formatRupiah(f.sisa)}.`;
  return s;
}

export interface PenyerapanItem {
  nama: string;
  penyerapan: number;
}

/** Penyerapan per kelompok/program: the highest and the lowest. */
export function kalimatPenyerapanTertinggiTerendah(
  items: PenyerapanItem[],
  apa: string | null,
  decimals: number,
): string | null {
  if (items.length < 2) return null;
  const sorted = [...items].sort((a, b) => b.penyerapan - a.penyerapan);
  const hi = sorted[0];
  const lo = sorted[sorted.length - 1];
  const pada = apa ? `pada ${apa}` : "pada";
  return `Penyerapan anggaran tertinggi terdapat ${pada} ${hi.nama} sebesar ${formatPersen(hi.penyerapan, decimals)}, dan terendah ${pada} ${lo.nama} sebesar ${formatPersen(lo.penyerapan, decimals)}.`;
}

/** Penyerapan of each group: "Penyerapan Belanja Tidak Langsung sebesar 94,46% dan Belanja Langsung sebesar 92,50%." */
export function kalimatPenyerapanKelompok(items: PenyerapanItem[], decimals: number): string | null {
  if (items.length === 0) return null;
  return `Penyerapan ${daftar(items.map((i) => `${i.nama} sebesar ${formatPersen(i.penyerapan, decimals)}`))}.`;
}

export interface PerjanjianKinerjaFakta {
  instansi: string;
  tahun: string;
  jumlahSasaran: number;
  jumlahIndikator: number;
  jumlahProgram: number;
  totalAnggaran: number | null;
}

export function kalimatPerjanjianKinerja(f: PerjanjianKinerjaFakta): string {
  let s = `Perjanjian Kinerja ${f.instansi} tahun ${f.tahun} memuat ${terbilang(f.jumlahSasaran)} sasaran strategis dengan ${terbilang(f.jumlahIndikator)} indikator kinerja, didukung oleh ${terbilang(f.jumlahProgram)} program`;
  if (f.totalAnggaran !== null) s += ` dengan jumlah anggaran ${formatRupiah(f.totalAnggaran)}`;
  return `${s}.`;
}

export interface TargetKinerjaFakta {
  instansi: string;
  tahun: string;
  jumlahSasaran: number;
  jumlahIndikator: number;
}

export function kalimatTargetKinerja(f: TargetKinerjaFakta): string {
  return `Target kinerja ${f.instansi} tahun ${f.tahun} terdiri atas ${terbilang(f.jumlahSasaran)} sasaran strategis dengan ${terbilang(f.jumlahIndikator)} indikator kinerja yang memiliki target.`;
}

/** Indicators named on the sheets without a numeric target. */
export function kalimatTanpaTarget(names: string[]): string | null {
  if (names.length === 0) return null;
  return `${terbilang(names.length)} indikator belum memiliki target angka dan tidak dimuat dalam tabel ini (${names.join("; ")}).`;
}
