/**
 * Polaritas (domain.md §3.1): read from a column ("positif", "negatif", "naik", "turun", "+", "-", "max",
 * "min", "semakin tinggi semakin baik" ...), or guessed from the indicator's name (Angka Kemiskinan, Jumlah
 * PMKS, tingkat pengangguran, angka kematian, prevalensi, kasus ... are lower-is-better), positif by default.
 */
import type { Polaritas } from "../model";
import { normalize } from "./text";

/** Polaritas written in a cell, or null when the text says none of them. */
export function parsePolaritas(text: string): Polaritas | null {
  const raw = text.trim();
  if (raw === "") return null;
  if (/^\(?\s*\+\s*\)?$|^[↑⬆▲]$/.test(raw)) return "positif";
  if (/^\(?\s*[-–−]\s*\)?$|^[↓⬇▼]$/.test(raw)) return "negatif";
  const n = normalize(raw);
  if (
    /^(positif|positive|pos|naik|meningkat|max|maks|maksimal|maksimum|maximize|maximum|tinggi|lebih tinggi lebih baik)\b/.test(
      n,
    )
  )
    return "positif";
  if (/semakin (tinggi|besar|banyak) semakin baik|makin (tinggi|besar) makin baik|higher is better/.test(n))
    return "positif";
  if (/^(negatif|negative|neg|turun|menurun|min|minimal|minimum|minimize|rendah|lebih rendah lebih baik)\b/.test(n))
    return "negatif";
  if (/semakin (rendah|kecil|sedikit) semakin baik|makin (rendah|kecil) makin baik|lower is better/.test(n))
    return "negatif";
  if (/^(range|rentang|interval|kisaran|batas)\b/.test(n)) return "range";
  if (/^(stabil|tetap|stable|moderat)\b/.test(n)) return "stabil";
  return null;
}

/** Names of things that count something handled, reduced or prevented: higher is better even with "kasus". */
const POSITIVE_WORDS = [
  "penurunan",
  "menurunnya",
  "berkurangnya",
  "pengurangan",
  "turunnya",
  "penanganan",
  "tertangani",
  "ditangani",
  "penyelesaian",
  "terselesaikan",
  "diselesaikan",
  "pencegahan",
  "cakupan",
  "pelayanan",
  "terlayani",
  "rehabilitasi",
  "bebas",
  "penanggulangan",
  "pemulihan",
  "pengentasan",
  "terentaskan",
  "keberhasilan",
  "direhabilitasi",
  "ditindaklanjuti",
  "tindak lanjut",
  "mendapatkan",
  "memperoleh",
  "menerima",
  "terpenuhi",
  "tersalurkan",
];

/** Things of which less is better. */
const NEGATIVE_WORDS = [
  "kemiskinan",
  "penduduk miskin",
  "pmks",
  "pengangguran",
  "kematian",
  "prevalensi",
  "kasus",
  "stunting",
  "gizi buruk",
  "kekurangan gizi",
  "kriminalitas",
  "kejahatan",
  "pelanggaran",
  "kesakitan",
  "kecelakaan",
  "kebakaran",
  "kerugian",
  "genangan",
  "banjir",
  "kumuh",
  "tidak layak huni",
  "putus sekolah",
  "buta huruf",
  "buta aksara",
  "inflasi",
  "gini",
  "ketimpangan",
  "kesenjangan",
  "korban",
  "tunggakan",
  "temuan",
  "pengaduan",
  "konflik",
  "penyalahgunaan",
  "pekerja anak",
  "anak jalanan",
  "gelandangan",
  "pengemis",
  "terlantar",
  "telantar",
  "disabilitas terlantar",
  "angka kesakitan",
  "sengketa",
  "rawan",
  "masalah sosial",
  "kekerasan",
  "keluhan",
  "komplain",
  "tunggakan",
  "sisa perkara",
  "tertunggak",
];

/**
 * Durations, of which less is better even when they name a handling ("lama penyelesaian perkara", "waktu
 * pelayanan"): checked before the words of handling.
 */
const DURATION_WORDS = [
  "lama penyelesaian",
  "waktu penyelesaian",
  "lama waktu",
  "waktu tunggu",
  "lama pelayanan",
  "waktu pelayanan",
  "lama proses",
  "waktu proses",
  "lamanya",
];

export interface PolaritasGuess {
  polaritas: Polaritas;
  /** "tebakan" when a word of the name decided, "bawaan" for the default. */
  from: "tebakan" | "bawaan";
  /** The word that decided, if any. */
  word: string | null;
}

/** Guess from the indicator's name. */
export function guessPolaritas(nama: string): PolaritasGuess {
  const n = ` ${normalize(nama)} `;
  // "yang tidak tertangani", "belum terlayani": what was NOT handled is lower-is-better.
  for (const w of POSITIVE_WORDS) {
    const neg = new RegExp(` (tidak|belum|gagal|tanpa) (ter|di)?${w}`).exec(n);
    if (neg) return { polaritas: "negatif", from: "tebakan", word: neg[0].trim() };
  }
  const negated =
    / (tidak|belum) (tertangani|ditangani|terlayani|dilayani|terselesaikan|diselesaikan|ditindaklanjuti|tersalurkan|terpenuhi)\b/.exec(
      n,
    );
  if (negated) return { polaritas: "negatif", from: "tebakan", word: negated[0].trim() };
  for (const w of DURATION_WORDS) if (n.includes(` ${w}`)) return { polaritas: "negatif", from: "tebakan", word: w };
  // A name worded as its sasaran ("Menurunnya Tingkat Pelanggaran Perda", "Berkurangnya angka kemiskinan")
  // measures the thing itself, of which less is better; "Persentase penurunan ..." measures the decrease.
  if (/^ (menurunnya|berkurangnya|turunnya|menurun|berkurang) /.test(n))
    for (const w of NEGATIVE_WORDS) if (n.includes(` ${w}`)) return { polaritas: "negatif", from: "tebakan", word: w };
  for (const w of POSITIVE_WORDS) if (n.includes(` ${w}`)) return { polaritas: "positif", from: "tebakan", word: w };
  for (const w of NEGATIVE_WORDS) if (n.includes(` ${w}`)) return { polaritas: "negatif", from: "tebakan", word: w };
  return { polaritas: "positif", from: "bawaan", word: null };
}
