/**
 * Indonesian sentences about what the check measured (check/coverage.ts). One source for the command line,
 * the JSON document and the task pane's Periksa view: none of them says "semua cocok" when nothing was measured.
 */
import type { Coverage } from "../model";
import { formatAngka } from "../numbers/format";

const n = (x: number) => formatAngka(x, 0);

export const teksCakupan = {
  tanpaYangTerukur: (sheet: string) =>
    `Lembar "${sheet}" dibaca, tetapi tidak ada indikator atau baris anggaran yang dapat dihitung di dalamnya. Periksa kolom-kolomnya di tab Lembar.`,

  /** One line: what was measured, or that nothing could be. */
  ringkasan: (c: Coverage): string => {
    if (c.kosong)
      return "Tidak ada yang dapat diperiksa: tidak satu lembar pun berisi indikator atau baris anggaran yang dapat dihitung. Buka tab Lembar untuk menetapkan jenis lembar dan kolom-kolomnya.";
    const parts: string[] = [];
    if (c.indikator.dibaca > 0) parts.push(`capaian ${n(c.indikator.diukur)} dari ${n(c.indikator.dibaca)} indikator`);
    if (c.anggaran.dibaca > 0)
      parts.push(`penyerapan ${n(c.anggaran.diukur)} dari ${n(c.anggaran.dibaca)} baris anggaran`);
    const lembar = c.lembarDiukur.length;
    return `Diperiksa: ${parts.join(" dan ")}, di ${n(lembar)} lembar; ${n(c.angkaDibandingkan)} angka tercetak dibandingkan dengan hitungan.`;
  },

  /** One line per sheet that could not be measured. */
  takTerukur: (c: Coverage): string[] =>
    c.lembarTakTerukur.map((l) => `Tidak terbaca: lembar "${l.sheet}" (${l.cell}). ${l.reason}`),

  /** No finding: said only of what was measured. */
  tanpaTemuan: (c: Coverage): string =>
    c.kosong
      ? "Tidak ada temuan karena tidak ada yang diperiksa."
      : c.lembarTakTerukur.length > 0
        ? "Tidak ada temuan pada yang diperiksa; lembar yang tidak terbaca tidak ikut diperiksa."
        : "Tidak ada temuan pada yang diperiksa.",

  /** All the sentences, in the order hosts show them. */
  kalimat: (c: Coverage): string[] => [teksCakupan.ringkasan(c), ...teksCakupan.takTerukur(c)],
};
