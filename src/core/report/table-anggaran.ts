/**
 * Bab III B: realisasi anggaran. The summary by kind of spending (Uraian | Anggaran | Realisasi | %) and the
 * detail by program and kegiatan (Kode | Uraian | Anggaran | Realisasi | %), program rows bold with their
 * totals, a JUMLAH row. Figures are the engine's (parents = sums of their children); the JUMLAH row is the
 * sum of the top rows, computed here with the calc library, never copied from a printed total.
 */
import { jumlah, penyerapanInduk, sisa } from "../calc/anggaran";
import { KALIMAT } from "../i18n/kalimat";
import { REPORT_TEXT } from "../i18n/report";
import { formatPersen } from "../numbers/format";
import type { AnggaranHasil } from "../model";
import { persen, rupiah, text } from "./cells";
import { type BuildContext, type BuildResult, type TableDraft, col, h, tableDraft } from "./context";
import {
  kalimatPenyerapanKelompok,
  kalimatPenyerapanTertinggiTerendah,
  kalimatTotalAnggaran,
  type PenyerapanItem,
} from "./kalimat";
import type { ReportRow, SkippedTable } from "./model";
import { displayName } from "./join";

const T = REPORT_TEXT;

/** Deepest level shown in the detail table (3 = sub kegiatan; rekening rows are summed into their parents). */
const MAX_LEVEL = 3;

export type AnggaranSheetKind = "ringkasan" | "rincian";

/** Budget rows of one sheet, in sheet order. */
export function anggaranSheets(rows: AnggaranHasil[]): Map<string, AnggaranHasil[]> {
  const m = new Map<string, AnggaranHasil[]>();
  for (const r of rows) {
    const list = m.get(r.row.sheet);
    if (list) list.push(r);
    else m.set(r.row.sheet, [r]);
  }
  for (const list of m.values()) list.sort((a, b) => a.row.row - b.row.row);
  return m;
}

/**
 * A sheet with programs is the detail; one with kinds of spending ("Belanja ...") and no program is the
 * summary.
 */
export function classifyAnggaranSheet(rows: AnggaranHasil[]): AnggaranSheetKind {
  const names = rows.filter((r) => !r.row.isTotal).map((r) => r.row.uraian);
  if (names.some((n) => /\bprogram\b/i.test(n))) return "rincian";
  if (names.some((n) => /\b(belanja|pendapatan|pembiayaan)\b/i.test(n))) return "ringkasan";
  return "rincian";
}

/** The rows at the top of the hierarchy (their sum is the JUMLAH). */
function topRows(rows: AnggaranHasil[]): AnggaranHasil[] {
  const present = new Set(rows.map((r) => r.row.row));
  return rows.filter(
    (r) => !r.row.isTotal && (r.row.parent === null || !present.has(r.row.parent) || isTotalRow(rows, r.row.parent)),
  );
}

function isTotalRow(rows: AnggaranHasil[], row: number): boolean {
  return rows.some((r) => r.row.row === row && r.row.isTotal);
}

interface Jumlah {
  anggaran: number | null;
  realisasi: number | null;
  penyerapan: number | null;
  sisa: number | null;
}

export function jumlahOf(ctx: BuildContext, rows: AnggaranHasil[]): Jumlah {
  const top = topRows(rows);
  const anggaran = jumlah(top.map((r) => r.anggaran));
  const realisasi = jumlah(top.map((r) => r.realisasi));
  const p = penyerapanInduk(
    top.map((r) => ({ anggaran: r.anggaran, realisasi: r.realisasi })),
    ctx.settings.penyerapanInduk,
  );
  return { anggaran, realisasi, penyerapan: p.value, sisa: sisa(anggaran, realisasi).value };
}

function jumlahRow(j: Jumlah, labelCols: number, decimals: number): ReportRow {
  return {
    kind: "total",
    level: 0,
    bold: true,
    cells: [
      text(T.rows.jumlah, { colSpan: labelCols, align: "center", bold: true }),
      ...Array<null>(labelCols - 1).fill(null),
      rupiah(j.anggaran, { bold: true }),
      rupiah(j.realisasi, { bold: true }),
      persen(j.penyerapan, decimals, { bold: true }),
    ],
  };
}

function hasChildrenShown(rows: AnggaranHasil[], r: AnggaranHasil): boolean {
  return r.row.children.length > 0 && rows.some((c) => c.row.parent === r.row.row);
}

