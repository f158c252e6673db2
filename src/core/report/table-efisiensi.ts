/**
 * Bab III A.5: efisiensi: No | Sasaran | Indikator | Satuan | Kinerja (Target | Realisasi | Capaian) |
 * Anggaran (Alokasi | Realisasi | Penyerapan) | Tingkat Efisiensi, with a RATA-RATA row per sasaran.
 */
import { rataRata } from "../calc/rata-rata";
import { REPORT_TEXT } from "../i18n/report";
import type { Settings } from "../settings/settings";
import { angka, decimalsOf, fromReading, persen, rupiah, text } from "./cells";
import { type BuildContext, type BuildResult, col, h, indikatorCells, tableDraft } from "./context";
import { findSasaranHasil, groupBySasaran, type SasaranGabungan } from "./join";
import { kalimatEfisiensi } from "./kalimat";
import type { HeaderCell, ReportCell, ReportRow } from "./model";

const T = REPORT_TEXT;

function efisiensiCell(v: number | null, mode: Settings["efisiensi"], decimals: number, bold = false): ReportCell {
  return mode === "indeks" ? angka(v, decimals, { bold }) : persen(v, decimals, { bold });
}

/** The mean efisiensi of a sasaran: the engine's for this very group, else the calc library's mean. */
export function sasaranEfisiensi(
  ctx: BuildContext,
  s: SasaranGabungan,
): { value: number | null; efisien: boolean | null } {
  const rows = s.items.map((b) => b.src);
  const hasil = findSasaranHasil(ctx.analysis, rows);
  if (hasil && hasil.efisiensi.value !== null) return { value: hasil.efisiensi.value, efisien: hasil.efisien };
  const mean = rataRata(rows.map((r) => r.efisiensi.value)).value;
  if (mean === null) return { value: null, efisien: null };
  switch (ctx.settings.efisiensi) {
    case "selisih":
      return { value: mean, efisien: mean > 0 };
    case "indeks":
      return { value: mean, efisien: mean >= 1 };
    case "sisa": {
      const cap = rataRata(rows.map((r) => r.capaian.value)).value;
      return { value: mean, efisien: cap === null ? null : cap >= 100 };
    }
  }
}

export function buildEfisiensiTable(ctx: BuildContext): BuildResult {
  const list = ctx.indikator.filter((g) => g.efisiensi !== null);
  if (list.length === 0) return { tables: [], omitted: [T.skipped.efisiensi] };
  const mode = ctx.settings.efisiensi;
  const columns = [
    col("no", 5, "center"),
    col("sasaran", 22, "left", true),
    col("indikator", 26, "left", true),
    col("satuan", 10, "center", true),
    col("target", 11, "right"),
    col("realisasi", 11, "right"),
    col("capaian", 11, "right"),
    col("alokasi", 16, "right"),
    col("realisasiAnggaran", 16, "right"),
    col("penyerapan", 12, "right"),
    col("efisiensi", 12, "right"),
  ];
  const header: (HeaderCell | null)[][] = [
    [
      h(T.headers.no, { rowSpan: 2 }),
      h(T.headers.sasaran, { rowSpan: 2 }),
      h(T.headers.indikator, { rowSpan: 2 }),
      h(T.headers.satuan, { rowSpan: 2 }),
      h(T.headers.kinerja, { colSpan: 3 }),
      null,
      null,
      h(T.headers.anggaran, { colSpan: 3 }),
      null,
      null,
      h(T.headers.efisiensi[mode], { rowSpan: 2 }),
    ],
    [
      null,
      null,
      null,
      null,
      h(T.headers.target),
      h(T.headers.realisasi),
      h(T.headers.capaian),
      h(T.headers.alokasiRp),
      h(T.headers.realisasiRp),
      h(T.headers.penyerapan),
      null,
    ],
  ];
  const rows: ReportRow[] = [];
  const paragraphs: string[] = [];
  groupBySasaran(ctx.analysis, list, (g) => g.efisiensi).forEach((s, si) => {
    s.items.forEach(({ g, src, nama }, i) => {
      const d = decimalsOf([src.row.target, src.row.realisasi]);
      rows.push({
        kind: "data",
        level: 2,
        bold: false,
        cells: [
          ...indikatorCells(s, si, i, nama, g.satuan),
          fromReading(src.row.target, d),
          fromReading(src.row.realisasi, d),
          persen(src.capaian.value, ctx.decimals),
          rupiah(src.row.alokasi?.value),
          rupiah(src.row.realisasiAnggaran?.value),
          persen(src.penyerapan.value, ctx.decimals),
          efisiensiCell(src.efisiensi.value, mode, ctx.decimals),
        ],
      });
    });
    const mean = sasaranEfisiensi(ctx, s);
    rows.push({
      kind: "rata-rata",
      level: 1,
      bold: true,
      cells: [
        text(T.rows.rataRataEfisiensi, { colSpan: 10, align: "center", bold: true }),
        ...Array<null>(9).fill(null),
        efisiensiCell(mean.value, mode, ctx.decimals, true),
      ],
    });
    paragraphs.push(
      ...kalimatEfisiensi({
        sasaran: s.nama,
        tahun: ctx.tahunText,
        rataRata: mean.value,
        indikator: s.items.map((b) => ({ nama: b.nama, nilai: b.src.efisiensi.value })),
        efisien: mean.efisien,
        mode,
        decimals: ctx.decimals,
      }),
    );
  });
  return {
    tables: [
      tableDraft({
        id: "efisiensi",
        section: "efisiensi",
        bab: "III",
        judul: T.titles.efisiensi(ctx.tahunText),
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
