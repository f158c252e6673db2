/** Short Indonesian summaries for the terminal; numbers in Indonesian format. */
import type { FillResult } from "../core/engine";
import { fillSummary } from "../core/fill/summary";
import { teksCli as T } from "../core/i18n/cli";
import { namaPeran } from "../core/i18n/peran";
import { teksCakupan } from "../core/i18n/coverage";
import type { Analysis, Coverage, SasaranHasil, Temuan } from "../core/model";
import { formatPersen, formatRupiah } from "../core/numbers";
import type { Settings } from "../core/settings/settings";
import { columnLetter } from "../core/workbook/address";
import type { Io } from "./types";

const R = T.ringkasan;

export function printScan(io: Io, file: string, analysis: Analysis): void {
  io.out(R.berkas(file));
  for (const l of analysis.recognition.layouts) {
    const header = l.headerRows ? R.judul(l.headerRows[0] + 1, l.headerRows[1] + 1) : "";
    const data = l.dataRows ? R.data(l.dataRows[0] + 1, l.dataRows[1] + 1) : "";
    io.out(R.lembar(l.sheet, R.jenis[l.kind] ?? l.kind, header, data));
    const named = (c: (typeof l.columns)[number]) => R.peranKolom(namaPeran(c.role), columnLetter(c.col));
    const existing = l.columns.filter((c) => !c.added).map(named);
    const added = l.columns.filter((c) => c.added).map(named);
    if (existing.length) io.out(R.kolom(existing.join(", ")));
    if (added.length) io.out(R.ditambah(added.join(", ")));
    for (const g of l.guesses) io.out(R.tebakan(`${g.sheet}!${g.cell}`, g.reason));
  }
  const layoutGuesses = new Set(analysis.recognition.layouts.flatMap((l) => l.guesses));
  for (const g of analysis.recognition.guesses)
    if (!layoutGuesses.has(g)) io.out(R.tebakan(`${g.sheet}!${g.cell}`, g.reason));
}

export function printFigures(io: Io, analysis: Analysis, settings: Settings): void {
  const d = settings.desimal;
  const pct = (x: number | null) => (x === null ? R.tanpaNilai : formatPersen(x, d));
  for (const group of sasaranGroups(analysis.sasaran)) {
    const [first, ...rest] = group;
    const sheets = [...new Set(group.map((s) => s.sheet))].join(", ");
    const shown = (s: SasaranHasil) => [pct(s.capaian.value), s.predikat ?? R.tanpaNilai] as const;
    const [c, p] = shown(first);
    const nama = first.nama.trim();
    let line = nama === "" ? R.sasaranTanpaNama(sheets, c, p) : R.sasaran(nama, sheets, c, p);
    // The same sasaran on two sheets is one line; a sheet where it comes out differently is named.
    for (const s of rest) {
      const [c2, p2] = shown(s);
      if (c2 !== c || p2 !== p) line += R.sasaranLain(s.sheet, c2, p2);
    }
    io.out(line);
  }
  if (analysis.capaianKeseluruhan.value !== null)
    io.out(R.keseluruhan(pct(analysis.capaianKeseluruhan.value), analysis.predikatKeseluruhan ?? R.tanpaNilai));
  for (const h of analysis.anggaran) {
    if (!h.row.isTotal) continue;
    io.out(
      R.totalAnggaran(
        h.row.sheet,
        h.row.uraian,
        h.anggaran === null ? R.tanpaNilai : formatRupiah(h.anggaran),
        h.realisasi === null ? R.tanpaNilai : formatRupiah(h.realisasi),
        pct(h.penyerapan.value),
      ),
    );
  }
}

/** Sasaran grouped by name as a reader compares them (case and spacing ignored), in order of appearance. */
export function sasaranGroups(list: readonly SasaranHasil[]): SasaranHasil[][] {
  const groups = new Map<string, SasaranHasil[]>();
  for (const s of list) {
    const key = s.nama.trim() === "" ? `\u0000${s.sheet}` : s.nama.toLowerCase().replace(/\s+/g, " ").trim();
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()];
}

/** Findings, after what was measured (coverage): never "all clear" on what was not measured. */
export function printCheck(io: Io, temuan: Temuan[], coverage: Coverage, limitInfo = Infinity): void {
  for (const line of teksCakupan.kalimat(coverage)) io.out(line);
  if (temuan.length === 0) {
    io.out(teksCakupan.tanpaTemuan(coverage));
    return;
  }
  const count = (s: string) => temuan.filter((t) => t.severity === s).length;
  io.out(R.temuan(temuan.length, count("error"), count("warning"), count("info")));
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...temuan].sort((a, b) => order[a.severity] - order[b.severity]);
  let infos = 0;
  for (const t of sorted) {
    if (t.severity === "info" && ++infos > limitInfo) continue;
    io.out(`[${R.severity[t.severity]}] ${t.sheet}!${t.cell}: ${t.message}`);
  }
  if (infos > limitInfo) io.out(R.dibiarkanLagi(infos - limitInfo));
}

export function printFill(io: Io, out: string, fill: FillResult, skipped: string[], limit = 20): void {
  if (fill.written.length > 0) io.out(R.diisi(out));
  for (const line of fillSummary(fill, "cli")) {
    io.out(line.tone === "galat" ? `[${R.severity.error}] ${line.text}` : line.text);
    const items = line.items ?? [];
    for (const it of items.slice(0, limit)) io.out(`  ${it.text}`);
    if (items.length > limit) io.out(R.dibiarkanLagi(items.length - limit));
  }
  for (const s of skipped) io.out(R.dilewati(s));
}
