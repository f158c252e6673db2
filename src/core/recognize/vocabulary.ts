/**
 * The words real LKjIP, RKA/DPA/LRA and IKU sheets use (domain.md §5), as patterns over normalize()d text.
 * Header words decide column roles; label words find total rows, mean rows, title rows and sasaran headings.
 */
import type { ColumnRole } from "../model";
import { isYearOnly, normalize, yearIn } from "./text";

/**
 * What one header cell says on its own. Some words need the sheet to decide ("Realisasi" is kinerja or money,
 * "%" is capaian or penyerapan, "Program" is a budget line or a supporting program): those come back as `amb`.
 */
export interface HeaderMeaning {
  role?: ColumnRole;
  amb?: "realisasi" | "capaian" | "capaianTahun" | "program" | "targetTahun" | "tahun" | "jumlah" | "realisasiSd";
  year?: number;
  /** For anggaran: 2 for the amended budget (perubahan), 0 for the original (murni), 1 otherwise. */
  pref?: number;
}

const MONEY = /\b(anggaran|keuangan|dana|biaya|rp|belanja|rupiah)\b/;

/** Meaning of one header text (already normalized), or null when it names nothing we use. */
export function headerMeaning(n: string): HeaderMeaning | null {
  if (n === "" || n.length > 80) return null;
  if (/^(no|n0|nomor|no urut|nmr|#|no ?\/ ?kode)$/.test(n)) return { role: "no" };
  if (/\bkode\b|\bkd\b|^rekening$|^kode rek/.test(n)) return { role: "kode" };
  if (/efisiensi/.test(n)) return { role: "efisiensi" };
  // The baseline at the start of the period ("Data Capaian pada Awal Tahun Perencanaan", "Kondisi Awal"):
  // shown only, neither this year's capaian nor its realisasi.
  if (
    /\bawal (tahun )?(perencanaan|periode|renstra|rpjmd)\b|^(data )?(kondisi|capaian) (kinerja )?(pada )?awal\b|^baseline\b/.test(
      n,
    )
  )
    return null;
  if (/predikat|kategori|kriteria|interpretasi|^nilai$|^nilai predikat|^keterangan capaian|^status capaian/.test(n))
    return { role: "predikat" };
  if (/capaian akhir|capaian .*\b(akhir|rpjmd|renstra)\b|terhadap target akhir/.test(n))
    return { role: "capaianAkhir" };
  if (/^(capaian|realisasi|kondisi)( kinerja)? (s ?\/ ?d|sd|sampai dengan)\b/.test(n)) {
    return MONEY.test(n) ? { role: "realisasiAnggaran" } : { amb: "realisasiSd" };
  }
  if (/target akhir|akhir (periode|renstra|rpjmd)|target (rpjmd|renstra)|kondisi akhir|target (tahun )?akhir/.test(n))
    return { role: "targetAkhir" };
  if (/^sisa|sisa anggaran|sisa dana|^saldo|^selisih (anggaran|rp|dana)/.test(n)) return { role: "sisa" };
  // A difference with a sign of its own ("Lebih / (Kurang)", "Lebih (Kurang)", "Selisih"): its values decide
  // the sign (compute/sisa-arah.ts); not its percentage.
  if (/^(selisih|lebih ?\/? ?kurang)\b/.test(n) && !/%|persen/.test(n)) return { role: "sisa" };
  if (/penyerapan|serapan|daya serap/.test(n)) return { role: "penyerapan" };
  if (/realisasi/.test(n)) {
    if (/fisik/.test(n)) return null;
    if (/%|persen/.test(n))
      return yearIn(n) !== null ? { amb: "capaianTahun", year: yearIn(n) ?? undefined } : { amb: "capaian" };
    if (MONEY.test(n) || /^spj/.test(n)) return { role: "realisasiAnggaran" };
    const y = yearIn(n);
    if (y !== null) return { role: `realisasi:${y}` };
    if (/kinerja|output|outcome|indikator|target/.test(n)) return { role: "realisasi" };
    return { amb: "realisasi" };
  }
  if (
    /capaian|^%$|^% |^persen|^pro?sentase$|^persentase$|^presentase$|^pro?sentase capaian|^persentase capaian/.test(n)
  ) {
    if (/fisik/.test(n)) return null;
    const y = yearIn(n);
    if (y !== null) return { amb: "capaianTahun", year: y }; // the report year's is the capaian; others are shown only
    return { amb: "capaian" };
  }
  if (/^target|\btarget\b|^rencana|^tgt\b/.test(n)) {
    if (MONEY.test(n)) return { role: "anggaran", pref: 1 };
    const y = yearIn(n);
    if (y !== null) return { amb: "targetTahun", year: y };
    return { role: "target" };
  }
  if (
    /anggaran|pagu|alokasi|\bdpa\b|\bdppa\b|\brka\b|\bapbd|plafon|nilai kontrak|^belanja rp|^rp$|^jumlah rp$|^biaya|^dana$|^nilai rp/.test(
      n,
    )
  ) {
    const pref = /murni|sebelum|semula|awal|induk/.test(n)
      ? 0
      : /perubahan|setelah|revisi|\bp-?apbd|pergeseran|\bdppa\b|\bdpa-?p\b|\bakhir\b|terakhir/.test(n)
        ? 2
        : 1;
    return { role: "anggaran", pref };
  }
  if (/^(jumlah|total)$/.test(n)) return { amb: "jumlah" };
  if (
    /indikator|\biku\b|tolok ukur|tolak ukur|ukuran kinerja|kinerja utama|^ik$|rincian output|^output$|^keluaran$/.test(
      n,
    )
  )
    return { role: "indikator" };
  if (/^program\b|program ?\/ ?kegiatan|^nama program/.test(n)) return { amb: "program" };
  if (
    /uraian|sub kegiatan|^kegiatan|nama kegiatan|^rincian|jenis belanja|^akun|nama rekening|^urusan|bidang urusan|nama akun/.test(
      n,
    )
  )
    return { role: "uraian" };
  if (/^tujuan/.test(n)) return { role: "tujuan" };
  if (/sasaran/.test(n)) return { role: "sasaran" };
  if (/^satuan|^sat$/.test(n)) return { role: "satuan" };
  if (/polaritas|polarisasi|^sifat|^arah\b|kecenderungan/.test(n)) return { role: "polaritas" };
  if (/bobot/.test(n)) return { role: "bobot" };
  if (isYearOnly(n)) return { amb: "tahun", year: yearIn(n) ?? undefined };
  return null;
}

export type GroupKind = "anggaran" | "kinerja" | "realisasi" | "target" | "capaian";

/** What a group header over several columns ("Kinerja", "Anggaran", "Realisasi") says about them. */
export function groupKind(n: string): GroupKind | null {
  if (/efisiensi/.test(n)) return null;
  if (/^(realisasi|capaian)? ?(anggaran|keuangan|dana|biaya|belanja)\b|^anggaran|keuangan|\brp\b/.test(n))
    return "anggaran";
  if (/kinerja|fisik|output|outcome|indikator/.test(n)) return "kinerja";
  if (/realisasi/.test(n)) return "realisasi";
  if (/target|rencana/.test(n)) return "target";
  if (/capaian|%/.test(n)) return "capaian";
  return null;
}

/** Header-ish words that carry no role but show that a row is a header row. */
export function isHeaderWord(n: string): boolean {
  if (n === "" || n.length > 80) return false;
  if (headerMeaning(n) !== null) return true;
  return (
    /^(keterangan|ket|kinerja|tahun|catatan|sumber dana|lokasi|ruang lingkup|volume|jml)$/.test(n) ||
    groupKind(n) !== null
  );
}

/** "JUMLAH", "TOTAL", "JUMLAH TOTAL", "Sub Total", "Jumlah Belanja ..." (a label, normalized). */
export function isTotalLabel(n: string): boolean {
  return /^(jumlah|total|sub ?total|grand total|jml)\b/.test(n);
}

/** A total over the whole table rather than over one named group. */
export function isGrandTotalLabel(n: string): boolean {
  return /^(jumlah|total|jml)( (total|keseluruhan|seluruhnya|semua|akhir|umum|belanja|anggaran|belanja daerah|belanja langsung dan tidak langsung))?$|^grand total$|^total (belanja|anggaran)$/.test(
    n,
  );
}

/** The rest of "Jumlah Belanja Tidak Langsung" after the total word, to match the group it closes. */
export function totalSubject(n: string): string {
  return n.replace(/^(jumlah|total|sub ?total|jml)\s*/, "").trim();
}

/** "RATA-RATA CAPAIAN", "RATA – RATA CAPAIAN", "Rerata", "Capaian rata-rata". */
export function isMeanLabel(n: string): boolean {
  return /^(rata ?-? ?rata|rata2|rerata|nilai rata ?-? ?rata|capaian rata ?-? ?rata)\b/.test(n);
}

/** A heading row that names a sasaran for the rows below it: "Sasaran 1: Meningkatnya ...". */
export function sasaranHeading(text: string): string | null {
  const m = /^\s*sasaran(?:\s+strategis)?\s*(?:(?:\d+[.)]?|[IVX]+[.)])\s*[:.\-–]?|[:.\-–])\s*(\S.*)$/i.exec(text);
  return m ? m[1].trim() : null;
}

