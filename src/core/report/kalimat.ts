/**
 * The sentences written under the LKjIP tables, generated from the computed figures (as the seed report writes
 * them by hand: "... menghasilkan capaian rata-rata kinerja sebesar 98,39% dengan predikat "Sangat Berhasil"").
 * Only the logic is here: which figures, which sentence, in which order. The wording is in src/core/i18n/kalimat.ts;
 * numbers are formatted with src/core/numbers/format.ts (id-ID); nothing here reads a sheet.
 */
import type { Polaritas } from "../model";
import { formatAngka, formatPersen, formatRupiah } from "../numbers/format";
import { roundHalfAway } from "../numbers/round";
import type { Settings } from "../settings/settings";
import { KALIMAT } from "../i18n/kalimat";

const K = KALIMAT;

/** "20,18%", "197.465 orang", "12" */
export function nilaiSatuan(value: number, satuan: string | null, decimals: number): string {
  const s = (satuan ?? "").trim();
  if (s === "%" || /^persen$/i.test(s)) return formatPersen(value, decimals);
  if (/^rp\.?$/i.test(s)) return formatRupiah(value, decimals);
  return s ? K.nilaiSatuan(formatAngka(value, decimals), s) : formatAngka(value, decimals);
}

/** "A", "A dan B", "A, B, dan C" */
export function daftar(items: string[]): string {
  return K.daftar(items);
}

/** Why an indicator has no capaian: it lacks a realisasi, a target, or the figures cannot be divided. */
export type SebabTanpaCapaian = "realisasi" | "target" | "lain";

export interface TanpaCapaian {
  nama: string;
  sebab: SebabTanpaCapaian;
  /** The engine's reason, for "lain". */
  alasan?: string | null;
}

/**
 * "1 (satu) indikator belum memiliki realisasi (Jumlah PMKS) dan tidak ikut dihitung." per cause: what was not
 * measured, said beside what was.
 */
export function kalimatTanpaCapaian(
  list: TanpaCapaian[],
  dihitung: string = K.tanpaCapaian.tidakDihitung,
): string | null {
  if (list.length === 0) return null;
  const parts: string[] = [];
  for (const sebab of ["realisasi", "target", "lain"] as SebabTanpaCapaian[]) {
    const items = list.filter((i) => i.sebab === sebab);
    if (items.length === 0) continue;
    const names = items.map((i) =>
      sebab === "lain" && i.alasan ? K.tanpaCapaian.namaAlasan(i.nama, i.alasan) : i.nama,
    );
    parts.push(K.tanpaCapaian.bagian(items.length, K.tanpaCapaian.sebab[sebab], K.daftarNama(names)));
  }
  return K.tanpaCapaian.kalimat(daftar(parts), dihitung);
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
  const tanpa = kalimatTanpaCapaian(f.tanpa, K.tanpaCapaian.tidakDirataratakan);
  if (f.rataRata === null || f.terukur === 0) return K.sambung(K.capaianSasaran.belumTerukur(f.sasaran), tanpa);
  const hasil = K.capaianSasaran.hasil(f.sasaran, f.terukur, formatPersen(f.rataRata, f.decimals), f.predikat);
  return K.sambung(hasil, tanpa);
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
    if (i.target !== null) parts.push(K.targetIndikator.target(nilaiSatuan(i.target, i.satuan, i.decimalsNilai)));
    if (i.realisasi !== null)
      parts.push(K.targetIndikator.realisasi(nilaiSatuan(i.realisasi, i.satuan, i.decimalsNilai)));
    parts.push(K.targetIndikator.capaian(formatPersen(i.capaian, decimals)));
    const item = K.targetIndikator.rincian(i.nama, parts);
    if (shown >= 100) tercapai.push(item);
    else belum.push(item);
  }
  const out: string[] = [];
  if (tercapai.length > 0) {
    out.push(
      tercapai.length === measured.length && measured.length > 1
        ? K.targetIndikator.seluruhTercapai(daftar(tercapai))
        : K.targetIndikator.tercapai(daftar(tercapai)),
    );
  }
  if (belum.length > 0) out.push(K.targetIndikator.belumTercapai(daftar(belum)));
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
  const apa = K.keseluruhan.dasar[f.dasar];
  const capaian = formatPersen(f.capaian, f.decimals);
  return K.sambung(
    K.keseluruhan.hasil(f.instansi, f.tahun, f.jumlah, apa, capaian, f.predikat),
    f.tidakTerukur > 0 ? K.keseluruhan.tidakTerukur(f.tidakTerukur, apa) : null,
  );
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
  if (shown === 0) return { kata: K.perubahan.tetap, naik: null };
  const s = (satuan ?? "").trim();
  const besar =
    s === "%" || /^persen$/i.test(s)
      ? K.perubahan.poin(formatAngka(Math.abs(selisih), decimals))
      : nilaiSatuan(Math.abs(selisih), satuan, decimals);
  return { kata: selisih > 0 ? K.perubahan.naik(besar) : K.perubahan.turun(besar), naik: selisih > 0 };
}

