/**
 * Fill of an indicator sheet (IKU, Perjanjian Kinerja, efisiensi): capaian, predikat, penyerapan, efisiensi,
 * capaian against the end-of-period target, and the sasaran means on their RATA-RATA rows.
 */
import { capaianFormula, efisiensiFormula, penyerapanFormula, predikatFormula, rataRataFormula } from "../calc";
import type { Computation } from "../compute";
import { pesan } from "../i18n/engine";
import { teksIsi } from "../i18n/fill";
import type { ColumnInfo, OutputRole, Reading, Recognition, SheetLayout } from "../model";
import { predikatBands } from "../settings/settings";
import { a1 } from "../workbook/address";
import type { SheetCells } from "./cells";
import { numberFormatFor, type PlanContext } from "./builder";
import { describeCapaian, describeEfisiensi } from "./describe";

const W = teksIsi.rumus;

function col(layout: SheetLayout, role: string): ColumnInfo | undefined {
  return layout.columns.find((c) => c.role === role);
}

export function planIndikatorSheet(
  ctx: PlanContext,
  layout: SheetLayout,
  recognition: Recognition,
  computation: Computation,
  cells: SheetCells,
): void {
  const { settings, mode } = ctx;
  const sheet = layout.sheet;
  const cCap = col(layout, "capaian");
  const cPred = col(layout, "predikat");
  const cPeny = col(layout, "penyerapan");
  const cEff = col(layout, "efisiensi");
  const cAkh = col(layout, "capaianAkhir");
  const bands = predikatBands(settings);
  const d = settings.desimal;
  const refOf = (c: ColumnInfo, row: number) => (c.percentFormat ? `${a1(row, c.col)}*100` : a1(row, c.col));
  const scale = (c: ColumnInfo, v: number) => (c.percentFormat ? v / 100 : v);
  const rounded = settings.dariNilaiDibulatkan;

  /**
   * A figure computed from two input cells (capaian, penyerapan, capaianAkhir): the formula when both inputs
   * can serve one, else the engine's value with the reason.
   */
  const ratio = (
    c: ColumnInfo,
    role: OutputRole,
    row: number,
    first: Reading | null,
    second: Reading | null,
    value: number | null,
    description: string,
    formula: (firstRef: string, secondRef: string, asFraction: boolean) => string,
  ): void => {
    const x = ctx.operand(sheet, first);
    const y = ctx.operand(sheet, second);
    const numberFormat = numberFormatFor(role, settings, !!c.percentFormat);
    const textInput = (x && "text" in x ? x.text : null) ?? (y && "text" in y ? y.text : null);
    const base = {
      sheet,
      row,
      col: c.col,
      kind: "hitung" as const,
      label: pesan.label[role],
      figure: value,
      decimals: d,
      description,
    };
    if (mode === "rumus" && x && y && "ref" in x && "ref" in y) {
      ctx.want({ ...base, write: { formula: formula(x.ref, y.ref, !!c.percentFormat), numberFormat } });
    } else if (value !== null) {
      const valueReason =
        mode === "rumus" && textInput
          ? { reason: "teks" as const, input: `${sheet}!${a1(textInput.row, textInput.col)}` }
          : undefined;
      ctx.want({ ...base, write: { value: scale(c, value), numberFormat }, valueReason });
    } else {
      // No figure (an input is missing): the formula would show "", a value nothing; nothing is written.
    }
  };

  // A label column added beside figures: centred, whatever the alignment of the figures it takes its look from.
  const center = cPred?.added ? { style: { hAlign: "center" as const } } : {};
  const predikat = (row: number, value: string | null, capaianCell: { row: number; col: number }): void => {
    if (!cPred || !cCap) return;
    const base = {
      sheet,
      row,
      col: cPred.col,
      kind: "hitung" as const,
      label: pesan.label.predikat,
      figure: value,
      decimals: d,
      description: W.predikat,
    };
    if (mode === "rumus") {
      ctx.want({
        ...base,
        write: {
          formula: predikatFormula(a1(capaianCell.row, capaianCell.col), bands, d, !!cCap.percentFormat),
          ...center,
        },
        dependsOn: [capaianCell],
        fallback: value !== null ? { value, ...center } : null,
      });
    } else if (value !== null) ctx.want({ ...base, write: { value, ...center } });
  };

  for (const h of computation.indikator) {
    const r = h.row;
    if (r.sheet !== sheet) continue;
    if (cCap && (r.target || r.realisasi)) {
      ratio(
        cCap,
        "capaian",
        r.row,
        r.target,
        r.realisasi,
        h.capaian.value,
        describeCapaian(r.polaritas, settings),
        (t, re, asFraction) => {
          const refs =
            r.polaritas === "range" && r.targetRange
              ? { target: t, realisasi: re, low: String(r.targetRange[0]), high: String(r.targetRange[1]) }
              : { target: t, realisasi: re };
          return capaianFormula(refs, r.polaritas, settings, asFraction);
        },
      );
      predikat(r.row, h.predikat, { row: r.row, col: cCap.col });
    }
    if (cPeny && (r.alokasi || r.realisasiAnggaran)) {
      ratio(
        cPeny,
        "penyerapan",
        r.row,
        r.alokasi,
        r.realisasiAnggaran,
        h.penyerapan.value,
        W.penyerapan,
        (a, re, asFraction) => penyerapanFormula(a, re, asFraction),
      );
    }
    if (cEff && (r.alokasi || r.realisasiAnggaran)) {
      const numberFormat = numberFormatFor("efisiensi", settings, false);
      const base = {
        sheet,
        row: r.row,
        col: cEff.col,
        kind: "hitung" as const,
        label: pesan.label.efisiensi,
        figure: h.efisiensi.value,
        decimals: d,
        description: describeEfisiensi(settings),
      };
      const value = h.efisiensi.value;
      if (mode === "rumus" && cCap && cPeny && !rounded) {
        ctx.want({
          ...base,
          write: {
            formula: efisiensiFormula(refOf(cCap, r.row), refOf(cPeny, r.row), settings.efisiensi),
            numberFormat,
          },
          dependsOn: [
            { row: r.row, col: cCap.col },
            { row: r.row, col: cPeny.col },
          ],
          fallback: value !== null ? { value, numberFormat } : null,
        });
      } else if (value !== null) {
        const valueReason =
          mode === "rumus"
            ? { reason: rounded ? ("dibulatkan" as const) : ("tanpaKolom" as const), input: null }
            : undefined;
        ctx.want({ ...base, write: { value, numberFormat }, valueReason });
      }
    }
    if (cAkh && r.targetAkhir) {
      ratio(
        cAkh,
        "capaianAkhir",
        r.row,
        r.targetAkhir,
        r.realisasi,
        h.capaianAkhir.value,
        describeCapaian(r.polaritas, settings, true),
        (t, re, asFraction) => capaianFormula({ target: t, realisasi: re }, r.polaritas, settings, asFraction),
      );
    }
  }

  // Sasaran means on their RATA-RATA rows
  recognition.sasaran.forEach((g, i) => {
    if (g.sheet !== sheet || g.meanRow === null) return;
    const s = computation.sasaran[i];
    const members = g.rows;
    const cBobot = col(layout, "bobot");
    const meanRow = g.meanRow;
    // A RATA-RATA label merged over the capaian column leaves no cell for the mean (nor a predikat of it).
    if (cCap && !cells.hidden(meanRow, cCap.col)) {
      const numberFormat = numberFormatFor("capaian", settings, !!cCap.percentFormat);
      const value = s.capaian.value;
      const base = {
        sheet,
        row: meanRow,
        col: cCap.col,
        kind: "hitung" as const,
        label: pesan.label.rataRataCapaian,
        figure: value,
        decimals: d,
        description: cBobot ? W.rataRataBobot : W.rataRata,
      };
      if (mode === "rumus" && !rounded) {
        const refs = members.map((r) => a1(r, cCap.col));
        const weights = cBobot ? members.map((r) => a1(r, cBobot.col)) : null;
        ctx.want({
          ...base,
          write: { formula: rataRataFormula(refs, weights), numberFormat },
          dependsOn: members.map((r) => ({ row: r, col: cCap.col })),
          fallback: value !== null ? { value: scale(cCap, value), numberFormat } : null,
        });
      } else if (value !== null) {
        const valueReason = mode === "rumus" ? { reason: "dibulatkan" as const, input: null } : undefined;
        ctx.want({ ...base, write: { value: scale(cCap, value), numberFormat }, valueReason });
      }
      predikat(meanRow, s.predikat, { row: meanRow, col: cCap.col });
    }
    if (cEff && (s.efisiensi.value !== null || s.efisiensi.reason !== null)) {
      const numberFormat = numberFormatFor("efisiensi", settings, false);
      const value = s.efisiensi.value;
      const base = {
        sheet,
        row: meanRow,
        col: cEff.col,
        kind: "hitung" as const,
        label: pesan.label.rataRataEfisiensi,
        figure: value,
        decimals: d,
        description: W.rataRataEfisiensi,
      };
      if (mode === "rumus" && !rounded) {
        ctx.want({
          ...base,
          write: { formula: rataRataFormula(members.map((r) => a1(r, cEff.col))), numberFormat },
          dependsOn: members.map((r) => ({ row: r, col: cEff.col })),
          fallback: value !== null ? { value, numberFormat } : null,
        });
      } else if (value !== null) {
        const valueReason = mode === "rumus" ? { reason: "dibulatkan" as const, input: null } : undefined;
        ctx.want({ ...base, write: { value, numberFormat }, valueReason });
      }
    }
  });
}