function buildRingkasan(ctx: BuildContext, rows: AnggaranHasil[], suffix: string): TableDraft {
  const columns = [
    col("uraian", 48, "left", true),
    col("anggaran", 20, "right"),
    col("realisasi", 20, "right"),
    col("penyerapan", 10, "right"),
  ];
  const header = [[h(T.headers.uraian), h(T.headers.anggaranRp), h(T.headers.realisasiRp), h("%")]];
  const body: ReportRow[] = [];
  for (const r of rows) {
    if (r.row.isTotal) continue;
    const parent = hasChildrenShown(rows, r);
    const level = Math.max(1, r.row.level);
    body.push({
      kind: parent ? "kelompok" : "data",
      level,
      bold: parent,
      cells: [
        text(r.row.uraian, { indent: level - 1, bold: parent }),
        rupiah(r.anggaran, { bold: parent }),
        rupiah(r.realisasi, { bold: parent }),
        persen(r.penyerapan.value, ctx.decimals, { bold: parent }),
      ],
    });
  }
  const j = jumlahOf(ctx, rows);
  body.push(jumlahRow(j, 1, ctx.decimals));
  const kelompok: PenyerapanItem[] = topRows(rows)
    .filter((r) => r.penyerapan.value !== null)
    .map((r) => ({
      nama: displayName(r.row.uraian.replace(/^\s*[a-z]\)\s*/i, "")),
      penyerapan: r.penyerapan.value as number,
    }));
  const paragraphs = [
    kalimatTotalAnggaran(
      { instansi: ctx.instansi, tahun: ctx.tahunText, ...j, decimals: ctx.decimals },
      KALIMAT.anggaran.apa.belanja,
    ),
  ];
  const k = kelompok.length > 1 ? kalimatPenyerapanKelompok(kelompok, ctx.decimals) : null;
  if (k) paragraphs.push(k);
  return tableDraft({
    id: `ringkasan-anggaran${suffix ? `-${suffix}` : ""}` as TableDraft["id"],
    section: "anggaran",
    bab: "III",
    judul: T.titles.ringkasanAnggaran(ctx.tahunText),
    columns,
    header,
    rows: body,
    paragraphs,
    charts: [],
  });
}

function buildRincian(ctx: BuildContext, rows: AnggaranHasil[], suffix: string): TableDraft {
  const columns = [
    col("kode", 16, "left"),
    col("uraian", 52, "left", true),
    col("anggaran", 17, "right"),
    col("realisasi", 17, "right"),
    col("penyerapan", 10, "right"),
  ];
  const header = [[h(T.headers.kode), h(T.headers.uraian), h(T.headers.anggaranRp), h(T.headers.realisasiRp), h("%")]];
  const body: ReportRow[] = [];
  const programs: PenyerapanItem[] = [];
  for (const r of rows) {
    if (r.row.isTotal || r.row.level > MAX_LEVEL) continue;
    const level = Math.max(1, r.row.level);
    const program = level === 1;
    if (program && r.penyerapan.value !== null) programs.push({ nama: r.row.uraian, penyerapan: r.penyerapan.value });
    body.push({
      kind: program ? "program" : "data",
      level,
      bold: program,
      cells: [
        text(r.row.kode, { bold: program }),
        text(r.row.uraian, { indent: level - 1, bold: program }),
        rupiah(r.anggaran, { bold: program }),
        rupiah(r.realisasi, { bold: program }),
        persen(r.penyerapan.value, ctx.decimals, { bold: program }),
      ],
    });
  }
  const j = jumlahOf(ctx, rows);
  body.push(jumlahRow(j, 2, ctx.decimals));
  const paragraphs = [
    kalimatTotalAnggaran(
      { instansi: ctx.instansi, tahun: ctx.tahunText, ...j, decimals: ctx.decimals },
      KALIMAT.anggaran.apa.programKegiatan,
    ),
  ];
  const hl = kalimatPenyerapanTertinggiTerendah(programs, null, ctx.decimals);
  if (hl) paragraphs.push(hl);
  const charts =
    programs.length > 0
      ? [
          {
            id: `penyerapan-program${suffix ? `-${suffix}` : ""}`,
            kind: "bar" as const,
            title: T.charts.penyerapanProgram,
            categories: programs.map((p) => p.nama),
            series: [{ name: T.charts.penyerapanSeries, values: programs.map((p) => p.penyerapan) }],
            referenceLine:
              j.penyerapan !== null
                ? { value: j.penyerapan, label: T.charts.penyerapanTotal(formatPersen(j.penyerapan, ctx.decimals)) }
                : undefined,
            unit: "%",
            decimals: ctx.decimals,
          },
        ]
      : [];
  return tableDraft({
    id: `rincian-anggaran${suffix ? `-${suffix}` : ""}`,
    section: "anggaran",
    bab: "III",
    judul: T.titles.rincianAnggaran(ctx.tahunText),
    columns,
    header,
    rows: body,
    paragraphs,
    charts,
  });
}

export function buildAnggaranTables(ctx: BuildContext): BuildResult {
  const sheets = anggaranSheets(ctx.analysis.anggaran);
  const ringkasan: [string, AnggaranHasil[]][] = [];
  const rincian: [string, AnggaranHasil[]][] = [];
  for (const [sheet, rows] of sheets) {
    if (!rows.some((r) => !r.row.isTotal)) continue;
    (classifyAnggaranSheet(rows) === "ringkasan" ? ringkasan : rincian).push([sheet, rows]);
  }
  const tables: TableDraft[] = [];
  const omitted: SkippedTable[] = [];
  if (ringkasan.length === 0) omitted.push(T.skipped.ringkasanAnggaran);
  ringkasan.forEach(([sheet, rows], i) => {
    const t = buildRingkasan(ctx, rows, i === 0 ? "" : String(i + 1));
    if (ringkasan.length > 1) t.judul += T.titles.sheetSuffix(sheet);
    tables.push(t);
  });
  if (rincian.length === 0) omitted.push(T.skipped.rincianAnggaran);
  rincian.forEach(([sheet, rows], i) => {
    const t = buildRincian(ctx, rows, i === 0 ? "" : String(i + 1));
    if (rincian.length > 1) t.judul += T.titles.sheetSuffix(sheet);
    tables.push(t);
  });
  return { tables, omitted };
}