/** Title rows: the agency. Returns the agency name when a title row names one. */
export function instansiIn(text: string): string | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (/^(kepala|sekretaris|plt|nip|pembina|mengetahui)\b/i.test(t)) return null;
  const colon =
    /^(?:skpd|opd|perangkat daerah|unit organisasi|organisasi|instansi|satuan kerja|sub unit organisasi|unit kerja)\s*:\s*(.+)$/i.exec(
      t,
    );
  const body = colon ? colon[1].replace(/^[\dX.\s-]+(?=[A-Za-z])/i, "").trim() : t;
  const m =
    /\b((?:dinas|badan|kantor|inspektorat|sekretariat daerah|sekretariat dprd|satuan polisi pamong praja|rumah sakit umum daerah|rsud|kecamatan|biro|bagian)\b.*?)(?:\s+(?:tahun|ta\.?)\b.*)?$/i.exec(
      body,
    );
  if (!m) return null;
  const name = m[1].replace(/[\s,.;:-]+$/, "").trim();
  if (name.length < 5 || name.length > 120) return null;
  return name;
}

/** "TAHUN 2020", "TAHUN ANGGARAN 2020", "T.A. 2020", "Tahun Anggaran : 2020". */
export function tahunIn(text: string): number | null {
  const m = /\b(?:tahun(?:\s+anggaran)?|t\.?\s?a\.?|th\.?)\s*:?\s*((?:19|20)\d\d)\b/i.exec(text);
  if (!m) return null;
  // "s/d tahun 2020" in a header is still the report year; a period "2016-2021" is not.
  if (new RegExp(`${m[1]}\\s*[-–]\\s*(19|20)\\d\\d`).test(text)) return null;
  return Number(m[1]);
}

