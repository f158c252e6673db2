/**
 * Bab III A.2: realisasi against earlier years: No | Sasaran | Indikator | Satuan | Realisasi n-2 | n-1 | n |
 * change between the last two years (points).
 */
import { REPORT_TEXT } from "../i18n/report";
import type { IndikatorHasil } from "../model";
import { angka, decimalsOf } from "./cells";
import { type BuildContext, type BuildResult, col, h, indikatorCells, tableDraft } from "./context";
import { groupBySasaran, type IndikatorGabungan } from "./join";
import { kalimatPerubahan } from "./kalimat";
import type { HeaderCell, ReportChart, ReportRow } from "./model";

const T = REPORT_TEXT;
const MAX_YEARS = 5;

function valueOf(g: IndikatorGabungan, src: IndikatorHasil, tahun: number, n: number | null): number | null {
  const t = src.row.realisasiTahunan.find((x) => x.tahun === tahun && x.reading.value !== null);
  if (t) return t.reading.value;
  if (n !== null && tahun === n) return src.row.realisasi?.value ?? g.utama.row.realisasi?.value ?? null;
  return null;
}

function readingsOf(src: IndikatorHasil) {
  return [...src.row.realisasiTahunan.map((t) => t.reading), src.row.realisasi];
}

/** The change between two years: the engine's figure when it has that pair, else the difference of the values. */
function selisihOf(
  src: IndikatorHasil,
  dari: number,
  ke: number,
  vDari: number | null,
  vKe: number | null,
): number | null {
  const p = src.perubahan.find((x) => x.dari === dari && x.ke === ke);
  if (p) return p.selisih;
  return vDari !== null && vKe !== null ? vKe - vDari : null;
}

export function buildTahunanTable(ctx: BuildContext): BuildResult {
  const list = ctx.indikator.filter((g) => g.tahunan !== null);
  const years = new Set<number>();
  for (const g of list)
    for (const t of (g.tahunan as IndikatorHasil).row.realisasiTahunan)
      if (t.reading.value !== null) years.add(t.tahun);
  if (ctx.tahun !== null && list.length > 0) years.add(ctx.tahun);
  let sorted = [...years].filter((y) => ctx.tahun === null || y <= ctx.tahun).sort((a, b) => a - b);
  sorted = sorted.slice(Math.max(0, sorted.length - MAX_YEARS));
  if (list.length === 0 || sorted.length < 2) return { tables: [], omitted: [T.skipped.perbandinganTahunan] };

  const last = sorted[sorted.length - 1];
  const prev = sorted[sorted.length - 2];
  const k = sorted.length;
  const columns = [
    col("no", 5, "center"),
    col("sasaran", 26, "left", true),
    col("indikator", 30, "left", true),
    col("satuan", 9, "center", true),
    ...sorted.map((y) => col(`realisasi:${y}`, 11, "right")),
    col("perubahan", 14, "right"),
  ];
  const header: (HeaderCell | null)[][] = [
    [
      h(T.headers.no, { rowSpan: 2 }),
      h(T.headers.sasaran, { rowSpan: 2 }),
      h(T.headers.indikator, { rowSpan: 2 }),
      h(T.headers.satuan, { rowSpan: 2 }),
      h(T.headers.realisasi, { colSpan: k }),
      ...Array<null>(k - 1).fill(null),
      h(T.headers.perubahan(prev, last), { rowSpan: 2 }),
    ],
    [null, null, null, null, ...sorted.map((y) => h(String(y))), null],
  ];

  const rows: ReportRow[] = [];
  const paragraphs: string[] = [];
  const charts: ReportChart[] = [];
  const sasaran = groupBySasaran(ctx.analysis, list, (g) => g.tahunan);
  sasaran.forEach((s, si) => {
    s.items.forEach(({ g, src, nama }, i) => {
      const d = decimalsOf(readingsOf(src));
      const values = sorted.map((y) => valueOf(g, src, y, ctx.tahun));
      const vPrev = values[k - 2];
      const vLast = values[k - 1];
      const selisih = selisihOf(src, prev, last, vPrev, vLast);
      rows.push({
        kind: "data",
        level: 2,
        bold: false,
        cells: [...indikatorCells(s, si, i, nama, g.satuan), ...values.map((v) => angka(v, d)), angka(selisih, d)],
      });
      if (vLast !== null && vPrev !== null && selisih !== null) {
        const firstIdx = values.findIndex((v) => v !== null);
        const awal =
          firstIdx >= 0 && firstIdx < k - 2
            ? {
                tahun: sorted[firstIdx],
                nilai: values[firstIdx] as number,
                selisih:
                  selisihOf(src, sorted[firstIdx], last, values[firstIdx], vLast) ??
                  vLast - (values[firstIdx] as number),
              }
            : null;
        paragraphs.push(
          kalimatPerubahan({
            nama,
            satuan: g.satuan,
            polaritas: src.row.polaritas,
            tahun: last,
            nilai: vLast,
            tahunLalu: prev,
            nilaiLalu: vPrev,
            selisih,
            awal,
            decimals: d,
          }),
        );
      }
      if (values.filter((v) => v !== null).length >= 2) {
        charts.push({
          id: `tahunan-${si + 1}-${i + 1}`,
          kind: "line",
          title: T.charts.realisasiTahunan(nama) + (g.satuan ? ` (${g.satuan})` : ""),
          categories: sorted.map(String),
          series: [{ name: T.charts.realisasiSeries, values }],
          unit: g.satuan ?? "",
          decimals: d,
        });
      }
    });
  });

  return {
    tables: [
      tableDraft({
        id: "perbandingan-tahunan",
        section: "tahunan",
        bab: "III",
        judul: T.titles.perbandinganTahunan,
        columns,
        header,
        rows,
        paragraphs,
        charts,
      }),
    ],
    omitted: [],
  };
}
