/**
 * Column roles from header texts. Each column's header path (group over sub-header) is read on its own first
 * (vocabulary.ts), then the group decides ("Realisasi" under "Anggaran" is money, under "Kinerja" it is the
 * indicator's realisasi; "2019" under "Realisasi" is realisasi:2019), then the sheet decides what is still open
 * ("%" is capaian on an indicator sheet, penyerapan on a budget sheet; "Target 2021" beside the report year's
 * target is the end-of-period target). Unknown headers get no role.
 */
import type { ColumnInfo, ColumnRole, Guess } from "../model";
import { a1 } from "../workbook/address";
import { teksRecognize as T } from "../i18n/recognize";
import type { HeaderBlock } from "./header";
import { normalize } from "./text";
import type { Grid } from "./grid";
import { parsePolaritas } from "./polaritas";
import { amountBesidePercent, shortSubHeader, withUpperYear } from "./subheaders";
import {
  groupKind,
  headerMeaning,
  headerPreference,
  isPredikatWord,
  UNIT_LABEL,
  YEAR_LABEL,
  type GroupKind,
  type HeaderMeaning,
} from "./vocabulary";

interface Candidate {
  col: number;
  header: string;
  meaning: HeaderMeaning;
}

export interface RoleResult {
  columns: ColumnInfo[];
  guesses: Guess[];
}

function nearestGroup(path: string[]): GroupKind | null {
  for (let i = path.length - 2; i >= 0; i--) {
    const k = groupKind(normalize(path[i]));
    if (k !== null) return k;
  }
  return null;
}

function withGroup(m: HeaderMeaning, gk: GroupKind | null): HeaderMeaning | null {
  if (m.amb === "tahun") {
    if (gk === "realisasi" || gk === "kinerja") return m.year ? { role: `realisasi:${m.year}` } : null;
    if (gk === "target") return { amb: "targetTahun", year: m.year };
    if (gk === "capaian") return m.year ? { amb: "capaianTahun", year: m.year } : null;
    if (gk === "anggaran") return null;
    return m;
  }
  if (gk === "anggaran") {
    if (m.role === "target") return { role: "anggaran", pref: 1 };
    if (m.amb === "realisasi" || m.role === "realisasi") return { role: "realisasiAnggaran" };
    if (m.amb === "capaian" || m.role === "capaian") return { role: "penyerapan" };
  }
  if (gk === "kinerja") {
    if (m.amb === "realisasi") return { role: "realisasi" };
    if (m.amb === "capaian") return { role: "capaian" };
  }
  return m;
}

function readCandidates(block: HeaderBlock, tahun: number | null): Candidate[] {
  const out: Candidate[] = [];
  for (const [col, path] of block.paths) {
    if (path.length === 0) continue;
    const header = path.join(" / ");
    const leaf = path[path.length - 1];
    const short = shortSubHeader(path, tahun);
    if (short) {
      if (short.role || short.amb) out.push({ col, header, meaning: short });
      continue;
    }
    // "Uraian" or "Nama" under "Indikator Kinerja": the indicator's name.
    if (
      path.length > 1 &&
      /^(uraian|nama|nama indikator|indikator)$/.test(normalize(leaf)) &&
      path.slice(0, -1).some((p) => /indikator/.test(normalize(p)))
    ) {
      out.push({ col, header, meaning: { role: "indikator" } });
      continue;
    }
    // A unit under a group ("Realisasi" over "Rp" and "%") is read together with the group.
    const unitOnly =
      path.length > 1 && /^(rp|%|persen|rupiah|nilai|jumlah)$/.test(normalize(leaf).replace(/[().]/g, "").trim());
    let m = unitOnly ? headerMeaning(normalize(path.join(" "))) : headerMeaning(normalize(leaf));
    if (!m && path.length > 1) m = headerMeaning(normalize(path.join(" ")));
    if (!m) continue;
    m = withUpperYear(m, path);
    m = amountBesidePercent(m, col, path, block);
    const resolved = withGroup(m, nearestGroup(path));
    if (resolved) out.push({ col, header, meaning: resolved });
  }
  return out.sort((x, y) => x.col - y.col);
}

