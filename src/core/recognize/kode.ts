/**
 * Budget codes (domain.md §4): program/kegiatan codes before 2021 ("1 06 01 15 02", spaces, tabs or dots:
 * urusan, bidang, unit, program, kegiatan) and from 2021 ("1.06.02.2.01.0001": urusan, bidang, program,
 * kegiatan as K.KK, sub kegiatan; placeholder urusan "X.XX"), and account codes ("5.2.2.01.01",
 * "5.1.02.01.01.0024"). A code may stand in its own column or in front of the name.
 */

export interface Kode {
  /** The code as written, trimmed, inner whitespace runs made single spaces. */
  text: string;
  segments: string[];
  /** Segments separated by spaces or tabs (the SIMDA print style). */
  spaced: boolean;
}

export type KodeKind = "program" | "akun" | "nomor";
export type Regime = "pra2021" | "pasca2021";

const SEG = "(?:\\d{1,4}|[xX]{1,2})";
const CODE = new RegExp(`^${SEG}(?:(?:[ \\t]*\\.[ \\t]*|[ \\t]+)${SEG})*\\.?$`);
const FRONT = new RegExp(`^(${SEG}(?:(?:[ \\t]*\\.[ \\t]*|[ \\t]+)${SEG})+)\\.?[ \\t]*[-–:]?[ \\t]+(?=[^\\d\\s.])`);

function make(text: string): Kode {
  const t = text.trim().replace(/\.$/, "");
  const segments = t.split(/[\s.]+/).filter((s) => s !== "");
  return { text: t.replace(/[ \t]+/g, " "), segments, spaced: !/\./.test(t) && segments.length > 1 };
}

/** The whole text is a code ("1 06 01 15 02", "5.2.2.01.01", "7.01.02.2.01.01"), else null. */
export function parseKode(text: string): Kode | null {
  const t = text.trim();
  if (t === "" || !CODE.test(t)) return null;
  return make(t);
}

/** A code written in front of the name: "7.01.02.2.01.01 Koordinasi ..." -> code and name. */
export function splitKode(text: string): { kode: Kode | null; rest: string } {
  const m = FRONT.exec(text);
  if (!m) return { kode: null, rest: text.trim() };
  const k = make(m[1]);
  // "1.1 Belanja Pegawai" style outline numbers are numbering, not codes: keep them in the name.
  if (kodeKind(k) === "nomor") return { kode: null, rest: text.trim() };
  return { kode: k, rest: text.slice(m[0].length).trim() };
}

/** Program-type code, account code, or an outline number (1.1, 2.3.1). */
export function kodeKind(k: Kode): KodeKind {
  const s = k.segments;
  if (/^[456]$/.test(s[0]) && (s.length === 1 || s[1].length === 1)) return "akun";
  if (s.length >= 2 && s[1].length >= 2) return "program";
  if (k.spaced && s.length >= 3) return "program";
  return "nomor";
}

/** The regime a program code shows by itself, or null when it is too short to tell. */
export function regimeOf(k: Kode): Regime | null {
  if (kodeKind(k) !== "program") return null;
  const s = k.segments;
  if (s.length >= 4) return s[3].length === 1 ? "pasca2021" : "pra2021";
  if (k.spaced) return "pra2021";
  return null;
}

/**
 * Depth of a code on the common scale 1 program, 2 kegiatan, 3 sub kegiatan, 4+ rekening; urusan, bidang and
 * unit rows above programs come out below 1 and are shifted by the caller.
 */
export function rawLevel(k: Kode, regime: Regime, withProgramCodes: boolean): number {
  const n = k.segments.length;
  switch (kodeKind(k)) {
    case "akun":
      return withProgramCodes ? 3 + n : n;
    case "nomor":
      return n;
    case "program":
      if (regime === "pasca2021") return n <= 3 ? n - 2 : n === 4 || n === 5 ? 2 : n === 6 ? 3 : n - 3;
      return n <= 5 ? n - 3 : n - 3;
  }
}
