/**
 * Numbers: Excel-compatible rounding, Indonesian parsing and formatting. Pure functions.
 */
export { roundHalfAway, shiftDecimal, decimalDifference } from "./round";
export {
  parseAngka,
  readNumber,
  decimalsOfFormat,
  isPercentFormat,
  isDateFormat,
  type ParsedAngka,
  type ParseOptions,
  type NumberReading,
} from "./parse";
export { formatAngka, formatPersen, formatRupiah } from "./format";
