/**
 * The Indonesian sentences written under the LKjIP tables ("... menghasilkan rata-rata capaian kinerja sebesar
 * 98,39% dengan predikat "Sangat Berhasil"."). Only the wording lives here: src/core/report/kalimat.ts decides which
 * sentence, with which figures, in which order. Figures come already formatted (id-ID, ../numbers/format); counts
 * come as numbers and are written with terbilang ("2 (dua)").
 */
import { terbilang } from "./report";

/** A name quoted as the seed quotes sasaran and predikat. */
function q(s: string): string {
  return `"${s}"`;
}

/** The first letter of a sentence made of parts, as a capital. */
function kapital(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

const predikat = (p: string | null) => (p ? ` dengan predikat ${q(p)}` : "");

export const KALIMAT = {
  /** "A", "A dan B", "A, B, dan C" */
  daftar: (items: readonly string[]): string => {
    if (items.length <= 1) return items.join("");
    if (items.length === 2) return `${items[0]} dan ${items[1]}`;
    return `${items.slice(0, -1).join(", ")}, dan ${items[items.length - 1]}`;
  },
  /** Names of indicators inside parentheses: "(A; B)". */
  daftarNama: (names: readonly string[]): string => names.join("; "),
  /** Sentences one after another. */
  sambung: (...kalimat: (string | null)[]): string => kalimat.filter((k) => k).join(" "),
  /** "197.465 orang" */
  nilaiSatuan: (angka: string, satuan: string) => `${angka} ${satuan}`,

  tanpaCapaian: {
    sebab: {
      realisasi: "belum memiliki realisasi",
      target: "belum memiliki target",
      lain: "capaiannya tidak dapat dihitung",
    },
    tidakDihitung: "tidak ikut dihitung",
    tidakDirataratakan: "tidak ikut dirata-ratakan",
    /** "B: Target 0: capaian tidak dapat dihitung" (the engine's reason, without its period) */
    namaAlasan: (nama: string, alasan: string) => `${nama}: ${alasan.replace(/\.$/, "")}`,
    /** "1 (satu) indikator belum memiliki realisasi (Jumlah PMKS)" */
    bagian: (jumlah: number, sebab: string, nama: string) => `${terbilang(jumlah)} indikator ${sebab} (${nama})`,
    kalimat: (bagian: string, dihitung: string) => `${kapital(bagian)} dan ${dihitung}.`,
  },

  capaianSasaran: {
    belumTerukur: (sasaran: string) =>
      `Capaian kinerja sasaran ${q(sasaran)} belum dapat dihitung karena belum ada indikator terukur.`,
    hasil: (sasaran: string, terukur: number, rataRata: string, pred: string | null) =>
      `Hasil pengukuran capaian kinerja sasaran ${q(sasaran)} dengan ${terbilang(terukur)} indikator terukur ` +
      `menghasilkan rata-rata capaian kinerja sebesar ${rataRata}${predikat(pred)}.`,
  },

  targetIndikator: {
    target: (nilai: string) => `target ${nilai}`,
    realisasi: (nilai: string) => `realisasi ${nilai}`,
    capaian: (persen: string) => `capaian ${persen}`,
    /** "Angka Kemiskinan (target 19,34%, realisasi 20,18%, capaian 95,84%)" */
    rincian: (nama: string, parts: readonly string[]) => `${nama} (${parts.join(", ")})`,
    seluruhTercapai: (daftar: string) => `Seluruh indikator mencapai atau melampaui target: ${daftar}.`,
    tercapai: (daftar: string) => `Indikator yang mencapai atau melampaui target: ${daftar}.`,
    belumTercapai: (daftar: string) => `Indikator yang belum mencapai target: ${daftar}.`,
  },

  keseluruhan: {
    dasar: { sasaran: "sasaran strategis", indikator: "indikator kinerja" },
    hasil: (instansi: string, tahun: string, jumlah: number, apa: string, capaian: string, pred: string | null) =>
      `Secara keseluruhan, rata-rata capaian kinerja ${instansi} tahun ${tahun} atas ${terbilang(jumlah)} ${apa} ` +
      `terukur sebesar ${capaian}${predikat(pred)}.`,
    tidakTerukur: (jumlah: number, apa: string) => `${terbilang(jumlah)} ${apa} belum terukur dan tidak ikut dihitung.`,
  },

  perubahan: {
    tetap: "tetap (tidak berubah)",
    naik: (besar: string) => `naik ${besar}`,
    turun: (besar: string) => `turun ${besar}`,
    /** A change of a percentage, in points: "0,70 poin" */
    poin: (angka: string) => `${angka} poin`,
    /** "naik 0,70 poin dibandingkan tahun 2019 (19,48%)" */
    pembanding: (arah: string, tahun: number, nilai: string) => `${arah} dibandingkan tahun ${tahun} (${nilai})`,
    realisasi: (nama: string, tahun: number, nilai: string, pembanding: string, awal: string | null) =>
      `Realisasi indikator ${nama} tahun ${tahun} sebesar ${nilai}, ${pembanding}${awal ? ` dan ${awal}` : ""}.`,
    sifat: { positif: "semakin besar semakin baik", negatif: "semakin kecil semakin baik" },
    kinerja: (sifat: string, tahun: number, membaik: boolean, tahunLalu: number) =>
      `Untuk indikator ini ${sifat}, sehingga kinerja tahun ${tahun} ${membaik ? "membaik" : "menurun"} ` +
      `dibandingkan tahun ${tahunLalu}.`,
  },

  targetAkhir: {
    realisasi: (nama: string, tahun: string, realisasi: string, labelTarget: string, target: string) =>
      `Realisasi indikator ${nama} sampai dengan tahun ${tahun} sebesar ${realisasi}, sedangkan ${labelTarget} ` +
      `sebesar ${target}.`,
    /** No realisasi yet: "Realisasi indikator X sampai dengan tahun 2020 belum tersedia, sedangkan ..." */
    tanpaRealisasi: (nama: string, tahun: string, labelTarget: string, target: string) =>
      `Realisasi indikator ${nama} sampai dengan tahun ${tahun} belum tersedia, sedangkan ${labelTarget} sebesar ${target}.`,
    tidakDihitung: "Capaian terhadap target akhir tidak dapat dihitung.",
    capaian: (capaian: string) => `Capaian terhadap target akhir periode sebesar ${capaian}.`,
    sisa: (capaian: string, sisa: string) =>
      `Capaian terhadap target akhir periode sebesar ${capaian}. Sisa capaian kinerja yang harus dicapai pada ` +
      `tahun-tahun berikutnya sebesar ${sisa}.`,
    tercapai: (capaian: string) =>
      `Capaian terhadap target akhir periode sebesar ${capaian}, sehingga target akhir periode telah tercapai.`,
  },

  efisiensi: {
    label: { selisih: "tingkat efisiensi", indeks: "indeks efisiensi", sisa: "efisiensi anggaran" },
    /** `label` is the mode's own label ("indeks efisiensi"). */
    tidakDihitung: (label: string, sasaran: string, tahun: string) =>
      `${kapital(label)} sasaran ${q(sasaran)} tahun ${tahun} tidak dapat dihitung.`,
    /** "indikator Jumlah PMKS sebesar -42,90%" */
    indikator: (nama: string, nilai: string) => `indikator ${nama} sebesar ${nilai}`,
    hasil: (
      tahun: string,
      label: string,
      sasaran: string,
      nilai: string,
      rincian: { jumlah: number; daftar: string } | null,
    ) =>
      `Pada tahun ${tahun}, ${label} sasaran ${q(sasaran)} sebesar ${nilai}` +
      (rincian
        ? `. Sasaran ini didukung ${terbilang(rincian.jumlah)} indikator terukur dengan rincian ${rincian.daftar}`
        : "") +
      ".",
    tanpaNilai: (label: string, jumlah: number, nama: string) =>
      `Untuk ${terbilang(jumlah)} indikator (${nama}), ${label} belum dapat dihitung sehingga tidak ikut dirata-ratakan.`,
    rumus: {
      selisih: "tingkat efisiensi = capaian kinerja − penyerapan anggaran; nilai positif berarti efisien",
      indeks: "indeks efisiensi = capaian kinerja ÷ penyerapan anggaran; nilai 1 atau lebih berarti efisien",
      sisa: "efisiensi anggaran = 100% − penyerapan anggaran; efisien bila target kinerja tercapai",
    },
    kesimpulan: (sasaran: string, efisien: boolean, rumus: string) =>
      `Dengan demikian sasaran ${q(sasaran)} ${efisien ? "dicapai" : "belum dicapai"} secara efisien (${rumus}).`,
  },

  anggaran: {
    /** What a total is of: the spending summary, or the programmes and activities. */
    apa: { belanja: "belanja", programKegiatan: "program dan kegiatan" },
    tidakDihitung: (apa: string) => `Jumlah anggaran ${apa} tidak dapat dihitung.`,
    total: (
      apa: string,
      instansi: string,
      tahun: string,
      anggaran: string,
      realisasi: string | null,
      penyerapan: string | null,
    ) =>
      `Jumlah anggaran ${apa} ${instansi} tahun ${tahun} sebesar ${anggaran}` +
      (realisasi !== null ? ` dengan realisasi ${realisasi}` : "") +
      (penyerapan !== null ? ` atau penyerapan sebesar ${penyerapan}` : "") +
      ".",
    sisa: (sisa: string) => `Sisa anggaran sebesar ${sisa}.`,
    /** A negative sisa: realisasi above the anggaran, by `lebih` (a positive amount). */
    lebih: (lebih: string) => `Realisasi melampaui anggaran sebesar ${lebih}.`,
    tertinggiTerendah: (
      apa: string | null,
      tertinggi: string,
      pTertinggi: string,
      terendah: string,
      pTerendah: string,
    ) => {
      const pada = apa ? `pada ${apa}` : "pada";
      return `Penyerapan anggaran tertinggi terdapat ${pada} ${tertinggi} sebesar ${pTertinggi}, dan terendah ${pada} ${terendah} sebesar ${pTerendah}.`;
    },
    /** "Belanja Langsung sebesar 92,50%" */
    kelompok: (nama: string, penyerapan: string) => `${nama} sebesar ${penyerapan}`,
    penyerapan: (daftar: string) => `Penyerapan ${daftar}.`,
  },

  perjanjianKinerja: {
    /** `pendukung` is already a list ("1 (satu) program dan 2 (dua) kegiatan"), null when none is named. */
    isi: (
      instansi: string,
      tahun: string,
      sasaran: number,
      indikator: number,
      pendukung: string | null,
      anggaran: string | null,
    ) =>
      `Perjanjian Kinerja ${instansi} tahun ${tahun} memuat ${terbilang(sasaran)} sasaran strategis dengan ` +
      `${terbilang(indikator)} indikator kinerja` +
      (pendukung !== null ? `, didukung oleh ${pendukung}` : "") +
      (anggaran !== null ? ` dengan jumlah anggaran ${anggaran}` : "") +
      ".",
    /** "1 (satu) program dan 2 (dua) kegiatan"; null when none is named. */
    pendukung: (n: { program: number; kegiatan: number; subKegiatan: number }): string | null => {
      const parts = [
        [n.program, "program"],
        [n.kegiatan, "kegiatan"],
        [n.subKegiatan, "sub kegiatan"],
      ] as const;
      const named = parts.filter(([k]) => k > 0).map(([k, jenis]) => `${terbilang(k)} ${jenis}`);
      return named.length > 0 ? KALIMAT.daftar(named) : null;
    },
    /** "Program X (Rp 174.250.500, lembar Realisasi Anggaran)" */
    programDariAnggaran: (program: string, anggaran: string, sheet: string) =>
      `${program} (${anggaran}, lembar ${sheet})`,
    dariAnggaran: (daftar: string) =>
      `Anggaran ${daftar} tidak tercantum pada lembar Perjanjian Kinerja dan diambil dari lembar anggaran.`,
  },

  targetKinerja: {
    isi: (instansi: string, tahun: string, sasaran: number, indikator: number) =>
      `Target kinerja ${instansi} tahun ${tahun} terdiri atas ${terbilang(sasaran)} sasaran strategis dengan ` +
      `${terbilang(indikator)} indikator kinerja yang memiliki target.`,
    tanpaTarget: (jumlah: number, nama: string) =>
      `${terbilang(jumlah)} indikator belum memiliki target angka dan tidak dimuat dalam tabel ini (${nama}).`,
  },
} as const;
