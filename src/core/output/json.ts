/**
 * The versioned JSON document printed by `lkjip ... --json` (documented in docs/json.md).
 * Rows are 1-based as users see them; numbers are unrounded; cells are A1 addresses.
 */
import type { FillResult } from "../engine";
import { teksCakupan } from "../i18n/coverage";
import type { Analysis, Computed, SheetLayout } from "../model";
import type { Settings } from "../settings/settings";
import { columnLetter } from "../workbook/address";

export const JSON_SCHEMA = "asisten-lkjip/1";

const v = (c: Computed): number | null => c.value;
const reason = (c: Computed): string | null => c.reason;

function sheetJson(l: SheetLayout) {
  const columns: Record<string, string> = {};
  for (const c of l.columns) columns[c.role] = columnLetter(c.col);
  return {
    name: l.sheet,
    kind: l.kind,
    headerRows: l.headerRows ? [l.headerRows[0] + 1, l.headerRows[1] + 1] : null,
    numberRow: l.numberRow === null ? null : l.numberRow + 1,
    dataRows: l.dataRows ? [l.dataRows[0] + 1, l.dataRows[1] + 1] : null,
    columns,
    addedColumns: l.columns.filter((c) => c.added).map((c) => c.role),
    guesses: l.guesses,
  };
}

export interface JsonContext {
  command: "scan" | "check" | "fill" | "report";
  file: string;
  settings: Settings;
  fill?: FillResult & { output: string | null };
  report?: { output: string | null; docx: string | null; sheets: string[]; omitted: string[] };
}

export function toJsonDocument(analysis: Analysis, ctx: JsonContext) {
  const r = analysis.recognition;
  const doc = {
    schema: JSON_SCHEMA,
    command: ctx.command,
    file: ctx.file,
    tahun: ctx.settings.tahun ?? r.tahun,
    instansi: r.instansi,
    settings: ctx.settings,
    negatif: analysis.negatif,
    sisaArah: analysis.sisaArah.map((c) => ({
      sheet: c.sheet,
      column: columnLetter(c.col),
      header: c.header,
      arah: c.arah,
      from: c.from,
      evidence: c.evidence,
      pendapatan: c.pendapatan,
    })),
    sheets: r.layouts.map(sheetJson),
    indikator: analysis.indikator.map((h) => ({
      sheet: h.row.sheet,
      row: h.row.row + 1,
      no: h.row.no,
      sasaran: h.row.sasaran,
      nama: h.row.nama,
      satuan: h.row.satuan,
      polaritas: h.row.polaritas,
      polaritasDari: h.row.polaritasFrom,
      target: h.row.target?.value ?? null,
      realisasi: h.row.realisasi?.value ?? null,
      capaian: v(h.capaian),
      capaianAlasan: reason(h.capaian),
      predikat: h.predikat,
      targetAkhir: h.row.targetAkhir?.value ?? null,
      capaianAkhir: v(h.capaianAkhir),
      realisasiTahunan: Object.fromEntries(h.row.realisasiTahunan.map((t) => [String(t.tahun), t.reading.value])),
      perubahan: h.perubahan,
      program: h.row.program.map((p) => ({ nama: p.nama, anggaran: p.anggaran?.value ?? null })),
    })),
    sasaran: analysis.sasaran.map((s) => ({
      sheet: s.sheet,
      nama: s.nama,
      indikatorRows: s.indikatorRows.map((x) => x + 1),
      capaian: v(s.capaian),
      predikat: s.predikat,
      efisiensi: v(s.efisiensi),
      efisien: s.efisien,
    })),
    capaianKeseluruhan: v(analysis.capaianKeseluruhan),
    predikatKeseluruhan: analysis.predikatKeseluruhan,
    anggaran: analysis.anggaran.map((h) => ({
      sheet: h.row.sheet,
      row: h.row.row + 1,
      kode: h.row.kode,
      uraian: h.row.uraian,
      level: h.row.level,
      levelDari: h.row.levelFrom,
      total: h.row.isTotal,
      anggaran: h.anggaran,
      realisasi: h.realisasi,
      penyerapan: v(h.penyerapan),
      sisa: v(h.sisa),
    })),
    efisiensi: analysis.indikator
      .filter((h) => h.row.alokasi !== null || h.row.realisasiAnggaran !== null)
      .map((h) => ({
        sheet: h.row.sheet,
        row: h.row.row + 1,
        indikator: h.row.nama,
        alokasi: h.row.alokasi?.value ?? null,
        realisasiAnggaran: h.row.realisasiAnggaran?.value ?? null,
        capaian: v(h.capaian),
        penyerapan: v(h.penyerapan),
        nilai: v(h.efisiensi),
        efisien: h.efisien,
      })),
    temuan: analysis.temuan,
    coverage: { ...analysis.coverage, kalimat: teksCakupan.kalimat(analysis.coverage) },
    ...(ctx.fill
      ? {
          fill: {
            output: ctx.fill.output,
            mode: ctx.fill.mode,
            force: ctx.fill.force,
            written: ctx.fill.written.length,
            writtenCells: ctx.fill.written,
            formulas: ctx.fill.formulas.length,
            values: ctx.fill.values,
            sameValue: ctx.fill.sameValue,
            keptFormulas: ctx.fill.keptFormulas,
            unchanged: ctx.fill.unchanged.length,
            leftAlone: ctx.fill.leftAlone,
            overwritten: ctx.fill.overwritten,
            textInputs: ctx.fill.textInputs,
            converted: ctx.fill.converted,
            addedColumns: ctx.fill.addedColumns,
            notes: ctx.fill.temuan,
          },
        }
      : {}),
    ...(ctx.report ? { report: ctx.report } : {}),
  };
  return doc;
}

export type LkjipJson = ReturnType<typeof toJsonDocument>;
