/**
 * Bab III B: all indicators with the overall mean, then for each sasaran, target against realisasi this year:
 * No | Sasaran | Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat, with a RATA-RATA CAPAIAN row.
 */
import { predikat as predikatOf } from "../calc/predikat";
import { rataRata } from "../calc/rata-rata";
import { REPORT_TEXT } from "../i18n/report";
import type { Computed, IndikatorHasil } from "../model";
import { predikatBands } from "../settings/settings";
import { decimalsOf, fromReading, persen, text } from "./cells";
import { type BuildContext, type BuildResult, type TableDraft, col, h, tableDraft } from "./context";
import { findSasaranHasil, groupBySasaran, type IndikatorGabungan, type SasaranGabungan } from "./join";
import {
  kalimatCapaianSasaran,
  kalimatKeseluruhan,
  kalimatTanpaCapaian,
  kalimatTargetIndikator,
  type TanpaCapaian,
} from "./kalimat";
import type { ReportRow } from "./model";

const T = REPORT_TEXT;

/** An indicator belongs in the measurement table when it has a target or a realisasi somewhere. */
export function isMeasured(g: IndikatorGabungan): boolean {
  return g.utama.row.target !== null || g.utama.row.realisasi !== null;
}

/** The mean capaian of a sasaran and its predikat: the engine's when it computed this very group, else the calc library's. */
export function sasaranCapaian(ctx: BuildContext, s: SasaranGabungan): { capaian: Computed; predikat: string | null } {
  const hasil = findSasaranHasil(
    ctx.analysis,
    s.items.map((b) => b.src),
  );
  if (hasil) return { capaian: hasil.capaian, predikat: hasil.predikat };
  const c = rataRata(s.items.map((b) => b.src.capaian.value));
  return { capaian: c, predikat: predikatOf(c.value, predikatBands(ctx.settings), ctx.decimals) };
}

/** Why an indicator of a capaian table has no capaian. */
export function tanpaCapaian(nama: string, h: IndikatorHasil): TanpaCapaian {
  if (h.row.realisasi === null || h.row.realisasi.value === null) return { nama, sebab: "realisasi" };
  if (h.row.target === null || h.row.target.value === null) return { nama, sebab: "target" };
  return { nama, sebab: "lain", alasan: h.capaian.reason };
}

const COLUMNS = [
  col("no", 5, "center"),
  col("sasaran", 28, "left", true),
  col("indikator", 32, "left", true),
  col("satuan", 9, "center", true),
  col("target", 12, "right"),
  col("realisasi", 12, "right"),
  col("capaian", 12, "right"),
  col("predikat", 16, "center", true),
];

function capaianHeader() {
  return [
    [
      h(T.headers.no),
      h(T.headers.sasaran),
      h(T.headers.indikator),
      h(T.headers.satuan),
      h(T.headers.target),
      h(T.headers.realisasi),
      h(T.headers.capaian),
      h(T.headers.predikat),
    ],
  ];
}

/** The indicator rows of one sasaran: its number and name merged down, then each indicator's figures. */
function sasaranRows(ctx: BuildContext, s: SasaranGabungan, no: number): ReportRow[] {
  const rows: ReportRow[] = [];
  const n = s.items.length;
  s.items.forEach(({ g, src, nama }, i) => {
    const r = src.row;
    const d = decimalsOf([r.target, r.realisasi]);
    rows.push({
      kind: "data",
      level: 2,
      bold: false,
      cells: [
        i === 0 ? text(String(no), { rowSpan: n }) : null,
        i === 0 ? text(s.nama, { rowSpan: n }) : null,
        text(`${no}.${i + 1} ${nama}`),
        text(g.satuan),
        fromReading(r.target, d),
        fromReading(r.realisasi, d),
        persen(src.capaian.value, ctx.decimals),
        text(src.predikat),
      ],
    });
  });
  return rows;
}

function meanRow(ctx: BuildContext, capaian: number | null, predikat: string | null): ReportRow {
  return {
    kind: "rata-rata",
    level: 1,
    bold: true,
    cells: [
      text(T.rows.rataRataCapaian, { colSpan: 6, align: "center", bold: true }),
      null,
      null,
      null,
      null,
      null,
      persen(capaian, ctx.decimals, { bold: true }),
      text(predikat, { bold: true }),
    ],
  };
}

/**
 * Bab III B, first table: every measured indicator of every sasaran, with the overall RATA-RATA CAPAIAN (the
 * headline, settings.capaianKeseluruhan) and its sentence, as the seed prints the IKU before the per-sasaran tables.
 */