/**
 * Roles of the block's columns. `tahun` is the report year when known (decides "Target 2021"); `mode` is the
 * kind the user gave the sheet, which decides the open words instead of the headers. `measures(col)` says
 * whether a column's values are measures of performance rather than money ("60 %", "9 Desa"): true when its
 * content says so, false or absent when it does not.
 */
export function assignRoles(
  block: HeaderBlock,
  sheet: string,
  tahun: number | null,
  mode: "indikator" | "anggaran" | null = null,
  hiddenCols: ReadonlySet<number> = new Set(),
  measures: (col: number) => boolean = () => false,
): RoleResult {
  const guesses: Guess[] = [];
  const cell = (col: number) => a1(block.rows[0], col);
  const guessAt = (col: number, role: ColumnRole, reason: string): Guess => ({
    sheet,
    cell: cell(col),
    about: `role:${role}`,
    value: role,
    reason,
  });
  const cands = readCandidates(block, tahun);
  const has = (role: ColumnRole) => cands.some((c) => c.meaning.role === role);
  // A table of target and realisasi without names, whose rows are years or units, measures one indicator.
  const nameless = !cands.some(
    (c) =>
      c.meaning.amb === "program" ||
      ["uraian", "kode", "indikator", "sasaran", "anggaran"].includes(c.meaning.role ?? ""),
  );
  const rowLabels = [...block.paths.values()].some((p) => {
    const leaf = normalize(p[p.length - 1] ?? "");
    return p.length > 0 && (YEAR_LABEL.test(leaf) || UNIT_LABEL.test(leaf));
  });
  // "Uraian | Target | Realisasi" whose targets are percentages or counts with a unit: an indicator table.
  const targetMeasures = !has("anggaran") && cands.some((c) => c.meaning.role === "target" && measures(c.col));
  const indicatorish =
    mode !== null
      ? mode === "indikator"
      : has("indikator") || has("sasaran") || (nameless && rowLabels) || targetMeasures;
  // "Uraian | Target | Realisasi" without indicators or money columns: a revenue/budget table (target = pagu).
  if (
    !indicatorish &&
    !has("anggaran") &&
    cands.some((c) => c.meaning.amb === "realisasi" || c.meaning.role === "realisasiAnggaran")
  ) {
    const t = cands.find((c) => c.meaning.role === "target");
    if (t) {
      t.meaning = { role: "anggaran", pref: 1 };
      guesses.push({
        sheet,
        cell: cell(t.col),
        about: "role:anggaran",
        value: "anggaran",
        reason: T.targetAnggaran(t.header),
      });
    }
  }
  // "Realisasi (%)" beside a "Capaian (%)" is the realisasi of an indicator measured in percent, not a capaian.
  const isCapaian = (c: Candidate) => c.meaning.amb === "capaian" || c.meaning.role === "capaian";
  if (!cands.some((c) => c.meaning.amb === "realisasi" || c.meaning.role === "realisasi")) {
    const pct = cands.find(
      (c) =>
        isCapaian(c) && /realisasi/.test(normalize(c.header)) && !/anggaran|keuangan|\brp\b/.test(normalize(c.header)),
    );
    if (pct && cands.some((c) => c !== pct && isCapaian(c) && !/realisasi/.test(normalize(c.header))))
      pct.meaning = { role: "realisasi" };
  }
  const allHeaders = normalize([...block.paths.values()].flat().join(" "));

  // The sheet decides the words that stayed open.
  const plainTarget = has("target");
  const targetYears = cands.filter((c) => c.meaning.amb === "targetTahun");
  const endYear = targetYears.reduce((m, c) => Math.max(m, c.meaning.year ?? 0), -Infinity);
  const capaianYear =
    tahun ??
    cands.filter((c) => c.meaning.amb === "capaianTahun").reduce((m, c) => Math.max(m, c.meaning.year ?? 0), 0);
  for (const c of cands) {
    const m = c.meaning;
    if (!m.amb) continue;
    switch (m.amb) {
      case "program":
        c.meaning = { role: indicatorish ? "program" : "uraian" };
        break;
      case "capaian": {
        // "%" right after a realisasi in Rupiah, on an indicator sheet, is the penyerapan of that money.
        const left = cands.filter((o) => o.col < c.col && (o.meaning.role || o.meaning.amb)).pop();
        const money = indicatorish && left?.meaning.role === "realisasiAnggaran";
        c.meaning = { role: indicatorish && !money ? "capaian" : "penyerapan" };
        if (money) guesses.push(guessAt(c.col, "penyerapan", T.persenUang(c.header, left.header)));
        break;
      }
      case "capaianTahun":
        // "Capaian 2022": the report year's capaian is the capaian; other years' are shown only.
        c.meaning = m.year === capaianYear ? { role: indicatorish ? "capaian" : "penyerapan" } : {};
        break;
      case "realisasiSd":
        if (indicatorish) {
          c.meaning = { role: "realisasi" };
          guesses.push({
            sheet,
            cell: cell(c.col),
            about: "role:realisasi",
            value: "realisasi",
            reason: T.realisasiSd(c.header),
          });
        } else c.meaning = { role: "realisasiAnggaran" };
        break;
      case "realisasi": {
        if (!indicatorish) {
          c.meaning = { role: "realisasiAnggaran" };
          break;
        }
        const left = cands
          .filter((o) => o.col < c.col && (o.meaning.role !== undefined || o.meaning.amb !== undefined))
          .pop();
        if (left && left.meaning.role === "anggaran") {
          c.meaning = { role: "realisasiAnggaran" };
          guesses.push({
            sheet,
            cell: cell(c.col),
            about: "role:realisasiAnggaran",
            value: "realisasiAnggaran",
            reason: T.realisasiUang(c.header, left.header),
          });
        } else c.meaning = { role: "realisasi" };
        break;
      }
      case "jumlah":
        c.meaning = !indicatorish && !has("anggaran") ? { role: "anggaran", pref: 1 } : {};
        if (c.meaning.role)
          guesses.push({
            sheet,
            cell: cell(c.col),
            about: "role:anggaran",
            value: "anggaran",
            reason: T.jumlahAnggaran(c.header),
          });
        break;
      case "targetTahun": {
        const y = m.year ?? 0;
        let role: ColumnRole | undefined;
        if (tahun !== null) role = y === tahun ? "target" : y > tahun && y === endYear ? "targetAkhir" : undefined;
        else if (plainTarget || /rpjmd|renstra|akhir/.test(allHeaders))
          role = y === endYear ? "targetAkhir" : undefined;
        else role = targetYears.length === 1 ? "target" : y === endYear ? "targetAkhir" : undefined;
        c.meaning = role ? { role } : {};
        if (role === "targetAkhir")
          guesses.push({
            sheet,
            cell: cell(c.col),
            about: "role:targetAkhir",
            value: "targetAkhir",
            reason: T.targetAkhirTahun(c.header),
          });
        break;
      }
      case "tahun":
        if (indicatorish && m.year) {
          c.meaning = { role: `realisasi:${m.year}` };
          guesses.push({
            sheet,
            cell: cell(c.col),
            about: `role:realisasi:${m.year}`,
            value: `realisasi:${m.year}`,
            reason: T.tahunRealisasi(c.header),
          });
        } else c.meaning = {};
        break;
    }
  }

  // One column per role. A code may span several columns ("1 | 06 | 01 | 15 | 02"), and a budget sheet may
  // name its levels in separate columns ("Program | Kegiatan | Sub Kegiatan").
  const byRole = new Map<ColumnRole, Candidate[]>();
  for (const c of cands) {
    const role = c.meaning.role;
    if (!role) continue;
    const list = byRole.get(role) ?? [];
    list.push(c);
    byRole.set(role, list);
  }
  const columns: ColumnInfo[] = [];
  for (const [role, list] of byRole) {
    if (role === "kode" || list.length === 1 || (role === "uraian" && !indicatorish)) {
      for (const c of list) columns.push({ role, col: c.col, header: c.header, added: false });
      continue;
    }
    // The amended budget over the original, a total over a quarter, a visible column over a hidden one.
    const score = (c: Candidate) =>
      (role === "anggaran" ? (c.meaning.pref ?? 1) : headerPreference(normalize(c.header))) * 2 +
      (hiddenCols.has(c.col) ? 0 : 1);
    let keep = list[0];
    for (const c of list) if (score(c) > score(keep)) keep = c;
    columns.push({ role, col: keep.col, header: keep.header, added: false });
    for (const c of list) {
      if (c === keep) continue;
      guesses.push({
        sheet,
        cell: cell(c.col),
        about: `role:${role}`,
        value: a1(block.rows[0], keep.col),
        reason: T.kolomGanda(c.header, keep.header, role),
      });
    }
  }
  columns.sort((x, y) => x.col - y.col);
  return { columns, guesses };
}

