/** Predikat: the label of a capaian on the configured scale (domain.md §3.2). */
import type { PredikatBand } from "../settings/settings";

/**
 * The label of the highest band whose min <= capaian, where capaian is first rounded half away from zero to
 * `decimals` (the figure the reader sees: 94,996 shown as 95,00 is "Sangat Berhasil"). null for null.
 */
export function predikat(capaian: number | null, bands: PredikatBand[], decimals: number): string | null {
  throw new Error("not implemented");
}

/** Excel formula giving the same label from the capaian cell (ROUND to decimals first; "" when it is empty). */
export function predikatFormula(capaianRef: string, bands: PredikatBand[], decimals: number, capaianIsFraction: boolean): string {
  throw new Error("not implemented");
}
