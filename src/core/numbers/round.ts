/**
 * Round half away from zero on the decimal value, as Excel's ROUND does: ROUND(1.005; 2) = 1,01 even though
 * the binary double 1.005 is 1.00499999999999989... Excel works on 15 significant digits, so we take the
 * number's 15-significant-digit decimal form and round that, digit by digit, without floating point.
 * decimals may be negative (ROUND(1234; -2) = 1200).
 */
export function roundHalfAway(x: number, decimals: number): number {
  throw new Error("not implemented");
}