/** Apply the user's column overrides: role -> column letter ("" removes the role). */
export function overrideColumns(
  columns: ColumnInfo[],
  given: Record<string, string> | undefined,
  block: HeaderBlock | null,
  sheet: string,
  parseLetter: (s: string) => number | null,
  isRole: (s: string) => s is ColumnRole,
): { columns: ColumnInfo[]; notes: Guess[] } {
  const notes: Guess[] = [];
  if (!given) return { columns, notes };
  let out = [...columns];
  for (const [roleText, letter] of Object.entries(given)) {
    if (!isRole(roleText)) {
      notes.push({ sheet, cell: "A1", about: "override", value: roleText, reason: T.peranTakDikenal(roleText) });
      continue;
    }
    out = out.filter((c) => c.role !== roleText);
    if (letter.trim() === "") continue;
    const col = parseLetter(letter.trim());
    if (col === null) {
      notes.push({ sheet, cell: "A1", about: "override", value: letter, reason: T.kolomTakDikenal(letter, roleText) });
      continue;
    }
    // The column takes the new role; whatever it had before is dropped.
    out = out.filter((c) => c.col !== col || c.role === "kode");
    const header = block?.paths.get(col)?.join(" / ") ?? "";
    out.push({ role: roleText, col, header, added: false });
  }
  out.sort((x, y) => x.col - y.col);
  return { columns: out, notes };
}

