/**
 * Bab III A: "Target kinerja dalam Perjanjian Kinerja": No | Sasaran Strategis | Indikator Kinerja | Target |
 * Satuan, from any indicator sheet with targets, with or without programs (the seed prints it from the IKU).
 * Each indicator takes its target from its measurement row (the one the capaian tables show), else from the
 * Perjanjian Kinerja sheet, else from any sheet that gives it one, so the numbering matches Tabel 3.x.
 */
import { REPORT_TEXT } from "../i18n/report";
import type { IndikatorHasil } from "../model";
import { decimalsOf, fromReading, text } from "./cells";
import { type BuildContext, type BuildResult, col, h, indikatorCells, tableDraft } from "./context";
import { groupBySasaran, type IndikatorGabungan } from "./join";
import { kalimatTanpaTarget, kalimatTargetKinerja } from "./kalimat";
import type { ReportRow } from "./model";

const T = REPORT_TEXT;

function hasTarget(h: IndikatorHasil | null): h is IndikatorHasil {
  return h !== null && h.row.target !== null && h.row.target.value !== null;
}

/** The row an indicator's target is taken from, or null when no sheet gives it a numeric target. */
export function targetSource(g: IndikatorGabungan): IndikatorHasil | null {
  if (hasTarget(g.utama)) return g.utama;
  if (hasTarget(g.pk)) return g.pk;
  return g.sumber.find(hasTarget) ?? null;
}

export function buildTargetKinerjaTable(ctx: BuildContext): BuildResult {
  const sasaran = groupBySasaran(ctx.analysis, ctx.indikator, targetSource);
  if (sasaran.length === 0) return { tables: [], omitted: [T.skipped.targetKinerja] };
  const columns = [
    col("no", 5, "center"),
    col("sasaran", 34, "left", true),
    col("indikator", 40, "left", true),
    col("target", 13, "right"),
    col("satuan", 10, "center", true),
  ];
  const header = [
    [h(T.headers.no), h(T.headers.sasaran), h(T.headers.indikator), h(T.headers.target), h(T.headers.satuan)],
  ];
  const rows: ReportRow[] = [];
  let jumlahIndikator = 0;
  sasaran.forEach((s, si) => {
    s.items.forEach(({ g, src, nama }, i) => {
      jumlahIndikator++;
      rows.push({
        kind: "data",
        level: 2,
        bold: false,
        cells: [
          ...indikatorCells(s, si, i, nama, null).slice(0, 3),
          fromReading(src.row.target, decimalsOf([src.row.target])),
          text(g.satuan),
        ],
      });
    });
  });
  // Indicators the sheets name but give no target: said, not hidden.
  const tanpaTarget = ctx.indikator.filter((g) => targetSource(g) === null).map((g) => g.nama);
  const paragraphs = [
    kalimatTargetKinerja({
      instansi: ctx.instansi,
      tahun: ctx.tahunText,
      jumlahSasaran: sasaran.length,
      jumlahIndikator,
    }),
  ];
  const tanpa = kalimatTanpaTarget(tanpaTarget);
  if (tanpa) paragraphs.push(tanpa);
  return {
    tables: [
      tableDraft({
        id: "target-kinerja",
        section: "target",
        bab: "III",
        judul: T.titles.targetKinerja(ctx.tahunText),
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