/** Units that count things: their values are whole numbers, "100.606" and "197,465" are thousands. */
export const COUNT_UNIT =
  /^(orang|org|jiwa|kk|rtm|rts|unit|lembaga|kali|buah|keluarga|anak|lansia|desa|kelurahan|kecamatan|kelompok|paket|dokumen|kegiatan|laporan|sekolah|rumah|rumah tangga|penduduk|pmks|psks|kasus|titik|lokasi|ekor|bidang|ha|km|m2|m|perda|perbup|layanan|pasien|peserta|jenis|set|eksemplar|berkas|pelaku usaha|koperasi|umkm|tenaga|pegawai|asn|personil|org\/thn|orang\/tahun)$/i;

/** The text mentions a counting unit after a number ("100.606 org", "12 kali"). */
export function hasCountUnit(text: string): boolean {
  const m = /\d\s*([A-Za-z][A-Za-z/ ]{0,20})$/.exec(text.trim());
  return !!m && COUNT_UNIT.test(m[1].trim());
}

/**
 * How much a header says "this is the figure to use" among columns of the same role: totals, cumulative
 * ("s/d") and amended budgets above per-quarter or original ones.
 */
export function headerPreference(n: string): number {
  if (/\b(total|jumlah|s ?\/ ?d|sd|kumulatif|komulatif|akumulasi|setelah perubahan|perubahan)\b/.test(n)) return 3;
  if (/\b(tw|triwulan) ?(iv|4)\b|desember/.test(n)) return 2;
  if (/\b(murni|sebelum|semula|induk)\b|\b(tw|triwulan|bulan|semester)\b|\bthn lalu|tahun lalu/.test(n)) return 0;
  return 1;
}

/** Predikat words as sheets print them: "Sangat Berhasil", "Tinggi", "Baik", "Kurang". */
export function isPredikatWord(text: string): boolean {
  return /^(sangat |cukup |kurang |tidak )?(berhasil|tinggi|baik|rendah|sedang|memuaskan|efektif|efisien|tercapai|kurang|cukup)$/.test(
    normalize(text).replace(/^["']|["']$/g, ""),
  );
}

/** Headers of a column that names the rows of a table without indicators: years, or units (Balai, UPT ...). */
export const YEAR_LABEL = /^(tahun|thn|periode|tahun anggaran)$/;
export const UNIT_LABEL =
  /\bunit\b|\bupt\b|\bbalai\b|satuan kerja|\bsatker\b|kecamatan|puskesmas|wilayah|\bkantor\b|perangkat daerah|\bopd\b|\bskpd\b|instansi|^bidang|lokasi|kabupaten|^kota|^desa|kelurahan|^sekolah|rumah sakit|^nama (unit|balai|kantor|upt|satker|kecamatan|puskesmas|opd|skpd)/;