/**
 * Columns whose header names nothing we know but whose values say what they are: predikat words ("Sangat
 * Berhasil" under "Keterangan"), polaritas words ("Positif", "Negatif" under "Ket.").
 */
export function rolesFromContent(g: Grid, block: HeaderBlock, columns: ColumnInfo[], sheet: string): RoleResult {
  const guesses: Guess[] = [];
  const taken = new Set(columns.map((c) => c.col));
  const out = [...columns];
  const start = (block.numberRow ?? block.rows[1]) + 1;
  const end = Math.min(g.bottom, start + 60);
  for (let col = block.firstCol; col <= block.lastCol; col++) {
    if (taken.has(col)) continue;
    const values: string[] = [];
    for (let r = start; r <= end; r++) {
      const v = g.raw(r, col);
      if (typeof v === "string" && v.trim() !== "") values.push(v.trim());
      else if (typeof v === "number") values.push(String(v));
    }
    if (values.length < 2) continue;
    const share = (test: (t: string) => boolean) => values.filter(test).length / values.length;
    const header = block.paths.get(col)?.join(" / ") ?? "";
    for (const [role, test] of [
      ["predikat", isPredikatWord],
      ["polaritas", (t: string) => parsePolaritas(t) !== null && !/^[-+]$/.test(t)],
    ] as const) {
      if (out.some((c) => c.role === role) || share(test) < 0.8) continue;
      out.push({ role, col, header, added: false });
      guesses.push({
        sheet,
        cell: a1(block.rows[0], col),
        about: `role:${role}`,
        value: role,
        reason: T.dariIsi(header, role),
      });
      break;
    }
  }
  out.sort((x, y) => x.col - y.col);
  return { columns: out, guesses };
}
