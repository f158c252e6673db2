/** Title rows above a table: the report year ("TAHUN ANGGARAN 2020") and the agency ("DINAS SOSIAL ..."). */
import type { Grid } from "./grid";
import { instansiIn, tahunIn } from "./vocabulary";

export interface TitleInfo {
  tahun: number | null;
  instansi: string | null;
  /** The title rows' texts, top to bottom, joined by new lines ("" when there are none). */
  text: string;
}

/** Read the title rows from the top of the sheet down to (not including) `untilRow`. */
export function readTitles(g: Grid, untilRow: number): TitleInfo {
  let tahun: number | null = null;
  let instansi: string | null = null;
  const texts: { row: number; text: string }[] = [];
  for (let r = g.top; r < untilRow && r <= g.bottom; r++) {
    for (let c = g.left; c <= g.right; c++) {
      if (g.isMergeContinuation(r, c)) continue;
      const t = g.ownText(r, c);
      if (t !== "" && typeof g.raw(r, c) === "string") texts.push({ row: r, text: t });
    }
  }
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i].text;
    if (tahun === null) tahun = tahunIn(t);
    if (instansi === null) {
      const found = instansiIn(t);
      if (found) {
        instansi = found;
        // "DINAS SOSIAL" over "KABUPATEN SUMENEP" on the next line.
        const next = texts[i + 1];
        if (!/\b(kabupaten|kota|provinsi|kab\.)/i.test(found) && next && next.row === texts[i].row + 1) {
          const m = /^((?:kabupaten|kota|provinsi|kab\.)\s+[A-Za-z .'-]+?)(?:\s+tahun\b.*)?$/i.exec(next.text);
          if (m) instansi = `${found} ${m[1].trim()}`;
        }
      }
    }
  }
  // "PEMERINTAH KABUPATEN SUMENEP" above "DINAS SOSIAL": the agency is the Dinas of that region.
  if (instansi !== null && !/\b(kabupaten|kota|provinsi|kab\.)/i.test(instansi)) {
    for (const t of texts) {
      const m = /^pemerintah\s+((?:kabupaten|kota|provinsi|kab\.)\s+[A-Za-z .'-]+?)\s*$/i.exec(t.text);
      if (m) {
        const region = m[1].trim();
        const upper = instansi === instansi.toUpperCase();
        instansi = `${instansi} ${upper ? region.toUpperCase() : titleCase(region)}`;
        break;
      }
    }
  }
  return { tahun, instansi, text: texts.map((t) => t.text).join("\n") };
}

/** A year named in header texts ("CAPAIAN s/d TAHUN 2020"). */
export function tahunInHeaders(paths: Iterable<string[]>): number | null {
  const found = new Set<number>();
  for (const path of paths) {
    for (const t of path) {
      const y = tahunIn(t);
      if (y !== null) found.add(y);
    }
  }
  // Several years over groups ("TAHUN 2021" | "TAHUN 2022") are columns of years, not the report year.
  return found.size === 1 ? [...found][0] : null;
}

/** "KABUPATEN SUMENEP" -> "Kabupaten Sumenep". */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s.'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** A single year in a sheet's name ("LRA 2020", "PK 2022"); a period ("Kinerja 2019-2023") names none. */
export function tahunInName(name: string): number | null {
  const years = name.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [];
  if (years.length !== 1 || /(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d/.test(name)) return null;
  return Number(years[0]);
}
