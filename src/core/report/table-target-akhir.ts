/**
 * Bab III A.3: realisasi up to year n against the end-of-period target (RPJMD / Renstra):
 * No | Sasaran | Indikator | Satuan | Realisasi s/d n | Target akhir | Capaian (%).
 */
import { sisaCapaian } from "../calc/perbandingan";
import { REPORT_TEXT } from "../i18n/report";
import type { Analysis, IndikatorHasil } from "../model";
import { decimalsOf, fromReading, persen } from "./cells";
import { type BuildContext, type BuildResult, col, h, indikatorCells, tableDraft } from "./context";
import { groupBySasaran } from "./join";
import { kalimatTargetAkhir } from "./kalimat";
import type { ReportRow } from "./model";

const T = REPORT_TEXT;

/** "RPJMD" / "Renstra" and the year from the target column's header ("TARGET AKHIR RPJMD (2021)"). */
export function targetAkhirInfo(
  analysis: Analysis,
  rows: IndikatorHasil[],
): { jenis: string | null; tahun: number | null } {
  let jenis: string | null = null;
  let tahun: number | null = null;
  for (const hsl of rows) {
    const layout = analysis.recognition.layouts.find((l) => l.sheet === hsl.row.sheet);
    const c = layout?.columns.find((x) => x.role === "targetAkhir");
    if (!c) continue;
    const hd = c.header;
    if (!jenis) {
      if (/rpjmd/i.test(hd)) jenis = "RPJMD";
      else if (/renstra/i.test(hd)) jenis = "Renstra";
      else if (/rpjmn/i.test(hd)) jenis = "RPJMN";
    }
    if (tahun === null) {
      const m = /\b(20\d\d)\b/.exec(hd);
      if (m) tahun = Number(m[1]);
    }
  }
  return { jenis, tahun };
}

export function buildTargetAkhirTable(ctx: BuildContext): BuildResult {
  const list = ctx.indikator.filter((g) => g.akhir !== null);
  if (list.length === 0) return { tables: [], omitted: [T.skipped.targetAkhir] };
  const info = targetAkhirInfo(
    ctx.analysis,
    list.map((g) => g.akhir as IndikatorHasil),
  );
  const label = T.targetAkhirLabel(info.jenis, info.tahun);
  const columns = [
    col("no", 5, "center"),
    col("sasaran", 28, "left", true),
    col("indikator", 32, "left", true),
    col("satuan", 9, "center", true),
    col("realisasi", 14, "right"),
    col("targetAkhir", 14, "right"),
    col("capaianAkhir", 14, "right"),
  ];
  const header = [
    [
      h(T.headers.no),
      h(T.headers.sasaran),
      h(T.headers.indikator),
      h(T.headers.satuan),
      h(T.headers.realisasiSd(ctx.tahunText)),
      h(T.headers.targetAkhir(label)),
      h(T.headers.capaian),
    ],
  ];
  const rows: ReportRow[] = [];
  const paragraphs: string[] = [];
  groupBySasaran(ctx.analysis, list, (g) => g.akhir).forEach((s, si) => {
    s.items.forEach(({ g, src, nama }, i) => {
      const real = src.row.realisasi ?? g.utama.row.realisasi;
      const d = decimalsOf([real, src.row.targetAkhir]);
      rows.push({
        kind: "data",
        level: 2,
        bold: false,
        cells: [
          ...indikatorCells(s, si, i, nama, g.satuan),
          fromReading(real, d),
          fromReading(src.row.targetAkhir, d),
          persen(src.capaianAkhir.value, ctx.decimals),
        ],
      });
      const target = src.row.targetAkhir?.value;
      if (target !== null && target !== undefined) {
        paragraphs.push(
          kalimatTargetAkhir({
            nama,
            satuan: g.satuan,
            tahun: ctx.tahunText,
            realisasi: real?.value ?? null,
            targetAkhir: target,
            labelTarget: T.targetAkhirKalimat(info.jenis, info.tahun),
            capaian: src.capaianAkhir.value,
            sisa: sisaCapaian(src.capaianAkhir.value),
            decimalsNilai: d,
            decimals: ctx.decimals,
          }),
        );
      }
    });
  });
  return {
    tables: [
      tableDraft({
        id: "target-akhir",
        section: "target-akhir",
        bab: "III",
        judul: T.titles.targetAkhir(T.targetAkhirPeriode(info.jenis)),
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
