/**
 * Header paths that need the groups above them: short sub-headers ("T R %", "K Rp" of the Permendagri 86
 * evaluation tables), a year over a group of Target / Realisasi / Capaian, and "Jumlah" beside "%" under one
 * capaian group. Used by roles.ts when it reads each column's header path.
 */
import { normalize, isYearOnly, yearIn } from "./text";
import type { HeaderBlock } from "./header";
import { groupKind, type HeaderMeaning } from "./vocabulary";

/**
 * Short sub-headers read with the groups above them: "T R %" under "Kinerja" (target, realisasi, capaian) or
 * under "Anggaran" (anggaran, realisasi anggaran, penyerapan); "K Rp" under the columns of a Permendagri 86
 * evaluation table (Tabel E.81): under a target group the target and the budget, under a realisasi group the
 * realisasi and its money, under "Tingkat Capaian" the capaian and the penyerapan. Periods other than the
 * report year's (the end of the Renstra, "s/d tahun lalu", cumulative Renstra) are shown only.
 */
export function shortSubHeader(path: string[], tahun: number | null = null): HeaderMeaning | null {
  return shortMeaning(path, tahun, false);
}

/** `perYear`: a year stands over the group, so "Target Renstra" is that year's target, not the end target. */
function shortMeaning(path: string[], tahun: number | null, perYear: boolean): HeaderMeaning | null {
  if (path.length < 2) return null;
  const leaf = normalize(path[path.length - 1])
    .replace(/[().]/g, "")
    .trim();
  const kinds: Record<string, "t" | "r" | "c" | "k" | "rp"> = {
    t: "t",
    tgt: "t",
    r: "r",
    real: "r",
    k: "k",
    rp: "rp",
    "k %": "k",
    "rp %": "rp",
    "%": "c",
    c: "c",
  };
  const short = kinds[leaf];
  if (!short) return null;
  // A year over the sub-headers ("Tahun 2019" over "K Rp", or "Tahun ke- / 4" read as a year): that year's.
  const groups = path.slice(0, -1).map(normalize);
  const yearAt = groups.findIndex((p) => isYearOnly(p));
  if (yearAt >= 0) {
    const year = yearIn(groups[yearAt]) as number;
    // Under a year alone ("Tahun 2022" over "T R %"), the sub-headers are the indicator's.
    const above = yearAt > 0 ? path.slice(0, yearAt) : ["Kinerja"];
    const base = shortMeaning([...above, path[path.length - 1]], tahun, true);
    if (!base || !base.role) return base;
    if (base.role === "target") return { amb: "targetTahun", year };
    if (base.role === "realisasi") return { role: `realisasi:${year}` };
    if (base.role === "capaian") return { amb: "capaianTahun", year };
    // The money of a year counts only in the report year.
    return tahun !== null && year === tahun ? base : {};
  }
  // "Tahun ke- / 4" whose first year the sheet does not say: which year it is stays unknown.
  if (groups.some((p) => /^(ke ?-?\s*)?\d{1,2}$|^tahun ke ?-? ?\d{1,2}$/.test(p))) return {};
  const upper = normalize(path.slice(0, -1).join(" "));
  const money = /\b(anggaran|keuangan|dana|biaya|belanja)\b|\brp\b/.test(upper) && !/kinerja/.test(upper);
  if (short === "t" || short === "r" || short === "c") {
    const kinerja = /kinerja|fisik|output|outcome|indikator/.test(upper);
    if (short === "t") return money ? { role: "anggaran", pref: 1 } : { role: "target" };
    if (short === "r") return money ? { role: "realisasiAnggaran" } : kinerja ? { role: "realisasi" } : null;
    return money ? { role: "penyerapan" } : kinerja ? { role: "capaian" } : null;
  }
  const rp = short === "rp";
  // Which column of the evaluation table the group is.
  if (/tingkat capaian|^capaian|^rasio|persentase|\(%\)|%/.test(upper) && !/^realisasi/.test(upper)) {
    if (/renstra|rpjmd|akhir/.test(upper) && !perYear) return rp ? {} : { role: "capaianAkhir" };
    return rp ? { role: "penyerapan" } : { role: "capaian" };
  }
  if (!perYear) {
    if (/akhir periode|akhir renstra|akhir rpjmd|akhir (tahun )?perencanaan|target renstra|target rpjmd/.test(upper))
      return rp ? {} : { role: "targetAkhir" };
    // Periods before the one evaluated, and the cumulative Renstra / RPJMD: shown only. "Tahun Berjalan (Tahun
    // n-1) yang Dievaluasi" of an RKPD evaluation (Tabel E.79) is the year evaluated, the report year.
    if (/tahun lalu|n ?- ?[12]\b/.test(upper) && !/berjalan|dievaluasi/.test(upper)) return {};
    if (/(renstra|rpjmd) .*s ?\/ ?d|s ?\/ ?d .*(renstra|rpjmd)/.test(upper)) return {};
  }
  if (/realisasi/.test(upper)) return rp ? { role: "realisasiAnggaran" } : { role: "realisasi" };
  if (/target|rencana|sasaran|renja/.test(upper)) return rp ? { role: "anggaran", pref: 1 } : { role: "target" };
  return null;
}

