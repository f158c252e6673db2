/**
 * What the check measured (issue 7, honesty): how many indicators and budget rows could be computed, how many
 * printed figures were compared, and which sheets gave nothing to measure, with the reason recognition gave.
 * The CLI, the JSON document and the task pane all say this (sentences in i18n/coverage.ts), so none of them
 * reports "all clear" on a workbook it could not read.
 */
import type { Computation } from "../compute";
import type { Coverage, LembarTakTerukur, Recognition } from "../model";
import { teksCakupan as T } from "../i18n/coverage";

/** Why a sheet gave nothing: the first warning recognition left on it, else a general sentence. */
function reasonFor(recognition: Recognition, sheet: string): LembarTakTerukur {
  const layout = recognition.layouts.find((l) => l.sheet === sheet);
  const warning = layout?.guesses.find((g) => g.peringatan);
  if (warning) return { sheet, cell: warning.cell, reason: warning.reason };
  return { sheet, cell: "A1", reason: T.tanpaYangTerukur(sheet) };
}

export function measureCoverage(recognition: Recognition, computation: Computation): Coverage {
  const measuredSheets = new Set<string>();
  let indikatorDiukur = 0;
  let angka = 0;
  const count = (printed: { value: number | null } | undefined, computed: number | null) => {
    if (printed && printed.value !== null && computed !== null) angka++;
  };
  for (const h of computation.indikator) {
    const measured = h.capaian.value !== null || h.penyerapan.value !== null || h.capaianAkhir.value !== null;
    if (h.capaian.value !== null) indikatorDiukur++;
    if (measured) measuredSheets.add(h.row.sheet);
    count(h.row.printed.capaian, h.capaian.value);
    count(h.row.printed.penyerapan, h.penyerapan.value);
    count(h.row.printed.efisiensi, h.efisiensi.value);
    count(h.row.printed.capaianAkhir, h.capaianAkhir.value);
    if (h.row.printedPredikat && h.predikat !== null) angka++;
  }
  recognition.sasaran.forEach((g, i) => {
    const s = computation.sasaran[i];
    if (!s) return;
    count(g.printed.capaian, s.capaian.value);
    count(g.printed.efisiensi, s.efisiensi.value);
    if (g.printedPredikat && s.predikat !== null) angka++;
  });
  let anggaranDiukur = 0;
  for (const h of computation.anggaran) {
    if (h.penyerapan.value !== null) {
      anggaranDiukur++;
      measuredSheets.add(h.row.sheet);
    }
    count(h.row.printed.penyerapan, h.penyerapan.value);
    count(h.row.printed.sisa, h.sisa.value);
  }

  const takTerukur: LembarTakTerukur[] = [];
  for (const l of recognition.layouts) {
    if (measuredSheets.has(l.sheet) || l.kind === "abaikan") continue;
    const unread = l.guesses.some((g) => g.about === "tanpaTabel");
    if (l.kind === "lain" && !unread) continue; // empty, text only, or made by the tool
    // A Perjanjian Kinerja holds targets only: nothing to measure there is expected, not a gap.
    if (l.guesses.some((g) => g.about === "tanpaRealisasi")) continue;
    takTerukur.push(reasonFor(recognition, l.sheet));
  }
  const lembarDiukur = recognition.layouts.map((l) => l.sheet).filter((s) => measuredSheets.has(s));
  return {
    indikator: { dibaca: computation.indikator.length, diukur: indikatorDiukur },
    anggaran: { dibaca: computation.anggaran.length, diukur: anggaranDiukur },
    angkaDibandingkan: angka,
    lembarDiukur,
    lembarTakTerukur: takTerukur,
    kosong: measuredSheets.size === 0,
  };
}
