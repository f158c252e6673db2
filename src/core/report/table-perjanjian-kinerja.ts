/**
 * Bab II: the Perjanjian Kinerja: [Tujuan |] Sasaran | Indikator | Target | Satuan | Program | Anggaran, one
 * row per program, sasaran and indicator cells merged down over their programs.
 */
import { jumlah } from "../calc/anggaran";
import { KALIMAT } from "../i18n/kalimat";
import { REPORT_TEXT } from "../i18n/report";
import type { IndikatorHasil } from "../model";
import { formatRupiah } from "../numbers/format";
import { decimalsOf, fromReading, rupiah, text } from "./cells";
import { type BuildContext, type BuildResult, col, h, tableDraft } from "./context";
import { displayName, groupBySasaran } from "./join";
import { daftar, kalimatPerjanjianKinerja } from "./kalimat";
import type { ReportCell, ReportColumn, ReportRow } from "./model";
import { nameLevel } from "../recognize/hierarchy";
import { normalizeName } from "./normalize";

const T = REPORT_TEXT;

/** The anggaran of a program on the budget sheets (a level-1 row with the same name), or null. */
function anggaranFromBudget(ctx: BuildContext, nama: string): { value: number; sheet: string } | null {
  const key = normalizeName(nama);
  for (const a of ctx.analysis.anggaran) {
    if (a.row.isTotal || a.anggaran === null) continue;
    if (normalizeName(a.row.uraian) === key) return { value: a.anggaran, sheet: a.row.sheet };
  }
  return null;
}

export function buildPerjanjianKinerjaTable(ctx: BuildContext): BuildResult {
  const list = ctx.indikator.filter((g) => g.pk !== null);
  if (list.length === 0) return { tables: [], omitted: [T.skipped.perjanjianKinerja] };
  const withTujuan = list.some((g) => (g.pk as IndikatorHasil).row.tujuan);
  const columns: ReportColumn[] = [
    col("no", 5, "center"),
    ...(withTujuan ? [col("tujuan", 22, "left", true)] : []),
    col("sasaran", 24, "left", true),
    col("indikator", 24, "left", true),
    col("target", 11, "right"),
    col("satuan", 10, "center", true),
    col("program", 36, "left", true),
    col("anggaran", 17, "right"),
  ];
  const header = [
    [
      h(T.headers.no),
      ...(withTujuan ? [h(T.headers.tujuan)] : []),
      h(T.headers.sasaran),
      h(T.headers.indikator),
      h(T.headers.target),
      h(T.headers.satuan),
      h(T.headers.program),
      h(T.headers.anggaranRp),
    ],
  ];
  const rows: ReportRow[] = [];
  const dariAnggaran: string[] = [];
  const programTotals = new Map<string, { level: number; nilai: number | null }>();
  const sasaran = groupBySasaran(ctx.analysis, list, (g) => g.pk);
  let jumlahIndikator = 0;
  let lastLevel = 1;
  sasaran.forEach((s, si) => {
    const span = s.items.reduce((n, b) => n + Math.max(1, b.src.row.program.length), 0);
    let firstOfSasaran = true;
    s.items.forEach(({ g, src, nama }, ii) => {
      jumlahIndikator++;
      const programs = src.row.program.length > 0 ? src.row.program : [{ nama: "", anggaran: null }];
      const d = decimalsOf([src.row.target]);
      programs.forEach((p, pi) => {
        let nilai = p.anggaran?.value ?? null;
        if (nilai === null && p.nama) {
          const b = anggaranFromBudget(ctx, p.nama);
          if (b) {
            nilai = b.value;
            dariAnggaran.push(KALIMAT.perjanjianKinerja.programDariAnggaran(p.nama, formatRupiah(b.value), b.sheet));
          }
        }
        if (p.nama) {
          const k = normalizeName(p.nama);
          const known = programTotals.get(k);
          // A name without "Program"/"Kegiatan" in front continues the list above it ("Kegiatan : 1. ...",
          // "2. ..."); the first one is a program.
          lastLevel = nameLevel(p.nama) ?? lastLevel;
          if (!known || known.nilai === null) programTotals.set(k, { level: lastLevel, nilai });
        }
        const cells: (ReportCell | null)[] = [];
        cells.push(firstOfSasaran ? text(String(si + 1), { rowSpan: span }) : null);
        if (withTujuan)
          cells.push(
            firstOfSasaran ? text(src.row.tujuan ? displayName(src.row.tujuan) : null, { rowSpan: span }) : null,
          );
        cells.push(firstOfSasaran ? text(s.nama, { rowSpan: span }) : null);
        const n = programs.length;
        cells.push(pi === 0 ? text(`${si + 1}.${ii + 1} ${nama}`, { rowSpan: n }) : null);
        cells.push(pi === 0 ? fromReading(src.row.target, d, { rowSpan: n }) : null);
        cells.push(pi === 0 ? text(g.satuan, { rowSpan: n }) : null);
        cells.push(text(p.nama));
        cells.push(rupiah(nilai));
        rows.push({ kind: "data", level: 2, bold: false, cells });
        firstOfSasaran = false;
      });
    });
  });
  // A program's anggaran holds its kegiatan's: the total is of the highest level named, never of two levels.
  const named = [...programTotals.values()];
  const top = named.reduce((m, p) => Math.min(m, p.level), 3);
  const totals = named.filter((p) => p.level === top).map((p) => p.nilai);
  const count = (level: number) => named.filter((p) => p.level === level).length;
  const paragraphs = [
    kalimatPerjanjianKinerja({
      instansi: ctx.instansi,
      tahun: ctx.tahunText,
      jumlahSasaran: sasaran.length,
      jumlahIndikator,
      jumlahPendukung: { program: count(1), kegiatan: count(2), subKegiatan: count(3) },
      totalAnggaran: totals.length > 0 && totals.every((v) => v !== null) ? jumlah(totals) : null,
    }),
  ];
  if (dariAnggaran.length > 0) {
    paragraphs.push(KALIMAT.perjanjianKinerja.dariAnggaran(daftar(dariAnggaran)));
  }
  return {
    tables: [
      tableDraft({
        id: "perjanjian-kinerja",
        section: "perjanjian-kinerja",
        bab: "II",
        judul: T.titles.perjanjianKinerja(ctx.tahunText),
        columns,
        header,
        rows,
        paragraphs,
        charts: [],
      }),
    ],
    omitted: [],
  };
}
