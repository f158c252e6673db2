/**
 * The one name normaliser of the engine: it joins the same sasaran, indicator or program written slightly
 * differently on different sheets, for the headline capaian (src/core/compute) and the report tables
 * (src/core/report) alike, so both count the same groups: "1.1. Prosentase Penanganan PMKS" on the PK sheet and "Persentase penanganan PMKS" on the
 * IKU sheet; "Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS)" and "Jumlah PMKS".
 */

/** Spelling variants that mean the same word. */
const WORD_VARIANTS: Record<string, string> = {
  prosentase: "persentase",
  presentase: "persentase",
  persentasi: "persentase",
  prosentasi: "persentase",
  prosen: "persen",
  org: "orang",
  jml: "jumlah",
  meningkatnya: "meningkat",
  meningkatkan: "meningkat",
  menurunnya: "menurun",
  menurunkan: "menurun",
  terwujudnya: "terwujud",
  mewujudkan: "terwujud",
  tercapainya: "tercapai",
  kab: "kabupaten",
  kesos: "kesejahteraan sosial",
};

/** Long forms that LKjIP sheets often write out or abbreviate, lower case, after WORD_VARIANTS. */
const PHRASES: [string, string][] = [
  ["penyandang masalah kesejahteraan sosial", "pmks"],
  ["potensi dan sumber kesejahteraan sosial", "psks"],
  ["rumah tidak layak huni", "rtlh"],
  ["indeks pembangunan manusia", "ipm"],
  ["indeks kepuasan masyarakat", "ikm"],
  ["organisasi perangkat daerah", "opd"],
  ["aparatur sipil negara", "asn"],
  ["keluarga penerima manfaat", "kpm"],
];

/**
 * Replace "Penyandang Masalah Kesejahteraan Sosial (PMKS)" by "PMKS": a parenthesised abbreviation whose
 * letters are the initials of the words just before it stands for them.
 */
function collapseAbbreviations(text: string): string {
  return text.replace(/((?:[\p{L}]+[\s-]+)+)\(\s*([\p{Lu}]{2,10})\s*\)/gu, (whole, words: string, abbr: string) => {
    const list = words.trim().split(/[\s-]+/);
    const n = abbr.length;
    if (list.length < n) return whole;
    const tail = list.slice(list.length - n);
    const initials = tail
      .map((w) => w[0])
      .join("")
      .toUpperCase();
    if (initials !== abbr.toUpperCase()) return whole;
    return [...list.slice(0, list.length - n), abbr].join(" ") + " ";
  });
}

/** A key for joining names: lower case, no numbering, no punctuation, spelling variants unified. */
export function normalizeName(name: string): string {
  let s = name.normalize("NFKC");
  // Leading numbering: "1.1.", "2.1", "a.", "1)", "I."
  s = s.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[a-z][.)]|[IVX]+\.)\s+/i, "");
  s = collapseAbbreviations(s);
  s = s.toLowerCase();
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const words = s.split(/\s+/).filter((w) => w.length > 0);
  let out = ` ${words.map((w) => WORD_VARIANTS[w] ?? w).join(" ")} `;
  for (const [long, abbr] of PHRASES) out = out.split(` ${long} `).join(` ${abbr} `);
  return out.trim();
}

/** Same name after normalisation. */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return normalizeName(a) === normalizeName(b);
}