/** "Realisasi indikator Angka Kemiskinan tahun 2020 sebesar 20,18% naik 0,70 poin dibandingkan tahun 2019 (19,48%) ..." */
export function kalimatPerubahan(f: PerubahanFakta): string {
  const nilai = (v: number) => nilaiSatuan(v, f.satuan, f.decimals);
  const a = arah(f.selisih, f.satuan, f.decimals);
  const lalu = K.perubahan.pembanding(a.kata, f.tahunLalu, nilai(f.nilaiLalu));
  let awal: string | null = null;
  if (f.awal && f.awal.tahun < f.tahunLalu) {
    const b = arah(f.awal.selisih, f.satuan, f.decimals);
    awal = K.perubahan.pembanding(b.kata, f.awal.tahun, nilai(f.awal.nilai));
  }
  const realisasi = K.perubahan.realisasi(f.nama, f.tahun, nilai(f.nilai), lalu, awal);
  if (a.naik === null || (f.polaritas !== "positif" && f.polaritas !== "negatif")) return realisasi;
  const membaik = f.polaritas === "positif" ? a.naik : !a.naik;
  return K.sambung(realisasi, K.perubahan.kinerja(K.perubahan.sifat[f.polaritas], f.tahun, membaik, f.tahunLalu));
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
  const target = nilaiSatuan(f.targetAkhir, f.satuan, f.decimalsNilai);
  const s =
    f.realisasi !== null
      ? K.targetAkhir.realisasi(
          f.nama,
          f.tahun,
          nilaiSatuan(f.realisasi, f.satuan, f.decimalsNilai),
          f.labelTarget,
          target,
        )
      : K.targetAkhir.tanpaRealisasi(f.nama, f.tahun, f.labelTarget, target);
  if (f.capaian === null) return K.sambung(s, K.targetAkhir.tidakDihitung);
  const capaian = formatPersen(f.capaian, f.decimals);
  if (f.sisa !== null && roundHalfAway(f.sisa, f.decimals) > 0)
    return K.sambung(s, K.targetAkhir.sisa(capaian, formatPersen(f.sisa, f.decimals)));
  // Reached when nothing is left as shown; without a sisa, when the capaian as shown is 100 or more.
  if (f.sisa === null && roundHalfAway(f.capaian, f.decimals) < 100)
    return K.sambung(s, K.targetAkhir.capaian(capaian));
  return K.sambung(s, K.targetAkhir.tercapai(capaian));
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

/** Tingkat efisiensi sasaran ... sebesar 768,48%, ... dicapai secara efisien. */
export function kalimatEfisiensi(f: EfisiensiFakta): string[] {
  if (f.rataRata === null) return [K.efisiensi.tidakDihitung(K.efisiensi.label[f.mode], f.sasaran, f.tahun)];
  const out: string[] = [];
  const rincian = f.indikator
    .filter((i) => i.nilai !== null)
    .map((i) => K.efisiensi.indikator(i.nama, nilaiEfisiensi(i.nilai as number, f.mode, f.decimals)));
  const tanpa = f.indikator.filter((i) => i.nilai === null).map((i) => i.nama);
  out.push(
    K.efisiensi.hasil(
      f.tahun,
      K.efisiensi.label[f.mode],
      f.sasaran,
      nilaiEfisiensi(f.rataRata, f.mode, f.decimals),
      rincian.length > 0 ? { jumlah: rincian.length, daftar: daftar(rincian) } : null,
    ),
  );
  if (tanpa.length > 0) out.push(K.efisiensi.tanpaNilai(K.efisiensi.label[f.mode], tanpa.length, K.daftarNama(tanpa)));
  if (f.efisien !== null) out.push(K.efisiensi.kesimpulan(f.sasaran, f.efisien, K.efisiensi.rumus[f.mode]));
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
  if (f.anggaran === null) return K.anggaran.tidakDihitung(apa);
  const total = K.anggaran.total(
    apa,
    f.instansi,
    f.tahun,
    formatRupiah(f.anggaran),
    f.realisasi !== null ? formatRupiah(f.realisasi) : null,
    f.penyerapan !== null ? formatPersen(f.penyerapan, f.decimals) : null,
  );
  if (f.sisa === null || f.sisa === 0) return total;
  return K.sambung(total, f.sisa > 0 ? K.anggaran.sisa(formatRupiah(f.sisa)) : K.anggaran.lebih(formatRupiah(-f.sisa)));
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
  return K.anggaran.tertinggiTerendah(
    apa,
    hi.nama,
    formatPersen(hi.penyerapan, decimals),
    lo.nama,
    formatPersen(lo.penyerapan, decimals),
  );
}

/** Penyerapan of each group: "Penyerapan Belanja Tidak Langsung sebesar 94,46% dan Belanja Langsung sebesar 92,50%." */
export function kalimatPenyerapanKelompok(items: PenyerapanItem[], decimals: number): string | null {
  if (items.length === 0) return null;
  return K.anggaran.penyerapan(
    daftar(items.map((i) => K.anggaran.kelompok(i.nama, formatPersen(i.penyerapan, decimals)))),
  );
}

export interface PerjanjianKinerjaFakta {
  instansi: string;
  tahun: string;
  jumlahSasaran: number;
  jumlahIndikator: number;
  /** How many programs, kegiatan and sub kegiatan the table names (each counted once). */
  jumlahPendukung: { program: number; kegiatan: number; subKegiatan: number };
  totalAnggaran: number | null;
}

export function kalimatPerjanjianKinerja(f: PerjanjianKinerjaFakta): string {
  const anggaran = f.totalAnggaran !== null ? formatRupiah(f.totalAnggaran) : null;
  const pendukung = K.perjanjianKinerja.pendukung(f.jumlahPendukung);
  return K.perjanjianKinerja.isi(f.instansi, f.tahun, f.jumlahSasaran, f.jumlahIndikator, pendukung, anggaran);
}

export interface TargetKinerjaFakta {
  instansi: string;
  tahun: string;
  jumlahSasaran: number;
  jumlahIndikator: number;
}

export function kalimatTargetKinerja(f: TargetKinerjaFakta): string {
  return K.targetKinerja.isi(f.instansi, f.tahun, f.jumlahSasaran, f.jumlahIndikator);
}

/** Indicators named on the sheets without a numeric target. */
export function kalimatTanpaTarget(names: string[]): string | null {
  if (names.length === 0) return null;
  return K.targetKinerja.tanpaTarget(names.length, K.daftarNama(names));
}