function buildKeseluruhan(ctx: BuildContext, sasaran: SasaranGabungan[]): TableDraft {
  const all = overallCapaian(ctx, sasaran);
  const rows = [
    ...sasaran.flatMap((s, i) => sasaranRows(ctx, s, i + 1)),
    meanRow(ctx, all.capaian.value, all.predikat),
  ];
  const tanpa = sasaran.flatMap((s) =>
    s.items.filter((b) => b.src.capaian.value === null).map((b) => tanpaCapaian(b.nama, b.src)),
  );
  const paragraphs: string[] = [];
  const overall = kalimatKeseluruhan({
    instansi: ctx.instansi,
    tahun: ctx.tahunText,
    capaian: all.capaian.value,
    predikat: all.predikat,
    jumlah: all.jumlah,
    tidakTerukur: all.tidakTerukur,
    decimals: ctx.decimals,
    dasar: ctx.settings.capaianKeseluruhan,
  });
  if (overall) paragraphs.push(overall);
  const belum = kalimatTanpaCapaian(tanpa);
  if (belum) paragraphs.push(belum);
  return tableDraft({
    id: "capaian-keseluruhan",
    section: "capaian",
    bab: "III",
    judul: T.titles.capaianKeseluruhan(ctx.tahunText),
    columns: COLUMNS,
    header: capaianHeader(),
    rows,
    paragraphs,
    charts: [],
  });
}

function buildOne(ctx: BuildContext, s: SasaranGabungan, no: number): TableDraft {
  const columns = COLUMNS;
  const header = capaianHeader();
  const rows = sasaranRows(ctx, s, no);
  const mean = sasaranCapaian(ctx, s);
  rows.push(meanRow(ctx, mean.capaian.value, mean.predikat));

  const paragraphs = [
    kalimatCapaianSasaran({
      sasaran: s.nama,
      terukur: s.items.filter((b) => b.src.capaian.value !== null).length,
      tanpa: s.items.filter((b) => b.src.capaian.value === null).map((b) => tanpaCapaian(b.nama, b.src)),
      rataRata: mean.capaian.value,
      predikat: mean.predikat,
      decimals: ctx.decimals,
    }),
    ...kalimatTargetIndikator(
      s.items.map(({ g, src, nama }) => ({
        nama,
        satuan: g.satuan,
        target: src.row.target?.value ?? null,
        realisasi: src.row.realisasi?.value ?? null,
        capaian: src.capaian.value,
        alasan: src.capaian.reason,
        decimalsNilai: decimalsOf([src.row.target, src.row.realisasi]),
      })),
      ctx.decimals,
    ),
  ];

  return tableDraft({
    id: `capaian-${no}`,
    section: "capaian",
    subheading: `${no}. ${s.nama}`,
    bab: "III",
    judul: T.titles.capaian(no, s.nama, ctx.tahunText),
    columns,
    header,
    rows,
    paragraphs,
    charts: [
      {
        id: `capaian-${no}`,
        kind: "column",
        title: T.charts.capaian(no),
        categories: s.items.map((b, i) => `${no}.${i + 1} ${b.nama}`),
        series: [{ name: T.charts.capaianSeries, values: s.items.map((b) => b.src.capaian.value) }],
        referenceLine: { value: 100, label: T.charts.target100 },
        unit: "%",
        decimals: ctx.decimals,
      },
    ],
  });
}

/**
 * The overall capaian over the joined sasaran (settings.capaianKeseluruhan: mean of the sasaran means, or of
 * all indicators). Computed here from the same groups the tables show, so that an indicator that appears on
 * two sheets is counted once.
 */
export function overallCapaian(
  ctx: BuildContext,
  sasaran: SasaranGabungan[],
): { capaian: Computed; predikat: string | null; jumlah: number; tidakTerukur: number } {
  const values =
    ctx.settings.capaianKeseluruhan === "sasaran"
      ? sasaran.map((s) => sasaranCapaian(ctx, s).capaian.value)
      : sasaran.flatMap((s) => s.items.map((b) => b.src.capaian.value));
  const c = rataRata(values);
  const jumlah = values.filter((v) => v !== null && Number.isFinite(v)).length;
  return {
    capaian: c,
    predikat: predikatOf(c.value, predikatBands(ctx.settings), ctx.decimals),
    jumlah,
    tidakTerukur: values.length - jumlah,
  };
}

export function buildCapaianTables(ctx: BuildContext): BuildResult {
  const sasaran = groupBySasaran(ctx.analysis, ctx.indikator, (g) => (isMeasured(g) ? g.utama : null));
  if (sasaran.length === 0) return { tables: [], omitted: [T.skipped.capaian] };
  const tables = [buildKeseluruhan(ctx, sasaran), ...sasaran.map((s, i) => buildOne(ctx, s, i + 1))];
  return { tables, omitted: [] };
}
