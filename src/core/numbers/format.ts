/** Indonesian display (Intl.NumberFormat "id-ID"), after roundHalfAway. */
export function formatAngka(x: number, decimals: number): string {
  throw new Error("not implemented");
}
/** "96,78%" */
export function formatPersen(x: number, decimals: number): string {
  throw new Error("not implemented");
}
/** "Rp 1.214.050.000" (decimals 0 by default) */
export function formatRupiah(x: number, decimals?: number): string {
  throw new Error("not implemented");
}