/** "Target" under "Tahun 2022": the target of that year (and so for realisasi and capaian). */
export function withUpperYear(m: HeaderMeaning, path: string[]): HeaderMeaning {
  if (path.length < 2 || yearIn(normalize(path[path.length - 1])) !== null) return m;
  const years = path
    .slice(0, -1)
    .map((p) => (isYearOnly(normalize(p)) || /^tahun\b/.test(normalize(p)) ? yearIn(normalize(p)) : null));
  const year = years.reverse().find((y) => y !== null);
  if (year === undefined || year === null) return m;
  if (m.role === "target") return { amb: "targetTahun", year };
  if (m.role === "realisasi" || m.amb === "realisasi") return { role: `realisasi:${year}` };
  if (m.role === "capaian" || m.amb === "capaian") return { amb: "capaianTahun", year };
  return m;
}

/**
 * "Jumlah" beside "%" under one capaian or realisasi group ("Capaian Output / Jumlah | %"): the amount is the
 * realisasi, the percentage the capaian.
 */
export function amountBesidePercent(m: HeaderMeaning, col: number, path: string[], block: HeaderBlock): HeaderMeaning {
  if (path.length < 2 || !/^(jumlah|nilai|volume|angka|realisasi|jml)$/.test(normalize(path[path.length - 1])))
    return m;
  const upper = path.slice(0, -1).join(" / ");
  const gk = groupKind(normalize(upper));
  if (gk !== "capaian" && gk !== "realisasi" && gk !== "kinerja") return m;
  if (/anggaran|keuangan|\brp\b|dana/.test(normalize(upper))) return m;
  for (const c of [col - 1, col + 1]) {
    const p = block.paths.get(c);
    if (!p || p.length !== path.length || p.slice(0, -1).join(" / ") !== upper) continue;
    if (
      /^(%|persen|persentase)$/.test(
        normalize(p[p.length - 1])
          .replace(/[()]/g, "")
          .trim(),
      )
    )
      return { role: "realisasi" };
  }
  return m;
}

/**
 * "Tahun ke- / 1 ... 5" (Permendagri 86 Tabel E.80): each place is a year counted from the first year of the
 * period the title or the header names ("Periode Pelaksanaan : 2016 - 2019", "Renstra 2016-2021"). Without a
 * period the places stay as printed (their columns are then shown only).
 */
export function ordinalYears(block: HeaderBlock, titleText: string): HeaderBlock {
  const isPlace = (path: string[], i: number) =>
    /^tahun ke ?-? ?\d{1,2}$/.test(normalize(path[i])) ||
    (i > 0 && /^(ke ?-?\s*)?\d{1,2}$/i.test(path[i].trim()) && /\bke ?-?$/.test(normalize(path[i - 1])));
  const paths = [...block.paths.values()];
  if (!paths.some((p) => p.some((_, i) => isPlace(p, i)))) return block;
  const period = /((?:19|20)\d\d)\s*[-–]\s*(?:19|20)?\d\d(?!\d)/.exec(`${titleText}\n${paths.flat().join("\n")}`);
  if (!period) return block;
  const first = Number(period[1]);
  const out = new Map<number, string[]>();
  for (const [col, path] of block.paths) {
    out.set(
      col,
      path.map((t, i) => (isPlace(path, i) ? `Tahun ${first + Number(/\d+\s*$/.exec(t)?.[0]) - 1}` : t)),
    );
  }
  return { ...block, paths: out };
}
